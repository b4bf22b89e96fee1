// year.stale: deadlines and figures that belong to another year; history and
// comparisons are left alone.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::lines_of;

namespace {
constexpr std::string_view rule = "year.stale";

/// A 2024 summary and 2025 plan with `summary` and `plan` as the first section bodies.
std::string report(std::string const& summary, std::string const& plan) {
  return "一、2024年工作总结\n"
         "（一）产业发展\n" +
         summary +
         "\n"
         "（二）民生保障\n发放救助资金420万元。\n"
         "二、2025年工作计划\n"
         "（一）做强产业。" +
         plan +
         "\n"
         "（二）改善民生。新建养老服务站2个。\n";
}
}  // namespace

TEST_CASE("year.stale: history and comparisons are not stale", "[check][year.stale]") {
  using Pair = std::pair<std::string, std::string>;
  auto const valid = GENERATE(values<Pair>(
      {{"工业产值比2023年增长12%。", "力争2025年底前完成园区二期建设。"},
       {"自2019年以来连续5年获评县综合考核一等奖。", "在2024年的基础上再新增企业5家。"},
       {"履行2023年签订的农产品采购合同。", "巩固2023年创建成果，确保2025年6月底前通过验收。"},
       {"荣获2023年度省级文明乡镇称号。", "到2027年实现集体经济村均50万元。"},
       {"截至2024年10月底，累计完成投资3亿元。", "截至2024年底，全镇已有规上企业18家，2025年力争突破20家。"},
       {"编制《2025年乡村振兴规划》并通过评审。", "实施2023—2025年三年行动的收官工作。"},
       {"预计2024年12月底完成全部验收。", "2025年是“十四五”规划收官之年。"}}));
  std::string const text = report(valid.first, valid.second);
  INFO(text);
  CHECK(lines_of(check_text(text), rule).empty());
}

TEST_CASE("year.stale: last year's deadline left in the plan", "[check][year.stale]") {
  std::string const text = report("新引进企业5家。", "确保在2023年底完成园区土地流转，力争2024年6月底前建成标准厂房。");
  auto const f = test::of_rule(check_text(text), rule);
  REQUIRE(f.size() == 2);
  CHECK(f[0].line == 7);
  CHECK(f[0].column == test::column_of(text, "2023年底"));
  CHECK(f[1].column == test::column_of(text, "2024年6月"));
  CHECK(test::message_key(f[0]) == "plan_deadline");
  CHECK(test::message_key(f[1]) == "plan_deadline");
}

TEST_CASE("year.stale: a plan that opens with last year", "[check][year.stale]") {
  std::string const text = test::replace(report("新引进企业5家。", "新引进企业6家。"), "二、2025年工作计划\n",
                                         "二、2025年工作计划\n2024年是全面深化改革的关键之年。\n");
  CHECK(lines_of(check_text(text), rule) == std::vector<std::size_t>{7});
}

TEST_CASE("year.stale: the summary still planning or counting another year", "[check][year.stale]") {
  auto const invalid =
      GENERATE(as<std::string>{},
               "计划2024年上半年完成园区道路建设。",        // a plan for the first half, in a year-end summary
               "力争2023年底前建成标准厂房。",              // last year's deadline
               "截至2023年10月底，全镇共有规上企业16家。",  // figures as of last year
               "2023年1-10月完成财政收入1860万元。",        // last year's period figures
               "2025年已完成道路硬化12公里。");             // next year, done
  std::string const text = report(invalid, "新引进企业6家。");
  INFO(invalid);
  CHECK(lines_of(check_text(text), rule) == std::vector<std::size_t>{3});
}

TEST_CASE("year.stale: years that describe things are not deadlines", "[check][year.stale]") {
  using Pair = std::pair<std::string, std::string>;
  auto const valid =
      GENERATE(values<Pair>({// 2000年前建成的: built before 2000 — the year describes the housing.
                             {"确保2000年前建成的老旧小区全部改造完成。", "确保2000年前建成的老旧小区全部完成改造。"},
                             {"始建于1958年的水库完成除险加固。", "对始建于1958年的水库实施除险加固。"},
                             {"2019年以来累计完成投资12亿元。", "力争2023年底前完成的项目全部投用。"},
                             {"与2012年相比，地区生产总值翻了一番。", "比2020年增长30%的目标力争提前实现。"},
                             {"成立于1998年的合作社年产值突破千万元。", "推进2018年以前开工项目的竣工验收。"}}));
  std::string const text = report(valid.first, valid.second);
  INFO(text);
  CHECK(lines_of(check_text(text), rule).empty());
}

TEST_CASE("year.stale: a deadline is still a deadline", "[check][year.stale]") {
  // The attribute test only looks past 年前/年底前 + verb for 的: these are claims.
  std::string const text = report("新引进企业5家。", "确保2023年前建成标准厂房，力争2024年底前完成土地流转。");
  CHECK(test::of_rule(check_text(text), rule).size() == 2);
}

TEST_CASE("year.stale: a pasted line of a million years", "[check][year.stale]") {
  // One line holding 1900年1901年…2099年 a million times: each year is looked
  // at once (its clause and cue words found in one pass of the part), and
  // none is a deadline or a claim.  Timings: docs/PERFORMANCE.md.
  std::string years;
  years.reserve(7'000'000);
  for (int i = 0; i < 1'000'000; ++i) years += std::to_string(1900 + i % 200) + "年";
  CHECK(test::of_rule(check_text(report(years, "新引进企业6家。")), rule).empty());
  CHECK(test::of_rule(check_text(report("新引进企业5家。", years)), rule).empty());
  // With a deadline on each of them, every year before the plan's is one.
  std::string deadlines;
  int expected = 0;
  for (int i = 0; i < 100'000; ++i) {
    int const y = 1900 + i % 200;
    deadlines += "确保" + std::to_string(y) + "年底前完成，";
    expected += y >= 1949 && y < 2025;  // find_years reads 1949 on
  }
  auto const f = test::of_rule(check_text(report("新引进企业5家。", deadlines)), rule);
  CHECK(f.size() == static_cast<std::size_t>(expected));
}
