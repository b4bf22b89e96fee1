#include "zongjie/check/text_scan.hpp"

#include "zongjie/grammar/grammar.hpp"

namespace zongjie::check::scan {

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
    if (std::string_view const full = chinese::full_width_punct(s[i]); !full.empty()) out += full;
    else if (s[i] != '\r') out += s[i];
    ++i;
  }
  return out;
}

}  // namespace zongjie::check::scan
