// Words around a year that tell a deadline (力争2024年底前) from history and
// comparisons (比2022年增长, 自2019年以来), from templates/check/years.tsv.
#pragma once

#include "zongjie/util/word_matcher.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

class YearCues {
 public:
  enum class Kind : std::uint8_t {
    history_before,   ///< just before the year: 比 较 自 从 与
    history_after,    ///< just after 年: 以来 同期 基础上
    deadline_before,  ///< earlier in the clause: 力争 确保 计划
    deadline_after,   ///< just after 年 (or 年N月): 底 前 内 年中
    deadline_verb,    ///< just after 年 (or 年N月): 完成 建成, as a deadline when no 的 follows
    early_after,      ///< just after 年: 上半年 年中 一季度 — an early point of the year
    future,           ///< anywhere in the clause: 将 拟 计划
    done,             ///< anywhere in the clause after the year: 已 完成 实现
    status_before,    ///< just before the year: 截至 截止
    period_after,     ///< just after 年: 前三季度 1-10月 全年 — a period's figures
    topic_after,      ///< just after a sentence-initial year: 是 (2023年是…之年)
    target_before,    ///< just before the year: 到 至 — a target, not a date that passed
    // How dates are written around a year:
    month,            ///< 月 after a month number
    month_suffix,     ///< 份 (6月份)
    day,              ///< 日 号 after a day number
    range_joiner,     ///< — - 至 between the ends of a range (2021—2023年, 1-10月)
    label_suffix,     ///< 度: 2022年度 is a label (of an award, a plan), not a date
    title_open,       ///< 《: a year inside a document title is part of its name
    title_close,      ///< 》
    attribute_after,  ///< 的 after 年前建成 / 年底前完成: the year describes a thing (2000年前建成的小区)
  };
  static constexpr int kind_count = 20;

  /// Parses the years.tsv format; throws util::DataError naming `source` and the line.
  static YearCues parse(std::string_view tsv, std::string const& source);

  std::vector<std::string> const& words(Kind k) const noexcept { return words_[static_cast<std::size_t>(k)]; }
  /// `s` starts with one of the words of `k`.
  bool starts_with(Kind k, std::string_view s) const noexcept;
  /// `s` ends with one of the words of `k`.
  bool ends_with(Kind k, std::string_view s) const noexcept;
  /// Bytes of the (longest) word of `k` that `s` starts with, 0 when none.
  std::size_t prefix(Kind k, std::string_view s) const noexcept;
  /// Bytes of the (longest) word of `k` that `s` ends with, 0 when none.
  std::size_t suffix(Kind k, std::string_view s) const noexcept;
  /// `s` contains one of the words of `k`.
  bool contains(Kind k, std::string_view s) const noexcept;

  /// Calls on_match(begin, end, kind) for every occurrence in `text` of a
  /// word of the kinds looked for anywhere in a clause (deadline_before,
  /// future, done) or around a year (title_open, title_close), in one pass.
  template <typename F>
  void scan(std::string_view text, F&& on_match) const {
    matcher_.scan(text, [&](std::size_t b, std::size_t e, std::uint32_t id) { on_match(b, e, static_cast<Kind>(id)); });
  }

 private:
  std::vector<std::string> words_[kind_count];
  util::WordMatcher matcher_;
};

}  // namespace zongjie::check
