#include "zongjie/outline/build/context.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>

namespace zongjie::build {

namespace {
/// Titles are cut here; only pathological input (a 50 MB line) reaches it.
constexpr std::size_t max_title_bytes = 900;

bool is_char_start(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

std::optional<std::size_t> Context::next_text_line(std::size_t i, std::size_t limit) const {
  for (++i; i < limit; ++i)
    if (is_text(i)) return i;
  return std::nullopt;
}

std::size_t Context::last_text_line_before(std::size_t from, std::size_t limit) const {
  std::size_t last = from;
  for (std::size_t i = from; i < limit; ++i)
    if (lines[i].kind != LineKind::blank) last = i;
  return last;
}

std::size_t Context::line_limit(Part const& part) const {
  return part.end >= text.size() ? lines.size() : doc.lines.line_of(part.end) - 1;
}

std::string Context::clean(std::size_t b, std::size_t e) const {
  e = std::max(b, std::min(e, text.size()));
  std::string out;
  std::size_t pos = b;
  for (auto const r : outline.debris) {
    if (r.end <= pos || r.begin >= e) continue;
    if (r.begin > pos) out.append(text.substr(pos, r.begin - pos));
    pos = std::max(pos, r.end);
  }
  if (pos < e) out.append(text.substr(pos, e - pos));
  std::string_view t = grammar::trim_blanks(out);
  if (t.size() > max_title_bytes) {
    std::size_t cut = max_title_bytes;
    while (cut > 0 && !is_char_start(t[cut])) --cut;
    t = t.substr(0, cut);
  }
  return std::string(t);
}

WrittenMarker Context::written(grammar::Marker m, std::size_t b, std::size_t e) const {
  return WrittenMarker{m, std::string(grammar::trim_blanks(text.substr(b, e - b)))};
}

std::size_t Context::first_full_stop(std::size_t b, std::size_t e) const {
  // string_view::find looks for the first byte with memchr: E3 is rare in Han text.
  std::size_t const p = text.substr(b, e - b).find("。");
  return p == npos ? e : b + p;
}

text::Position Context::position(std::size_t offset) {
  std::size_t const line = doc.lines.line_of(offset);
  if (line == cursor_line_ && offset >= cursor_offset_) {
    cursor_column_ += text::count_chars(text.substr(cursor_offset_, offset - cursor_offset_));
  } else {
    std::size_t const start = doc.lines.line_start(line);
    cursor_column_ = 1 + text::count_chars(text.substr(start, offset - start));
  }
  cursor_line_ = line;
  cursor_offset_ = offset;
  return {line, cursor_column_};
}

Part Context::make_part(PartRole role, std::size_t first, std::size_t limit) const {
  Part p;
  p.role = role;
  p.line = lines[first].no;
  p.begin = lines[first].begin;
  p.end = limit < lines.size() ? lines[limit].begin : text.size();
  p.end_line = lines[last_text_line_before(first, limit)].no;
  return p;
}

void Context::truncate(Part& part, std::size_t i) {
  part.end = lines[i].begin;
  part.end_line = lines[last_text_line_before(part.line - 1, i)].no;
  // Sections and their items that started at or after the cut go with it.
  while (!part.sections.empty() && part.sections.back().offset >= part.end) part.sections.pop_back();
  if (!part.sections.empty()) {
    Section& s = part.sections.back();
    s.end = std::min(s.end, part.end);
    s.end_line = std::min(s.end_line, part.end_line);
    std::erase_if(s.items, [&](Item const& it) { return it.offset >= part.end; });
  }
}

std::size_t topic_chars(std::string_view text, std::size_t b, std::size_t e) {
  std::size_t chars = 0;
  for (std::size_t j = b; j < e;) {
    auto const c = static_cast<unsigned char>(text[j]);
    std::size_t const len = utf8::sequence_length(text[j]);
    bool quote = c == '"' || c == '\'';
    if (c == 0xE2 && j + 2 < text.size() && static_cast<unsigned char>(text[j + 1]) == 0x80) {
      auto const b2 = static_cast<unsigned char>(text[j + 2]);
      quote = b2 == 0x9C || b2 == 0x9D || b2 == 0x98 || b2 == 0x99;
    } else if (c == 0xE3 && j + 2 < text.size() && static_cast<unsigned char>(text[j + 1]) == 0x80) {
      auto const b2 = static_cast<unsigned char>(text[j + 2]);
      quote = (b2 >= 0x8A && b2 <= 0x8D) || b2 == 0x81;  // 《》〈〉 and 、
    }
    if (!quote) ++chars;
    j += len;
  }
  return chars;
}

std::vector<ShiMarker> inline_shi_markers(Context const& ctx, std::size_t b, std::size_t e) {
  using grammar::Punct;
  std::string_view const text = ctx.text;
  std::vector<ShiMarker> found;
  auto try_at = [&](std::size_t pos, std::size_t line_end, bool after_comma) {
    pos += grammar::leading_blanks(text.substr(pos, line_end - pos));
    if (pos >= line_end) return;
    grammar::Marker m;
    std::size_t const n = grammar::parse_shi_marker(text.substr(pos, line_end - pos), m);
    if (n == 0) return;
    if (after_comma && (found.empty() || found.back().marker.ordinal + 1 != m.ordinal)) return;
    found.push_back({pos, n, 0, m});
  };
  if (b >= e) return found;
  std::size_t const first = ctx.doc.lines.line_of(b) - 1;
  std::size_t const last = ctx.doc.lines.line_of(e - 1) - 1;
  for (std::size_t li = first; li <= last && li < ctx.lines.size(); ++li) {
    Line const& l = ctx.lines[li];
    if (l.kind != LineKind::text) continue;
    std::size_t const start = std::max(b, l.content);
    std::size_t const end = std::min(e, l.end);
    if (start >= end) continue;
    try_at(start, end, false);
    std::string_view const upto(text.data(), end);
    for (std::size_t i = grammar::find_punct(upto, start); i != npos; i = grammar::find_punct(upto, i)) {
      grammar::PunctAt const p = grammar::punct_at(text, i);
      std::size_t const next = i + p.length;
      if (grammar::ends_clause(p.kind) || p.kind == Punct::colon) try_at(next, end, false);
      else if (p.kind == Punct::comma) try_at(next, end, true);
      i = next;
    }
  }
  // Titles run to 。 or ；, or to the next marker, whichever comes first.
  for (std::size_t k = 0; k < found.size(); ++k) {
    std::size_t const from = found[k].offset + found[k].length;
    std::size_t limit = k + 1 < found.size() ? found[k + 1].offset : e;
    std::size_t const nl = text.find('\n', from);
    if (nl != npos) limit = std::min(limit, nl);
    std::size_t end = limit;
    std::string_view const upto(text.data(), limit);
    for (std::size_t j = grammar::find_punct(upto, from); j != npos; j = grammar::find_punct(upto, j + 1)) {
      Punct const p = grammar::punct_at(text, j).kind;
      if (p == Punct::full_stop || p == Punct::semicolon || p == Punct::exclamation || p == Punct::question) {
        end = j;
        break;
      }
    }
    found[k].title_end = end;
  }
  return found;
}

}  // namespace zongjie::build
