#include "zongjie/check/text_scan.hpp"

#include "zongjie/grammar/grammar.hpp"

namespace zongjie::check::scan {

CodePoint decode(std::string_view s, std::size_t pos) noexcept {
  if (pos >= s.size()) return {};
  auto const b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + k])); };
  char32_t const c = b(0);
  if (c < 0x80) return {c, 1};
  std::size_t const len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || pos + len > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < len; ++k)
    if ((b(k) & 0xC0) != 0x80) return {0xFFFD, 1};
  switch (len) {
    case 2: return {((c & 0x1F) << 6) | (b(1) & 0x3F), 2};
    case 3: return {((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F), 3};
    default: return {((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F), 4};
  }
}

CodePoint decode_before(std::string_view s, std::size_t pos) noexcept {
  if (pos == 0 || pos > s.size()) return {};
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  CodePoint c = decode(s, start);
  if (start + c.length != pos) return {0xFFFD, 1};
  return c;
}

namespace {
bool ends_sentence_at(std::string_view text, std::size_t i, std::size_t& len) noexcept {
  grammar::PunctAt const p = grammar::punct_at(text, i);
  if (p.kind == grammar::Punct::none || !grammar::ends_clause(p.kind)) return false;
  len = p.length;
  return true;
}
}  // namespace

std::size_t sentence_begin(std::string_view text, std::size_t pos) noexcept {
  pos = std::min(pos, text.size());
  if (pos == 0) return 0;
  std::size_t const line = text.rfind('\n', pos - 1);
  std::size_t const line_start = line == std::string_view::npos ? 0 : line + 1;
  std::size_t begin = line_start;
  std::string_view const upto = text.substr(0, pos);
  for (std::size_t i = grammar::find_punct(upto, line_start); i != std::string_view::npos;) {
    std::size_t len = 0;
    if (ends_sentence_at(text, i, len) && i + len <= pos) begin = i + len;
    i = grammar::find_punct(upto, i + std::max<std::size_t>(len, 1));
  }
  return begin;
}

std::size_t sentence_end(std::string_view text, std::size_t pos) noexcept {
  std::size_t const nl = text.find('\n', pos);
  std::size_t const line_end = nl == std::string_view::npos ? text.size() : nl;
  std::string_view const line = text.substr(0, line_end);
  for (std::size_t i = grammar::find_punct(line, pos); i != std::string_view::npos;) {
    std::size_t len = 0;
    if (ends_sentence_at(text, i, len)) return i + len;
    i = grammar::find_punct(line, i + 1);
  }
  return line_end;
}

std::string normalise(std::string_view s) {
  s = grammar::trim_blanks(s);
  if (auto m = grammar::parse_line_marker(s)) s = s.substr(m->title_begin);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t const b = grammar::blank_at(s, i)) {
      i += b;
      continue;
    }
    switch (s[i]) {
      case ',': out += "，"; break;
      case ';': out += "；"; break;
      case ':': out += "："; break;
      case '(': out += "（"; break;
      case ')': out += "）"; break;
      case '!': out += "！"; break;
      case '?': out += "？"; break;
      case '\r': break;
      default: out += s[i]; break;
    }
    ++i;
  }
  return out;
}

}  // namespace zongjie::check::scan
