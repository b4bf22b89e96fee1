// Numbers as report headings write them: Chinese numerals 一…九十九, Arabic
// numerals, circled and parenthesised digit glyphs, and years.  Included by
// the *_def.hpp files that need them; the rules have internal linkage.
#pragma once

#include "zongjie/grammar/config.hpp"

namespace zongjie::grammar::parser {

using x3::_attr;
using x3::_val;
using x3::eps;
using x3::lit;

struct cn_digit_table : x3::symbols<int> {
  cn_digit_table() {
    add("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9);
  }
};
inline cn_digit_table const cn_digit;

/// Digits of a year written out: 二〇二三, 二零二三.
struct cn_year_digit_table : x3::symbols<int> {
  cn_year_digit_table() {
    add("〇", 0)("零", 0)("○", 0)("Ｏ", 0)("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9);
    // Full-width digits (２０２３年) are typed in Chinese input modes.
    add("０", 0)("１", 1)("２", 2)("３", 3)("４", 4)("５", 5)("６", 6)("７", 7)("８", 8)("９", 9);
  }
};
inline cn_year_digit_table const cn_year_digit;

/// ０…９ (U+FF10–U+FF19).
struct fullwidth_digit_table : x3::symbols<int> {
  fullwidth_digit_table() {
    add("０", 0)("１", 1)("２", 2)("３", 3)("４", 4)("５", 5)("６", 6)("７", 7)("８", 8)("９", 9);
  }
};
inline fullwidth_digit_table const fullwidth_digit;

/// ①…⑳ (U+2460–U+2473).
struct circled_table : x3::symbols<int> {
  circled_table() {
    add("①", 1)("②", 2)("③", 3)("④", 4)("⑤", 5)("⑥", 6)("⑦", 7)("⑧", 8)("⑨", 9)("⑩", 10)("⑪", 11)("⑫", 12)("⑬", 13)("⑭", 14)("⑮", 15)("⑯", 16)("⑰", 17)("⑱", 18)("⑲", 19)("⑳", 20);
  }
};
inline circled_table const circled_digit;

/// ⑴…⒇ (U+2474–U+2487).
struct paren_glyph_table : x3::symbols<int> {
  paren_glyph_table() {
    add("⑴", 1)("⑵", 2)("⑶", 3)("⑷", 4)("⑸", 5)("⑹", 6)("⑺", 7)("⑻", 8)("⑼", 9)("⑽", 10)("⑾", 11)("⑿", 12)("⒀", 13)("⒁", 14)("⒂", 15)("⒃", 16)("⒄", 17)("⒅", 18)("⒆", 19)("⒇", 20);
  }
};
inline paren_glyph_table const paren_glyph;

namespace numeral_actions {
inline auto const set = [](auto& ctx) { _val(ctx) = _attr(ctx); };
inline auto const zero = [](auto& ctx) { _val(ctx) = 0; };
inline auto const tens = [](auto& ctx) { _val(ctx) = _attr(ctx) * 10; };
inline auto const ten = [](auto& ctx) { _val(ctx) = 10; };
inline auto const add = [](auto& ctx) { _val(ctx) += _attr(ctx); };
inline auto const shift_in = [](auto& ctx) { _val(ctx) = _val(ctx) * 10 + _attr(ctx); };
inline auto const check_year = [](auto& ctx) {
  x3::_pass(ctx) = _val(ctx) >= 1949 && _val(ctx) <= 2099;
};
}  // namespace numeral_actions

struct cn_number_class;
struct arabic_number_class;
struct year_class;

/// 一 … 九十九: 二十三 = 二 十 三, 十一 = 十 一, 二十 = 二 十.
x3::rule<cn_number_class, int> const cn_number = "cn_number";
/// 1 … 99 as a heading writes it; three digits are never a heading number.
x3::rule<arabic_number_class, int> const arabic_number = "arabic_number";
/// 2023年, 2023年度, 二〇二三年 (the 年 is part of it; 1949–2099).
x3::rule<year_class, int> const year = "year";

inline auto const cn_number_def =
    (cn_digit[numeral_actions::tens] >> lit("十") >> -cn_digit[numeral_actions::add])
    | (lit("十")[numeral_actions::ten] >> -cn_digit[numeral_actions::add])
    | cn_digit[numeral_actions::set];

inline auto const arabic_number_def =
    x3::uint_parser<int, 10, 1, 2>()[numeral_actions::set]
    | (eps[numeral_actions::zero] >> x3::repeat(1, 2)[fullwidth_digit[numeral_actions::shift_in]]
       >> !fullwidth_digit);

inline auto const year_def =
    (x3::uint_parser<int, 10, 4, 4>()[numeral_actions::set]
     | (eps[numeral_actions::zero] >> x3::repeat(4)[cn_year_digit[numeral_actions::shift_in]]))
    >> eps[numeral_actions::check_year] >> lit("年") >> -lit("度");

BOOST_SPIRIT_DEFINE(cn_number, arabic_number, year)

}  // namespace zongjie::grammar::parser
