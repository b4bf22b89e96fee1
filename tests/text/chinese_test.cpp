// zongjie/util/chinese.hpp: Han characters, numerals written out, the width
// of punctuation.
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace zongjie;

TEST_CASE("chinese: Han characters, with extension A and compatibility ideographs", "[text][chinese]") {
  CHECK(chinese::is_han(U'党'));
  CHECK(chinese::is_han(0x4E00));  // 一, first of the basic block
  CHECK(chinese::is_han(0x9FFF));
  CHECK(chinese::is_han(0x3400));  // extension A
  CHECK(chinese::is_han(0x4DBF));
  CHECK(chinese::is_han(0xF900));        // compatibility ideographs
  CHECK(chinese::is_han(0x20000));       // extension B
  CHECK_FALSE(chinese::is_han(0x4DC0));  // Yijing hexagram, between extension A and the basic block
  CHECK_FALSE(chinese::is_han(0x3007));  // 〇 is a numeral sign, not an ideograph of these blocks
  CHECK_FALSE(chinese::is_han(U'，'));
  CHECK_FALSE(chinese::is_han(U'a'));
  CHECK(chinese::is_chinese_context(U'，'));
  CHECK(chinese::is_chinese_context(U'“'));
  CHECK_FALSE(chinese::is_chinese_context(0x3000));  // the ideographic space is a blank
  CHECK_FALSE(chinese::is_chinese_context(U','));
}

TEST_CASE("chinese: counting numerals", "[text][chinese]") {
  struct Row {
    std::int64_t n;
    std::string plain, legal;
  };
  auto const row = GENERATE(values<Row>({
      {1, "一", "壹"},
      {9, "九", "玖"},
      {10, "十", "壹拾"},
      {11, "十一", "壹拾壹"},
      {20, "二十", "贰拾"},
      {99, "九十九", "玖拾玖"},
      {100, "一百", "壹佰"},
      {105, "一百零五", "壹佰零伍"},
      {110, "一百一十", "壹佰壹拾"},
      {1005, "一千零五", "壹仟零伍"},
      {10000, "一万", "壹万"},
      {30020, "三万零二十", "叁万零贰拾"},
      {100000, "十万", "壹拾万"},
      {99999999, "九千九百九十九万九千九百九十九", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖"},
  }));
  INFO(row.n);
  CHECK(chinese::counting_numeral(row.n) == row.plain);
  CHECK(chinese::counting_numeral(row.n, chinese::NumeralStyle::legal) == row.legal);
}

TEST_CASE("chinese: counting numerals outside their range stay digits", "[text][chinese]") {
  CHECK(chinese::counting_numeral(0) == "0");
  CHECK(chinese::counting_numeral(-3) == "-3");
  CHECK(chinese::counting_numeral(100000000) == "100000000");
}

TEST_CASE("chinese: counting numerals 1-99 read back through the grammar", "[text][chinese]") {
  for (int n = 1; n <= 99; ++n) {
    std::string const line = chinese::counting_numeral(n) + "、加强党的建设";
    auto const m = grammar::parse_line_marker(line);
    INFO(line);
    REQUIRE(m);
    CHECK(m->marker.ordinal == n);
  }
}

TEST_CASE("chinese: positional numerals and digit values", "[text][chinese]") {
  CHECK(chinese::positional_numeral(2024) == "二〇二四");
  CHECK(chinese::positional_numeral(0) == "〇");
  CHECK(chinese::positional_numeral(100) == "一〇〇");
  CHECK(chinese::positional_numeral(-1) == "-1");
  for (int d = 0; d <= 9; ++d) {
    auto const c = utf8::decode(chinese::digits[static_cast<std::size_t>(d)], 0);
    CHECK(c.value == chinese::digit_code_points[static_cast<std::size_t>(d)]);
    CHECK(chinese::digit_value(c.value) == d);
  }
  CHECK(chinese::digit_value(U'零') == 0);
  CHECK(chinese::digit_value(U'十') == -1);
  CHECK(chinese::digit_value(U'1') == -1);
  CHECK(chinese::is_counting_char(U'十'));
  CHECK(chinese::is_counting_char(U'七'));
  CHECK_FALSE(chinese::is_counting_char(U'〇'));
  CHECK_FALSE(chinese::is_counting_char(U'百'));
}

TEST_CASE("chinese: punctuation width both ways", "[text][chinese]") {
  for (char c : std::string(",;:()?!")) {
    std::string_view const full = chinese::full_width_punct(c);
    INFO(c);
    REQUIRE_FALSE(full.empty());
    auto const cp = utf8::decode(full, 0);
    CHECK(cp.length == full.size());
    CHECK(chinese::half_width_punct(cp.value) == c);
  }
  CHECK(chinese::full_width_punct('.').empty());  // a decimal point as often as a full stop
  CHECK(chinese::full_width_punct('a').empty());
  CHECK(chinese::half_width_punct(U'。') == 0);
  CHECK(chinese::is_full_width_digit(U'０'));
  CHECK(chinese::is_full_width_digit(U'９'));
  CHECK_FALSE(chinese::is_full_width_digit(U'9'));
}
