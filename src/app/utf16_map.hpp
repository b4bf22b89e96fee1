// Byte offsets (the core's unit) <-> UTF-16 offsets (QString, QTextDocument,
// QML).  This is the one place of the editor that converts between them
// (STYLE.md §4): everything below the QML boundary speaks bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace zongjie::app {

class Utf16Map {
 public:
  Utf16Map() = default;
  /// Indexes `utf8`, which must outlive the map.  Invalid bytes count as one
  /// UTF-16 unit each, the way QString::fromUtf8 replaces them by U+FFFD.
  explicit Utf16Map(std::string_view utf8);

  /// UTF-16 offset of byte offset `byte` (clamped to the text; an offset
  /// inside a multi-byte character maps to that character's start).
  int to_utf16(std::size_t byte) const noexcept;
  /// Byte offset of UTF-16 offset `unit` (clamped; inside a surrogate pair
  /// maps to the pair's start).
  std::size_t to_byte(int unit) const noexcept;
  /// UTF-16 length of the whole text.
  int utf16_size() const noexcept { return total16_; }

 private:
  // A checkpoint every `stride` bytes (at a character boundary) keeps the
  // map small for large files and each lookup a short scan.
  static constexpr std::size_t stride = 256;
  struct Mark {
    std::size_t byte;
    int unit;
  };
  std::string_view text_;
  std::vector<Mark> marks_;
  int total16_ = 0;
};

/// Length in bytes of the UTF-8 sequence starting with `lead` (1 for a stray
/// continuation or invalid byte).
inline std::size_t utf8_length(unsigned char lead) noexcept {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  if (lead < 0xF8) return 4;
  return 1;
}

}  // namespace zongjie::app
