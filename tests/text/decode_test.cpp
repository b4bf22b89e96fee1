// Decoding report files: encodings, line ends and the exact bytes back, and
// the errors for what is not text.
#include "support/test_support.hpp"

#include "zongjie/text/document.hpp"
#include "zongjie/text/encoding.hpp"

#include <catch2/catch.hpp>

#include <iconv.h>

#include <algorithm>
#include <cstdio>
#include <random>

#include <unistd.h>

using namespace zongjie;
using namespace zongjie::text;
using Kind = DecodeError::Kind;

namespace Catch {
template <>
struct StringMaker<Encoding> {
  static std::string convert(Encoding e) { return std::string(encoding_name(e)); }
};
template <>
struct StringMaker<LineEnd> {
  static std::string convert(LineEnd e) {
    switch (e) {
      case LineEnd::none: return "none";
      case LineEnd::lf: return "LF";
      case LineEnd::crlf: return "CRLF";
      case LineEnd::cr: return "CR";
    }
    return "?";
  }
};
template <>
struct StringMaker<Kind> {
  static std::string convert(Kind k) {
    switch (k) {
      case Kind::binary: return "binary";
      case Kind::invalid_utf8: return "invalid_utf8";
      case Kind::invalid_utf16: return "invalid_utf16";
      case Kind::unknown_encoding: return "unknown_encoding";
      case Kind::too_large: return "too_large";
    }
    return "?";
  }
};
}  // namespace Catch

