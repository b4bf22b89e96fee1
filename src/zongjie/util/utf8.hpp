// UTF-8, the one place: a code point at a byte offset (and before one),
// appending a code point, walking a string, and character index ↔ byte
// offset.  In util, the leaf layer, because docx (below text) writes code
// points too.  All offsets are bytes.
//
// Invalid input is read, never rejected: a byte that does not start a valid
// sequence (a stray continuation byte, a truncated sequence, an overlong
// form, a surrogate, a value past U+10FFFF) reads as U+FFFD of length 1, so
// that untrusted text (a query typed in a GBK terminal) can be walked and
// every byte is visited once.  Text decoded by text::decode() is valid.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace zongjie::utf8 {

inline constexpr char32_t replacement = 0xFFFD;

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  ///< bytes; 0 only at the end (or, before, at the start) of the text
};

/// The code point starting at byte `pos`; {0, 0} at or past the end.
constexpr CodePoint decode(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return {};
  auto const b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i])); };
  char32_t const c = b(0);
  if (c < 0x80) return {c, 1};
  std::size_t len = 0;
  char32_t v = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    v = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    v = c & 0x07;
  } else {
    return {replacement, 1};
  }
  if (s.size() - pos < len) return {replacement, 1};
  for (std::size_t i = 1; i < len; ++i) {
    if ((b(i) & 0xC0) != 0x80) return {replacement, 1};
    v = (v << 6) | (b(i) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF))
    return {replacement, 1};
  return {v, len};
}

/// The code point ending just before byte `pos`; {0, 0} at the start.  A
/// byte that does not end a valid sequence reads as U+FFFD of length 1.
constexpr CodePoint decode_before(std::string_view s, std::size_t pos) noexcept {
  if (pos == 0 || pos > s.size()) return {};
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  CodePoint const c = decode(s, start);
  if (start + c.length != pos) return {replacement, 1};
  return c;
}

/// Bytes of the character that starts with `lead`, for text known to be
/// valid UTF-8 (the decoder's output): the hot loops that only step from
/// character to character.  Use decode() on anything else.
constexpr std::size_t sequence_length(char lead) noexcept {
  auto const c = static_cast<unsigned char>(lead);
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/// Bytes `c` takes in UTF-8 (of U+FFFD for what cannot be encoded).
constexpr std::size_t encoded_length(char32_t c) noexcept {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c < 0x10000) return 3;
  return c <= 0x10FFFF ? 4 : 3;
}

/// Appends the UTF-8 of `c`; a surrogate or a value past U+10FFFF is
/// written as U+FFFD, so that the output is always valid UTF-8.
inline void append(std::string& out, char32_t c) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = replacement;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// The UTF-8 of one code point.
inline std::string encode(char32_t c) {
  std::string s;
  append(s, c);
  return s;
}

/// Walks the code points of a string: `for (auto [cp, offset] : utf8::chars(s))`.
class Chars {
 public:
  struct Char {
    CodePoint cp;
    std::size_t offset = 0;  ///< bytes into the string
  };
  class iterator {
   public:
    constexpr iterator(std::string_view s, std::size_t pos) noexcept : s_(s), pos_(pos) {}
    constexpr Char operator*() const noexcept { return {decode(s_, pos_), pos_}; }
    constexpr iterator& operator++() noexcept {
      pos_ += decode(s_, pos_).length;
      return *this;
    }
    constexpr bool operator==(iterator const& o) const noexcept { return pos_ == o.pos_; }

   private:
    std::string_view s_;
    std::size_t pos_;
  };
  constexpr explicit Chars(std::string_view s) noexcept : s_(s) {}
  constexpr iterator begin() const noexcept { return {s_, 0}; }
  constexpr iterator end() const noexcept { return {s_, s_.size()}; }

 private:
  std::string_view s_;
};
constexpr Chars chars(std::string_view s) noexcept { return Chars(s); }

/// Number of code points (invalid bytes count one each).
constexpr std::size_t char_count(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += decode(s, i).length) ++n;
  return n;
}

/// Byte offset of the code point with index `index` (0-based); s.size()
/// when the text has no more than `index` code points.
constexpr std::size_t byte_offset(std::string_view s, std::size_t index) noexcept {
  std::size_t i = 0;
  for (; index > 0 && i < s.size(); --index) i += decode(s, i).length;
  return i;
}

/// Number of code points before byte `offset` (clamped to the text); an
/// offset inside a character counts that character.
constexpr std::size_t char_index(std::string_view s, std::size_t offset) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < offset && i < s.size(); i += decode(s, i).length) ++n;
  return n;
}

/// The first `n` code points of `s`.
constexpr std::string_view prefix_chars(std::string_view s, std::size_t n) noexcept {
  return s.substr(0, byte_offset(s, n));
}

}  // namespace zongjie::utf8
