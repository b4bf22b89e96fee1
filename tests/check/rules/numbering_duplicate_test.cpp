// numbering.duplicate: the same ordinal twice at one level, fixed by renumbering.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "numbering.duplicate";

std::string const sections =
    "一、2024年工作总结\n"
    "一、以党建引领发展\n全年发展党员12名。\n"
    "二、以产业带动增收\n新引进企业5家。\n"
    "三、以生态提升颜值\n完成改厕860户。\n"
    "三、以民生增进福祉\n新建养老服务站3个。\n";
}  // namespace

TEST_CASE("numbering.duplicate: one, two, three, four", "[check][numbering.duplicate]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("numbering.duplicate: a repeated 三、 is an error with a renumbering fix", "[check][numbering.duplicate]") {
  std::string const text =
      "第一部分：2024年工作总结\n"
      "一、以党建引领发展\n全年发展党员12名。\n"
      "二、以产业带动增收\n新引进企业5家。\n"
      "三、以生态提升颜值\n完成改厕860户。\n"
      "三、以民生增进福祉\n新建养老服务站3个。\n"
      "第二部分：2025年工作思路\n"
      "一、抓党建。发展党员10名。\n二、抓产业。引进企业6家。\n";
  auto const findings = check_text(text);
  auto const f = of_rule(findings, rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].line == test::line_of(text, "三、以民生增进福祉"));
  CHECK(f[0].column == 1);
  CHECK(f[0].suggestion == "四、");
  REQUIRE(f[0].fix);
  CHECK(f[0].fix->safe);
  auto const doc = test::document(text);
  auto const fixed = check::apply_fixes(doc, f);
  CHECK(fixed.text == test::replace(text, "三、以民生", "四、以民生"));
}

TEST_CASE("numbering.duplicate: items restarting at one start a new list", "[check][numbering.duplicate]") {
  std::string const text =
      "一、2024年工作总结\n"
      "（一）产业发展\n"
      "1.新引进企业5家。\n2.新建厂房3万平方米。\n"
      "今年还重点抓了以下工作：\n"
      "1.开展招商推介会3场。\n2.举办企业家座谈会2次。\n"
      "（二）民生保障\n发放救助资金420万元。\n";
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("numbering.duplicate: inline 一是 twice", "[check][numbering.duplicate]") {
  std::string const text =
      "一、2024年工作总结\n"
      "（一）产业发展。一是招商引资成效明显，新引进企业5家；二是项目建设加快推进，完成投资3亿元；二是集体经济持续壮大，村均收入28万元。\n"
      "（二）民生保障。发放救助资金420万元。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].column == test::column_of(text, "二是集体经济"));
}