namespace {

/// Bytes in another encoding, made with the system's iconv (independent of
/// the decoder's own use of it: different direction, whole buffer at once).
std::string iconv_to(char const* to, std::string const& utf8) {
  iconv_t cd = iconv_open(to, "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 16, '\0');
  char* src = const_cast<char*>(utf8.data());
  std::size_t src_left = utf8.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  std::size_t const r = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  REQUIRE(r != static_cast<std::size_t>(-1));
  out.resize(out.size() - dst_left);
  return out;
}

/// UTF-16 written by hand for BMP text plus surrogate pairs.
std::string utf16(std::u32string const& s, bool little, bool bom) {
  std::string out;
  auto unit = [&](char16_t u) {
    char const hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    if (little) {
      out += lo;
      out += hi;
    } else {
      out += hi;
      out += lo;
    }
  };
  if (bom) unit(0xFEFF);
  for (char32_t c : s) {
    if (c >= 0x10000) {
      c -= 0x10000;
      unit(static_cast<char16_t>(0xD800 + (c >> 10)));
      unit(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    } else {
      unit(static_cast<char16_t>(c));
    }
  }
  return out;
}

std::string const sample =
    "东山镇2023年工作总结\n一、聚焦产业发展，经济实力稳步提升\n全年完成地区生产总值18.6亿元，同比增长6.1%。\n";

Kind decode_error_kind(std::string_view bytes, std::size_t& offset) {
  try {
    (void)decode(bytes);
  } catch (DecodeError const& e) {
    offset = e.byte_offset();
    return e.kind();
  }
  FAIL("decode did not throw");
  return Kind::too_large;
}

}  // namespace

// ---- encodings -----------------------------------------------------------------------

TEST_CASE("UTF-8 without and with BOM", "[text][decode]") {
  Decoded const plain = decode(sample);
  CHECK(plain.encoding == Encoding::utf8);
  CHECK(plain.text == sample);
  CHECK(encode(plain.text, plain.encoding, plain.line_ends) == sample);

  std::string const with_bom = "\xEF\xBB\xBF" + sample;
  Decoded const bom = decode(with_bom);
  CHECK(bom.encoding == Encoding::utf8_bom);
  CHECK(bom.text == sample);  // no BOM in the text
  CHECK(encode(bom.text, bom.encoding, bom.line_ends) == with_bom);
}

TEST_CASE("GB18030 from hard-coded bytes", "[text][decode]") {
  // 工作总结 (GBK B9A4 D7F7 D7DC BDE1), then 2023年 and a line end.
  std::string const bytes = "\xB9\xA4\xD7\xF7\xD7\xDC\xBD\xE1\r\n2023\xC4\xEA";
  Decoded const d = decode(bytes);
  CHECK(d.encoding == Encoding::gb18030);
  CHECK(d.text == "工作总结\n2023年");
  CHECK(d.line_ends == std::vector{LineEnd::crlf, LineEnd::none});
  CHECK(encode(d.text, d.encoding, d.line_ends) == bytes);
}

TEST_CASE("GB18030 text made with iconv, including a four-byte character", "[text][decode]") {
  // 𠀀 (U+20000) takes four bytes in GB18030 and is not in GBK.
  std::string const utf8 = sample + "二〇二三年，“𠀀”字village（测试）。\n";
  std::string const bytes = iconv_to("GB18030", utf8);
  REQUIRE(bytes != utf8);
  Decoded const d = decode(bytes);
  CHECK(d.encoding == Encoding::gb18030);
  CHECK(d.text == utf8);
  CHECK(encode(d.text, d.encoding, d.line_ends) == bytes);
}

TEST_CASE("UTF-16LE and UTF-16BE with BOM", "[text][decode]") {
  std::u32string const s = U"一、工作总结\r\n（一）党建\r\n𠀀字";
  std::string const expected_utf8 = "一、工作总结\n（一）党建\n𠀀字";
  auto [little, encoding] = GENERATE(table<bool, Encoding>({{true, Encoding::utf16le}, {false, Encoding::utf16be}}));
  std::string const bytes = utf16(s, little, true);
  Decoded const d = decode(bytes);
  CHECK(d.encoding == encoding);
  CHECK(d.text == expected_utf8);
  CHECK(d.line_ends == std::vector{LineEnd::crlf, LineEnd::crlf, LineEnd::none});
  CHECK(encode(d.text, d.encoding, d.line_ends) == bytes);
}

TEST_CASE("UTF-16 with a cut surrogate or an odd byte count is an error", "[text][decode]") {
  std::string bytes = utf16(U"工作𠀀", true, true);
  bytes.resize(bytes.size() - 2);  // the low surrogate is gone
  std::size_t offset = 0;
  CHECK(decode_error_kind(bytes, offset) == Kind::invalid_utf16);
  CHECK(offset == 6);  // after BOM and two characters
  std::string odd = utf16(U"工作", false, true) + "\x5D";
  CHECK(decode_error_kind(odd, offset) == Kind::invalid_utf16);
  CHECK(offset == 6);
}

TEST_CASE("UTF-16 holding a NUL character is binary", "[text][decode]") {
  std::string const bytes = utf16(std::u32string(U"工作") + char32_t{0} + U"总结", true, true);
  std::size_t offset = 99;
  CHECK(decode_error_kind(bytes, offset) == Kind::binary);
}

TEST_CASE("encoding names", "[text][decode]") {
  for (Encoding e : {Encoding::utf8, Encoding::utf8_bom, Encoding::gb18030, Encoding::utf16le, Encoding::utf16be})
    CHECK(encoding_from_name(encoding_name(e)) == e);
  CHECK(encoding_from_name("GBK") == Encoding::gb18030);
  CHECK(encoding_from_name("utf8") == Encoding::utf8);
  CHECK_FALSE(encoding_from_name("latin1").has_value());
}

// ---- line ends --------------------------------------------------------------------------

TEST_CASE("line ends are normalised, recorded, and restored", "[text][decode][lines]") {
  using E = LineEnd;
  auto [bytes, text, ends] = GENERATE(table<std::string, std::string, std::vector<LineEnd>>({
      {"", "", {E::none}},
      {"一\n二\n", "一\n二\n", {E::lf, E::lf, E::none}},
      {"一\r\n二\r\n", "一\n二\n", {E::crlf, E::crlf, E::none}},
      {"一\r二\r", "一\n二\n", {E::cr, E::cr, E::none}},
      {"一\r\n二\n三\r四", "一\n二\n三\n四", {E::crlf, E::lf, E::cr, E::none}},
      {"\r\r\n\n", "\n\n\n", {E::cr, E::crlf, E::lf, E::none}},
      {"\n\r", "\n\n", {E::lf, E::cr, E::none}},
      {"无换行", "无换行", {E::none}},
  }));
  INFO("«" << test::visible(bytes) << "»");
  Decoded const d = decode(bytes);
  CHECK(d.text == text);
  CHECK(d.line_ends == ends);
  CHECK(d.text.find('\r') == std::string::npos);
  CHECK(encode(d.text, d.encoding, d.line_ends) == bytes);
}

TEST_CASE("round trip in every encoding with mixed line ends", "[text][decode][lines]") {
  std::string const utf8 = "一、工作总结\r\n（一）党建\r二是加强学习\n\r\n最后一行";
  auto encoding = GENERATE(Encoding::utf8, Encoding::utf8_bom, Encoding::gb18030, Encoding::utf16le, Encoding::utf16be);
  INFO(encoding_name(encoding));
  std::string bytes;
  switch (encoding) {
    case Encoding::utf8: bytes = utf8; break;
    case Encoding::utf8_bom: bytes = "\xEF\xBB\xBF" + utf8; break;
    case Encoding::gb18030: bytes = iconv_to("GB18030", utf8); break;
    case Encoding::utf16le: bytes = "\xFF\xFE" + iconv_to("UTF-16LE", utf8); break;
    case Encoding::utf16be: bytes = "\xFE\xFF" + iconv_to("UTF-16BE", utf8); break;
    default: FAIL("no byte form for " << encoding_name(encoding));
  }
  Decoded const d = decode(bytes);
  CHECK(d.encoding == encoding);
  CHECK(d.text == "一、工作总结\n（一）党建\n二是加强学习\n\n最后一行");
  CHECK(encode(d.text, d.encoding, d.line_ends) == bytes);
  // document_from_bytes keeps what encode needs.
  Document const doc = document_from_bytes("x.txt", bytes);
  CHECK(doc.encoding == encoding);
  CHECK(doc.byte_size == bytes.size());
  CHECK(encode(doc.text, doc.encoding, doc.line_ends) == bytes);
}

TEST_CASE("encode: a CR line end before an empty LF line keeps both lines", "[text][decode][lines]") {
  // "甲\r---\n\n乙": deleting the line "---" (a fix) leaves a CR-ended line
  // before an empty LF-ended one; written as "\r\n" they would read back as
  // one CRLF (found by fuzz_check).
  Decoded const d = decode("甲\r---\n\n乙");
  REQUIRE(d.text == "甲\n---\n\n乙");
  std::vector<LineEnd> ends = d.line_ends;
  ends.erase(ends.begin() + 1);  // the line "---" and its end
  std::string const edited = "甲\n\n乙";
  std::string const written = encode(edited, Encoding::utf8, ends);
  CHECK(decode(written).text == edited);
  CHECK(written == "甲\r\n\n乙");
  // A CR line before a non-empty line, or before an empty CR line, stays CR.
  CHECK(encode("甲\n乙", Encoding::utf8, {LineEnd::cr, LineEnd::none}) == "甲\r乙");
  CHECK(encode("甲\n\n乙", Encoding::utf8, {LineEnd::cr, LineEnd::cr, LineEnd::none}) == "甲\r\r乙");
}

TEST_CASE("encode: lines added after decoding end like most lines", "[text][decode][lines]") {
  using E = LineEnd;
  CHECK(dominant_line_end({}) == E::lf);
  CHECK(dominant_line_end({E::crlf, E::crlf, E::lf, E::none}) == E::crlf);
  CHECK(dominant_line_end({E::cr, E::cr, E::crlf}) == E::cr);
  CHECK(dominant_line_end({E::lf, E::crlf}) == E::lf);
  Decoded const d = decode("一\r\n二\r\n三");
  // Two lines appended to the text, one line end more than recorded.
  CHECK(encode(d.text + "\n四\n五", d.encoding, d.line_ends) == "一\r\n二\r\n三\r\n四\r\n五");
  CHECK(encode("甲\n乙", Encoding::utf8, {}) == "甲\n乙");
}

// ---- errors -----------------------------------------------------------------------------------

TEST_CASE("binary input is reported with the offset of the first control byte", "[text][decode][errors]") {
  auto [bytes, offset] = GENERATE(table<std::string, std::size_t>({
      {std::string("\0", 1), 0},
      {std::string("一、工作") + '\0' + "总结", 12},
      {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), 8},
      {std::string("\xEF\xBB\xBF"
                   "abc\0",
                   7),
       6},  // the offset counts the BOM
      {std::string("abc\x01", 4), 3},
      {std::string("\x7F"
                   "ELF\x02\x01\x01\0",
                   8),
       4},
  }));
  INFO("«" << test::visible(bytes) << "»");
  std::size_t got = 0;
  CHECK(decode_error_kind(bytes, got) == Kind::binary);
  CHECK(got == offset);
  // The document layer names the file.
  try {
    (void)document_from_bytes("data/a.bin", bytes);
    FAIL("no InputError");
  } catch (InputError const& e) {
    CHECK(e.path() == "data/a.bin");
    CHECK_THAT(e.what(), Catch::Contains("data/a.bin"));
  }
}

TEST_CASE("truncated UTF-8 is reported at the cut character", "[text][decode][errors]") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "全镇各项工作稳步推进。";
  text += "完";  // 3 bytes, of which the last is cut
  std::string const cut = text.substr(0, text.size() - 1);
  std::size_t offset = 0;
  CHECK(decode_error_kind(cut, offset) == Kind::invalid_utf8);
  CHECK(offset == text.size() - 3);
  // The same with a BOM: the offset is into the file.
  CHECK(decode_error_kind("\xEF\xBB\xBF" + cut, offset) == Kind::invalid_utf8);
  CHECK(offset == text.size());
  // A bad byte in the middle of long UTF-8.
  std::string middle = text;
  middle[300] = '\xFF';
  CHECK(decode_error_kind(middle, offset) == Kind::invalid_utf8);
  CHECK(offset == 300);
}

