// What the phases of the outline builder share: the document's lines as
// classified once, the outline being built, and small text helpers.
//
// The phases, each in its own unit and run in this order by build_outline():
//   lines        classify each line (blank, debris, text), its marker, whether
//                it is a short heading line, whether it reads as a part title
//   title_block  title (also letter-spaced or on two lines), dateline,
//                speaker, salutation: where the report's body starts
//   parts        the document's top level: part headings by their words, by
//                the marker sequence that spans the document and by position;
//                problems passages and closings written without a heading;
//                an appendix after the closing
//   sections     the first numbered level of each part (levels per document)
//   items        the level below a section: markers, 一是, run-in topics
//   years        report and plan year; section themes
#pragma once

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::build {

inline constexpr std::size_t npos = std::string_view::npos;

enum class LineKind : std::uint8_t { blank, noise, text };

struct Line {
  std::size_t no = 0;
  std::size_t begin = 0;  ///< bytes of the line, without '\n'
  std::size_t end = 0;
  std::size_t content = 0;      ///< after leading blanks and leading debris
  std::size_t content_end = 0;  ///< before trailing debris and blanks
  LineKind kind = LineKind::blank;
  std::optional<grammar::LineMarker> marker;  ///< absolute offsets
  std::optional<grammar::PartTitle> part_title;
  std::size_t heading_end = 0;  ///< where a part heading's text ends
  bool heading_has_body = false;
  /// A short line of its own with no sentence punctuation and no marker:
  /// 2022年政府工作回顾, 阔步迈上新征程.
  bool heading_line = false;
};

/// Where a part starts, as the parts phase decides it.
struct PartStart {
  std::size_t index = 0;  ///< into lines
  PartRole role = PartRole::summary;
  bool headed = false;
  bool then_plan = false;  ///< 存在问题及下步打算: the sections belong to a plan
  std::vector<grammar::TitleComponent> components;
};

class Context {
 public:
  Context(text::Document const& document, OutlineOptions const& opts)
      : doc(document), text(document.text), options(opts) {}

  text::Document const& doc;
  std::string_view text;
  OutlineOptions const& options;
  Outline outline;
  std::vector<Line> lines;
  /// First line (index) after the title block: where the preamble may start.
  std::size_t content_start = 0;
  /// One past the last line of the report's body: an appendix after the
  /// closing (名词解释, 附件) starts here.
  std::size_t content_end = 0;
  /// The dateline's date (——2026年1月12日在…会议上), when it has one.
  int dateline_year = 0;
  int dateline_month = 0;

  bool is_text(std::size_t i) const { return i < lines.size() && lines[i].kind == LineKind::text; }
  std::optional<std::size_t> next_text_line(std::size_t i, std::size_t limit) const;
  /// Index of the last non-blank line in [from, limit), or `from`.
  std::size_t last_text_line_before(std::size_t from, std::size_t limit) const;
  /// The text of line i from its content start to its content end.
  std::string_view content(std::size_t i) const {
    return text.substr(lines[i].content, lines[i].content_end - lines[i].content);
  }
  /// Line index one past the last line of `part`.
  std::size_t line_limit(Part const& part) const;

  /// text[b, e) without debris, trimmed, cut at a bounded length.
  std::string clean(std::size_t b, std::size_t e) const;
  WrittenMarker written(grammar::Marker m, std::size_t b, std::size_t e) const;
  /// The first 。 in [b, e), or e.
  std::size_t first_full_stop(std::size_t b, std::size_t e) const;
  /// Line and column of a byte offset.  Offsets asked in increasing order
  /// within a line are counted on from the last answer (a 50 MB line stays linear).
  text::Position position(std::size_t offset);

  Part make_part(PartRole role, std::size_t first, std::size_t limit) const;
  /// Ends `part` before line index `i`.
  void truncate(Part& part, std::size_t i);

 private:
  std::size_t cursor_line_ = 0;
  std::size_t cursor_offset_ = 0;
  std::size_t cursor_column_ = 1;
};

// ---- the phases ------------------------------------------------------------------

void read_lines(Context& ctx);
void find_title_block(Context& ctx);
void find_parts(Context& ctx);
/// Sections of `part`, whose heading (if any) is line `first` and whose lines end before `limit`.
void find_sections(Context& ctx, Part& part, std::size_t first, std::size_t limit, std::size_t body_begin, bool headed);
void find_items(Context& ctx, Section& section);
void find_years(Context& ctx);
void assign_themes(Context& ctx);

// ---- shared by several phases ------------------------------------------------------

struct ShiMarker {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::size_t title_end = 0;
  grammar::Marker marker;
};
/// 一是/二是… in [b, e): at a line start, or after 。！？；：, or after a
/// comma when it continues the count (一是…，二是…).
std::vector<ShiMarker> inline_shi_markers(Context const& ctx, std::size_t b, std::size_t e);

/// Characters of text[b, e), not counting quotation marks and 、.
std::size_t topic_chars(std::string_view text, std::size_t b, std::size_t e);

}  // namespace zongjie::build
