// time.relative-word: 今年/明年/去年 against the report's own convention.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::lines_of;

namespace {
constexpr std::string_view rule = "time.relative-word";

std::string report(std::string const& s1, std::string const& s2, std::string const& p1) {
  return "一、2024年工作总结\n（一）产业发展\n" + s1 + "\n（二）民生保障\n" + s2 +
         "\n二、2025年工作计划\n（一）做强产业。" + p1 + "\n（二）改善民生。新建养老服务站2个。\n";
}
}  // namespace

TEST_CASE("time.relative-word: a consistent report is quiet", "[check][time.relative-word]") {
  using Triple = std::tuple<std::string, std::string, std::string>;
  auto const c = GENERATE(values<Triple>({
      // year end: 今年 = 2024, 明年 = 2025
      {"今年以来，新引进企业5家。", "今年全镇发放救助金420万元。", "明年将新建标准厂房2幢。"},
      // early next year: 去年 = 2024, 今年 = 2025
      {"去年，全县新引进企业5家。", "去年以来，发放救助金420万元。", "今年要新建标准厂房2幢。"},
      // comparisons say nothing of the convention
      {"今年以来，新引进企业5家，比去年增加2家。", "今年发放救助金较上年增长8%。", "明年在今年的基础上再增2家。"},
      // one use each way: no convention to follow
      {"今年以来，新引进企业5家。", "发放救助金420万元。", "今年将新建标准厂房2幢。"},
  }));
  std::string const text = report(std::get<0>(c), std::get<1>(c), std::get<2>(c));
  INFO(text);
  CHECK(lines_of(check_text(text), rule).empty());
}

TEST_CASE("time.relative-word: a year-end report whose plan says 今年将", "[check][time.relative-word]") {
  std::string const text =
      report("今年以来，新引进企业5家。", "今年全镇发放救助金420万元。", "今年将新建标准厂房2幢。");
  auto const f = test::of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 7);
  CHECK(test::message_key(f[0]) == "year_end");
  CHECK(*f[0].suggestion == "2025年");
}

TEST_CASE("time.relative-word: a report of early next year whose summary says 今年", "[check][time.relative-word]") {
  std::string const text = report("今年，全县新引进企业5家。", "去年，全县发放救助金420万元。",
                                  "今年要新建标准厂房2幢，今年力争引进企业8家。");
  auto const f = test::of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 3);
  CHECK(test::message_key(f[0]) == "early");
  CHECK(*f[0].suggestion == "2024年");
}
