// Character-level helpers shared by the checks: code points at byte offsets,
// what counts as Chinese context, sentence bounds, and the normal form of a
// sentence used to key suppressions.  All offsets are bytes of UTF-8 text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace zongjie::check::scan {

struct CodePoint {
  char32_t cp = 0;
  std::size_t length = 0;  ///< bytes; 0 at the end (or start) of the text
};

/// The code point starting at `pos` (invalid bytes read as U+FFFD, one byte).
CodePoint decode(std::string_view s, std::size_t pos) noexcept;
/// The code point ending just before `pos`.
CodePoint decode_before(std::string_view s, std::size_t pos) noexcept;

constexpr bool is_han(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}
constexpr bool is_ascii_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char32_t c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
/// Han characters, CJK punctuation (、。《》【】…), full-width forms (，：（）％)
/// and the curly quotes and dashes of Chinese text.
constexpr bool is_chinese_context(char32_t c) noexcept {
  return is_han(c) || (c >= 0x3000 && c <= 0x303F && c != 0x3000) || (c >= 0xFF01 && c <= 0xFF60) ||
         (c >= 0x2018 && c <= 0x201F) || c == 0x2014 || c == 0x2026 || c == 0x00B7;
}

/// Start of the sentence holding `pos`: just after the previous 。！？；
/// (full or half width) or line start.
std::size_t sentence_begin(std::string_view text, std::size_t pos) noexcept;
/// One past the end of the sentence holding `pos`: after its 。！？； or at
/// the line end.
std::size_t sentence_end(std::string_view text, std::size_t pos) noexcept;

/// The form suppressions compare: blanks and debris-like ASCII blanks
/// dropped, half-width , ; : ( ) ! ? folded to full width, a leading heading
/// marker (一、 （二） 3.) dropped.  Cheap edits (width of punctuation,
/// renumbering, spaces) keep the same normal form.
std::string normalise(std::string_view s);

}  // namespace zongjie::check::scan
