#include "zongjie/check/rules/relative_word.hpp"

#include "zongjie/check/rules/outdated_term.hpp"
#include "zongjie/check/terms.hpp"
#include "zongjie/util/utf8.hpp"

namespace zongjie::check {

namespace {

using Cue = TermTable::Cue;
using Convention = TermTable::Convention;

struct Use {
  std::size_t begin = 0;
  std::size_t end = 0;
  Convention convention = Convention::none;
  bool reportable = false;  ///< in the summary or the plan (the preamble only votes)
  bool plan = false;
  int year = 0;
};

bool at_clause_start(std::string_view text, std::size_t b) {
  std::string_view const before = strip_trailing_quotes(text.substr(0, b));
  std::size_t p = before.size();
  while (p > 0) {
    auto const c = utf8::decode_before(before, p);
    if (c.value != U' ' && c.value != U'\t' && c.value != U'\u3000') break;
    p -= c.length;
  }
  return clause_begin(text, p) == p;
}

}  // namespace

void RelativeWordCheck::run(Context const& ctx, Sink& out) const {
  TermTable const& table = *ctx.data.terms;
  std::string_view const text = ctx.text();
  std::vector<TermTable::Match> found;
  std::vector<Use> uses;
  for (auto const& part : ctx.outline.parts) {
    bool const plan = part.role == PartRole::plan;
    bool const summary = part.role == PartRole::summary || part.role == PartRole::preamble;
    if (!plan && !summary) continue;
    auto const year = part_year(ctx.outline, part);
    if (!year) continue;
    std::size_t const from = part.begin;
    std::size_t const to = std::min(part.end, text.size());
    if (from >= to || to - from > max_part_bytes) continue;
    table.find_relatives(text.substr(from, to - from), found);
    for (auto const& m : found) {
      auto const& r = table.relatives()[m.index];
      Convention const c = plan ? r.in_plan : r.in_summary;
      if (c == Convention::none) continue;
      std::size_t const b = from + m.begin;
      std::size_t const e = from + m.end;
      if (ctx.in_debris(b, e)) continue;
      std::size_t const cb = clause_begin(text, b);
      std::size_t const ce = clause_end(text, e);
      std::string_view const before = text.substr(cb, b - cb);
      std::string_view const after = text.substr(e, ce - e);
      if (table.ends_with(Cue::relative_before, before) || table.starts_with(Cue::relative_after, after)) continue;
      if (r.clause_start && !at_clause_start(text, b)) continue;
      // 今年将… in a summary: the coming year, whichever the convention.
      if (!plan && table.contains(Cue::future, text.substr(cb, ce - cb))) continue;
      uses.push_back({b, e, c, part.role != PartRole::preamble, plan, *year});
    }
  }
  std::size_t year_end = 0;
  std::size_t early = 0;
  for (auto const& u : uses) (u.convention == Convention::year_end ? year_end : early) += 1;
  if (year_end == early) return;
  Convention const major = year_end > early ? Convention::year_end : Convention::early;
  std::size_t const majority = std::max(year_end, early);
  std::size_t const minority = std::min(year_end, early);
  if (majority < 2 || majority < 2 * minority) return;  // no clear convention
  auto const& o = ctx.outline;
  int const report = o.report_year.value_or(o.plan_year.value_or(0) - 1);
  int const plan_year = o.plan_year.value_or(report + 1);
  for (auto const& u : uses) {
    if (u.convention == major || !u.reportable) continue;
    Hit hit;
    hit.begin = u.begin;
    hit.end = u.end;
    hit.message = major == Convention::year_end ? "year_end" : "early";
    hit.args = {{"word", std::string(text.substr(u.begin, u.end - u.begin))},
                {"report", std::to_string(report)},
                {"plan", std::to_string(plan_year)},
                {"year", std::to_string(u.year)},
                {"part", std::string(u.plan ? "计划" : "总结")},
                {"count", std::to_string(majority)}};
    hit.suggestion = std::to_string(u.year) + "年";
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
