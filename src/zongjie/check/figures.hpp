// Figures in report text — a number with its unit (新建5个, 1000亩, 8%,
// 2.3亿元) and the words around it that name the indicator — for
// figure.below-target and figure.inconsistent.  Units and cue words are in
// templates/check/figures.tsv.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

class FigureTable {
 public:
  struct Unit {
    std::string word;
    std::string base;  ///< the unit it is counted in (万元 → 元)
    double factor = 1;
  };
  enum class Cue : std::uint8_t { reason, filler, change, partial, ceiling, lead, action, forecast };
  static constexpr int cue_count = 8;

  /// Parses the figures.tsv format; throws util::DataError naming `source` and the line.
  static FigureTable parse(std::string_view tsv, std::string const& source);

  /// The longest unit `s` starts with, or nullptr.
  Unit const* unit_at(std::string_view s) const noexcept;
  std::vector<std::string> const& cues(Cue c) const noexcept { return cues_[static_cast<std::size_t>(c)]; }
  bool contains(Cue c, std::string_view s) const noexcept;
  /// Bytes of the longest word of `c` that `s` starts with (0 when none).
  std::size_t prefix(Cue c, std::string_view s) const noexcept;
  /// Bytes of the longest word of `c` that `s` ends with (0 when none).
  std::size_t suffix(Cue c, std::string_view s) const noexcept;

 private:
  std::vector<Unit> units_;  ///< longest first
  std::array<std::vector<std::string>, cue_count> cues_;
};

struct Figure {
  std::size_t begin = 0;              ///< bytes: the number …
  std::size_t end = 0;                ///< … through its unit
  double value = 0;                   ///< in the base unit
  double step = 1;                    ///< the last written digit's place, in the base unit (0.1亿元 for 32.5亿元)
  std::string base;                   ///< base unit (元, 亩, %, 个 …)
  std::string shown;                  ///< as written: 2.3亿元
  std::u32string name;                ///< Han characters just before the number (fillers dropped), at most 8
  std::u32string object;              ///< Han characters just after the unit, at most 6
  bool name_at_clause_start = false;  ///< nothing but the name between the number and the last mark
};

/// The figures in text[from, to), in order.  A number counts when a unit of
/// the table follows it (after an optional 万 or 亿); years (2024年), dates,
/// ranges (5-8个) and ordinals (第3个) are not figures.
void find_figures(FigureTable const& table, std::string_view text, std::size_t from, std::size_t to,
                  std::vector<Figure>& out);

/// How many characters two figures' names share at their ends plus their
/// objects share at their starts: the same indicator scores 4 or more.
std::size_t indicator_likeness(Figure const& a, Figure const& b) noexcept;

}  // namespace zongjie::check
