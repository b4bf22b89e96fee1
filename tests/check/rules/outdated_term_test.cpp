// time.outdated-term: terms whose period ended, written as current; history
// and comparisons are left alone.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::lines_of;

namespace {
constexpr std::string_view rule = "time.outdated-term";

/// A summary of `year` and a plan of `year + 1` with `summary` and `plan` as first section bodies.
std::string report(int year, std::string const& summary, std::string const& plan) {
  return "一、" + std::to_string(year) + "年工作总结\n（一）经济发展\n" + summary +
         "\n（二）民生保障\n发放救助资金420万元。\n二、" + std::to_string(year + 1) + "年工作计划\n（一）做强产业。" +
         plan + "\n（二）改善民生。新建养老服务站2个。\n";
}
}  // namespace

TEST_CASE("time.outdated-term: history, comparison and periods still running are quiet",
          "[check][time.outdated-term]") {
  struct Case {
    int year;
    std::string summary, plan;
  };
  auto const c = GENERATE(values<Case>({
      {2026, "“十四五”以来，全镇累计新建道路40公里。", "与“十三五”末相比，集体经济收入翻了一番。"},
      {2026, "“十四五”时期累计完成投资12亿元。", "深入实施“十五五”规划，抓好开局各项工作。"},
      {2025, "全面完成“十四五”规划目标任务，“十四五”圆满收官。", "谋划好“十五五”重大项目。"},
      {2024, "深入学习贯彻党的二十大精神和二十届三中全会精神。", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"},
      {2023, "弘扬脱贫攻坚精神，守住不发生规模性返贫底线。", "党的十八大以来，全镇面貌发生了历史性变化。"},
      {2021, "原扶贫办的职能划入乡村振兴局。", "持续推进乡村振兴。"},
      {2021, "深入实施“十四五”规划。", "坚持常态化疫情防控和经济社会发展两手抓。"},
      {2019, "学习贯彻党的十九大精神。", "坚决打赢脱贫攻坚战。"},
  }));
  std::string const text = report(c.year, c.summary, c.plan);
  INFO(text);
  CHECK(lines_of(check_text(text), rule).empty());
}

TEST_CASE("time.outdated-term: an ended plan period written as current", "[check][time.outdated-term]") {
  std::string const text = report(2026, "新建村级服务中心3个。", "深入实施“十四五”规划，推动产业升级。");
  auto const f = test::of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 7);
  CHECK(f[0].column == test::column_of(text, "十四五"));
  CHECK(test::message_key(f[0]) == "period");
  REQUIRE(f[0].suggestion);
  CHECK(*f[0].suggestion == "十五五");
}

TEST_CASE("time.outdated-term: congress, campaign and office", "[check][time.outdated-term]") {
  std::string const text =
      report(2023, "全面学习贯彻党的十九大精神。\n县扶贫办组织开展技能培训3期。", "继续打赢脱贫攻坚战。");
  auto const f = test::of_rule(check_text(text), rule);
  REQUIRE(f.size() == 3);
  CHECK(test::message_key(f[0]) == "period");
  CHECK(test::message_key(f[1]) == "name");
  CHECK(*f[1].suggestion == "乡村振兴局");
  CHECK(test::message_key(f[2]) == "period");
  CHECK(f[2].line == 8);
}

TEST_CASE("time.outdated-term: 常态化疫情防控 as a plan task after 2022", "[check][time.outdated-term]") {
  std::string const text = report(2023, "完成道路硬化5公里。", "毫不放松抓好常态化疫情防控。");
  CHECK(lines_of(check_text(text), rule) == std::vector<std::size_t>{7});
}
