#pragma once

#include "zongjie/grammar/marker.hpp"
#include "zongjie/grammar/numeral_def.hpp"

namespace zongjie::grammar {
namespace parser {

namespace marker_actions {
inline auto family(MarkerFamily f) {
  return [f](auto& ctx) { _val(ctx).family = f; };
}
inline auto punct(MarkerPunct p) {
  return [p](auto& ctx) { _val(ctx).punct = p; };
}
inline auto const ordinal = [](auto& ctx) { _val(ctx).ordinal = _attr(ctx); };
// Closing parenthesis: a full-width opening closed by an ASCII one (or the
// reverse) is its own variant, so that the checker can report it.
inline auto close_paren(bool full) {
  return [full](auto& ctx) {
    auto& p = _val(ctx).punct;
    if ((p == MarkerPunct::paren_full) != full) p = MarkerPunct::paren_mixed;
  };
}
}  // namespace marker_actions
namespace ma = marker_actions;
using F = MarkerFamily;
using P = MarkerPunct;

/// Blanks as pasted text has them: space, tab, ideographic space, no-break space.
inline auto const blank = lit(' ') | lit('\t') | lit("　") | lit("\xC2\xA0");

/// Words that follow a number in running text ("5 月", "3 个村"): after a bare
/// number they mean the line is not a heading whose dot was lost.
inline auto const measure_word =
    lit("月") | "日" | "年" | "个" | "万" | "亿" | "%" | "％" | "名" | "人" | "户" | "家" | "项"
    | "次" | "条" | "座" | "处" | "亩" | "公里" | "元" | "件" | "所" | "辆" | "台" | "场" | "期"
    | "批" | "米" | "吨" | "套" | "余" | "多";

inline auto const open_paren = lit("（")[ma::punct(P::paren_full)] | lit('(')[ma::punct(P::paren_ascii)];
inline auto const close_paren = lit("）")[ma::close_paren(true)] | lit(')')[ma::close_paren(false)];
inline auto const no_digit = !x3::ascii::digit >> !fullwidth_digit;

line_marker_type const line_marker = "line_marker";
shi_marker_type const shi_marker = "shi_marker";

inline auto const part_marker =
    lit("第") >> cn_number[ma::ordinal] >> lit("部分")
    >> (lit("：")[ma::punct(P::colon_full)] | lit(':')[ma::punct(P::colon_ascii)]
        | lit("、")[ma::punct(P::dun)] | (+blank)[ma::punct(P::space)] | x3::eoi[ma::punct(P::space)])
    >> eps[ma::family(F::part)];

inline auto const di_marker =
    lit("第") >> cn_number[ma::ordinal]
    >> (lit("、")[ma::punct(P::dun)] | lit("，")[ma::punct(P::comma_full)]
        | lit(',')[ma::punct(P::comma_ascii)] | lit("：")[ma::punct(P::colon_full)]
        | lit(':')[ma::punct(P::colon_ascii)])
    >> eps[ma::family(F::di)];

/// （一）、 and (1). : a stray 、 or dot after a closing parenthesis belongs to the marker.
inline auto const stray_after_paren = -(lit("、") | (lit('.') >> no_digit) | lit("．"));

inline auto const cn_paren_marker =
    open_paren >> cn_number[ma::ordinal] >> close_paren >> stray_after_paren >> eps[ma::family(F::cn_paren)];

inline auto const arabic_paren_marker =
    ((open_paren >> arabic_number[ma::ordinal] >> close_paren >> stray_after_paren)
     | (arabic_number[ma::ordinal] >> (lit("）")[ma::punct(P::rparen_full)]
                                       | lit(')')[ma::punct(P::rparen_ascii)]))
     | paren_glyph[ma::ordinal][ma::punct(P::glyph)])
    >> eps[ma::family(F::arabic_paren)];

/// 一是, and 一要 (一要…二要…, as plans write their points).
inline auto const cn_shi_marker =
    cn_number[ma::ordinal] >> (lit("是") | lit("要"))[ma::punct(P::shi)] >> eps[ma::family(F::cn_shi)];

inline auto const cn_dun_marker =
    cn_number[ma::ordinal]
    >> (lit("、")[ma::punct(P::dun)] | (lit("．") >> no_digit)[ma::punct(P::dot_full)]
        | (lit('.') >> no_digit)[ma::punct(P::dot_ascii)])
    >> eps[ma::family(F::cn_dun)];

inline auto const arabic_dot_marker =
    arabic_number[ma::ordinal]
    >> ((lit('.') >> no_digit)[ma::punct(P::dot_ascii)]
        | (lit("．") >> no_digit)[ma::punct(P::dot_full)]
        | lit("、")[ma::punct(P::dun)]
        // "1 建立健全…": the dot was lost in pasting.  Not "5 月" or "3 个".
        | (+blank >> no_digit >> !measure_word >> &(x3::char_ - blank))[ma::punct(P::space)])
    >> eps[ma::family(F::arabic_dot)];

inline auto const circled_marker =
    circled_digit[ma::ordinal][ma::punct(P::glyph)] >> eps[ma::family(F::circled)];

inline auto const line_marker_def =
    part_marker | di_marker | cn_paren_marker | arabic_paren_marker | cn_shi_marker
    | cn_dun_marker | arabic_dot_marker | circled_marker;

inline auto const shi_marker_def = cn_shi_marker;

BOOST_SPIRIT_DEFINE(line_marker, shi_marker)

}  // namespace parser

parser::line_marker_type const& line_marker() { return parser::line_marker; }
parser::shi_marker_type const& shi_marker() { return parser::shi_marker; }

}  // namespace zongjie::grammar
