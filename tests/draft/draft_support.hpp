// Helpers of the drafting tests: the user's corpus, sentences, last year's
// report read as `zongjie draft --from` reads it, and the checker's year
// findings on a draft.
#pragma once

#include "zongjie/check/checker.hpp"
#include "zongjie/draft/draft.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::test {

/// ZONGJIE_CORPUS_DIR (environment, else the build's setting) when it holds reports.
std::optional<std::filesystem::path> corpus_dir();
/// The .txt reports of a folder, sorted.
std::vector<std::filesystem::path> reports_in(std::filesystem::path const& dir);

/// `text` cut after 。！？； (the marks kept out).
std::vector<std::string> sentences_of(std::string_view text);

/// A report read and outlined as `zongjie draft --from` does.
struct LastReport {
  explicit LastReport(std::filesystem::path const& file);
  text::Document doc;
  Outline outline;
  draft::LastYear last() const { return {doc, outline}; }
};

/// The draft read back, as `zongjie outline` would.
struct ReadBack {
  explicit ReadBack(std::string const& text);
  text::Document doc;
  Outline outline;
};

/// Findings of the checker on a draft (with `model`), optionally only those
/// whose rule starts with `prefix`.
std::vector<check::Finding> findings(ReadBack const& d, StandardOutline const& model, std::string const& prefix = "");
/// "line: rule message" per finding, for failure messages.
std::string describe(std::vector<check::Finding> const& f);

}  // namespace zongjie::test
