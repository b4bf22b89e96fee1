// Part headings learned from a corpus: a heading a past report gave one of
// its parts (“十四五”时期的奋斗目标, 阔步迈上新征程) is read as a part heading
// with that role in the next report, even where its words are not a part
// title the grammar knows.
#pragma once

#include "zongjie/outline/outline.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace zongjie {

class PartHeadingLexicon {
 public:
  /// One heading seen `count` times as the heading of a part with `role`.
  void add(std::string_view heading, PartRole role, int count = 1);
  /// The role most often given to `heading` (as written: with or without
  /// its marker and years), if it was seen.
  std::optional<PartRole> find(std::string_view heading) const;
  bool empty() const noexcept { return roles_.empty(); }
  std::size_t size() const noexcept { return roles_.size(); }

  /// What headings are compared by: no marker, no blanks, quotation marks or
  /// trailing colon; every year written as #年 (2024年工作安排 → #年工作安排).
  static std::string key(std::string_view heading);

 private:
  std::map<std::string, std::array<int, part_role_count>, std::less<>> roles_;
};

}  // namespace zongjie
