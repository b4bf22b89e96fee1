#include "zongjie/check/rules/promise_unreported.hpp"

#include "zongjie/check/promises.hpp"
#include "zongjie/check/rules/structure_util.hpp"
#include "zongjie/check/text_scan.hpp"

namespace zongjie::check {

namespace {
constexpr std::size_t shown_chars = 30;

std::string shown(std::string const& title) {
  if (text::count_chars(title) <= shown_chars) return title;
  std::size_t bytes = 0;
  for (std::size_t n = 0; n < shown_chars && bytes < title.size(); ++n)
    bytes += std::max<std::size_t>(utf8::decode(title, bytes).length, 1);
  return title.substr(0, bytes) + "…";
}
}  // namespace

void PromiseCheck::run(Context const& ctx, Sink& out) const {
  if (!ctx.previous || ctx.previous->promises().empty()) return;
  auto const& promises = ctx.previous->promises();
  auto const reported = ctx.previous->reported(ctx.doc, ctx.outline, ctx.data);
  // Where the report on last year's plan belongs: this year's summary.
  std::pair<std::size_t, std::size_t> place{0, ctx.doc.lines.line_end(1)};
  if (Part const* s = ctx.outline.find_part(PartRole::summary)) place = structure::first_line(ctx, *s);
  else if (!ctx.outline.parts.empty()) place = structure::first_line(ctx, ctx.outline.parts.front());
  for (std::size_t i = 0; i < promises.size(); ++i) {
    Promise const& p = promises[i];
    if (reported[i]) continue;
    // Items of a section that is not reported at all are covered by its finding.
    if (p.item && p.section >= 0 && !reported[static_cast<std::size_t>(p.section)]) continue;
    Hit hit;
    hit.begin = place.first;
    hit.end = place.second;
    hit.message = p.item ? "item" : "section";
    hit.args = {{"promise", shown(p.title)}, {"file", ctx.previous->path()}, {"line", std::to_string(p.line)}};
    if (p.item && p.section >= 0)
      hit.args.emplace_back("section", shown(promises[static_cast<std::size_t>(p.section)].title));
    hit.subject = "promise:" + scan::normalise(p.title);
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
