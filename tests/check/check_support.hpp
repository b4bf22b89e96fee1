// Helpers of the checker tests: run the checker (built-in model, standard
// data) on text in memory, and pick findings by rule.  No Catch2 here: the
// corpus runner is a plain program.
#pragma once

#include "zongjie/check/checker.hpp"
#include "zongjie/check/finding.hpp"
#include "zongjie/corpus/lexicon.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <string>
#include <tuple>
#include <string_view>
#include <vector>

namespace zongjie::test {

/// A checker with the built-in model and data, made once.
check::Checker const& default_checker();

/// The outline as the CLI builds it (standard theme lexicon).
Outline outline_with_themes(text::Document const& doc);

/// The office lexicon of these reports, counted per report as `zongjie learn` counts it.
std::vector<NameCount> learned_names(std::vector<std::filesystem::path> const& files);

/// Findings for UTF-8 text (as an editor buffer).
std::vector<check::Finding> check_text(std::string utf8, check::PreviousPlan const* previous = nullptr);
/// Findings for a document, with a given checker.
std::vector<check::Finding> check_document(check::Checker const& checker, text::Document const& doc,
                                           check::PreviousPlan const* previous = nullptr);

/// The findings of one rule.
std::vector<check::Finding> of_rule(std::vector<check::Finding> const& findings, std::string_view rule);
/// Lines of the findings of one rule, in order.
std::vector<std::size_t> lines_of(std::vector<check::Finding> const& findings, std::string_view rule);

/// Which of its rule's messages (the keys of "messages" in
/// templates/check/rules.json) a finding's text was made from: its template
/// with every {placeholder} standing for any text matches the whole message.
/// "" when none does, "?" when more than one does.  For tests that need to
/// know which case a rule reported without depending on the wording.
std::string message_key(check::Finding const& finding);

/// A small report with no defect at all: title, preamble, a summary with
/// three sections, problems, a plan mirroring the summary.  Lines:
/// 1 title, 2 preamble, 3 summary heading, 4–9 sections, 10–11 problems,
/// 12 plan heading, 13–15 plan sections.
std::string const& clean_report();

/// `text` with the first occurrence of `from` replaced by `to` (throws when absent).
std::string replace(std::string text, std::string_view from, std::string_view to);

/// One expected finding of a test report: rule and line.
struct Expected {
  std::string rule;
  std::size_t line = 0;
};
/// Reads "rule<TAB>line" rows ('#' comments, blank lines skipped).
std::vector<Expected> read_expected(std::string const& tsv);

/// How a line is read in a hand-made outline.
enum class As { part, section, item };
/// An outline of `doc` with the given lines (1-based) as parts (with their
/// roles), sections or items, in text order; everything else is body text.
/// Years: 2024 summary, 2025 plan.  For testing the checks on the shapes a
/// builder may produce (a part heading read as an item …), whatever the
/// builder of the day makes of the text.
Outline hand_outline(text::Document const& doc, std::vector<std::tuple<std::size_t, As, PartRole>> const& shape);

}  // namespace zongjie::test
