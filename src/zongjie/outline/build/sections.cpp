// Phase 4: sections, the first numbered level of each part.  Levels are the
// document's own: within a part, the highest family of line-start numbering
// (by the conventional order 第一部分 > 第一、 > 一、 > （一） > 1. > （1）, of
// the families actually used there); 一是 only when nothing else is numbered,
// at line starts and inside the text alike.  Numbering restarts in each part.
#include "zongjie/outline/build/context.hpp"

#include <algorithm>
#include <array>

namespace zongjie::build {

namespace {

using grammar::MarkerFamily;

Section line_section(Context const& ctx, Line const& l) {
  Section s;
  s.offset = l.marker->begin;
  s.marker = ctx.written(l.marker->marker, l.marker->begin, l.marker->end);
  std::size_t const title_end = ctx.first_full_stop(l.marker->title_begin, l.end);
  s.title = ctx.clean(l.marker->title_begin, title_end);
  s.body_begin = title_end < l.end ? title_end + 3 : l.end;
  return s;
}

}  // namespace

void find_sections(Context& ctx, Part& part, std::size_t first, std::size_t limit, std::size_t body_begin,
                   bool headed) {
  auto const& lines = ctx.lines;
  std::size_t const from = headed ? first + 1 : first;
  // Lines numbered like the part headings that go on from the part's own
  // number (四、保障措施 after 二、2024年工作计划, whose sections are （一）…)
  // are its siblings, not its sections.  Where the part has no other level
  // below it (二、2009年工作安排 then 三、…八、), they are its sections.
  std::array<int, grammar::marker_family_count> count{};
  for (std::size_t i = from; i < limit; ++i)
    if (ctx.is_text(i) && lines[i].marker) ++count[static_cast<std::size_t>(lines[i].marker->marker.family)];
  std::optional<MarkerFamily> sibling;
  if (part.marker) {
    auto const own = static_cast<std::size_t>(part.marker->marker.family);
    bool const other_level = std::any_of(count.begin(), count.end(), [&](int c) { return c > 0; }) &&
                             std::count_if(count.begin(), count.end(), [](int c) { return c > 0; }) -
                                     (count[own] > 0 ? 1 : 0) -
                                     (count[static_cast<std::size_t>(MarkerFamily::cn_shi)] > 0 ? 1 : 0) >
                                 0;
    for (std::size_t i = from; i < limit; ++i) {
      if (!ctx.is_text(i) || !lines[i].marker || lines[i].marker->marker.family != part.marker->marker.family) continue;
      if (lines[i].marker->marker.ordinal > part.marker->marker.ordinal && other_level)
        sibling = part.marker->marker.family;
      break;
    }
  }
  if (sibling) count[static_cast<std::size_t>(*sibling)] = 0;
  std::optional<MarkerFamily> family;
  for (std::size_t f = 0; f < count.size(); ++f) {
    if (count[f] == 0) continue;
    auto const fam = static_cast<MarkerFamily>(f);
    if (fam == MarkerFamily::cn_shi) continue;
    if (!family || grammar::conventional_rank(fam) < grammar::conventional_rank(*family)) family = fam;
  }
  if (!family && count[static_cast<std::size_t>(MarkerFamily::cn_shi)] > 0) family = MarkerFamily::cn_shi;

  if (family && *family != MarkerFamily::cn_shi) {
    for (std::size_t i = from; i < limit; ++i) {
      if (!ctx.is_text(i) || !lines[i].marker || lines[i].marker->marker.family != *family) continue;
      part.sections.push_back(line_section(ctx, lines[i]));
    }
  } else {
    // 一是 sections, at line starts and inside the text alike
    // (一是…；二是…, 主要表现在：一是…).
    auto markers = inline_shi_markers(ctx, body_begin, part.end);
    // 一是… opening lines of their own are the level; an 二是 inside one of
    // those paragraphs is a list deeper down.
    auto const at_line_start = [&](ShiMarker const& m) {
      return lines[ctx.doc.lines.line_of(m.offset) - 1].content == m.offset;
    };
    if (std::count_if(markers.begin(), markers.end(), at_line_start) >= 2)
      std::erase_if(markers, [&](ShiMarker const& m) { return !at_line_start(m); });
    for (auto const& m : markers) {
      Section s;
      s.offset = m.offset;
      s.inline_marker = lines[ctx.doc.lines.line_of(m.offset) - 1].content != m.offset;
      s.marker = ctx.written(m.marker, m.offset, m.offset + m.length);
      s.title = ctx.clean(m.offset + m.length, m.title_end);
      s.body_begin = m.title_end;
      part.sections.push_back(std::move(s));
    }
  }
  for (auto& s : part.sections) {
    auto const pos = ctx.position(s.offset);
    s.line = pos.line;
    s.column = pos.column;
  }
  for (std::size_t k = 0; k < part.sections.size(); ++k) {
    Section& s = part.sections[k];
    if (k + 1 == part.sections.size()) s.end = part.end;
    else if (part.sections[k + 1].inline_marker) s.end = part.sections[k + 1].offset;
    else s.end = lines[part.sections[k + 1].line - 1].begin;
    s.end_line = std::max(s.line, ctx.doc.lines.line_of(s.end > 0 ? s.end - 1 : 0));
  }
}

}  // namespace zongjie::build
