// The outline of a report: parts → sections → items (see docs/OUTLINE.md).
#pragma once

#include "zongjie/grammar/ast.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie {

enum class PartRole : std::uint8_t { preamble, summary, problems, plan, closing };
inline constexpr int part_role_count = 5;

/// "preamble", "summary", "problems", "plan", "closing".
std::string_view role_name(PartRole r) noexcept;
std::optional<PartRole> role_from_name(std::string_view name) noexcept;
/// The role as users call it: 开头, 工作总结, 存在问题, 工作计划, 结尾
/// (templates/labels.json, group "part_role").
std::string_view role_label(PartRole r) noexcept;

/// A heading marker as written in the text.
struct WrittenMarker {
  grammar::Marker marker;
  std::string text;  ///< "（一）", "一、", "二是" …
};

/// The level below a section: （一） under 一、, 一是 (also inside a
/// paragraph), run-in topic sentences, 1. （1） ①.
struct Item {
  std::size_t line = 0;                 ///< 1-based
  std::size_t column = 0;               ///< 1-based, in characters
  std::size_t offset = 0;               ///< byte offset of the marker (or the sentence) in the text
  std::optional<WrittenMarker> marker;  ///< none for a run-in topic sentence
  bool inline_marker = false;           ///< 一是 inside a paragraph, not at a line start
  std::string title;
};

/// The first numbered level of a part.
struct Section {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t offset = 0;  ///< byte offset of the marker
  WrittenMarker marker;
  bool inline_marker = false;  ///< a 一是 section inside a paragraph
  std::string title;
  std::string theme;           ///< "" when no theme fits
  std::size_t body_begin = 0;  ///< bytes: from the end of the title …
  std::size_t end = 0;         ///< … to where the next section or part starts
  std::size_t end_line = 0;    ///< last line that belongs to the section
  std::vector<Item> items;
};

struct Part {
  PartRole role = PartRole::preamble;
  std::size_t line = 0;      ///< first line (the heading line when there is one)
  std::size_t end_line = 0;  ///< last line, inclusive
  std::size_t begin = 0;     ///< bytes
  std::size_t end = 0;
  std::optional<std::string> heading;          ///< the heading line as written, trimmed
  std::optional<WrittenMarker> marker;         ///< the heading's marker, if numbered
  std::vector<grammar::TitleComponent> title;  ///< what the heading names (with years)
  std::vector<Section> sections;
};

struct NoiseLine {
  std::size_t line = 0;
  std::string text;
};

struct Title {
  std::string text;
  std::size_t line = 0;
  std::vector<grammar::TitleComponent> components;
};

/// A glossary (名词解释) or attachment (附件) after the closing: kept out of
/// the parts.
struct Appendix {
  std::size_t line = 0;
  std::size_t end_line = 0;
  std::size_t begin = 0;  ///< bytes
  std::size_t end = 0;
  std::string heading;
};

struct Outline {
  std::optional<Title> title;
  std::optional<int> report_year;
  std::optional<int> plan_year;
  std::vector<Part> parts;
  std::vector<NoiseLine> noise;
  std::vector<grammar::ByteRange> debris;  ///< debris inside lines of text (##paidbegin## …)
  std::optional<Appendix> appendix;

  Part const* find_part(PartRole r) const noexcept;
  /// The part (index) that contains byte `offset`, or -1.
  int part_at(std::size_t offset) const noexcept;
};

}  // namespace zongjie
