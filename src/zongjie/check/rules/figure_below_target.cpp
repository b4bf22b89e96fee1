#include "zongjie/check/rules/figure_below_target.hpp"

#include "zongjie/check/figures.hpp"
#include "zongjie/check/promises.hpp"
#include "zongjie/check/terms.hpp"
#include "zongjie/check/text_scan.hpp"

#include <filesystem>

namespace zongjie::check {

namespace {
/// Characters of name and object two figures must share to be one indicator.
constexpr std::size_t same_indicator = 4;

}  // namespace

void FigureBelowTargetCheck::run(Context const& ctx, Sink& out) const {
  if (!ctx.previous || ctx.previous->targets().empty()) return;
  FigureTable const& table = *ctx.data.figures;
  std::string_view const text = ctx.text();
  std::vector<Figure> reported;
  std::vector<Figure> found;
  for (auto const& part : ctx.outline.parts) {
    if (part.role != PartRole::summary && part.role != PartRole::preamble) continue;
    if (part.end > part.begin && part.end - part.begin > max_part_bytes) continue;
    find_figures(table, text, part.begin, part.end, found);
    for (auto& f : found)
      if (!ctx.in_debris(f.begin, f.end)) reported.push_back(std::move(f));
  }
  if (reported.empty()) return;
  std::string const file = std::filesystem::path(ctx.previous->path()).filename().string();
  for (auto const& target : ctx.previous->targets()) {
    if (target.ceiling || target.forecast) continue;
    Figure const& t = target.figure;
    Figure const* best = nullptr;
    std::size_t best_score = 0;
    bool met = false;
    for (auto const& r : reported) {
      if (r.base != t.base) continue;
      std::size_t const score = indicator_likeness(t, r);
      if (score < same_indicator) continue;
      if (r.value >= t.value * (1 - 1e-9)) {
        met = true;
        break;
      }
      if (score > best_score) best = &r, best_score = score;
    }
    if (met || !best) continue;
    // A reason in the figure's sentence or the next one.
    std::size_t const sb = sentence_begin_near(text, best->begin);
    std::size_t se = sentence_end_near(text, best->end);
    if (se < text.size()) se = sentence_end_near(text, se + (text[se] == '\n' ? 1 : 0));
    if (table.contains(FigureTable::Cue::reason, text.substr(sb, se - sb))) continue;
    Hit hit;
    hit.begin = best->begin;
    hit.end = best->end;
    hit.message = "below";
    hit.args = {{"reported", best->shown},
                {"target", t.shown},
                {"file", file},
                {"line", std::to_string(target.line)},
                {"indicator", [&] {
                   std::string s;
                   for (char32_t c : t.name) utf8::append(s, c);
                   return s;
                 }()}};
    hit.subject = t.shown + "｜" + best->shown;
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
