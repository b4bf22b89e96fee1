// zongjie/util/utf8.hpp: decoding valid and invalid bytes, decoding
// backwards, encoding, walking, character index ↔ byte offset.
#include "zongjie/util/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace zongjie;

TEST_CASE("utf8: code points of every length are decoded", "[text][utf8]") {
  struct Row {
    std::string bytes;
    char32_t value;
    std::size_t length;
  };
  auto const row = GENERATE(values<Row>({
      {"a", U'a', 1},
      {"\x7F", 0x7F, 1},
      {"\xC2\x80", 0x80, 2},       // smallest two-byte
      {"\xC2\xB7", 0xB7, 2},       // ·
      {"\xDF\xBF", 0x7FF, 2},      // largest two-byte
      {"\xE0\xA0\x80", 0x800, 3},  // smallest three-byte
      {"党", U'党', 3},
      {"\xEF\xBF\xBD", 0xFFFD, 3},  // U+FFFD itself
      {"\xEF\xBF\xBF", 0xFFFF, 3},
      {"\xF0\x90\x80\x80", 0x10000, 4},
      {"😀", U'😀', 4},
      {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},  // largest code point
  }));
  INFO(row.bytes);
  auto const c = utf8::decode(row.bytes, 0);
  CHECK(c.value == row.value);
  CHECK(c.length == row.length);
  CHECK(c.length == utf8::encoded_length(row.value));
  // Round trip: encoding gives the bytes back.
  CHECK(utf8::encode(row.value) == row.bytes);
}

TEST_CASE("utf8: invalid bytes read as U+FFFD of one byte", "[text][utf8]") {
  auto const bytes = GENERATE(as<std::string>{},
                              "\x80",  // lone continuation byte
                              "\xBF",
                              "\xC0\xAF",          // overlong '/'
                              "\xC1\xBF",          // overlong
                              "\xE0\x80\xAF",      // overlong three-byte
                              "\xF0\x80\x80\xAF",  // overlong four-byte
                              "\xED\xA0\x80",      // surrogate U+D800
                              "\xED\xBF\xBF",      // surrogate U+DFFF
                              "\xF4\x90\x80\x80",  // U+110000
                              "\xF5\x80\x80\x80",  // lead byte past F4
                              "\xFF",
                              "\xE5\x85",       // cut short
                              "\xE5\x41\x41",   // continuation missing
                              "\xF0\x9F\x98");  // four-byte cut short
  INFO(bytes.size());
  auto const c = utf8::decode(bytes, 0);
  CHECK(c.value == utf8::replacement);
  CHECK(c.length == 1);
}

TEST_CASE("utf8: decoding at and past the end gives nothing", "[text][utf8]") {
  CHECK(utf8::decode("", 0).length == 0);
  CHECK(utf8::decode("ab", 2).length == 0);
  CHECK(utf8::decode("ab", 7).length == 0);
  CHECK(utf8::decode_before("ab", 0).length == 0);
  CHECK(utf8::decode_before("ab", 3).length == 0);
}

TEST_CASE("utf8: decoding backwards finds the character before an offset", "[text][utf8]") {
  std::string const s = "a党😀";
  CHECK(utf8::decode_before(s, 1).value == U'a');
  CHECK(utf8::decode_before(s, 4).value == U'党');
  CHECK(utf8::decode_before(s, 4).length == 3);
  CHECK(utf8::decode_before(s, 8).value == U'😀');
  CHECK(utf8::decode_before(s, 8).length == 4);
  // Inside a character: the bytes before do not end a valid sequence.
  CHECK(utf8::decode_before(s, 3).value == utf8::replacement);
  CHECK(utf8::decode_before(s, 3).length == 1);
  // A stray continuation byte after ASCII.
  CHECK(utf8::decode_before(std::string("a\x80"), 2).value == utf8::replacement);
}

TEST_CASE("utf8: what cannot be encoded is written as U+FFFD", "[text][utf8]") {
  CHECK(utf8::encode(0xD800) == "\xEF\xBF\xBD");
  CHECK(utf8::encode(0xDFFF) == "\xEF\xBF\xBD");
  CHECK(utf8::encode(0x110000) == "\xEF\xBF\xBD");
  std::string out = "x";
  utf8::append(out, U'①');
  utf8::append(out, 0);
  CHECK(out == std::string("x①\0", 5));
}

TEST_CASE("utf8: every code point round-trips", "[text][utf8]") {
  std::size_t checked = 0;
  for (char32_t c = 0; c <= 0x10FFFF; c += (c < 0x30000 ? 1 : 0x101)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string const s = utf8::encode(c);
    auto const d = utf8::decode(s, 0);
    if (d.value != c || d.length != s.size()) FAIL("U+" << std::hex << static_cast<unsigned long>(c));
    ++checked;
  }
  CHECK(checked > 0x20000);
}

TEST_CASE("utf8: walking visits every character once, invalid bytes one by one", "[text][utf8]") {
  std::string const s = "党a\xFF😀\xE5\x85";
  std::vector<std::pair<char32_t, std::size_t>> seen;
  for (auto const [cp, offset] : utf8::chars(s)) seen.emplace_back(cp.value, offset);
  std::vector<std::pair<char32_t, std::size_t>> const want{{U'党', 0}, {U'a', 3},   {0xFFFD, 4},
                                                           {U'😀', 5},  {0xFFFD, 9}, {0xFFFD, 10}};
  CHECK(seen == want);
  CHECK(utf8::char_count(s) == want.size());
  CHECK(utf8::char_count("") == 0);
  CHECK(utf8::char_count("党建a😀") == 4);
}

TEST_CASE("utf8: character index and byte offset convert both ways", "[text][utf8]") {
  std::string const s = "a党😀b";
  CHECK(utf8::byte_offset(s, 0) == 0);
  CHECK(utf8::byte_offset(s, 1) == 1);
  CHECK(utf8::byte_offset(s, 2) == 4);
  CHECK(utf8::byte_offset(s, 3) == 8);
  CHECK(utf8::byte_offset(s, 4) == s.size());
  CHECK(utf8::byte_offset(s, 99) == s.size());  // clamped
  for (std::size_t k = 0; k <= 4; ++k) CHECK(utf8::char_index(s, utf8::byte_offset(s, k)) == k);
  CHECK(utf8::char_index(s, 2) == 2);   // inside 党: counts it
  CHECK(utf8::char_index(s, 99) == 4);  // clamped
  CHECK(utf8::prefix_chars(s, 2) == "a党");
  CHECK(utf8::prefix_chars("", 3).empty());
}
