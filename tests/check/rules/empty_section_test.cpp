// structure.empty-section: a heading with no body.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "structure.empty-section";
}

TEST_CASE("empty-section: sections with bodies, and plan sections with the body on the heading line",
          "[check][structure.empty-section]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("empty-section: a list of one-line tasks is not a set of empty headings",
          "[check][structure.empty-section]") {
  std::string const text =
      "一、2024年工作总结\n"
      "（一）产业发展\n新引进企业5家。\n"
      "二、2025年工作要点\n"
      "1、新建高标准农田2000亩\n"
      "2、完成背街小巷改造8条\n"
      "3、新建村级养老服务站2个\n";
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("empty-section: a section heading followed straight by the next", "[check][structure.empty-section]") {
  std::string const text =
      test::replace(test::clean_report(), "完成农村改厕860户，新建污水处理设施4处，镇域空气质量优良率达到96%。\n", "");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "（二）生态环境持续改善"));
}

TEST_CASE("empty-section: a part heading with nothing under it", "[check][structure.empty-section]") {
  std::string const text =
      test::replace(test::clean_report(), "产业结构仍较单一，基础设施还有短板，干部队伍能力有待提升。\n", "");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "二、存在的问题"));
}

TEST_CASE("empty-section: debris under a heading is no body", "[check][structure.empty-section]") {
  std::string const text = test::replace(test::clean_report(),
                                         "完成农村改厕860户，新建污水处理设施4处，镇域空气质量优良率达到96%。\n",
                                         "##paidbegin##\n");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "（二）生态环境持续改善"));
}
