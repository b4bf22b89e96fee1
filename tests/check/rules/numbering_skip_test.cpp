// numbering.skip: a gap, or a sequence not starting at one.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "numbering.skip";
}

TEST_CASE("numbering.skip: a complete sequence", "[check][numbering.skip]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("numbering.skip: （二） then （四）", "[check][numbering.skip]") {
  std::string const text = test::replace(test::clean_report(), "（三）民生保障有力有效", "（四）民生保障有力有效");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].line == test::line_of(text, "（四）民生保障"));
  CHECK(f[0].suggestion == "（三）");
  CHECK(test::message_key(f[0]) == "gap");
  REQUIRE(f[0].fix);
  auto const fixed = check::apply_fixes(test::document(text), f);
  CHECK(fixed.text == test::clean_report());
}

TEST_CASE("numbering.skip: plan sections starting at 2", "[check][numbering.skip]") {
  std::string text = test::clean_report();
  text = test::replace(text, "（一）做强特色产业", "（二）做强特色产业");
  text = test::replace(text, "（二）建设美丽乡村", "（三）建设美丽乡村");
  text = test::replace(text, "（三）增进民生福祉", "（四）增进民生福祉");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "（二）做强特色产业"));
  CHECK(f[0].suggestion == "（一）");
  CHECK(test::message_key(f[0]) == "start");  // not a gap: the sequence starts at two
  auto const fixed = check::apply_fixes(test::document(text), f);
  CHECK(fixed.text == test::clean_report());
}

TEST_CASE("numbering.skip: Arabic items 1. 2. 4. renumbered to 1. 2. 3.", "[check][numbering.skip]") {
  std::string const text =
      "一、2024年工作总结\n"
      "（一）产业发展\n1.新引进企业5家。\n2.新建厂房3万平方米。\n4.开展招商推介会3场。\n"
      "（二）民生保障\n发放救助资金420万元。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "4.开展"));
  auto const fixed = check::apply_fixes(test::document(text), f);
  CHECK(fixed.text == test::replace(text, "4.开展", "3.开展"));
}
