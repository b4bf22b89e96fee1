#include "zongjie/text/encoding.hpp"

#include <iconv.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

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

/// Offset of the first NUL or other control byte that text files never hold,
/// from `from` on.
std::size_t find_binary_byte(std::string_view s, std::size_t from = 0) noexcept {
  std::size_t i = from;
#if defined(__SSE2__)
  // Sixteen bytes at a time past those below 0x20 that text holds (tab, LF, CR).
  for (; i + 16 <= s.size(); i += 16) {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s.data() + i));
    __m128i const low = _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpgt_epi8(v, _mm_set1_epi8(-1)));
    __m128i const blank =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
    if (_mm_movemask_epi8(_mm_andnot_si128(blank, low)) != 0) break;
  }
#endif
  for (; i < s.size(); ++i)
    if (is_binary_control(static_cast<unsigned char>(s[i]))) return i;
  return std::string_view::npos;
}

struct Scan {
  std::size_t invalid = std::string_view::npos;  ///< first byte that is not valid UTF-8
  std::size_t control = std::string_view::npos;  ///< first binary control byte
};

#if defined(__SSE2__)
/// The length of the prefix of p[0, n) made of whole 64-byte blocks of the
/// text reports are made of — printable ASCII, tab, LF, CR and three-byte
/// sequences with leads E1–EC, EE, EF (all of CJK and of full-width
/// punctuation) — checked sixteen bytes per instruction.  A sequence cut by
/// the end of the prefix is left out of it; anything else (other controls,
/// two- and four-byte sequences, E0 and ED leads, invalid bytes) ends the
/// prefix at the start of its block, for the byte-by-byte scan to judge.
std::size_t common_text_prefix(unsigned char const* p, std::size_t n) noexcept {
  std::size_t i = 0;
  std::uint64_t carry = 0;  // continuation bytes the previous block's last lead wants here
  std::size_t cut = 0;      // bytes of that sequence in the previous block
  auto const bytes = [](char c) { return _mm_set1_epi8(c); };
  while (i + 64 <= n) {
    std::uint64_t high = 0, cont = 0, lead = 0, bad = 0;
    for (unsigned k = 0; k < 4; ++k) {
      __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + i + 16 * k));
      // Signed bytes: ASCII is 0…127, 0x80…0xBF is −128…−65, 0xE0…0xEF is −32…−17.
      __m128i const is_cont = _mm_cmplt_epi8(v, bytes(static_cast<char>(0xC0)));
      __m128i const is_lead = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bytes(static_cast<char>(0xE0))),
                                                            _mm_cmpeq_epi8(v, bytes(static_cast<char>(0xED)))),
                                               _mm_and_si128(_mm_cmpgt_epi8(v, bytes(static_cast<char>(0xDF))),
                                                             _mm_cmplt_epi8(v, bytes(static_cast<char>(0xF0)))));
      __m128i const is_control = _mm_and_si128(_mm_cmplt_epi8(v, bytes(0x20)), _mm_cmpgt_epi8(v, bytes(-1)));
      __m128i const is_blank =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bytes('\n')), _mm_cmpeq_epi8(v, bytes('\r'))),
                       _mm_cmpeq_epi8(v, bytes('\t')));
      unsigned const shift = 16 * k;
      high |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(v))) << shift;
      cont |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(is_cont))) << shift;
      lead |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(is_lead))) << shift;
      bad |=
          static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(is_blank, is_control))))
          << shift;
    }
    // Every high byte a lead or a continuation, and the continuations exactly
    // the two bytes after each lead.
    if (bad != 0 || (high & ~(cont | lead)) != 0 || cont != ((lead << 1) | (lead << 2) | carry)) break;
    carry = ((lead >> 62) | (lead >> 63)) & 1;
    carry |= (lead >> 63) << 1;
    cut = lead >> 63 ? 1 : (lead >> 62) & 1 ? 2 : 0;
    i += 64;
  }
  return carry != 0 ? i - cut : i;
}
#endif

