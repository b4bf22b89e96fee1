// Decoding report files to UTF-8 and encoding them back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::text {

/// `docx`: the text was read from a Word document (src/zongjie/docx); it is
/// saved back with word::export_docx, never with encode().
enum class Encoding : std::uint8_t { utf8, utf8_bom, gb18030, utf16le, utf16be, docx };

/// "UTF-8", "UTF-8-BOM", "GB18030", "UTF-16LE", "UTF-16BE", "DOCX".
std::string_view encoding_name(Encoding e) noexcept;
std::optional<Encoding> encoding_from_name(std::string_view name) noexcept;

/// How a line ended in the original bytes.
enum class LineEnd : std::uint8_t { none, lf, crlf, cr };

/// Why bytes could not be decoded, and where (byte offset in the input).
class DecodeError : public std::runtime_error {
 public:
  enum class Kind : std::uint8_t { binary, invalid_utf8, invalid_utf16, unknown_encoding, too_large };
  DecodeError(Kind kind, std::size_t byte_offset, std::string const& message)
      : std::runtime_error(message), kind_(kind), byte_offset_(byte_offset) {}
  Kind kind() const noexcept { return kind_; }
  std::size_t byte_offset() const noexcept { return byte_offset_; }

 private:
  Kind kind_;
  std::size_t byte_offset_;
};

struct Decoded {
  std::string text;  ///< UTF-8, lines separated by '\n' only, no BOM
  Encoding encoding = Encoding::utf8;
  std::vector<LineEnd> line_ends;  ///< one per line of `text`: how it ended in the input
};

/// Largest input accepted (a report is tens of KB; this bounds memory, not taste).
inline constexpr std::size_t max_input_bytes = 256u * 1024u * 1024u;

/// Detects the encoding (BOM; valid UTF-8; else GB18030) and decodes.
/// Throws DecodeError naming the byte offset of the first bad byte.
Decoded decode(std::string_view bytes);

/// The exact bytes `text` had: same encoding, BOM and line ends.  Lines
/// beyond `line_ends` (text added since) end like the most common line end.
/// Throws std::invalid_argument for Encoding::docx.
std::string encode(std::string_view text, Encoding encoding, std::vector<LineEnd> const& line_ends);

/// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// The most common line end in `ends` (LF when there are none).
LineEnd dominant_line_end(std::vector<LineEnd> const& ends) noexcept;

}  // namespace zongjie::text
