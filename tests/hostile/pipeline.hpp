// What the CLI does with a file, in process: load_document → build_outline →
// split_sentences → Checker::check (built-in model) → outline_to_json and the
// findings as JSON, each step timed.  No Catch2 here.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace zongjie::test::hostile {

struct Outcome {
  bool accepted = false;
  std::string message;     ///< the InputError's what() when refused
  std::string error_path;  ///< the InputError's path()
  std::string text;        ///< the decoded text when read (empty past 1 MB)
  std::size_t lines = 0;
  std::size_t findings = 0;
  /// CPU time of the slowest command: what `zongjie outline` (read,
  /// outline, JSON), `zongjie check` (read, outline, check, JSON) or
  /// `zongjie learn` (read, outline, sentences) spends on the file.  The
  /// reading is timed once and counted in each.
  double cpu_seconds = 0;
};

/// Runs the pipeline on `path`.  Only InputError is caught: anything else
/// escapes and fails the test.
Outcome run_pipeline(std::filesystem::path const& path);

}  // namespace zongjie::test::hostile
