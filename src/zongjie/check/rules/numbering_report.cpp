#include "zongjie/check/rules/numbering_report.hpp"

namespace zongjie::check::numbering {

std::string level_label(Catalog const& words, LevelKind k) {
  switch (k) {
    case LevelKind::part: return words.word("level.part");
    case LevelKind::section: return words.word("level.section");
    default: return words.word("level.item");
  }
}

namespace {
/// The marker's text as `edits` leave it.
std::string after_edits(WrittenMarker const& m, std::size_t offset, std::vector<Edit> const& edits) {
  std::string out;
  std::size_t pos = offset;
  for (auto const& e : edits) {
    if (e.begin < offset || e.end > offset + m.text.size()) continue;
    out += m.text.substr(pos - offset, e.begin - pos) + e.replacement;
    pos = e.end;
  }
  return out + m.text.substr(pos - offset);
}
}  // namespace

std::optional<Fix> renumber_fix(Catalog const& words, Level const& level, std::string_view text) {
  auto edits = renumber(level, text);
  if (!edits || edits->empty()) return std::nullopt;
  Fix fix;
  fix.edits = std::move(*edits);
  fix.safe = true;
  std::string sequence;
  for (std::size_t k = 0; k < level.markers.size() && k < 6; ++k) {
    auto const& n = level.markers[k];
    std::string const written = after_edits(*n.marker, n.offset, fix.edits);
    sequence += (k ? " " : "") + written;
  }
  if (level.markers.size() > 6) sequence += " …";
  fix.description = words.word("fix.renumber", {{"level", level_label(words, level.kind)}, {"markers", sequence}});
  return fix;
}

Hit problem_hit(Catalog const& words, Level const& level, Problem const& p, std::optional<Fix> const& fix) {
  auto const& n = level.markers[p.index];
  Hit hit;
  hit.begin = n.offset;
  hit.end = n.offset + n.marker->text.size();
  auto const expected = with_ordinal(*n.marker, p.expected);
  hit.args = {{"marker", n.marker->text},
              {"expected", expected ? *expected : std::to_string(p.expected)},
              {"level", level_label(words, level.kind)}};
  if (p.index > 0) hit.args.emplace_back("previous", level.markers[p.index - 1].marker->text);
  if (expected) hit.suggestion = *expected;
  hit.fix = fix;
  return hit;
}

}  // namespace zongjie::check::numbering
