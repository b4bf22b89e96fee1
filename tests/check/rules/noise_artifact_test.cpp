// noise.artifact: download and paste debris, deleted by the fix.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "noise.artifact";
}

TEST_CASE("noise: a clean report", "[check][noise.artifact]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("noise: debris lines and debris inside a line", "[check][noise.artifact]") {
  std::string text = test::clean_report();
  text = test::replace(text, "（二）生态环境持续改善\n", "（二）生态环境持续改善\n##paidbegin##");
  text = test::replace(text, "二、存在的问题\n", "本文档编辑密码：qs2024\n二、存在的问题\n");
  text += "##paidend##";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 3);
  for (auto const& x : f) CHECK(x.severity == Severity::error);
  CHECK(f[0].line == test::line_of(text, "##paidbegin##"));
  CHECK(f[0].column == test::column_of(text, "##paidbegin##"));
  CHECK(test::message_key(f[0]) == "inline");  // inside a line of report text
  CHECK(f[1].line == test::line_of(text, "本文档编辑密码"));
  CHECK(test::message_key(f[1]) == "line");  // a whole line of debris
  CHECK(f[2].line == test::line_of(text, "##paidend##"));
  // Deleting all three gives the clean report back, byte for byte.
  CHECK(check::apply_fixes(test::document(text), f).text == test::clean_report());
}
