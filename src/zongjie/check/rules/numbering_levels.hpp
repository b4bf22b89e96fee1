// The numbered levels of a report, shared by the numbering checks: part
// headings, the sections of each part, the items of each section; each level
// a sequence of markers of one family, split into runs where an item list
// starts again at one.  Also the edits that renumber a level or change a
// marker's punctuation.
#pragma once

#include "zongjie/check/finding.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check::numbering {

enum class LevelKind : std::uint8_t { part, section, item };

struct Numbered {
  std::size_t offset = 0;  ///< byte offset of the marker
  WrittenMarker const* marker = nullptr;
  bool inline_marker = false;  ///< 一是 inside a paragraph
};

struct Level {
  LevelKind kind = LevelKind::section;
  grammar::MarkerFamily family{};
  std::vector<Numbered> markers;  ///< in text order
  /// Indices k where a heading the outline did not place at or above this
  /// level (a line starting with a higher marker, an unnumbered part title)
  /// stands between markers[k-1] and markers[k]: the numbering may start
  /// again there.
  std::vector<std::size_t> breaks;
  /// The outline's reading of this level is sure: the family is the first
  /// one used at this level in its part (or section), no heading the
  /// outline left out stands between its markers, every line starting
  /// with a marker of this family between its first and last marker is one
  /// of them, and (for sections and parts) the numbering does not start again
  /// at one.  Only then is a duplicate an error and a renumbering offered.
  bool certain = true;
  /// Per marker: the nearest line-start marker of the same family before it
  /// in the whole document (any level, or none the outline knows) has the
  /// ordinal just below — the marker continues a sequence found elsewhere
  /// (四、 typed after the parts 一、二、三、), so the outline may have put it
  /// on the wrong level.
  std::vector<bool> continues_elsewhere;
};

/// Every numbered level of `outline` (built from `doc`).
std::vector<Level> levels(Outline const& outline, text::Document const& doc);

/// What is wrong with one marker of a level.
struct Problem {
  enum class Kind : std::uint8_t { duplicate, skip, start } kind = Kind::duplicate;
  std::size_t index = 0;  ///< into Level::markers
  int expected = 0;       ///< the ordinal it should have
};

/// Duplicates (一二三三), gaps (一二四) and sequences not starting at one.
/// Any level may start again at one (a new item list; sections or parts
/// after a heading the outline missed, which makes the level unsure); after a
/// break (Level::breaks) a level may also carry on.  A gap or a start at a
/// marker that continues a sequence elsewhere is not reported (the outline is
/// unsure of its level).
std::vector<Problem> problems(Level const& level);

/// Edits that renumber the level 1, 2, 3 … (per run), or none when a marker
/// cannot be rewritten (an ordinal beyond what its style can write), the
/// level is not certain, or a marker to rewrite continues a sequence found
/// elsewhere: when in doubt, no fix.
std::optional<std::vector<Edit>> renumber(Level const& level, std::string_view text);

/// The marker rewritten with `punct` (（一） for (一), 1. for 1、), or none
/// when the family has no such form.
std::optional<std::string> restyle(WrittenMarker const& marker, grammar::MarkerPunct punct);

/// The smallest edits that turn marker text `from` (at byte `offset`) into
/// `to`: the opening mark, the number and the closing mark each on their own,
/// so that a fix of the number and a fix of a half-width parenthesis on the
/// same marker never overlap.
std::vector<Edit> marker_edits(std::string_view from, std::string_view to, std::size_t offset);

/// The marker's ordinal written as its style writes it (二 for 2 in 二、, ② …).
std::optional<std::string> with_ordinal(WrittenMarker const& marker, int ordinal);

/// Full-width punctuation: （一） 一、 1．  (the form official documents use).
bool full_width(grammar::MarkerPunct p) noexcept;

}  // namespace zongjie::check::numbering
