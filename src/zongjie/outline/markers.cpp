#include "zongjie/outline/markers.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include <string_view>

namespace zongjie {

namespace {
constexpr char32_t circled_first = 0x2460;      // ①
constexpr char32_t paren_glyph_first = 0x2474;  // ⑴
constexpr int max_chinese = 99, max_glyph = 20;
}  // namespace

std::optional<std::string> ordinal_text(NumeralKind kind, int ordinal) {
  if (ordinal < 1) return std::nullopt;
  switch (kind) {
    case NumeralKind::chinese:
      if (ordinal > max_chinese) return std::nullopt;
      return chinese::counting_numeral(ordinal);
    case NumeralKind::arabic: return std::to_string(ordinal);
    case NumeralKind::circled:
      if (ordinal > max_glyph) return std::nullopt;
      return utf8::encode(circled_first + static_cast<char32_t>(ordinal - 1));
    case NumeralKind::paren_glyph:
      if (ordinal > max_glyph) return std::nullopt;
      return utf8::encode(paren_glyph_first + static_cast<char32_t>(ordinal - 1));
  }
  return std::nullopt;
}

std::optional<MarkerPunctText> marker_punct_text(grammar::MarkerPunct punct) noexcept {
  using P = grammar::MarkerPunct;
  switch (punct) {
    case P::colon_full: return MarkerPunctText{"", "："};
    case P::colon_ascii: return MarkerPunctText{"", ":"};
    case P::dun: return MarkerPunctText{"", "、"};
    case P::comma_full: return MarkerPunctText{"", "，"};
    case P::comma_ascii: return MarkerPunctText{"", ","};
    case P::dot_full: return MarkerPunctText{"", "．"};
    case P::dot_ascii: return MarkerPunctText{"", "."};
    case P::paren_full: return MarkerPunctText{"（", "）"};
    case P::paren_ascii: return MarkerPunctText{"(", ")"};
    case P::rparen_full: return MarkerPunctText{"", "）"};
    case P::rparen_ascii: return MarkerPunctText{"", ")"};
    default: return std::nullopt;  // space, 是, glyphs, mixed: nothing to write
  }
}

std::string marker_text(grammar::MarkerFamily family, int ordinal) {
  if (family == grammar::MarkerFamily::circled) {
    if (auto c = ordinal_text(NumeralKind::circled, ordinal)) return *c;
    return marker_text(grammar::MarkerFamily::arabic_paren, ordinal);
  }
  std::string const name(grammar::style_name(family));
  std::string out;
  constexpr std::string_view one = "一";
  if (std::size_t const at = name.find(one); at != std::string::npos) {
    std::string const number = ordinal_text(NumeralKind::chinese, ordinal).value_or(std::to_string(ordinal));
    out = name.substr(0, at) + number + name.substr(at + one.size());
  } else if (std::size_t const d = name.find('1'); d != std::string::npos) {
    out = name.substr(0, d) + std::to_string(ordinal) + name.substr(d + 1);
  } else {
    out = name;
  }
  if (family == grammar::MarkerFamily::part) out += "：";
  return out;
}

}  // namespace zongjie
