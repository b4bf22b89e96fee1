// structure.missing-part: summary and plan are required (error); a part most
// of the corpus has (存在问题, share >= 0.5) is expected (warning).
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/rules/missing_part.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::clean_report;
using test::of_rule;

namespace {
constexpr std::string_view rule = "structure.missing-part";

/// Whether `findings` has one about the part of `role` ("part:<role>").
bool reports_part(std::vector<check::Finding> const& findings, std::string_view role) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](check::Finding const& x) { return x.subject == "part:" + std::string(role); });
}

std::string without_lines(std::string const& text, std::size_t first, std::size_t last) {
  std::string out;
  std::size_t line = 1;
  for (char const c : text) {
    if (line < first || line > last) out += c;
    if (c == '\n') ++line;
  }
  return out;
}
}  // namespace

TEST_CASE("missing-part: a report with every usual part gives nothing", "[check][structure.missing-part]") {
  CHECK(of_rule(check_text(clean_report()), rule).empty());
}

TEST_CASE("missing-part: no plan is an error at the end of the report", "[check][structure.missing-part]") {
  std::string const text = without_lines(clean_report(), 12, 15);
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].line == 11);  // the last line: nothing usually follows the plan
  CHECK(f[0].subject == "part:plan");
  CHECK(test::message_key(f[0]) == "required");
}

TEST_CASE("missing-part: no summary is an error where the summary should start", "[check][structure.missing-part]") {
  std::string const text = without_lines(clean_report(), 3, 9);
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].subject == "part:summary");
  CHECK(test::message_key(f[0]) == "required");
  CHECK(f[0].line == test::line_of(text, "二、存在的问题"));
}

TEST_CASE("missing-part: no problems part is a warning before the plan", "[check][structure.missing-part]") {
  std::string const text = without_lines(clean_report(), 10, 11);
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].line == test::line_of(text, "三、2025年工作计划"));
  CHECK(f[0].subject == "part:problems");
  CHECK(test::message_key(f[0]) == "usual");
}

TEST_CASE("missing-part: the message of an expected part gives its share of the corpus",
          "[check][structure.missing-part][wording]") {
  // A wording test: the {share} placeholder filled with the model's share as
  // a percentage (the built-in model's 0.7), whatever the template's words.
  auto const f = of_rule(check_text(without_lines(clean_report(), 10, 11)), rule);
  REQUIRE(f.size() == 1);
  auto const* info = test::default_checker().data().catalog->find(rule);
  REQUIRE(info);
  REQUIRE(info->message("usual"));
  CHECK(f[0].message ==
        check::format_message(info->message("usual")->text,
                              {{"part", std::string(role_label(PartRole::problems))}, {"share", "70%"}}));
}

TEST_CASE("missing-part: a corpus where few reports have a problems part expects none",
          "[check][structure.missing-part]") {
  StandardOutline model = builtin_standard_outline();
  for (auto& p : model.parts)
    if (p.role == PartRole::problems) p.share = 0.3;
  check::CheckerOptions options;
  options.model = model;
  check::Checker const checker(std::move(options));
  auto const doc = test::document(without_lines(clean_report(), 10, 11));
  CHECK(of_rule(test::check_document(checker, doc), rule).empty());
}

TEST_CASE("missing-part: a title naming only the summary makes a missing plan a warning",
          "[check][structure.missing-part]") {
  std::string text = without_lines(clean_report(), 12, 15);
  text = test::replace(text, "青山镇2024年工作总结及2025年工作计划", "青山镇2024年工作总结");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
}

namespace {
// A government report whose plan is headed in words no list knows, read by
// a builder that took the heading for an item of the review.
std::string const unknown_plan_heading =
    "一、2024年工作回顾\n"                                                // 1
    "（一）经济发展取得新成效\n"                                          // 2
    "全年地区生产总值增长6%，完成固定资产投资80亿元。\n"                  // 3
    "（二）民生事业取得新进步\n"                                          // 4
    "新增就业1200人，新建学校3所。\n"                                     // 5
    "二、2025年经济社会发展的总体要求和目标任务\n"                        // 6
    "今年要坚持稳中求进，力争地区生产总值增长6%，确保完成投资90亿元。\n"  // 7
    "（一）狠抓项目建设\n"                                                // 8
    "要加快推进重点项目，力争新开工项目30个，确保按期竣工。\n"            // 9
    "（二）保障和改善民生\n"                                              // 10
    "将新增就业1000人，推进教育均衡发展。\n";                             // 11
}  // namespace

