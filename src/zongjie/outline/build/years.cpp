// Phase 6: the report year and the plan year, and each section's theme.
//
// Years come from what names them, in this order: the title's part words
// (2023年工作总结), the part headings (二、2024年工作安排), a year the title
// gives without part words (东山镇2023年工作报告), and last the year the
// summary talks about most.  The title block's dateline (——2024年1月…会议上)
// is never read: the parts start after it.
#include "zongjie/outline/build/context.hpp"
#include "zongjie/outline/themes.hpp"

#include <map>

namespace zongjie::build {

void find_years(Context& ctx) {
  Outline& out = ctx.outline;
  auto take = [](std::optional<int>& slot, int year) {
    if (!slot && year > 0) slot = year;
  };
  if (out.title)
    for (auto const& c : out.title->components) {
      if (c.kind == grammar::TitleKind::plan) take(out.plan_year, c.year);
      else if (c.kind == grammar::TitleKind::summary) take(out.report_year, c.year);
    }
  for (auto const& part : out.parts)
    for (auto const& c : part.title) {
      if (part.role == PartRole::summary && c.kind == grammar::TitleKind::summary) take(out.report_year, c.year);
      if (c.kind == grammar::TitleKind::plan) take(out.plan_year, c.year);
    }
  if (out.title && !out.report_year && !out.plan_year) {
    for (auto const& c : out.title->components)
      if (c.kind == grammar::TitleKind::report) take(out.report_year, c.year);
    if (!out.report_year) {
      // 东山镇2023年工作报告: a title with a year but no part words around it.
      std::vector<grammar::YearMention> ys;
      grammar::find_years(out.title->text, ys);
      if (!ys.empty()) out.report_year = ys.front().year;
    }
  }
  if (!out.report_year && !out.plan_year && ctx.dateline_year > 0 && ctx.dateline_month > 0) {
    // A report given early in the year (——2026年1月12日…) sums up the year
    // before; one given at the year's end sums up its own year.
    out.report_year = ctx.dateline_month <= 6 ? ctx.dateline_year - 1 : ctx.dateline_year;
  }
  if (!out.report_year && !out.plan_year) {
    // From the text: the year the summary talks about most (the later one on a tie).
    std::map<int, int> counts;
    std::vector<grammar::YearMention> ys;
    for (auto const& part : out.parts) {
      if (part.role != PartRole::preamble && part.role != PartRole::summary) continue;
      ys.clear();
      grammar::find_years(ctx.text.substr(part.begin, part.end - part.begin), ys);
      for (auto const& y : ys) ++counts[y.year];
    }
    if (counts.empty() && !out.parts.empty()) {
      // The body only: the title block's dateline is when, not what.
      ys.clear();
      grammar::find_years(ctx.text.substr(out.parts.front().begin), ys);
      for (auto const& y : ys) ++counts[y.year];
    }
    int best = 0, best_n = 0;
    for (auto const& [year, n] : counts)
      if (n >= best_n) {
        best = year;
        best_n = n;
      }
    if (best > 0) out.report_year = best;
  }
  if (out.report_year && !out.plan_year) out.plan_year = *out.report_year + 1;
  if (out.plan_year && !out.report_year) out.report_year = *out.plan_year - 1;
}

void assign_themes(Context& ctx) {
  if (!ctx.options.themes) return;
  std::string_view const text = ctx.text;
  for (auto& part : ctx.outline.parts)
    for (auto& s : part.sections) {
      // The title and the opening of the body name a section's topic; a
      // long body goes on to details (and to other topics in passing), so
      // only its first 2,400 bytes (800 Chinese characters) are read.
      constexpr std::size_t body_reach = 2400;
      std::size_t const end = std::min(s.end, s.body_begin + body_reach);
      std::size_t cut = end;
      while (cut > s.body_begin && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      s.theme =
          std::string(ctx.options.themes->classify(s.title, text.substr(s.body_begin,
                                                                        cut > s.body_begin ? cut - s.body_begin : 0)));
    }
}

}  // namespace zongjie::build
