// punctuation.unbalanced: quotation marks, title marks and brackets that are
// opened and not closed in their paragraph, or closed without being opened.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "punctuation.unbalanced";
}

TEST_CASE("punctuation.unbalanced: a clean report", "[check][punctuation.unbalanced]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("punctuation.unbalanced: balanced and nested pairs", "[check][punctuation.unbalanced]") {
  std::string const text = test::replace(
      test::clean_report(), "全年新引进企业5家，",
      "围绕“一村一品”（含《茶叶产业发展规划（2021—2025年）》中的“三品一标”）和【重点】‘小项目’，全年新引进企业5家，");
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("punctuation.unbalanced: item markers with a closing bracket only", "[check][punctuation.unbalanced]") {
  std::string const text = test::replace(test::clean_report(), "全年新引进企业5家，",
                                         "1）新引进企业5家；2）新建厂房3处；a) 开展培训2次，全年新引进企业5家，");
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("punctuation.unbalanced: a quotation over several paragraphs, the Chinese way",
          "[check][punctuation.unbalanced]") {
  // Each quoted paragraph opens with “, only the last one closes.
  std::string const text = test::replace(test::clean_report(), "（二）生态环境持续改善\n",
                                         "（二）生态环境持续改善\n"
                                         "群众说：“村里的路修好了。\n"
                                         "\n"
                                         "“河水也清了。\n"
                                         "“日子越过越有奔头。”\n");
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("punctuation.unbalanced: a quotation left open", "[check][punctuation.unbalanced]") {
  // 一是围绕“… and the sentence ends without ”.
  std::string const text = test::replace(test::clean_report(), "全年新引进企业5家，",
                                         "一是围绕“茶旅融合。对照年初安排，全年新引进企业5家，");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].line == test::line_of(text, "一是围绕"));
  CHECK(f[0].column == test::column_of(text, "“茶旅融合"));
  CHECK_FALSE(f[0].fix);
}

TEST_CASE("punctuation.unbalanced: a quoted paragraph not carried on", "[check][punctuation.unbalanced]") {
  // The next paragraph does not open with “: the first quotation is unclosed.
  std::string const text = test::replace(test::clean_report(), "（二）生态环境持续改善\n",
                                         "（二）生态环境持续改善\n"
                                         "群众说：“村里的路修好了。\n"
                                         "河水也清了。\n");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "群众说"));
}

TEST_CASE("punctuation.unbalanced: a title mark and a bracket", "[check][punctuation.unbalanced]") {
  std::string text =
      test::replace(test::clean_report(), "全年新引进企业5家，", "落实《乡村振兴规划，全年新引进企业5家，");
  text = test::replace(text, "新建污水处理设施4处，", "新建污水处理设施4处（含提标改造，");
  text = test::replace(text, "群众满意度明显提升。", "群众满意度明显提升）。");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 3);
  CHECK(f[0].line == test::line_of(text, "落实《"));
  CHECK(f[0].column == test::column_of(text, "《乡村振兴"));
  CHECK(f[0].end_column == f[0].column + 1);  // the mark itself
  CHECK(f[1].line == test::line_of(text, "（含提标改造"));
  CHECK(f[2].line == test::line_of(text, "明显提升）"));
}

TEST_CASE("punctuation.unbalanced: a closing quotation mark with no opening", "[check][punctuation.unbalanced]") {
  std::string const text =
      test::replace(test::clean_report(), "茶叶产业综合产值突破2亿元。", "茶叶产业综合产值突破2亿元”。");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].column == test::column_of(text, "”。"));
}

TEST_CASE("punctuation.unbalanced: one pasted line of a million quotation marks", "[check][punctuation.unbalanced]") {
  std::string text = test::clean_report();
  std::string line;
  for (int i = 0; i < 1'000'000; ++i) line += "“";
  text += line + "\n";
  // One finding for the line, not one per mark.
  CHECK(of_rule(check_text(text), rule).size() == 1);
}
