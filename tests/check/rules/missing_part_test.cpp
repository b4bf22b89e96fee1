// structure.missing-part: summary and plan are required (error); a part most
// of the corpus has (存在问题, share >= 0.5) is expected (warning).
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/rules/missing_part.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::clean_report;
using test::of_rule;

namespace {
constexpr std::string_view rule = "structure.missing-part";

std::string without_lines(std::string const& text, std::size_t first, std::size_t last) {
  std::string out;
  std::size_t line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (line < first || line > last) out += text[i];
    if (text[i] == '\n') ++line;
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
  CHECK(f[0].message.find("工作计划") != std::string::npos);
  CHECK(f[0].subject == "part:plan");
}

TEST_CASE("missing-part: no summary is an error where the summary should start", "[check][structure.missing-part]") {
  std::string const text = without_lines(clean_report(), 3, 9);
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].message.find("工作总结") != std::string::npos);
  CHECK(f[0].line == test::line_of(text, "二、存在的问题"));
}

TEST_CASE("missing-part: no problems part is a warning before the plan", "[check][structure.missing-part]") {
  std::string const text = without_lines(clean_report(), 10, 11);
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].line == test::line_of(text, "三、2025年工作计划"));
  CHECK(f[0].message.find("70%") != std::string::npos);  // the built-in model's share
}

TEST_CASE("missing-part: a corpus where few reports have a problems part expects none", "[check][structure.missing-part]") {
  StandardOutline model = check::default_model();
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
