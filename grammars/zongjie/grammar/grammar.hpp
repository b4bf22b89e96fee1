// The grammar's interface for the rest of zongjie.  Plain C++: callers never
// see Spirit.  All text is UTF-8 (validated by the decoder); all offsets are
// bytes into the string_view given.
#pragma once

#include "zongjie/grammar/ast.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace zongjie::grammar {

// ---- characters ------------------------------------------------------------

/// Bytes of the blank at `pos` (space, tab, U+3000, U+00A0, U+FEFF), or 0.
/// Inline: called on every character of every paragraph.
inline std::size_t blank_at(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return 0;
  char const c = s[pos];
  if (c == ' ' || c == '\t') return 1;
  if (c == '\xE3') return s.substr(pos, 3) == "\xE3\x80\x80" ? 3 : 0;  // U+3000 ideographic space
  if (c == '\xC2') return s.substr(pos, 2) == "\xC2\xA0" ? 2 : 0;      // U+00A0 no-break space
  if (c == '\xEF') return s.substr(pos, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // U+FEFF (stray BOM)
  return 0;
}
/// Bytes of leading blanks.
std::size_t leading_blanks(std::string_view s) noexcept;
/// `s` without leading and trailing blanks (and a trailing '\r').
std::string_view trim_blanks(std::string_view s) noexcept;

/// Punctuation that structures text, in full width or ASCII.
enum class Punct : std::uint8_t {
  none,
  full_stop,    ///< 。 (and ASCII '.' only between Han text is not treated as one)
  exclamation,  ///< ！ !
  question,     ///< ？ ?
  semicolon,    ///< ； ;
  colon,        ///< ： :
  comma,        ///< ， ,
  dun,          ///< 、
};
struct PunctAt {
  Punct kind = Punct::none;
  std::uint8_t length = 0;  ///< bytes
  bool ascii = false;
};
/// The structuring punctuation at `pos`, if any.  Inline and decided on the
/// bytes: it is called on every character of every paragraph.
inline PunctAt punct_at(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return {};
  switch (static_cast<unsigned char>(s[pos])) {
    case ',': return {Punct::comma, 1, true};
    case ';': return {Punct::semicolon, 1, true};
    case ':': return {Punct::colon, 1, true};
    case '!': return {Punct::exclamation, 1, true};
    case '?': return {Punct::question, 1, true};
    case 0xE3:  // U+3001 、 U+3002 。
      if (s.size() - pos >= 3 && static_cast<unsigned char>(s[pos + 1]) == 0x80) {
        auto const t = static_cast<unsigned char>(s[pos + 2]);
        if (t == 0x82) return {Punct::full_stop, 3, false};
        if (t == 0x81) return {Punct::dun, 3, false};
      }
      return {};
    case 0xEF:  // full-width forms U+FF01 ！ U+FF0C ， U+FF1A ： U+FF1B ； U+FF1F ？
      if (s.size() - pos >= 3 && static_cast<unsigned char>(s[pos + 1]) == 0xBC) {
        switch (static_cast<unsigned char>(s[pos + 2])) {
          case 0x8C: return {Punct::comma, 3, false};
          case 0x9B: return {Punct::semicolon, 3, false};
          case 0x9A: return {Punct::colon, 3, false};
          case 0x81: return {Punct::exclamation, 3, false};
          case 0x9F: return {Punct::question, 3, false};
          default: break;
        }
      }
      return {};
    default: return {};
  }
}
/// Position of the first structuring punctuation in s[pos, s.size()), or npos.
/// Only ASCII ,;:!? and the lead bytes E3 and EF can start one, and none of
/// them is ever part of another UTF-8 character, so those bytes are looked
/// for sixteen at a time (with SSE2) and each is checked with punct_at().
/// `s` is valid UTF-8.
inline std::size_t find_punct(std::string_view s, std::size_t pos) noexcept {
  std::size_t const n = s.size();
#if defined(__SSE2__)
  for (; pos + 16 <= n; pos += 16) {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + pos));
    auto const is = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    __m128i const hit = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(is(','), is(';')), _mm_or_si128(is(':'), is('!'))),
        _mm_or_si128(is('?'), _mm_or_si128(is(static_cast<char>(0xE3)), is(static_cast<char>(0xEF)))));
    for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
      std::size_t const at = pos + static_cast<std::size_t>(std::countr_zero(bits));
      if (punct_at(s, at).kind != Punct::none) return at;
    }
  }
