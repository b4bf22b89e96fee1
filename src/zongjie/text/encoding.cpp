#include "zongjie/text/encoding.hpp"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

namespace zongjie::text {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr std::string_view utf16le_bom = "\xFF\xFE";
constexpr std::string_view utf16be_bom = "\xFE\xFF";

std::string offset_message(std::string_view what, std::size_t offset) {
  return std::string(what) + "（第 " + std::to_string(offset) + " 字节）";
}

/// Length of the valid UTF-8 sequence at s[i], 0 if invalid or truncated.
std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept {
  auto const b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char const c = b(0);
  std::size_t const left = s.size() - i;
  auto const cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return left >= 2 && cont(1) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogates
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;
    if (c == 0xF4 && b(1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

bool is_binary_control(unsigned char c) noexcept {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A;
}

/// Offset of the first NUL or other control byte that text files never hold.
std::size_t find_binary_byte(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (is_binary_control(static_cast<unsigned char>(s[i]))) return i;
  return std::string_view::npos;
}

struct Scan {
  std::size_t invalid = std::string_view::npos;  ///< first byte that is not valid UTF-8
  std::size_t control = std::string_view::npos;  ///< first binary control byte
};

/// One pass over the bytes for both questions the decoder asks.  Runs of
/// ASCII go eight bytes at a time, three-byte sequences (all of Chinese) are
/// checked inline.
Scan scan_utf8(std::string_view s) noexcept {
  Scan r;
  auto const* p = reinterpret_cast<unsigned char const*>(s.data());
  std::size_t const n = s.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char const c = p[i];
    if (c < 0x80) {
      if (i + 8 <= n) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        // No high bit and no byte below 0x20: eight plain characters.
        constexpr std::uint64_t high = 0x8080808080808080ULL;
        if ((w & high) == 0 && ((w - 0x2020202020202020ULL) & ~w & high) == 0) {
          i += 8;
          continue;
        }
      }
      if (c < 0x20 && is_binary_control(c) && r.control == std::string_view::npos) {
        r.control = i;
        if (r.invalid != std::string_view::npos) return r;
      }
      ++i;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 3 <= n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t const len = utf8_sequence(s, i);
    if (len == 0) {
      if (r.invalid == std::string_view::npos) r.invalid = i;
      if (r.control != std::string_view::npos) return r;
      ++i;
      continue;
    }
    i += len;
  }
  return r;
}

/// Counts valid multi-byte UTF-8 sequences in s[0, end).
std::size_t multibyte_sequences(std::string_view s, std::size_t end) noexcept {
  std::size_t count = 0;
  for (std::size_t i = 0; i < end;) {
    std::size_t const n = utf8_sequence(s, i);
    if (n == 0) break;
    if (n > 1) ++count;
    i += n;
  }
  return count;
}

struct IconvCloser {
  void operator()(iconv_t cd) const noexcept { iconv_close(cd); }
};
using IconvHandle = std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvCloser>;

IconvHandle open_iconv(char const* to, char const* from) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1))
    throw std::runtime_error(std::string("iconv 不支持 ") + from + " → " + to);
  return IconvHandle(cd);
}

/// Converts with iconv; on failure returns false and the input offset.
bool convert(char const* to, char const* from, std::string_view in, std::string& out,
             std::size_t& bad_offset) {
  IconvHandle cd = open_iconv(to, from);
  out.clear();
  out.reserve(in.size() + in.size() / 2 + 16);
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  std::array<char, 16384> buf{};
  while (src_left > 0) {
    char* dst = buf.data();
    std::size_t dst_left = buf.size();
    std::size_t const r = iconv(cd.get(), &src, &src_left, &dst, &dst_left);
    out.append(buf.data(), buf.size() - dst_left);
    if (r == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) continue;
      bad_offset = in.size() - src_left;
      return false;
    }
  }
  return true;
}

/// Splits on CRLF, CR and LF, keeping how each line ended.
void normalise_lines(std::string& text, std::vector<LineEnd>& ends) {
  ends.clear();
  if (text.find('\r') == std::string::npos) {
    // The common case: LF only, nothing to rewrite.
    std::size_t lines = 0;
    for (char const* p = text.data(), *e = p + text.size();
         (p = static_cast<char const*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)))) != nullptr; ++p)
      ++lines;
    ends.assign(lines, LineEnd::lf);
    ends.push_back(LineEnd::none);
    return;
  }
  std::string out;
  out.reserve(text.size());
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char const c = text[i];
    if (c != '\n' && c != '\r') continue;
    out.append(text, start, i - start);
    out.push_back('\n');
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ends.push_back(LineEnd::crlf);
      ++i;
    } else {
      ends.push_back(c == '\r' ? LineEnd::cr : LineEnd::lf);
    }
    start = i + 1;
  }
  out.append(text, start, std::string::npos);
  ends.push_back(LineEnd::none);  // the last line (possibly empty) has no terminator
  text = std::move(out);
}

Decoded decode_utf16(std::string_view body, bool little, std::size_t bom) {
  Decoded d;
  d.encoding = little ? Encoding::utf16le : Encoding::utf16be;
  std::size_t bad = 0;
  if (!convert("UTF-8", little ? "UTF-16LE" : "UTF-16BE", body, d.text, bad))
    throw DecodeError(DecodeError::Kind::invalid_utf16, bom + bad,
                      offset_message(little ? "UTF-16LE 编码无效或被截断" : "UTF-16BE 编码无效或被截断",
                                     bom + bad));
  if (std::size_t const b = find_binary_byte(d.text); b != std::string_view::npos)
    throw DecodeError(DecodeError::Kind::binary, bom, "看起来是二进制文件，不是文本");
  return d;
}

}  // namespace

