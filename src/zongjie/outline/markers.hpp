// Writing heading markers: the number of a marker in its kind of numeral
// (十二, 12, ⑫) and a whole marker of a family (一、 （一） 1. 一是 第一部分：).
// The draft writes markers with these, the checker renumbers with them.
// Reading markers is the grammar's (grammar::parse_line_marker).
#pragma once

#include "zongjie/grammar/ast.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zongjie {

/// How the number of a marker is written.
enum class NumeralKind : std::uint8_t {
  chinese,      ///< 一 … 九十九
  arabic,       ///< 1, 2, … (ASCII digits)
  circled,      ///< ① … ⑳
  paren_glyph,  ///< ⑴ … ⒇ (one character each)
};

/// `ordinal` (from 1) written as `kind`; none where the kind has no such
/// number (Chinese past 99, circled and parenthesised glyphs past 20).
std::optional<std::string> ordinal_text(NumeralKind kind, int ordinal);

/// How a marker's punctuation is written: what opens it before the number
/// (（ of （一）, "" for most) and what closes it (、 ． . ） ：).  None for
/// punctuation that is not written out (a space, 是, a glyph, a mix).
struct MarkerPunctText {
  std::string_view open, close;
};
std::optional<MarkerPunctText> marker_punct_text(grammar::MarkerPunct punct) noexcept;

/// The marker of `family` numbered `ordinal`: the grammar's canonical name
/// of the family (grammar::style_name: 第一部分, （一）, 1., ① …) with its
/// number replaced, and a part's marker followed by ：.  Past the numbers a
/// family can write, Chinese families take ASCII digits (100、) and circled
/// numbers become （21）.
std::string marker_text(grammar::MarkerFamily family, int ordinal);

}  // namespace zongjie
