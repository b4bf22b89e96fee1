#include "zongjie/check/rules/structure_util.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <algorithm>

namespace zongjie::check::structure {

std::vector<PartRole> usual_order(StandardOutline const& model) {
  if (!model.order.empty()) return model.order;
  return {PartRole::preamble, PartRole::summary, PartRole::problems, PartRole::plan, PartRole::closing};
}

std::size_t rank(std::vector<PartRole> const& order, PartRole role) {
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), role) - order.begin());
}

std::pair<std::size_t, std::size_t> first_line(Context const& ctx, Part const& part) {
  std::size_t const line = ctx.doc.lines.line_of(part.begin);
  return {part.begin, std::max(part.begin, ctx.doc.lines.line_end(line))};
}

std::pair<std::size_t, std::size_t> expected_place(Context const& ctx, PartRole role) {
  auto const order = usual_order(ctx.model);
  std::size_t const r = rank(order, role);
  for (auto const& p : ctx.outline.parts)
    if (p.role != PartRole::preamble && rank(order, p.role) > r) return first_line(ctx, p);
  // Nothing usually follows it here: the last line with text.
  std::size_t line = ctx.doc.lines.line_count();
  while (line > 1 && grammar::trim_blanks(ctx.doc.line(line)).empty()) --line;
  return {ctx.doc.lines.line_start(line), ctx.doc.lines.line_end(line)};
}

std::optional<PartRole> section_names_part(Section const& s) {
  auto const title = grammar::match_part_title(s.title);
  if (!title || title->components.empty()) return std::nullopt;
  switch (title->components.front().kind) {
    case grammar::TitleKind::problems: return PartRole::problems;
    case grammar::TitleKind::plan: return PartRole::plan;
    case grammar::TitleKind::summary: return PartRole::summary;
    default: return std::nullopt;
  }
}

bool has_text(Context const& ctx, std::size_t begin, std::size_t end) {
  std::string_view const text = ctx.text();
  end = std::min(end, text.size());
  for (std::size_t i = begin; i < end;) {
    if (text[i] == '\n' || text[i] == '\r') {
      ++i;
      continue;
    }
    if (std::size_t const b = grammar::blank_at(text, i)) {
      i += b;
      continue;
    }
    if (ctx.in_debris(i, i + 1)) {
      // Skip to the end of this debris range.
      auto it = std::upper_bound(ctx.not_text.begin(), ctx.not_text.end(), i,
                                 [](std::size_t b, grammar::ByteRange const& r) { return b < r.begin; });
      i = it == ctx.not_text.begin() ? i + 1 : std::max(i + 1, std::prev(it)->end);
      continue;
    }
    return true;
  }
  return false;
}

}  // namespace zongjie::check::structure
