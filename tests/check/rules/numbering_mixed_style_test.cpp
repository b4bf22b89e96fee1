// numbering.mixed-style: one level written two ways.
#include "check_support.hpp"
#include "support/test_support.hpp"
#include "zongjie/util/chinese.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/check/rules/numbering_levels.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "numbering.mixed-style";
}

TEST_CASE("mixed-style: one style per level", "[check][numbering.mixed-style]") {
  CHECK(of_rule(check_text(test::clean_report()), rule).empty());
}

TEST_CASE("mixed-style: (二) beside （一） （三）", "[check][numbering.mixed-style]") {
  std::string const text = test::replace(test::clean_report(), "（二）生态环境持续改善", "(二)生态环境持续改善");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "(二)生态"));
  CHECK(f[0].suggestion == "（二）");
  auto const fixed = check::apply_fixes(test::document(text), f);
  CHECK(fixed.text == test::clean_report());
}

TEST_CASE("mixed-style: 1. beside 2、 among items", "[check][numbering.mixed-style]") {
  std::string const text =
      "一、2024年工作总结\n"
      "（一）产业发展\n1.新引进企业5家。\n2、新建厂房3万平方米。\n3.开展招商推介会3场。\n"
      "（二）民生保障\n发放救助资金420万元。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == test::line_of(text, "2、新建"));
  CHECK(f[0].suggestion == "2.");
}

TEST_CASE("mixed-style: part headings 第一、 and 第二，", "[check][numbering.mixed-style]") {
  std::string const text =
      "第一、2024年工作总结\n一、产业发展\n新引进企业5家。\n二、民生保障\n发放救助资金420万元。\n"
      "第二，2025年工作思路\n一、壮大产业。新引进企业6家。\n二、改善民生。新建养老服务站2个。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 6);
  CHECK(f[0].suggestion == "第二、");
}

TEST_CASE("mixed-style: restyling keeps the numeral and the words of the marker", "[check][numbering.mixed-style]") {
  using grammar::MarkerFamily;
  using grammar::MarkerPunct;
  auto const restyle = [](std::string text, MarkerFamily f, MarkerPunct from, MarkerPunct to) {
    WrittenMarker m{{f, from, 1}, std::move(text)};
    return check::numbering::restyle(m, to).value_or("(none)");
  };
  CHECK(restyle("(十二)", MarkerFamily::cn_paren, MarkerPunct::paren_ascii, MarkerPunct::paren_full) == "（十二）");
  CHECK(restyle("（三)", MarkerFamily::cn_paren, MarkerPunct::paren_mixed, MarkerPunct::paren_full) == "（三）");
  CHECK(restyle("12、", MarkerFamily::arabic_dot, MarkerPunct::dun, MarkerPunct::dot_ascii) == "12.");
  CHECK(restyle("3", MarkerFamily::arabic_dot, MarkerPunct::space, MarkerPunct::dot_ascii) == "3.");
  CHECK(restyle("第二部分:", MarkerFamily::part, MarkerPunct::colon_ascii, MarkerPunct::colon_full) == "第二部分：");
  CHECK(restyle("4)", MarkerFamily::arabic_paren, MarkerPunct::rparen_ascii, MarkerPunct::rparen_full) == "4）");
  CHECK(restyle("(1)", MarkerFamily::arabic_paren, MarkerPunct::paren_ascii, MarkerPunct::rparen_full) == "(none)");
}

TEST_CASE("numbering: ordinals are rewritten in the marker's own numerals", "[check][numbering.mixed-style]") {
  using grammar::MarkerFamily;
  using grammar::MarkerPunct;
  auto const with = [](std::string text, MarkerFamily f, int n) {
    WrittenMarker m{{f, MarkerPunct::dun, 1}, std::move(text)};
    return check::numbering::with_ordinal(m, n).value_or("(none)");
  };
  CHECK(with("九、", MarkerFamily::cn_dun, 10) == "十、");
  CHECK(with("十、", MarkerFamily::cn_dun, 11) == "十一、");
  CHECK(with("（十九）", MarkerFamily::cn_paren, 20) == "（二十）");
  CHECK(with("二十一是", MarkerFamily::cn_shi, 23) == "二十三是");
  CHECK(with("第三部分：", MarkerFamily::part, 2) == "第二部分：");
  CHECK(with("9.", MarkerFamily::arabic_dot, 10) == "10.");
  CHECK(with("②", MarkerFamily::circled, 3) == "③");
  CHECK(with("⑴", MarkerFamily::arabic_paren, 2) == "⑵");
  CHECK(with("⑳", MarkerFamily::circled, 21) == "(none)");
  for (int n = 1; n <= 99; ++n) CHECK(zongjie::chinese::counting_numeral(n) == test::chinese_numeral(n));
}