TEST_CASE("find_invalid_utf8", "[text][decode][errors]") {
  auto [bytes, offset] = GENERATE(table<std::string, std::size_t>({
      {"", std::string_view::npos},
      {"abcdefghijklmnop", std::string_view::npos},
      {"一二三", std::string_view::npos},
      {"\xF0\xA0\x80\x80", std::string_view::npos},  // U+20000
      {"\xF4\x8F\xBF\xBF", std::string_view::npos},  // U+10FFFF
      {"abc\x80", 3},                                // lone continuation
      {"\xC0\x80", 0},                               // overlong NUL
      {"\xE0\x80\x80", 0},                           // overlong
      {"ab\xED\xA0\x80", 2},                         // surrogate
      {"\xF4\x90\x80\x80", 0},                       // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},
      {"abcdefgh\xE4\xB8", 8},  // truncated after the ASCII fast path
      {"一\xE4", 3},
  }));
  INFO("«" << test::visible(bytes) << "»");
  CHECK(find_invalid_utf8(bytes) == offset);
}

TEST_CASE("a bad or control byte is found wherever it falls in a 64-byte block", "[text][decode][errors]") {
  // Report text with the characters the block check passes (Chinese,
  // full-width punctuation, ASCII, LF) and those it leaves to the byte-wise
  // scan (· is two bytes, 𠀀 four, 《 starts with E3, ऄ with E0).
  std::string text;
  for (int i = 0; i < 12; ++i) text += "一、坚持党建引领，推进乡村振兴。全年投入2,400万元（同比增长6.1%）\n";
  text += "东山镇·西山村《规划》𠀀ऄ完成";
  for (int i = 0; i < 4; ++i) text += "人居环境整治持续深化；";
  // Reference offsets from the plain scalar check, not the decoder's scan.
  REQUIRE(find_invalid_utf8(text) == std::string_view::npos);
  REQUIRE(decode(text).text == text);
  for (std::size_t at = 200; at < text.size(); ++at) {
    INFO("byte " << at);
    std::string bad = text;
    bad[at] = '\xFF';
    std::size_t offset = 0;
    CHECK(decode_error_kind(bad, offset) == Kind::invalid_utf8);
    CHECK(offset == find_invalid_utf8(bad));
    std::string control = text;
    control.insert(at, 1, '\x01');
    // Inserted inside a character it also makes the text invalid; the
    // control byte is reported first either way.
    CHECK(decode_error_kind(control, offset) == Kind::binary);
    CHECK(offset == at);
  }
  // Every alignment of valid text to the blocks decodes to itself.
  for (std::size_t shift = 0; shift < 64; ++shift) {
    std::string const shifted = std::string(shift, ' ') + text;
    CHECK(decode(shifted).text == shifted);
  }
}

