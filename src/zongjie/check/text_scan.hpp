// Character-level helpers shared by the checks: sentence bounds and the
// normal form of a sentence used to key suppressions.  Code points are read
// with zongjie/util/utf8.hpp, Han characters and Chinese context are told by
// zongjie/util/chinese.hpp.  All offsets are bytes of UTF-8 text.
#pragma once

#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace zongjie::check::scan {

constexpr bool is_ascii_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char32_t c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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
