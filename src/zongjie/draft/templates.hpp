// Section templates: for each part (preamble, summary, problems, plan,
// closing) a heading and a lead paragraph, and for each theme of the summary,
// problems and plan a section — heading pattern and body scaffold with slots
// ({年份}, {单位} …) and XX where figures are to be filled in.  The data lives
// in templates/sections/*.json (a user's copy overrides the built-in one);
// this is the one place that reads it and renders it in a heading style.
#pragma once

#include "zongjie/grammar/ast.hpp"
#include "zongjie/outline/markers.hpp"
#include "zongjie/outline/outline.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::draft {

/// A template file that cannot be used: names the file and what is wrong.
class TemplateError : public std::runtime_error {
 public:
  TemplateError(std::string const& source, std::string const& message) : std::runtime_error(source + "：" + message) {}
};

struct TemplateItem {
  std::string title;  ///< a short topic: 强化政治引领
  std::string body;   ///< what follows it, with slots and XX
};

struct SectionTemplate {
  /// "plan.党建" for a theme's section; the part's name ("plan") for the
  /// part's own heading and lead paragraph.
  std::string id;
  PartRole part = PartRole::summary;
  std::string theme;  ///< "" for a part template
  std::string title;  ///< section title, or the part heading; may be "" (preamble, closing)
  std::string lead;   ///< part template: the lead paragraph; section: text before the items (may be "")
  std::vector<TemplateItem> items;
  std::string source;  ///< the resource it came from, for messages

  bool is_part() const noexcept { return theme.empty(); }
};

/// Wording and defaults of `zongjie draft` (templates/sections/draft.json).
struct DraftWords {
  std::string title;                            ///< document title pattern
  std::string unit_placeholder;                 ///< XX乡
  std::vector<std::string> unit_suffixes;       ///< 乡, 镇, 街道: how a unit's name ends
  std::vector<std::string> not_unit_names;      ///< 城 (城乡), 全 (全镇) …: what before a suffix is no name
  std::vector<std::string> not_after_unit;      ///< 村 (乡村), 亲 (乡亲) …: the suffix is part of a word
  std::vector<std::string> unit_context_after;  ///< 党委, 人民政府 …: after a name, it is surely the unit
  std::string figure_placeholder;               ///< XX
  std::string year_placeholder;                 ///< XXXX
  std::string promise_body;                     ///< after each of last year's promises: 对照年初安排，XX…
  struct Defaults {
    std::string part_style;
    std::string section_style;
    std::string item_style;
    bool closing = true;
    std::vector<std::string> summary, problems, plan;  ///< themes, in order
  } defaults;
};

/// Values of the slots.  In a part, {年份} is the part's year: the year
/// summed up in the preamble, summary and problems, the year planned in the
/// plan and closing.
struct Slots {
  int report_year = 0;
  int plan_year = 0;
  std::string unit;
  std::string promise;  ///< {承诺}, for DraftWords::promise_body
};

/// How headings are numbered.  `part` may be absent (unnumbered part
/// headings); `item` absent means run-in topic sentences (强化政治引领。…).
struct HeadingStyle {
  std::optional<grammar::MarkerFamily> part;
  grammar::MarkerFamily section = grammar::MarkerFamily::cn_paren;
  std::optional<grammar::MarkerFamily> item;
};

class TemplateSet {
 public:
  /// Parses one templates/sections file; throws TemplateError naming `source`.
  void add_file(std::string_view json, std::string const& source);
  /// Parses draft.json; throws TemplateError naming `source`.
  void set_words(std::string_view json, std::string const& source);

  /// Every templates/sections/*.json (the user's copies where present),
  /// parsed once.  Throws TemplateError.
  static std::shared_ptr<TemplateSet const> standard();

  std::vector<SectionTemplate> const& all() const noexcept { return templates_; }
  SectionTemplate const* find(std::string_view id) const noexcept;
  SectionTemplate const* part_template(PartRole part) const noexcept;
  SectionTemplate const* section(PartRole part, std::string_view theme) const noexcept;
  /// Templates of a part (all parts when none) and theme ("" any): in the
  /// order of a report's parts (开头 → 总结 → 问题 → 计划 → 结尾), file order within one.
  std::vector<SectionTemplate const*> filter(std::optional<PartRole> part, std::string_view theme) const;
  /// Themes that have a section template in `part`, in file order.
  std::vector<std::string> themes(PartRole part) const;
  DraftWords const& words() const noexcept { return words_; }

 private:
  std::vector<SectionTemplate> templates_;
  DraftWords words_;
};

/// `pattern` with its slots filled; {年份} is the year of `part`.  Unknown
/// slots are left as written, so that a typo shows in the output.
std::string fill(std::string_view pattern, Slots const& slots, PartRole part);

/// The lines of one section: heading, then the lead and the items in the
/// item style (for 一是 sections, all on the heading's line).
std::vector<std::string> render_section(std::string_view title, std::string_view lead,
                                        std::vector<TemplateItem> const& items, HeadingStyle const& style, int ordinal);
/// A template filled in and rendered: the part heading and lead for a part
/// template (numbered `ordinal` in the part style), the section otherwise.
std::string render(SectionTemplate const& t, Slots const& slots, HeadingStyle const& style, int ordinal = 1);

/// "一、", "（一）", "一是", "1.", "（1）", "①", "第一部分", "第一、" → the family.
std::optional<grammar::MarkerFamily> family_from_style(std::string_view style);

}  // namespace zongjie::draft
