// The new cycle's draft (zongjie draft): next year's report started from last
// year's, without retyping its skeleton.
//
//   title and preamble   last year's, years moved on, figures made XX
//   summary              last year's plan sections in order, each listing
//                        last year's promised items as prompts to report on
//   problems             heading, lead and themed sections from the templates
//   plan                 the themes the corpus usually plans for (the standard
//                        outline), in the usual order, from the templates
//   closing              when the corpus usually has one
//
// Years: the draft sums up `report_year` and plans `report_year + 1`; no year
// copied from last year's text contradicts them (moved on, or replaced by the
// year placeholder).  Headings are numbered in the corpus's usual styles.
#pragma once

#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/draft/templates.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace zongjie::draft {

/// Last year's report, read and outlined (with themes).
struct LastYear {
  text::Document const& doc;
  Outline const& outline;
};

struct DraftOptions {
  std::optional<int> year;  ///< the year the draft sums up; default: last year's + 1
  std::string
      place;  ///< the unit (东山镇); default: from last year's title, else the unit its text names most, else a placeholder
  /// Section numbering; default: the corpus's usual style.
  std::optional<grammar::MarkerFamily> section_style;
};

struct Draft {
  std::string text;  ///< UTF-8, '\n' line ends
  int report_year = 0;
  int plan_year = 0;
  HeadingStyle style;
  std::vector<std::string> plan_themes;  ///< themes of the plan part, in order
  std::vector<std::string> notes;        ///< for the user: what could not be taken over and why
};

/// The standard outline the defaults of draft.json describe (every part, the
/// listed themes in their order, the default styles).
StandardOutline model_from_defaults(TemplateSet const& templates);

/// Heading styles from the standard outline's usual ones (else the defaults),
/// made consistent: parts numbered above sections (or not numbered), items
/// below them, none under 一是 sections.  `section` overrides the section style.
HeadingStyle heading_style(StandardOutline const& model, DraftWords::Defaults const& defaults,
                           std::optional<grammar::MarkerFamily> section = std::nullopt);

/// Makes the draft.  `last` may be null (the skeleton from the standard
/// outline and the templates alone).  `current_year` is the default year
/// without --year and without last year's report.
Draft make_draft(StandardOutline const& model, TemplateSet const& templates, LastYear const* last,
                 DraftOptions const& options, int current_year);

/// The year a report written now most likely sums up: this calendar year, or
/// last year in January and February (reports are written around new year).
int default_report_year();

/// `text` with every year moved by `delta` (2023年 → 2024年, 二〇二三年 →
/// 二〇二四年, both years of 2021—2023年) and, when `figure` is given, every
/// other number replaced by it (1935.6万元 → XX万元).
std::string move_years(std::string_view text, int delta, std::optional<std::string_view> figure = std::nullopt);
/// `text` with the plan periods of templates/check/terms.tsv that ended
/// before `year` moved on to their successor (实施“十四五”规划 → 实施“十五五”规划
/// in a draft for 2027), except where the clause speaks of them as history
/// (“十四五”以来, 与“十四五”末相比).
std::string move_terms(std::string_view text, int year);
/// `text` with every year other than `keep` replaced by `placeholder`
/// (2023年 → XXXX年).
std::string blank_other_years(std::string_view text, int keep, std::string_view placeholder);

}  // namespace zongjie::draft
