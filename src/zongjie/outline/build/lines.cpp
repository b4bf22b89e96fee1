// Phase 1: each line classified once — blank, debris or text; its marker;
// whether it is a heading line of its own; whether it reads as a part title.
#include "zongjie/outline/build/context.hpp"
#include "zongjie/outline/part_headings.hpp"

#include <algorithm>

namespace zongjie::build {

namespace {

using grammar::Punct;

/// A part heading is a short line.
constexpr std::size_t max_part_heading_bytes = 150;
/// A heading line of its own (2022年政府工作回顾, 阔步迈上新征程) is short.
constexpr std::size_t min_heading_line_chars = 4;
constexpr std::size_t max_heading_line_chars = 24;

grammar::TitleKind kind_of(PartRole r) {
  switch (r) {
    case PartRole::problems: return grammar::TitleKind::problems;
    case PartRole::plan: return grammar::TitleKind::plan;
    default: return grammar::TitleKind::summary;
  }
}

/// A heading the corpus has seen heading a summary, problems or plan part.
std::optional<grammar::PartTitle> learned_part_title(Context const& ctx, std::string_view head, bool heading_shaped) {
  if (!ctx.options.part_headings || !heading_shaped) return std::nullopt;
  auto const role = ctx.options.part_headings->find(head);
  if (!role || *role == PartRole::preamble || *role == PartRole::closing) return std::nullopt;
  grammar::PartTitle t;
  std::vector<grammar::YearMention> years;
  grammar::find_years(head, years);
  t.components.push_back({kind_of(*role), years.empty() ? 0 : years.front().year});
  return t;
}

/// A line whose heading text (after the marker, up to 。 or ：) is a part title.
void detect_part_heading(Context const& ctx, Line& l) {
  std::string_view const text = ctx.text;
  std::size_t const hb = l.marker ? l.marker->title_begin : l.content;
  if (hb >= l.content_end) return;
  std::string_view const h = text.substr(hb, l.content_end - hb);
  // Only the first few dozen characters can be a part title.
  std::string_view const window = h.substr(0, max_part_heading_bytes + 3);
  std::size_t cut = npos;
  std::size_t cut_len = 0;
  bool colon = false;
  for (std::size_t p = grammar::find_punct(window, 0); p != npos; p = grammar::find_punct(window, p + 1)) {
    grammar::PunctAt const at = grammar::punct_at(window, p);
    if (at.kind == Punct::colon || at.kind == Punct::full_stop) {
      cut = p;
      cut_len = at.length;
      colon = at.kind == Punct::colon;
      break;
    }
  }
  if (cut == npos && h.size() > max_part_heading_bytes) return;
  std::string_view const head = cut == npos ? h : h.substr(0, cut);
  if (head.size() > max_part_heading_bytes) return;
  bool const has_body = cut != npos && !grammar::trim_blanks(h.substr(cut + cut_len)).empty();
  // Without a number, only a line of its own (or one ending in a colon) is a heading.
  if (!l.marker && has_body && !colon) return;
  auto title = grammar::match_part_title(head);
  if (!title) title = learned_part_title(ctx, head, l.marker.has_value() || !has_body);
  if (!title) return;
  l.part_title = std::move(title);
  l.heading_end = hb + (cut == npos ? h.size() : cut);
  l.heading_has_body = has_body;
}

/// Short, unnumbered, and no punctuation inside or at the end (quotation
/// marks and 、 allowed): a heading line, not a sentence.
bool is_heading_line(Context const& ctx, Line const& l) {
  if (l.marker) return false;
  std::string_view const s = ctx.text.substr(l.content, l.content_end - l.content);
  if (s.size() > 4 * (max_heading_line_chars + 4)) return false;
  // 、 alone is allowed (城乡建设、生态环境); any other mark (。！？，：；)
  // makes a sentence, and so does an ellipsis.
  for (std::size_t p = grammar::find_punct(s, 0); p != npos; p = grammar::find_punct(s, p + 1))
    if (grammar::punct_at(s, p).kind != Punct::dun) return false;
  if (s.find("…") != npos) return false;
  std::size_t const chars = topic_chars(s, 0, s.size());
  return chars >= min_heading_line_chars && chars <= max_heading_line_chars;
}

/// A page captured twice (web archives do): this many text lines in a row,
/// each long enough not to repeat by chance, make a repeat.
constexpr std::size_t min_repeated_lines = 8;
constexpr std::size_t min_repeated_line_bytes = 60;
/// Longer lines are not hashed (a pasted 50 MB line stays cheap).
constexpr std::size_t max_repeated_line_bytes = 4096;

/// Everything after the first copy of a page that was captured twice — its
/// footer, the second copy, the second footer — is debris.  A second copy
/// repeats the body's opening: the first long line is looked for again
/// (lengths compared first, no hashing), then the lines after it.
void drop_repeated_page(Context& ctx) {
  std::vector<std::size_t> text_lines;
  for (std::size_t i = 0; i < ctx.lines.size(); ++i)
    if (ctx.is_text(i)) text_lines.push_back(i);
  std::size_t const n = text_lines.size();
  auto content = [&](std::size_t k) { return ctx.content(text_lines[k]); };
  auto repeatable = [&](std::size_t k) {
    return content(k).size() >= min_repeated_line_bytes && content(k).size() <= max_repeated_line_bytes;
  };
  std::size_t earlier = 0;
  while (earlier < n && !repeatable(earlier)) ++earlier;
  if (earlier >= n) return;
  std::string_view const anchor = content(earlier);
  for (std::size_t k = earlier + 1; k < n; ++k) {
    std::string_view const sv = content(k);
    if (sv.size() != anchor.size() || sv != anchor) continue;
    std::size_t run = 0;
    while (k + run < n && earlier + run < k && content(k + run) == content(earlier + run)) ++run;
    if (run < min_repeated_lines) continue;
    std::size_t const first_copy_end = text_lines[earlier + run - 1];
    for (std::size_t i = first_copy_end + 1; i < ctx.lines.size(); ++i) {
      if (!ctx.is_text(i)) continue;
      ctx.lines[i].kind = LineKind::noise;
      ctx.outline.noise.push_back({ctx.lines[i].no, std::string(grammar::trim_blanks(ctx.content(i)))});
    }
    std::sort(ctx.outline.noise.begin(), ctx.outline.noise.end(),
              [](NoiseLine const& a, NoiseLine const& b) { return a.line < b.line; });
    return;
  }
}

}  // namespace

void read_lines(Context& ctx) {
  std::string_view const text = ctx.text;
  std::size_t const n = ctx.doc.lines.line_count();
  ctx.lines.resize(n);
  std::vector<grammar::ByteRange> debris;
  for (std::size_t i = 0; i < n; ++i) {
    Line& l = ctx.lines[i];
    l.no = i + 1;
    l.begin = ctx.doc.lines.line_start(l.no);
    l.end = ctx.doc.lines.line_end(l.no);
    std::string_view const sv = text.substr(l.begin, l.end - l.begin);
    std::string_view const trimmed = grammar::trim_blanks(sv);
    if (trimmed.empty()) continue;
    if (grammar::is_noise_line(sv)) {
      l.kind = LineKind::noise;
      ctx.outline.noise.push_back({l.no, std::string(trimmed)});
      continue;
    }
    l.kind = LineKind::text;
    debris.clear();
    grammar::find_inline_debris(sv, debris);
    std::size_t c = grammar::leading_blanks(sv);
    for (auto const r : debris) {
      ctx.outline.debris.push_back({l.begin + r.begin, l.begin + r.end});
      if (r.begin <= c && r.end > c) c = r.end + grammar::leading_blanks(sv.substr(r.end));
    }
    l.content = l.begin + c;
    // Trailing debris (…工作总结##paidend##) is not part of a heading either.
    std::size_t ce = grammar::trim_blanks(sv).data() - sv.data() + grammar::trim_blanks(sv).size();
    for (auto it = debris.rbegin(); it != debris.rend() && it->end == ce && it->begin >= c; ++it) {
      std::string_view const before = grammar::trim_blanks(sv.substr(0, it->begin));
      ce = static_cast<std::size_t>(before.data() - sv.data()) + before.size();
    }
    l.content_end = l.begin + std::max(c, ce);
    if (l.content >= l.end) {  // nothing but debris after all
      l.kind = LineKind::noise;
      ctx.outline.noise.push_back({l.no, std::string(trimmed)});
      continue;
    }
    if (auto m = grammar::parse_line_marker(text.substr(l.content, l.end - l.content))) {
      m->begin += l.content;
      m->end += l.content;
      m->title_begin += l.content;
      l.marker = m;
    }
    detect_part_heading(ctx, l);
    l.heading_line = is_heading_line(ctx, l);
  }
  drop_repeated_page(ctx);
}

}  // namespace zongjie::build