TEST_CASE("GB18030 two-byte codes decode as iconv decodes them, row by row", "[text][decode]") {
  // Each row of the two-byte table (one lead byte, every trail byte) after
  // enough GBK text to be taken for GB18030: the decoder's table must give
  // iconv's text, or the same error at the same byte.
  std::string const head = iconv_to("GB18030", "东山镇二〇二四年工作总结：");
  // The decoder takes to its table after 64 KB of GB18030 in a process.
  std::string big;
  while (big.size() < 70 * 1024) big += head;
  REQUIRE(decode(big).encoding == Encoding::gb18030);
  for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
    std::string bytes = head;
    for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
      if (trail == 0x7F) continue;
      bytes += static_cast<char>(lead);
      bytes += static_cast<char>(trail);
    }
    INFO("lead byte " << lead);
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string want(bytes.size() * 2, '\0');
    char* src = bytes.data();
    std::size_t src_left = bytes.size();
    char* dst = want.data();
    std::size_t dst_left = want.size();
    bool const ok = iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1);
    iconv_close(cd);
    want.resize(want.size() - dst_left);
    if (ok) {
      Decoded const d = decode(bytes);
      CHECK(d.encoding == Encoding::gb18030);
      CHECK(d.text == want);
    } else {
      std::size_t offset = 0;
      CHECK(decode_error_kind(bytes, offset) == Kind::unknown_encoding);
      CHECK(offset == bytes.size() - src_left);
    }
  }
  // A bad trail byte after good text: iconv's error and offset.
  std::string const bad = head + "\x81\x7F";
  std::size_t offset = 0;
  CHECK(decode_error_kind(bad, offset) == Kind::unknown_encoding);
  CHECK(offset == head.size());
  // A four-byte code among two-byte ones goes through iconv whole.
  std::string const four = iconv_to("GB18030", "东山镇𠀀工作总结") + head;
  CHECK(decode(four).text == "东山镇𠀀工作总结东山镇二〇二四年工作总结：");
}