std::string_view encoding_name(Encoding e) noexcept {
  switch (e) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf8_bom: return "UTF-8-BOM";
    case Encoding::gb18030: return "GB18030";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::docx: return "DOCX";
  }
  return "UTF-8";
}

std::optional<Encoding> encoding_from_name(std::string_view name) noexcept {
  for (Encoding e : {Encoding::utf8, Encoding::utf8_bom, Encoding::gb18030, Encoding::utf16le,
                     Encoding::utf16be, Encoding::docx})
    if (encoding_name(e) == name) return e;
  if (name == "GBK" || name == "GB2312" || name == "gbk" || name == "gb18030") return Encoding::gb18030;
  if (name == "utf-8" || name == "utf8") return Encoding::utf8;
  return std::nullopt;
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  std::size_t const n = s.size();
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    std::size_t const len = utf8_sequence(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

LineEnd dominant_line_end(std::vector<LineEnd> const& ends) noexcept {
  std::size_t lf = 0, crlf = 0, cr = 0;
  for (LineEnd e : ends) {
    if (e == LineEnd::lf) ++lf;
    else if (e == LineEnd::crlf) ++crlf;
    else if (e == LineEnd::cr) ++cr;
  }
  if (crlf > lf && crlf >= cr) return LineEnd::crlf;
  if (cr > lf && cr > crlf) return LineEnd::cr;
  return LineEnd::lf;
}

Decoded decode(std::string_view bytes) {
  if (bytes.size() > max_input_bytes)
    throw DecodeError(DecodeError::Kind::too_large, max_input_bytes,
                      "文件过大（超过 " + std::to_string(max_input_bytes / (1024 * 1024)) + " MB）");
  Decoded d;
  if (bytes.starts_with(utf16le_bom) && !bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) {
    d = decode_utf16(bytes.substr(2), true, 2);
  } else if (bytes.starts_with(utf16be_bom)) {
    d = decode_utf16(bytes.substr(2), false, 2);
  } else {
    std::size_t bom = 0;
    if (bytes.starts_with(utf8_bom)) {
      bom = utf8_bom.size();
      d.encoding = Encoding::utf8_bom;
    }
    std::string_view const body = bytes.substr(bom);
    Scan const scan = scan_utf8(body);
    if (scan.control != std::string_view::npos)
      throw DecodeError(DecodeError::Kind::binary, bom + scan.control,
                        offset_message("看起来是二进制文件，不是文本：含控制字符", bom + scan.control));
    std::size_t const bad = scan.invalid;
    if (bad == std::string_view::npos) {
      d.text.assign(body);
    } else if (bom != 0 || multibyte_sequences(body, bad) >= 8) {
      // Long valid UTF-8 before the bad byte: a damaged or truncated UTF-8
      // file, not another encoding (GBK text is not valid UTF-8 for long).
      throw DecodeError(DecodeError::Kind::invalid_utf8, bom + bad,
                        offset_message(bad + 4 >= body.size() ? "UTF-8 文本在末尾被截断"
                                                              : "UTF-8 编码无效",
                                       bom + bad));
    } else {
      std::size_t gb_bad = 0;
      if (!convert("UTF-8", "GB18030", body, d.text, gb_bad))
        throw DecodeError(DecodeError::Kind::unknown_encoding, gb_bad,
                          "无法识别的编码：不是 UTF-8（第 " + std::to_string(bad) +
                              " 字节无效），也不是 GB18030/GBK（第 " + std::to_string(gb_bad) +
                              " 字节无效）");
      d.encoding = Encoding::gb18030;
    }
  }
  normalise_lines(d.text, d.line_ends);
  return d;
}

std::string encode(std::string_view text, Encoding encoding, std::vector<LineEnd> const& line_ends) {
  LineEnd const fallback = dominant_line_end(line_ends);
  std::string lined;
  lined.reserve(text.size() + text.size() / 16);
  std::size_t line = 0;
  std::size_t start = 0;
  for (;;) {
    std::size_t const nl = text.find('\n', start);
    lined.append(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    LineEnd e = line < line_ends.size() ? line_ends[line] : fallback;
    if (e == LineEnd::none) e = fallback;  // a line was added after the old last one
    lined += e == LineEnd::crlf ? "\r\n" : e == LineEnd::cr ? "\r" : "\n";
    ++line;
    start = nl + 1;
  }
  std::size_t bad = 0;
  std::string out;
  switch (encoding) {
    case Encoding::utf8: return lined;
    case Encoding::utf8_bom: return std::string(utf8_bom) + lined;
    case Encoding::gb18030:
      if (!convert("GB18030", "UTF-8", lined, out, bad))
        throw DecodeError(DecodeError::Kind::invalid_utf8, bad, offset_message("无法编码为 GB18030", bad));
      return out;
    case Encoding::utf16le:
    case Encoding::utf16be: {
      bool const le = encoding == Encoding::utf16le;
      if (!convert(le ? "UTF-16LE" : "UTF-16BE", "UTF-8", lined, out, bad))
        throw DecodeError(DecodeError::Kind::invalid_utf8, bad, offset_message("无法编码为 UTF-16", bad));
      return std::string(le ? utf16le_bom : utf16be_bom) + out;
    }
    case Encoding::docx:
      throw std::invalid_argument("encode(): a Word document is written by docx::export_docx");
  }
  return lined;
}

}  // namespace zongjie::text
