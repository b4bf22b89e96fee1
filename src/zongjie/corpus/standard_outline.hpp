// The standard outline: what reports of the corpus usually look like, learned
// from many outlines (share of documents having each part, typical order,
// section counts, numbering styles per level, themes per part).
#pragma once

#include "zongjie/outline/outline.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace zongjie {

/// Style names used for levels without a marker.
inline constexpr std::string_view style_unnumbered = "unnumbered";  ///< a part heading line without a number
inline constexpr std::string_view style_run_in = "run-in";          ///< run-in topic sentences as items

/// What users call an outline level ("part", "section", "item"): 部分标题,
/// 小节, 条目 (templates/labels.json, group "level").
std::string_view level_label(std::string_view level) noexcept;
/// A marker style as users read it: the style itself ("（一）"), or 无编号
/// and 段首主题句 for style_unnumbered and style_run_in (group "marker_style").
std::string_view marker_style_label(std::string_view style) noexcept;

/// What the learner keeps of one outline.
struct DocSummary {
  struct PartSummary {
    PartRole role = PartRole::preamble;
    std::string heading_style;                ///< style name, style_unnumbered, or "" without a heading
    std::string section_style;                ///< "" without sections
    std::string item_style;                   ///< most common item style in the part, "" without items
    std::vector<std::string> section_themes;  ///< per section, "" where none
  };
  std::vector<PartSummary> parts;
};

DocSummary summarize(Outline const& outline);

struct StandardOutline {
  struct PartStat {
    PartRole role = PartRole::preamble;
    std::size_t documents = 0;
    double share = 0;          ///< of all documents
    double position = 0;       ///< mean relative position among a document's parts, 0 (first) … 1 (last)
    double headed_share = 0;   ///< of the documents having the part, how many give it a heading
    double sections_mean = 0;  ///< over the documents having the part
    int sections_min = 0;
    int sections_max = 0;
  };
  struct ThemeStat {
    PartRole part = PartRole::summary;
    std::string theme;
    std::size_t documents = 0;
    double share = 0;     ///< of all documents
    double position = 0;  ///< mean relative position among the part's sections, 0 … 1
  };
  struct StyleStat {
    std::string level;         ///< "part", "section", "item"
    std::string marker_style;  ///< "一、", "（一）", "一是", "1.", … or unnumbered / run-in
    std::size_t documents = 0;
    double share = 0;  ///< of the documents that have that level at all
  };
  struct OrderStat {
    std::vector<PartRole> roles;
    std::size_t documents = 0;
    double share = 0;
  };

  std::size_t documents = 0;
  std::vector<PartStat> parts;    ///< in the usual order
  std::vector<PartRole> order;    ///< the usual order of the parts that at least one document has
  std::vector<OrderStat> orders;  ///< most common part sequences, at most five
  std::vector<ThemeStat> themes;  ///< by part in usual order, then by share
  std::vector<StyleStat> styles;  ///< by level, then by share

  PartStat const* part(PartRole r) const noexcept;
  /// Themes of a part, most common first.
  std::vector<ThemeStat const*> themes_of(PartRole r) const;
  /// Most common marker style of a level ("part", "section", "item"), or "".
  std::string usual_style(std::string_view level) const;
};

/// Accumulates summaries; cheap to feed one document at a time.
class StandardOutlineBuilder {
 public:
  void add(DocSummary const& doc);
  StandardOutline finish() const;
  std::size_t documents() const noexcept { return docs_.size(); }

 private:
  std::vector<DocSummary> docs_;
};

nlohmann::ordered_json to_json(StandardOutline const& s);
/// Throws std::runtime_error on a malformed model.
StandardOutline standard_outline_from_json(nlohmann::json const& j);
/// The standard outline built into the program (templates/standard_outline.json,
/// or the user's copy of it): what checks and drafts go by without a corpus.
/// Throws std::runtime_error naming the file when it cannot be read.
StandardOutline builtin_standard_outline();
/// For people, in Chinese.
std::string to_text(StandardOutline const& s);

}  // namespace zongjie