TEST_CASE("missing-part: a plan under a heading the outline does not know is not missing",
          "[check][structure.missing-part]") {
  auto const doc = test::document(unknown_plan_heading);
  Outline const o = test::hand_outline(doc, {{1, test::As::part, PartRole::summary},
                                             {2, test::As::section, PartRole::summary},
                                             {4, test::As::section, PartRole::summary},
                                             {6, test::As::item, PartRole::summary},
                                             {8, test::As::section, PartRole::summary},
                                             {10, test::As::section, PartRole::summary}});
  CHECK_FALSE(reports_part(of_rule(test::default_checker().check(doc, o), rule), "plan"));
  // As the builder reads it: no error for a missing part.
  auto const read = of_rule(check_text(unknown_plan_heading), rule);
  CHECK(std::none_of(read.begin(), read.end(), [](auto const& x) { return x.severity == Severity::error; }));
}

TEST_CASE("missing-part: an unplaced top-level heading makes a missing plan a warning",
          "[check][structure.missing-part]") {
  // No plan words at all after the heading: not evidence of a plan, but the
  // outline's parts are unsure.
  std::string const text =
      "一、2024年工作回顾\n"          // 1
      "（一）经济发展取得新成效\n"    // 2
      "全年地区生产总值增长6%。\n"    // 3
      "（二）民生事业取得新进步\n"    // 4
      "新增就业1200人。\n"            // 5
      "二、其他事项\n"                // 6
      "全年接待来访群众300人次。\n";  // 7
  auto const doc = test::document(text);
  Outline const o = test::hand_outline(doc, {{1, test::As::part, PartRole::summary},
                                             {2, test::As::section, PartRole::summary},
                                             {4, test::As::section, PartRole::summary},
                                             {6, test::As::item, PartRole::summary}});
  auto const f = of_rule(test::default_checker().check(doc, o), rule);
  auto const plan = std::find_if(f.begin(), f.end(), [](auto const& x) { return x.subject == "part:plan"; });
  REQUIRE(plan != f.end());
  CHECK(plan->severity == Severity::warning);

  // The same text read with the heading as a part of unknown kind is sure: an error.
  Outline const sure = test::hand_outline(doc, {{1, test::As::part, PartRole::summary},
                                                {2, test::As::section, PartRole::summary},
                                                {4, test::As::section, PartRole::summary},
                                                {6, test::As::part, PartRole::closing}});
  auto const g = of_rule(test::default_checker().check(doc, sure), rule);
  auto const plan2 = std::find_if(g.begin(), g.end(), [](auto const& x) { return x.subject == "part:plan"; });
  REQUIRE(plan2 != g.end());
  CHECK(plan2->severity == Severity::error);
}

TEST_CASE("missing-part: problems written in prose are not missing", "[check][structure.missing-part]") {
  std::string const text = without_lines(clean_report(), 10, 11);
  REQUIRE(reports_part(of_rule(check_text(text), rule), "problems"));  // without the passage, it is
  std::string const prose = test::replace(text, "（三）民生保障有力有效\n",
                                          "（三）民生保障有力有效\n"
                                          "在肯定成绩的同时，我们也清醒地看到，产业结构仍较单一。\n");
  CHECK_FALSE(reports_part(of_rule(check_text(prose), rule), "problems"));
}

TEST_CASE("missing-part: a paste of 30,000 heading-like lines naming plan work", "[check][structure.missing-part]") {
  // Each candidate counts the to-do words of its stretch by position, found
  // once for the document; none of these stretches reads as a plan.
  std::string text = "一、2024年工作总结\n（一）产业发展\n全年完成投资1亿元。\n";
  for (int i = 0; i < 30'000; ++i) text += "主要工作完成实现\n";
  auto const f = of_rule(check_text(text), rule);
  auto const plan = std::find_if(f.begin(), f.end(), [](auto const& x) { return x.subject == "part:plan"; });
  REQUIRE(plan != f.end());
  CHECK(plan->severity == Severity::error);
}
