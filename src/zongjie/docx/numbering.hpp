// Word's automatic numbering (numbering.xml) as plain data, and the counters
// that turn it into the markers Word shows (一、 （一） 1. …).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace zongjie::docx {

/// The number `value` as Word writes it in `num_fmt` (ST_NumberFormat:
/// decimal, chineseCounting, chineseCountingThousand, ideographTraditional,
/// decimalEnclosedCircle, upperRoman …).  "none" and "bullet" give "";
/// formats we do not know, and values a format cannot show, fall back to
/// decimal as Word does.
std::string format_number(std::int64_t value, std::string_view num_fmt);

inline constexpr int list_levels = 9;

/// One level of a list definition (w:lvl).
struct ListLevel {
  std::int64_t start = 1;
  std::string format = "decimal";  ///< w:numFmt
  std::string text;                ///< w:lvlText with %1…%9
  std::optional<int> restart;      ///< w:lvlRestart: 1-based level that restarts this one; 0 = never
  bool legal = false;              ///< w:isLgl: every number in decimal
  std::string suffix = "\t";       ///< w:suff: "\t", " " or ""
  std::string style;               ///< w:pStyle: paragraph style bound to this level
};

/// w:abstractNum.
struct AbstractList {
  std::array<ListLevel, list_levels> levels;
  std::string num_style_link;  ///< w:numStyleLink: the definition lives behind a numbering style
};

/// w:num: an instance of an abstract list, with its overrides.
struct ListInstance {
  std::string abstract_id;
  std::array<std::optional<std::int64_t>, list_levels> start_override;
  std::array<std::optional<ListLevel>, list_levels> level_override;
};

/// The lists of one document and the counters of a pass through it.
/// Paragraphs are fed in document order; counters are kept per abstract list
/// (instances of one definition continue each other), a startOverride restarts
/// at its instance's first paragraph, and deeper levels restart when a higher
/// one is used (w:lvlRestart can delay or forbid that).
class ListNumbering {
 public:
  std::map<std::string, AbstractList> abstracts;
  std::map<std::string, ListInstance> instances;
  /// Numbering style id → the w:numId in its w:pPr (resolves w:numStyleLink).
  std::map<std::string, std::string> style_lists;

  /// The marker Word shows on the next paragraph of list `num_id` at `level`
  /// (with the suffix: tab, space or nothing), "" for bullets, for unknown
  /// lists and for w:numId 0.  Advances the counters.
  std::string next(std::string const& num_id, int level);
  /// The level of list `num_id` bound to paragraph style `style_id`.
  std::optional<int> level_for_style(std::string const& num_id, std::string const& style_id) const;

 private:
  struct Counters {
    std::array<std::int64_t, list_levels> value{};
    std::array<bool, list_levels> active{};
  };
  struct Resolved {
    ListInstance const* instance = nullptr;
    AbstractList const* list = nullptr;
    std::string key;  ///< the abstract list whose counters are used
  };
  std::optional<Resolved> resolve(std::string const& num_id) const;
  static ListLevel const& level(Resolved const& r, int l);

  std::map<std::string, Counters> counters_;
  std::map<std::string, std::array<bool, list_levels>> overrides_used_;
};

}  // namespace zongjie::docx