/// One pass over the bytes for both questions the decoder asks.  Blocks of
/// common text go sixteen bytes per instruction where SSE2 is there; runs of
/// ASCII go eight bytes at a time, three-byte sequences (all of Chinese) are
/// checked inline.
Scan scan_utf8(std::string_view s) noexcept {
  Scan r;
  auto const* p = reinterpret_cast<unsigned char const*>(s.data());
  std::size_t const n = s.size();
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    i += common_text_prefix(p + i, n - i);
    // Byte by byte past the block that stopped the fast scan, then try it again.
    std::size_t const stop = std::min(n, i + 64);
#else
    std::size_t const stop = n;
#endif
    while (i < stop) {
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
        // Not UTF-8: all that is left to find is a control byte, which no
        // multi-byte sequence holds.
        r.invalid = i;
        if (r.control == std::string_view::npos) r.control = find_binary_byte(s, i);
        return r;
      }
      i += len;
    }
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
  if (cd == reinterpret_cast<iconv_t>(-1))  // NOLINT(performance-no-int-to-ptr): iconv's documented error value
    throw std::runtime_error(std::string("iconv 不支持 ") + from + " → " + to);
  return IconvHandle(cd);
}

/// Converts with iconv; on failure returns false and the input offset.
bool convert(char const* to, char const* from, std::string_view in, std::string& out, std::size_t& bad_offset) {
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

/// GB18030's two-byte codes (GBK: all of Chinese text) in UTF-8, one entry
/// per lead 0x81–0xFE and trail 0x40–0xFE: the bytes and, in the top byte,
/// their count; 0 for a code iconv rejects.  Built once, by iconv itself, so
/// that decoding through it gives what iconv gives.
class GbkTable {
 public:
  static GbkTable const& get() {
    static GbkTable const table;
    return table;
  }
  std::uint32_t at(unsigned char lead, unsigned char trail) const noexcept {
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE) return 0;
    return entries_[(lead - 0x81u) * trails + (trail - 0x40u)];
  }

 private:
  static constexpr unsigned trails = 0xFF - 0x40;
  GbkTable() : entries_(126 * trails, 0) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    // NOLINTNEXTLINE(performance-no-int-to-ptr): iconv's error value
    if (cd == reinterpret_cast<iconv_t>(-1)) return;  // all zero: decode_gbk() declines, iconv reports
    IconvHandle const handle(cd);
    // One iconv call per lead byte (a row of 190 codes, each one character),
    // code by code only for a row iconv does not take whole.
    auto const run = [&](char* in, std::size_t in_len, char* out, std::size_t& out_len) {
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
      std::size_t left = out_len;
      bool const ok = iconv(cd, &in, &in_len, &out, &left) != static_cast<std::size_t>(-1) && in_len == 0;
      out_len -= left;
      return ok;
    };
    auto const entry = [](char const* utf8, std::size_t len) {
      std::uint32_t e = static_cast<std::uint32_t>(len) << 24;
      for (std::size_t k = 0; k < len; ++k)
        e |= static_cast<std::uint32_t>(static_cast<unsigned char>(utf8[k])) << (8 * k);
      return e;
    };
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
      std::uint32_t* row = entries_.data() + (lead - 0x81u) * trails;
      std::array<char, 2 * trails> in{};
      std::size_t n = 0;
      for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
        if (trail == 0x7F) continue;
        in[n++] = static_cast<char>(lead);
        in[n++] = static_cast<char>(trail);
      }
      std::array<char, 4 * trails> out{};
      std::size_t out_len = out.size();
      if (run(in.data(), n, out.data(), out_len)) {
        // Split the output into its characters, one per code, in order.
        std::size_t pos = 0;
        bool whole = true;
        for (unsigned trail = 0x40; trail <= 0xFE && whole; ++trail) {
          if (trail == 0x7F) continue;
          std::size_t const len = pos < out_len ? utf8_sequence(std::string_view(out.data(), out_len), pos) : 0;
          whole = len >= 1 && len <= 3;
          if (whole) row[trail - 0x40u] = entry(out.data() + pos, len);
          pos += len;
        }
        if (whole && pos == out_len) continue;
        std::fill(row, row + trails, 0u);
      }
      for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
        char code[2] = {static_cast<char>(lead), static_cast<char>(trail)};
        char utf8[8];
        std::size_t len = sizeof utf8;
        if (trail != 0x7F && run(code, 2, utf8, len) && len >= 1 && len <= 3) row[trail - 0x40u] = entry(utf8, len);
      }
    }
  }
  std::vector<std::uint32_t> entries_;
};

