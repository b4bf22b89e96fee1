#include "zongjie/check/year_cues.hpp"

#include "zongjie/util/tsv.hpp"

#include <algorithm>
#include <array>

namespace zongjie::check {

namespace {
constexpr std::array<std::string_view, YearCues::kind_count> kind_names{
    "history_before", "history_after",  "deadline_before",
    "deadline_after", "deadline_verb",  "early_after",
    "future",         "done",           "status_before",
    "period_after",   "topic_after",    "target_before",
    "month",          "month_suffix",   "day",
    "range_joiner",   "label_suffix",   "title_open",
    "title_close",    "attribute_after"};
}  // namespace

YearCues YearCues::parse(std::string_view tsv, std::string const& source) {
  YearCues c;
  for (auto const& row : util::parse_tsv(tsv)) {
    auto const it = std::find(kind_names.begin(), kind_names.end(), row.fields[0]);
    if (it == kind_names.end())
      throw util::DataError(source, row.line, "未知的类型“" + std::string(row.fields[0]) + "”");
    auto& list = c.words_[static_cast<std::size_t>(it - kind_names.begin())];
    for (std::size_t f = 1; f < row.fields.size(); ++f)
      for (auto w : util::split_words(row.fields[f])) list.emplace_back(w);
  }
  for (auto& list : c.words_)
    std::sort(list.begin(), list.end(), [](auto const& a, auto const& b) { return a.size() > b.size(); });
  for (Kind k : {Kind::deadline_before, Kind::future, Kind::done, Kind::title_open, Kind::title_close})
    for (auto const& w : c.words(k)) c.matcher_.add(w, static_cast<std::uint32_t>(k));
  c.matcher_.build();
  return c;
}

std::size_t YearCues::prefix(Kind k, std::string_view s) const noexcept {
  for (auto const& w : words(k))
    if (s.starts_with(w)) return w.size();
  return 0;
}

std::size_t YearCues::suffix(Kind k, std::string_view s) const noexcept {
  for (auto const& w : words(k))
    if (s.ends_with(w)) return w.size();
  return 0;
}

bool YearCues::starts_with(Kind k, std::string_view s) const noexcept {
  for (auto const& w : words(k))
    if (s.starts_with(w)) return true;
  return false;
}

bool YearCues::ends_with(Kind k, std::string_view s) const noexcept {
  for (auto const& w : words(k))
    if (s.ends_with(w)) return true;
  return false;
}

bool YearCues::contains(Kind k, std::string_view s) const noexcept {
  for (auto const& w : words(k))
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace zongjie::check
