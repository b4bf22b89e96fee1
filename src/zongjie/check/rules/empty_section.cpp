#include "zongjie/check/rules/empty_section.hpp"

#include "zongjie/check/rules/structure_util.hpp"

namespace zongjie::check {

void EmptySectionCheck::run(Context const& ctx, Sink& out) const {
  for (auto const& part : ctx.outline.parts) {
    if (part.heading && part.sections.empty()) {
      auto const [hb, he] = structure::first_line(ctx, part);
      if (!structure::has_text(ctx, he, part.end)) {
        Hit hit;
        hit.begin = hb;
        hit.end = he;
        hit.message = "part";
        hit.args = {{"heading", *part.heading}};
        out.add(std::move(hit));
      }
      continue;
    }
    auto const has_body = [&](Section const& s) {
      return !s.items.empty() || structure::has_text(ctx, s.body_begin, s.end);
    };
    bool any_body = false;
    for (auto const& s : part.sections) any_body = any_body || has_body(s);
    if (!any_body) continue;  // a list of one-line tasks, not headings with bodies
    for (auto const& s : part.sections) {
      if (s.inline_marker || has_body(s) || text::count_chars(s.title) > max_heading_chars) continue;
      std::size_t const line_end = ctx.doc.lines.line_end(s.line);
      Hit hit;
      hit.begin = s.offset;
      hit.end = std::max(s.offset, line_end);
      hit.message = "section";
      hit.args = {{"heading", s.marker.text + s.title}};
      out.add(std::move(hit));
    }
  }
}

}  // namespace zongjie::check
