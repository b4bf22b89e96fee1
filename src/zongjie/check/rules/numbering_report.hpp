// What the duplicate and skip checks share: naming a level for people and
// the renumbering fix.
#pragma once

#include "zongjie/check/check.hpp"
#include "zongjie/check/rules/numbering_levels.hpp"

namespace zongjie::check::numbering {

/// The level as people call it (部分标题, 小节, 条目: "level.*" in rules.json).
std::string level_label(Catalog const& words, LevelKind k);
/// The renumbering fix of a level (safe), or none.
std::optional<Fix> renumber_fix(Catalog const& words, Level const& level, std::string_view text);
/// The hit for one problem: range of the marker, args marker/expected/level/previous.
Hit problem_hit(Catalog const& words, Level const& level, Problem const& p, std::string_view text);

}  // namespace zongjie::check::numbering