/// GB18030 text made of ASCII and two-byte codes, to UTF-8 through the
/// table; false, with `out` undefined, at anything else (a four-byte code,
/// an invalid byte), for iconv to convert and judge.
bool decode_gbk(std::string_view in, std::string& out) {
  GbkTable const& table = GbkTable::get();
  auto const* p = reinterpret_cast<unsigned char const*>(in.data());
  std::size_t const n = in.size();
  // At most three bytes of UTF-8 for two of GB18030, one for one; written
  // through a pointer, four bytes per character (the entry), one spare.
  out.resize(n + n / 2 + 4);
  char* o = out.data();
  for (std::size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      *o++ = static_cast<char>(p[i++]);
      continue;
    }
    std::uint32_t const e = i + 1 < n ? table.at(p[i], p[i + 1]) : 0;
    if (e == 0) return false;
    std::uint8_t const bytes[4] = {static_cast<std::uint8_t>(e), static_cast<std::uint8_t>(e >> 8),
                                   static_cast<std::uint8_t>(e >> 16), 0};
    std::memcpy(o, bytes, 4);
    o += e >> 24;
    i += 2;
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return true;
}

/// Splits on CRLF, CR and LF, keeping how each line ended.
void normalise_lines(std::string& text, std::vector<LineEnd>& ends) {
  ends.clear();
  if (text.find('\r') == std::string::npos) {
    // The common case: LF only, nothing to rewrite.
    std::size_t lines = 0;
    for (char const *p = text.data(), *e = p + text.size();
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
  out.append(std::string_view(text).substr(start));
  ends.push_back(LineEnd::none);  // the last line (possibly empty) has no terminator
  text = std::move(out);
}

Decoded decode_utf16(std::string_view body, bool little, std::size_t bom) {
  Decoded d;
  d.encoding = little ? Encoding::utf16le : Encoding::utf16be;
  std::size_t bad = 0;
  if (!convert("UTF-8", little ? "UTF-16LE" : "UTF-16BE", body, d.text, bad))
    throw DecodeError(DecodeError::Kind::invalid_utf16, bom + bad,
                      offset_message(little ? "UTF-16LE 编码无效或被截断" : "UTF-16BE 编码无效或被截断", bom + bad));
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
  for (Encoding e :
       {Encoding::utf8, Encoding::utf8_bom, Encoding::gb18030, Encoding::utf16le, Encoding::utf16be, Encoding::docx})
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
                        offset_message(bad + 4 >= body.size() ? "UTF-8 文本在末尾被截断" : "UTF-8 编码无效",
                                       bom + bad));
    } else {
      // Building the table costs about what iconv takes for 64 KB of text:
      // it is built once a process has met that much GB18030 (learning a
      // folder, stats), not for one file.
      constexpr std::size_t table_after = 64 * 1024;
      static std::atomic<std::size_t> gb18030_bytes{0};
      bool const table = gb18030_bytes.fetch_add(body.size(), std::memory_order_relaxed) >= table_after;
      std::size_t gb_bad = 0;
      if (!(table && decode_gbk(body, d.text)) && !convert("UTF-8", "GB18030", body, d.text, gb_bad))
        throw DecodeError(DecodeError::Kind::unknown_encoding, gb_bad,
                          "无法识别的编码：不是 UTF-8（第 " + std::to_string(bad) +
                              " 字节无效），也不是 GB18030/GBK（第 " + std::to_string(gb_bad) + " 字节无效）");
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
  auto const end_of = [&](std::size_t line) {
    LineEnd const e = line < line_ends.size() ? line_ends[line] : fallback;
    return e == LineEnd::none ? fallback : e;  // a line was added after the old last one
  };
  std::size_t line = 0;
  std::size_t start = 0;
  for (;;) {
    std::size_t const nl = text.find('\n', start);
    lined.append(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    LineEnd e = end_of(line);
    // A CR line end right before an empty line that ends in LF would read
    // back as one CRLF: two lines would become one.  Only edits make this
    // (a file's own "\r\n" is read as CRLF); that line is written with CRLF.
    if (e == LineEnd::cr && nl + 1 < text.size() && text[nl + 1] == '\n' && end_of(line + 1) == LineEnd::lf)
      e = LineEnd::crlf;
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
    case Encoding::docx: throw std::invalid_argument("encode(): a Word document is written by word::export_docx");
  }
  return lined;
}

}  // namespace zongjie::text
