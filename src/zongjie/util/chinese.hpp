// Chinese text, the one place: what counts as a Han character, the digits
// and numerals written in Chinese (二〇二四, 十二, 一百零五, 壹拾贰), and the
// full-width forms of ASCII punctuation.  In util, the leaf layer, because
// docx (below text) spells Word's Chinese list numbers.  Reading numerals is
// the grammar's job (grammars/zongjie/grammar/numeral_def.hpp); this writes
// them.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace zongjie::chinese {

/// A Han character: CJK unified ideographs (basic block, extension A,
/// extensions B and after) and CJK compatibility ideographs.
constexpr bool is_han(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

/// Han characters, CJK punctuation (、。《》【】…), full-width forms (，：（）％)
/// and the curly quotes and dashes of Chinese text.
constexpr bool is_chinese_context(char32_t c) noexcept {
  return is_han(c) || (c >= 0x3000 && c <= 0x303F && c != 0x3000) || (c >= 0xFF01 && c <= 0xFF60) ||
         (c >= 0x2018 && c <= 0x201F) || c == 0x2014 || c == 0x2026 || c == 0x00B7;
}

/// A full-width digit ０…９.
constexpr bool is_full_width_digit(char32_t c) noexcept { return c >= 0xFF10 && c <= 0xFF19; }

// ---- numerals ----------------------------------------------------------------

/// The ten digits in the order of their values: 〇 一 二 … 九.
inline constexpr std::array<std::string_view, 10> digits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
/// The same as code points.
inline constexpr std::array<char32_t, 10> digit_code_points{0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                                            0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
inline constexpr char32_t ten_code_point = 0x5341;  // 十

/// Value of a digit 一…九 (1…9), 〇 and 零 (0); -1 for other characters.
constexpr int digit_value(char32_t c) noexcept {
  if (c == 0x96F6) return 0;  // 零
  for (std::size_t d = 0; d < digit_code_points.size(); ++d)
    if (digit_code_points[d] == c) return static_cast<int>(d);
  return -1;
}
/// 一…九 and 十: the characters of a counting numeral from 1 to 99.
constexpr bool is_counting_char(char32_t c) noexcept { return c == ten_code_point || digit_value(c) >= 1; }

enum class NumeralStyle : std::uint8_t {
  plain,  ///< 一 二 十 百 千 万, 十二 rather than 一十二
  legal,  ///< 壹 贰 拾 佰 仟 万 (financial), 壹拾贰
};

/// 1 ≤ n < 10^8 as a counting numeral: 十二, 二十, 一百零五, 三万零二十;
/// other values as ASCII digits.
std::string counting_numeral(std::int64_t n, NumeralStyle style = NumeralStyle::plain);
/// 0 ≤ n digit by digit: 2024 → 二〇二四 (years, Word's ideographDigital);
/// negative values as ASCII digits.
std::string positional_numeral(std::int64_t n);

// ---- punctuation width ---------------------------------------------------------

/// The full-width form of ASCII , ; : ( ) ? ! (，；：（）？！), "" for others.
constexpr std::string_view full_width_punct(char c) noexcept {
  switch (c) {
    case ',': return "，";
    case ';': return "；";
    case ':': return "：";
    case '(': return "（";
    case ')': return "）";
    case '?': return "？";
    case '!': return "！";
    default: return {};
  }
}
/// The ASCII form of ，；：（）？！, 0 for others.
constexpr char half_width_punct(char32_t c) noexcept {
  switch (c) {
    case 0xFF0C: return ',';
    case 0xFF1B: return ';';
    case 0xFF1A: return ':';
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0xFF1F: return '?';
    case 0xFF01: return '!';
    default: return 0;
  }
}

}  // namespace zongjie::chinese
