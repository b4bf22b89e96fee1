// Comparing outlines with hand-checked gold outlines (the format of
// corpus/gold/README.md, also used by tests/data/gold):
//
//   {"file", "title_line", "report_year", "plan_year",
//    "parts": [{"role","line","heading"}], "sections": [{"part","line","ordinal","title"}],
//    "items": [{"section_line","line","ordinal","title"}], "noise_lines": [N…]}
//
// The outline side is taken from outline_to_json, so the comparison sees what
// `zongjie outline --format json` prints (scripts/compare_gold.py does the same
// through the executable).  Titles and headings are compared after folding
// half-/full-width punctuation.  Used by zongjie_tests (tests/data) and by the
// plain zongjie_corpus_tests program (the user's corpus).
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace zongjie::test {

/// Matched / produced / expected counts of one kind of key.
struct KeyCounts {
  std::size_t matched = 0;
  std::size_t output = 0;
  std::size_t gold = 0;

  double precision() const { return output ? double(matched) / double(output) : 1.0; }
  double recall() const { return gold ? double(matched) / double(gold) : 1.0; }
  double f1() const {
    double const p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  /// matched over the larger of output and gold: 1.0 only for identical sets.
  double agreement() const {
    std::size_t const n = std::max(output, gold);
    return n ? double(matched) / double(n) : 1.0;
  }
  bool exact() const { return matched == output && matched == gold; }
  KeyCounts& operator+=(KeyCounts const& o) {
    matched += o.matched;
    output += o.output;
    gold += o.gold;
    return *this;
  }
};

struct GoldComparison {
  std::string gold_file;  ///< the gold JSON
  std::string report;     ///< the report it describes ("" when not found)
  std::string error;      ///< the report could not be found or read
  /// Mismatches of the single-valued fields: title_line, report_year,
  /// plan_year, noise_lines.  Empty when they all agree.
  std::vector<std::string> field_diffs;
  /// "extra"/"missing" lines per kind of key.
  std::vector<std::string> part_diffs, section_diffs, item_diffs;
  /// Parts keyed (role, line) as scripts/compare_gold.py does, and
  /// separately with the heading: (role, line, heading).
  KeyCounts parts, parts_with_heading, sections, items;

  bool ok_exactly() const;  ///< every key and field equal
  /// Readable report: what differs, one line each.
  std::string describe() const;
};

/// Compares one outline (as outline_to_json) with one gold outline.
GoldComparison compare_with_gold(nlohmann::ordered_json const& outline, nlohmann::json const& gold);

/// Every <gold_dir>/*.json, sorted by name; each report is looked up as
/// gold["file"] in `report_dirs`, first hit wins.  Reports are decoded and
/// outlined like the CLI does (standard theme lexicon).
std::vector<GoldComparison> compare_gold_dir(std::filesystem::path const& gold_dir,
                                             std::vector<std::filesystem::path> const& report_dirs);

/// Sums over a set.
struct GoldTotals {
  KeyCounts parts, parts_with_heading, sections, items;
  std::size_t files = 0, errors = 0, field_mismatches = 0;
};
GoldTotals totals(std::vector<GoldComparison> const& results);
std::string describe_totals(GoldTotals const& t);

}  // namespace zongjie::test
