// punctuation.half-width: ASCII , ; : ( ) ? ! in Chinese text, not in
// numbers, times, URLs or Latin words; fixed to full width.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/check/rules/half_width_punct.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "punctuation.half-width";

std::string fixed_line(std::string const& line) { return check::apply_edits(line, check::half_width_edits(line)); }
}  // namespace

TEST_CASE("half-width: what stays as it is", "[check][punctuation.half-width]") {
  auto const line = GENERATE(as<std::string>{},
                             "全年接待游客1,200,000人次，同比增长8.5%。",                    // thousands separators
                             "每天8:30至17:30在便民服务中心轮流值班。",                      // times
                             "详见镇政府网站https://www.example.gov.cn/a?id=3，欢迎监督。",  // a URL
                             "邮箱 service@qingshan.gov.cn，电话 0571-8888。",               // an e-mail
                             "引进“Hello, World”创意工作室。",                               // Latin words
                             "按1:1比例配套资金。",                                          // a ratio
                             "全部使用全角标点，（一）与“二”都没有问题！");
  INFO(line);
  CHECK(check::half_width_edits(line).empty());
}

TEST_CASE("half-width: what becomes full width", "[check][punctuation.half-width]") {
  CHECK(fixed_line("全年新增企业5家,完成投资3亿元;") == "全年新增企业5家，完成投资3亿元；");
  CHECK(fixed_line("(一)担当笃行抓党建") == "（一）担当笃行抓党建");
  CHECK(fixed_line("主要做法:一是抓学习") == "主要做法：一是抓学习");
  CHECK(fixed_line("奋力打造先行示范!") == "奋力打造先行示范！");
  CHECK(fixed_line("怎么办?靠实干。") == "怎么办？靠实干。");
  CHECK(fixed_line("地区生产总值(GDP)增长6%") == "地区生产总值（GDP）增长6%");
  CHECK(fixed_line("1)建立健全工作机制") == "1）建立健全工作机制");
  CHECK(fixed_line("完成5户, 共计8人") == "完成5户，共计8人");  // the space after the comma goes too
  CHECK(fixed_line("增长85%,利润增速全县前列") == "增长85%，利润增速全县前列");
  CHECK(fixed_line("“八八战略”,全力推进") == "“八八战略”，全力推进");
  // A cluster takes its context as a whole, so one pass fixes all of it.
  CHECK(fixed_line("完成验收;; ;下一步") == "完成验收；；；下一步");
  CHECK(fixed_line("任务艰巨!,(一)狠抓落实") == "任务艰巨！，（一）狠抓落实");
}

TEST_CASE("half-width: debris next to a mark is looked through", "[check][punctuation.half-width]") {
  std::string const line = "完成改厕1(##paidend##完成验收";
  std::size_t const b = line.find("##");
  auto const edits = check::half_width_edits(line, {{b, b + std::string_view("##paidend##").size()}});
  REQUIRE(edits.size() == 1);
  CHECK(line.substr(edits[0].begin, 1) == "(");
  CHECK(check::half_width_edits(line).empty());  // without knowing the debris, '(' sits before '#'
}

TEST_CASE("half-width: one finding per line, fixed safely", "[check][punctuation.half-width]") {
  std::string const text = test::replace(test::clean_report(), "全年新引进企业5家，完成固定资产投资3.6亿元，",
                                         "全年新引进企业5家,完成固定资产投资3.6亿元,");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 5);
  CHECK(f[0].column == test::column_of(text, ",完成"));
  REQUIRE(f[0].fix);
  CHECK(f[0].fix->safe);
  CHECK(f[0].fix->edits.size() == 2);
  CHECK(check::apply_fixes(test::document(text), f).text == test::clean_report());
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("half-width: one pasted line of a million marks", "[check][punctuation.half-width]") {
  // Each mark's neighbours, its parenthesis partner and the Han characters
  // between a pair are found in a few passes over the line, not per mark.
  std::string line;
  for (int i = 0; i < 250'000; ++i) line += "中文,中文;中文(中文)";
  auto const edits = check::half_width_edits(line);
  CHECK(edits.size() == 1'000'000);
  std::string deep(100'000, '(');
  deep += "中文" + std::string(100'000, ')');
  CHECK(check::half_width_edits(deep).size() == 200'000);
}