TEST_CASE("random bytes give text or a DecodeError, never a crash", "[text][decode][errors][fuzz]") {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> size(0, 2000);
  int decoded = 0, rejected = 0;
  for (int round = 0; round < 500; ++round) {
    std::string bytes(static_cast<std::size_t>(size(rng)), '\0');
    for (auto& c : bytes) c = static_cast<char>(byte(rng));
    // Some rounds start like UTF-16 or UTF-8 with a BOM.
    if (round % 5 == 1) bytes = "\xFF\xFE" + bytes;
    if (round % 5 == 2) bytes = "\xFE\xFF" + bytes;
    if (round % 5 == 3) bytes = "\xEF\xBB\xBF" + bytes;
    try {
      Decoded const d = decode(bytes);
      ++decoded;
      CHECK(find_invalid_utf8(d.text) == std::string_view::npos);
      CHECK(d.text.find('\r') == std::string::npos);
      CHECK(d.line_ends.size() == 1 + static_cast<std::size_t>(std::count(d.text.begin(), d.text.end(), '\n')));
    } catch (DecodeError const& e) {
      ++rejected;
      CHECK(e.byte_offset() <= bytes.size());
    }
  }
  CHECK(decoded + rejected == 500);
  CHECK(rejected > 0);
}

TEST_CASE("random printable non-UTF-8 bytes: GB18030 or an error", "[text][decode][errors][fuzz]") {
  // High bytes without control characters: these reach the GB18030 fallback.
  std::mt19937 rng(777);
  std::uniform_int_distribution<int> byte(0x20, 0xFF);
  for (int round = 0; round < 300; ++round) {
    std::string bytes(64, '\0');
    for (auto& c : bytes) c = static_cast<char>(byte(rng));
    try {
      Decoded const d = decode(bytes);
      CHECK(find_invalid_utf8(d.text) == std::string_view::npos);
      if (d.encoding == Encoding::gb18030) CHECK(encode(d.text, d.encoding, d.line_ends) == bytes);
    } catch (DecodeError const& e) {
      CHECK((e.kind() == Kind::unknown_encoding || e.kind() == Kind::invalid_utf8 || e.kind() == Kind::binary));
    }
  }
}

