// libFuzzer target: the decoder.  Any bytes either decode (and then encode
// back to exactly the same bytes) or raise DecodeError.
#include "zongjie/text/encoding.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const bytes(reinterpret_cast<char const*>(data), size);
  zongjie::text::Decoded d;
  try {
    d = zongjie::text::decode(bytes);
  } catch (zongjie::text::DecodeError const&) {
    return 0;
  }
  if (zongjie::text::find_invalid_utf8(d.text) != std::string_view::npos) std::abort();
  // The round trip is exact for UTF-8 input (GB18030 and UTF-16 may have
  // several byte forms of one character, so only decoding again is checked).
  std::string const again = zongjie::text::encode(d.text, d.encoding, d.line_ends);
  if (d.encoding == zongjie::text::Encoding::utf8 && again != bytes) std::abort();
  zongjie::text::Decoded const d2 = zongjie::text::decode(again);
  if (d2.text != d.text) std::abort();
  return 0;
}
