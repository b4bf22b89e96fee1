// What the duplicate and skip checks share: naming a level for people and
// the renumbering fix.
#pragma once

#include "zongjie/check/check.hpp"
#include "zongjie/check/rules/numbering_levels.hpp"

#include <optional>
#include <vector>

namespace zongjie::check::numbering {

/// The level as people call it (部分标题, 小节, 条目: "level.*" in rules.json).
std::string level_label(Catalog const& words, LevelKind k);
/// The renumbering fix of a level (safe), or none.
std::optional<Fix> renumber_fix(Catalog const& words, Level const& level, std::string_view text);
/// The hit for one problem: range of the marker, args marker/expected/level/previous,
/// and `fix` (the level's renumber_fix, made once per level by the caller).
Hit problem_hit(Catalog const& words, Level const& level, Problem const& p, std::optional<Fix> const& fix);

/// How many findings of one level carry the level's renumbering fix: each
/// would apply the same edits, and a pasted list of thousands of markers
/// must not copy them thousands of times (the first finding fixes them all).
inline constexpr std::size_t max_fixes_per_level = 32;

/// Reports the problems of every numbered level for which `wanted(problem)`
/// holds, with `message(problem, level)` as the message key.
template <typename Wanted, typename Message>
void report_problems(Context const& ctx, Sink& out, Wanted wanted, Message message) {
  for (auto const& level : levels(ctx.outline, ctx.doc)) {
    std::vector<Problem> found = problems(level);
    std::erase_if(found, [&](Problem const& p) { return !wanted(p); });
    if (found.empty()) continue;
    std::optional<Fix> const fix = renumber_fix(*ctx.data.catalog, level, ctx.text());
    for (std::size_t k = 0; k < found.size(); ++k) {
      Hit hit = problem_hit(*ctx.data.catalog, level, found[k], k < max_fixes_per_level ? fix : std::nullopt);
      hit.message = message(found[k], level);
      out.add(std::move(hit));
    }
  }
}

}  // namespace zongjie::check::numbering
