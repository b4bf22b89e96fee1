// Learning a corpus: walk folders, parse every report (in parallel), store
// documents, outlines and sentences, rebuild the standard outline.
#pragma once

#include "zongjie/corpus/lexicon.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace zongjie {

class PartHeadingLexicon;

namespace store {
class Store;
}

/// A report read and parsed.
struct ParsedReport {
  text::Document document;
  Outline outline;
  std::vector<Sentence> sentences;
  std::vector<NameCount> names;  ///< the office's names in its sentences (with sentences only)
};

/// The names of a document, counted in its sentences (what learn stores).
std::vector<NameCount> count_names(std::vector<Sentence> const& sentences);

/// A learned report is tens of kilobytes; far larger files are not reports
/// (a pasted log, a 50 MB line) and would only flood the phrase index.
inline constexpr std::size_t max_learn_bytes = 8u * 1024u * 1024u;

/// Reads, decodes and outlines one file; throws text::InputError.
ParsedReport parse_report(std::filesystem::path const& path, ThemeLexicon const& themes, bool with_sentences);

/// Report files under `inputs`: files are taken as given, folders are walked
/// for .txt (and .docx) files, sorted.  Unreadable folders and missing paths
/// are reported through `warn` and skipped.
std::vector<std::filesystem::path> collect_report_files(
    std::vector<std::filesystem::path> const& inputs,
    std::function<void(std::string const& path, std::string const& reason)> const& warn);

/// Parses `files` on `threads` threads and hands each result, in file order,
/// to `consume` on the calling thread.  At most `window` results wait in
/// memory.  `consume` gets either a report or the error message.
struct ParseOutcome {
  std::filesystem::path path;
  std::optional<ParsedReport> report;
  std::string error;     ///< why it could not be read, when !report && !skipped
  bool skipped = false;  ///< unchanged since it was stored (see `skip`)
};
void parse_in_parallel(
    std::vector<std::filesystem::path> const& files, ThemeLexicon const& themes, bool with_sentences, unsigned threads,
    std::function<bool(std::filesystem::path const&, std::uint64_t hash, std::size_t size)> const& skip,
    std::function<void(ParseOutcome&)> const& consume, std::atomic<bool> const* cancel = nullptr);

/// Parses `files` (outlines only) on `threads` threads, the calling one
/// among them, and calls `consume(index, outcome)` on the thread that parsed
/// the file, concurrently and in no particular order: for callers that keep
/// a small result per file, such as `zongjie stats`.  The first exception
/// `consume` throws stops the others and is rethrown.
void parse_each(std::vector<std::filesystem::path> const& files, ThemeLexicon const& themes, unsigned threads,
                std::function<void(std::size_t index, ParseOutcome& outcome)> const& consume);

struct LearnProgress {
  std::size_t done = 0;
  std::size_t total = 0;
  std::string current;
};

struct LearnOptions {
  std::vector<std::filesystem::path> inputs;
  unsigned threads = 0;  ///< 0: one per core
  std::function<void(LearnProgress const&)> on_progress;
  std::function<void(std::string const& path, std::string const& reason)> on_warning;
  std::atomic<bool> const* cancel = nullptr;
};

struct LearnResult {
  std::size_t files = 0;
  std::size_t learned = 0;
  std::size_t unchanged = 0;
  std::size_t failed = 0;
  bool cancelled = false;
  StandardOutline model;
};

/// Learns `options.inputs` into `store`.  Bad files are warned about and
/// skipped; a changed file replaces its old version; an unchanged one (same
/// content hash) is skipped.  Database errors throw store::StoreError.
LearnResult learn(store::Store& store, LearnOptions const& options);

/// The theme lexicon for a corpus: templates/themes.tsv plus the terms learned
/// into `store` (or the plain lexicon when `store` is null).
std::shared_ptr<ThemeLexicon const> corpus_themes(store::Store* store);
/// The office lexicon of a corpus: the learned names with the staff edits
/// (an empty lexicon when `store` is null).
std::shared_ptr<OfficeLexicon const> corpus_lexicon(store::Store* store);
/// The part headings of the learned reports (none without a store).
std::shared_ptr<PartHeadingLexicon const> corpus_part_headings(store::Store* store);

/// Terms that mark a theme in this corpus: short word runs frequent in the
/// section titles of one theme and rare in the others.
std::vector<std::pair<std::string, std::string>> refine_theme_terms(
    std::vector<std::pair<std::string, std::string>> const& titles_and_themes, ThemeLexicon const& base);

}  // namespace zongjie
