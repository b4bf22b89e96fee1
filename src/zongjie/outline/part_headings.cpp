#include "zongjie/outline/part_headings.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace zongjie {

namespace {
/// Headings longer than this are sentences, not headings.
constexpr std::size_t max_heading_bytes = 150;
}  // namespace

std::string PartHeadingLexicon::key(std::string_view heading) {
  heading = grammar::trim_blanks(heading);
  if (auto m = grammar::parse_line_marker(heading)) heading = heading.substr(m->title_begin);
  if (heading.size() > max_heading_bytes) return {};
  std::vector<grammar::YearMention> years;
  grammar::find_years(heading, years);
  std::string out;
  std::size_t next_year = 0;
  for (std::size_t i = 0; i < heading.size();) {
    if (next_year < years.size() && i == years[next_year].begin) {
      out += "#年";
      i = years[next_year].end;
      ++next_year;
      continue;
    }
    if (std::size_t const b = grammar::blank_at(heading, i)) {
      i += b;
      continue;
    }
    bool skipped = false;
    for (std::string_view q : {"“", "”", "‘", "’", "\"", "'", "《", "》"}) {
      if (heading.substr(i).starts_with(q)) {
        i += q.size();
        skipped = true;
        break;
      }
    }
    if (skipped) continue;
    out += heading[i++];
  }
  for (std::string_view tail : {"：", ":", "。"})
    while (out.ends_with(tail)) out.resize(out.size() - tail.size());
  return out;
}

void PartHeadingLexicon::add(std::string_view heading, PartRole role, int count) {
  std::string k = key(heading);
  if (k.empty() || count <= 0) return;
  roles_[std::move(k)][static_cast<std::size_t>(role)] += count;
}

std::optional<PartRole> PartHeadingLexicon::find(std::string_view heading) const {
  if (roles_.empty()) return std::nullopt;
  auto const it = roles_.find(key(heading));
  if (it == roles_.end()) return std::nullopt;
  auto const best = std::max_element(it->second.begin(), it->second.end());
  if (*best <= 0) return std::nullopt;
  return static_cast<PartRole>(best - it->second.begin());
}

}  // namespace zongjie
