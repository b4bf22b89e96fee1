// placeholder.unfilled: the patterns of templates/check/placeholders.tsv in a
// report.  (The data file's own example/clean rows run in data_files_test.)
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "placeholder.unfilled";
}

TEST_CASE("placeholder: a filled-in report", "[check][placeholder.unfilled]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("placeholder: each one is an error at its place", "[check][placeholder.unfilled]") {
  std::string text = test::clean_report();
  text = test::replace(text, "青山镇2024年工作总结", "XX镇2024年工作总结");
  text = test::replace(text, "新引进企业5家", "新引进企业×××家");
  text = test::replace(text, "优良率达到96%", "优良率达到9X%");
  text = test::replace(text, "新建村级养老服务站3个", "新建x村养老服务站3个");
  text = test::replace(text, "（三）增进民生福祉。", "（三）增进民生福祉。由某某同志牵头，");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 5);
  for (auto const& x : f) CHECK(x.severity == Severity::error);
  CHECK(f[0].line == 1);
  CHECK(f[0].column == 1);
  CHECK(f[0].end_column == 3);
  CHECK(f[1].column == test::column_of(text, "×××"));
  CHECK(f[2].line == test::line_of(text, "9X%"));
  CHECK(f[3].line == test::line_of(text, "x村"));
  CHECK(f[4].line == test::line_of(text, "某某"));
}

TEST_CASE("placeholder: debris is reported as debris, not as a placeholder", "[check][placeholder.unfilled]") {
  std::string const text = test::clean_report() + "本文档编辑密码：XX2024\n";
  CHECK(of_rule(check_text(text), rule).empty());
}