#endif
  for (; pos < n; ++pos) {
    switch (static_cast<unsigned char>(s[pos])) {
      case ',':
      case ';':
      case ':':
      case '!':
      case '?':
      case 0xE3:
      case 0xEF:
        if (punct_at(s, pos).kind != Punct::none) return pos;
        break;
      default: break;
    }
  }
  return std::string_view::npos;
}

/// 。！？ end a sentence.
constexpr bool ends_sentence(Punct p) noexcept {
  return p == Punct::full_stop || p == Punct::exclamation || p == Punct::question;
}
/// Sentence ends plus ； — where 一是 and run-in topic sentences may start.
constexpr bool ends_clause(Punct p) noexcept { return ends_sentence(p) || p == Punct::semicolon; }

// ---- headings ----------------------------------------------------------------

/// A heading marker at the start of `line` (after leading blanks).
std::optional<LineMarker> parse_line_marker(std::string_view line);
/// A 一是-style marker starting exactly at `s`; returns its length in bytes or 0.
std::size_t parse_shi_marker(std::string_view s, Marker& out);

/// `text` is exactly one or more part titles (2023年工作总结及2024年工作思路),
/// allowing trailing ：。 and blanks.
std::optional<PartTitle> match_part_title(std::string_view text);
/// A document title line: part titles or 工作报告, after an optional unit
/// name (XX乡, 东山镇人民政府).  PartTitle::begin is where the title words start.
std::optional<PartTitle> match_document_title(std::string_view line);

/// A canonical example of the marker family, used as its style name
/// ("一、", "（一）", "1." …).
std::string_view style_name(MarkerFamily f) noexcept;
std::optional<MarkerFamily> style_from_name(std::string_view name) noexcept;
/// Conventional depth of a family in Chinese official documents, 0 = highest.
int conventional_rank(MarkerFamily f) noexcept;

// ---- years -------------------------------------------------------------------

/// Appends every year written in `text` (2023年, 2023年度, 二〇二三年, and the
/// first year of a range 2021—2023年).
void find_years(std::string_view text, std::vector<YearMention>& out);

// ---- debris --------------------------------------------------------------------

/// The whole line is download or paste debris.
bool is_noise_line(std::string_view line);
/// Appends debris that sits inside a line of text (##paidbegin##, …省略N字…),
/// in text order and without overlaps.
void find_inline_debris(std::string_view text, std::vector<ByteRange>& out);

// ---- cues for parts without a heading ------------------------------------------

/// The paragraph turns to shortcomings (清醒地看到…不足).
bool has_problems_cue(std::string_view paragraph);
/// How strongly a paragraph reads as a problems passage: a lead phrase early
/// on (清醒地看到, 在肯定成绩的同时: 2), a problems noun early on (问题,
/// 困难, 短板: 1), and the shortfalls it goes on to name (不够强, 乏力,
/// 有待: 1 each, up to 4).
int problems_cue_score(std::string_view paragraph);
/// Words of work to do (将, 力争, 确保: +1) minus words of work done (完成了,
/// 建成, 同比: -1) in `text`: above zero a plan, below zero a summary.
int tense_score(std::string_view text);
/// The line is a salutation alone: 各位代表： / 各位代表、同志们：.
bool is_salutation(std::string_view line);
/// The line is the dateline under a speech's title: ——2023年1月30日在…会议上,
/// （2023年1月5日在镇第十八届人民代表大会第三次会议上）.
bool is_dateline(std::string_view line);
/// Weighted count of closing signals: phrases (让我们 2, 奋力谱写 1 …), an
/// opening 新的一年/展望 (1) and a final exclamation mark (1).
int closing_cue_score(std::string_view paragraph);

}  // namespace zongjie::grammar
