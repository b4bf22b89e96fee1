#include "zongjie/check/rules/year_mismatch.hpp"

#include "zongjie/check/rules/structure_util.hpp"
#include "zongjie/grammar/grammar.hpp"

namespace zongjie::check {

namespace {

using grammar::TitleKind;

int year_of(std::vector<grammar::TitleComponent> const& comps, TitleKind k) {
  for (auto const& c : comps)
    if (c.kind == k && c.year > 0) return c.year;
  return 0;
}

/// Byte range of the year `y` written in line `line` (the whole line when it is not found).
std::pair<std::size_t, std::size_t> year_range(Context const& ctx, std::size_t line, int y) {
  std::size_t const ls = ctx.doc.lines.line_start(line);
  std::size_t const le = ctx.doc.lines.line_end(line);
  std::vector<grammar::YearMention> ys;
  grammar::find_years(ctx.text().substr(ls, le - ls), ys);
  for (auto const& m : ys)
    if (m.year == y) return {ls + m.begin, ls + m.end};
  return {ls, le};
}

}  // namespace

void YearMismatchCheck::run(Context const& ctx, Sink& out) const {
  auto const& o = ctx.outline;
  int const title_summary = o.title ? year_of(o.title->components, TitleKind::summary) : 0;
  int const title_plan = o.title ? year_of(o.title->components, TitleKind::plan) : 0;
  auto const emit = [&](std::size_t line, int year, std::string_view key, MessageArgs args) {
    auto const [b, e] = year_range(ctx, line, year);
    Hit hit;
    hit.begin = b;
    hit.end = e;
    hit.message = key;
    hit.args = std::move(args);
    out.add(std::move(hit));
  };
  if (title_summary && title_plan && title_plan != title_summary + 1)
    emit(o.title->line, title_plan, "title",
         {{"summary", std::to_string(title_summary)}, {"plan", std::to_string(title_plan)}});

  int heading_summary = 0;
  std::size_t heading_summary_line = 0;
  for (auto const& p : o.parts) {
    if (!p.heading) continue;
    std::size_t const line = ctx.doc.lines.line_of(p.begin);
    int const ys = year_of(p.title, TitleKind::summary);
    int const yp = year_of(p.title, TitleKind::plan);
    if (ys && title_summary && ys != title_summary)
      emit(line, ys, "heading_title",
           {{"year", std::to_string(ys)},
            {"title_year", std::to_string(title_summary)},
            {"part", std::string(role_label(PartRole::summary))}});
    if (yp && title_plan && yp != title_plan)
      emit(line, yp, "heading_title",
           {{"year", std::to_string(yp)},
            {"title_year", std::to_string(title_plan)},
            {"part", std::string(role_label(PartRole::plan))}});
    if (ys && !heading_summary) {
      heading_summary = ys;
      heading_summary_line = line;
    }
    // Without a title to go by, the plan heading must follow the summary heading's year.
    if (yp && !title_plan && heading_summary && yp != heading_summary + 1)
      emit(line, yp, "headings",
           {{"summary", std::to_string(heading_summary)},
            {"plan", std::to_string(yp)},
            {"summary_line", std::to_string(heading_summary_line)}});
  }
}

}  // namespace zongjie::check
