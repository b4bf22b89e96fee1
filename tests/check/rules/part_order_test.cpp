// structure.part-order: parts against the model's usual order.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "structure.part-order";
}

TEST_CASE("part-order: summary, problems, plan is the usual order", "[check][structure.part-order]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("part-order: problems after the plan", "[check][structure.part-order]") {
  std::string const text =
      "柳湾乡2024年工作总结\n"
      "一、2024年工作总结\n"
      "（一）农业生产稳中有升\n全年粮食播种面积2.1万亩，新建高标准农田3000亩。\n"
      "（二）集镇面貌明显改观\n完成集镇主街改造1.5公里，新建停车场1处。\n"
      "二、2025年工作安排\n"
      "（一）稳定粮食生产。新建高标准农田2000亩。\n"
      "（二）提升集镇品质。完成背街小巷改造8条。\n"
      "三、存在的不足\n"
      "集体经济底子薄，产业项目储备不足。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "三、存在的不足"));
  CHECK(f[0].subject == "order:problems<plan");
}

TEST_CASE("part-order: the plan before the summary", "[check][structure.part-order]") {
  std::string const text =
      "一、2025年工作计划\n"
      "（一）稳定粮食生产。新建高标准农田2000亩。\n"
      "（二）提升集镇品质。完成背街小巷改造8条。\n"
      "二、2024年工作总结\n"
      "（一）农业生产稳中有升\n全年粮食播种面积2.1万亩。\n"
      "（二）集镇面貌明显改观\n完成集镇主街改造1.5公里。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 4);
  CHECK(f[0].subject == "order:summary<plan");
}
