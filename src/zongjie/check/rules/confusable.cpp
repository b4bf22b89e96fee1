#include "zongjie/check/rules/confusable.hpp"

namespace zongjie::check {

void ConfusableCheck::run(Context const& ctx, Sink& out) const {
  std::vector<ConfusableLexicon::Match> found;
  ctx.data.confusables->find(ctx.text(), found);
  auto const& entries = ctx.data.confusables->entries();
  for (auto const& m : found) {
    if (ctx.in_debris(m.begin, m.end)) continue;
    // A real name of the office that happens to hold the pair (a village 范围村).
    if (ctx.data.lexicon && ctx.data.lexicon->in_trusted_name(ctx.text(), m.begin, m.end)) continue;
    auto const& e = entries[m.entry];
    Hit hit;
    hit.begin = m.begin;
    hit.end = m.end;
    hit.message = "confusable";
    hit.args = {{"wrong", e.shown_wrong()}, {"right", e.shown_right()}};
    hit.suggestion = e.right;
    Fix fix;
    fix.edits.push_back({m.begin, m.end, e.right});
    if (m.tail_end > m.tail_begin && e.right_tail != e.wrong_tail)
      fix.edits.push_back({m.tail_begin, m.tail_end, e.right_tail});
    fix.safe = false;
    fix.description = ctx.data.catalog->word("fix.replace", {{"from", e.wrong}, {"to", e.right}});
    hit.fix = std::move(fix);
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