TEST_CASE("empty input gives empty text", "[text][decode]") {
  Decoded const d = decode("");
  CHECK(d.text.empty());
  CHECK(d.encoding == Encoding::utf8);
  CHECK(d.line_ends == std::vector{LineEnd::none});
  CHECK(encode(d.text, d.encoding, d.line_ends).empty());
  Document const doc = document_from_bytes("empty.txt", "");
  CHECK(doc.text.empty());
  CHECK(doc.lines.line_count() == 1);
  CHECK(doc.line(1).empty());
  // A BOM alone is an empty UTF-8 file that keeps its BOM.
  Decoded const b = decode("\xEF\xBB\xBF");
  CHECK(b.text.empty());
  CHECK(encode(b.text, b.encoding, b.line_ends) == "\xEF\xBB\xBF");
}

// ---- documents ----------------------------------------------------------------------------

TEST_CASE("documents from files", "[text][document]") {
  namespace fs = std::filesystem;
  fs::path const dir = fs::temp_directory_path() / ("zongjie_tests_documents_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path const file = dir / "报告.txt";
  {
    std::string const bytes = iconv_to("GB18030", sample);
    std::FILE* f = std::fopen(file.c_str(), "wb");
    REQUIRE(f);
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
  }
  Document const doc = load_document(file);
  CHECK(doc.encoding == Encoding::gb18030);
  CHECK(doc.text == sample);
  CHECK(doc.path == file.string());
  CHECK(doc.line(2) == "一、聚焦产业发展，经济实力稳步提升");
  CHECK(doc.content_hash == content_hash(iconv_to("GB18030", sample)));
  CHECK(doc.content_hash != content_hash(sample));
  CHECK_THROWS_AS(load_document(dir / "missing.txt"), InputError);
  CHECK_THROWS_AS(load_document(dir), InputError);
  try {
    (void)load_document(dir / "missing.txt");
  } catch (InputError const& e) {
    CHECK_THAT(e.what(), Catch::Contains("missing.txt"));
  }
  fs::remove_all(dir);
}

TEST_CASE("documents from editor text", "[text][document]") {
  Document const doc = document_from_text("buffer", "一、总结\r\n二、计划");
  CHECK(doc.text == "一、总结\n二、计划");
  CHECK(doc.encoding == Encoding::utf8);
  CHECK(doc.lines.line_count() == 2);
  CHECK_THROWS_AS(document_from_text("buffer", "abc\xFF"), InputError);
}

TEST_CASE("documents from editor text with a NUL name the buffer", "[text][document]") {
  // Like document_from_bytes, every decoding failure names the buffer.
  CHECK_THROWS_AS(document_from_text("buffer", std::string("abc\0def", 7)), InputError);
}
