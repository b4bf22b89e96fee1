// year.mismatch: the title and the part headings disagree.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "year.mismatch";
}

TEST_CASE("year.mismatch: title and headings agree", "[check][year.mismatch]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("year.mismatch: a summary heading of another year than the title", "[check][year.mismatch]") {
  std::string const text = test::replace(test::clean_report(), "一、2024年工作总结", "一、2023年工作总结");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].line == 3);
  CHECK(f[0].column == test::column_of(text, "2023年工作总结"));
}

TEST_CASE("year.mismatch: a title whose plan year is not the next year", "[check][year.mismatch]") {
  std::string text = test::replace(test::clean_report(), "青山镇2024年工作总结及2025年工作计划",
                                   "青山镇2024年工作总结及2024年工作计划");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 2);  // the title, and the plan heading against it
  CHECK(f[0].line == 1);
  CHECK(f[1].line == 12);
}

TEST_CASE("year.mismatch: without a title, the plan heading follows the summary heading", "[check][year.mismatch]") {
  std::string text = test::clean_report();
  text = text.substr(text.find('\n') + 1);
  CHECK(of_rule(check_text(text), rule).empty());
  text = test::replace(text, "三、2025年工作计划", "三、2026年工作计划");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 11);
}
