#include "zongjie/check/rules/numbering_mixed_style.hpp"

#include "zongjie/check/rules/numbering_report.hpp"

#include <map>

namespace zongjie::check {

using grammar::MarkerPunct;

void NumberingMixedStyleCheck::run(Context const& ctx, Sink& out) const {
  // One style per level kind and family across the report: the summary's
  // （一） and the plan's (一) are the same level written two ways.
  std::map<std::pair<numbering::LevelKind, grammar::MarkerFamily>, std::vector<numbering::Numbered>> groups;
  for (auto const& level : numbering::levels(ctx.outline, ctx.doc))
    for (auto const& n : level.markers) groups[{level.kind, level.family}].push_back(n);
  for (auto const& [key, markers] : groups) {
    std::map<MarkerPunct, std::size_t> count;
    std::vector<MarkerPunct> first_seen;
    for (auto const& n : markers)
      if (count[n.marker->marker.punct]++ == 0) first_seen.push_back(n.marker->marker.punct);
    if (count.size() < 2) continue;
    // The majority; a tie goes to full width (what official documents use),
    // then to the form written first.  （一) is never the model.
    MarkerPunct best = first_seen.front();
    bool have = false;
    for (MarkerPunct p : first_seen) {
      if (p == MarkerPunct::paren_mixed) continue;
      if (!have || count[p] > count[best] ||
          (count[p] == count[best] && numbering::full_width(p) && !numbering::full_width(best))) {
        best = p;
        have = true;
      }
    }
    if (!have) best = MarkerPunct::paren_full;
    // The written form of the majority, for the message.
    std::string model;
    for (auto const& n : markers)
      if (n.marker->marker.punct == best) {
        model = n.marker->text;
        break;
      }
    for (auto const& n : markers) {
      if (n.marker->marker.punct == best) continue;
      auto const restyled = numbering::restyle(*n.marker, best);
      if (model.empty() && restyled) model = *restyled;
      Hit hit;
      hit.begin = n.offset;
      hit.end = n.offset + n.marker->text.size();
      hit.message = "mixed";
      hit.args = {{"marker", n.marker->text},
                  {"usual", model},
                  {"level", numbering::level_label(*ctx.data.catalog, key.first)}};
      if (restyled) {
        hit.suggestion = *restyled;
        Fix fix;
        fix.edits = numbering::marker_edits(n.marker->text, *restyled, n.offset);
        fix.safe = true;
        fix.description = ctx.data.catalog->word("fix.replace", {{"from", n.marker->text}, {"to", *restyled}});
        hit.fix = std::move(fix);
      }
      out.add(std::move(hit));
    }
  }
}

}  // namespace zongjie::check
