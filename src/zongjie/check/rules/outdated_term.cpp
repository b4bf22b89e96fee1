#include "zongjie/check/rules/outdated_term.hpp"

#include "zongjie/check/terms.hpp"
#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"

namespace zongjie::check {

namespace {

using Cue = TermTable::Cue;

/// A year (19xx/20xx followed by 年) in `s` not later than `limit`.
bool names_year_up_to(std::string_view s, int limit) {
  for (std::size_t i = 0; i + 4 < s.size(); ++i) {
    if (!scan::is_ascii_digit(static_cast<unsigned char>(s[i])) ||
        (i > 0 && scan::is_ascii_digit(static_cast<unsigned char>(s[i - 1]))))
      continue;
    int y = 0;
    std::size_t j = i;
    while (j < s.size() && j < i + 4 && scan::is_ascii_digit(static_cast<unsigned char>(s[j])))
      y = y * 10 + (s[j++] - '0');
    if (j != i + 4 || (j < s.size() && scan::is_ascii_digit(static_cast<unsigned char>(s[j])))) continue;
    if (s.substr(j).starts_with("年") && y >= 1900 && y <= limit) return true;
  }
  return false;
}

/// One of `words` covers [b, e) in `text`.
bool covered_by(std::string_view text, std::size_t b, std::size_t e, std::vector<std::string> const& words) {
  for (auto const& w : words) {
    std::size_t const from = b >= w.size() ? b - w.size() : 0;
    std::size_t const to = std::min(text.size(), e + w.size());
    std::string_view const around = text.substr(from, to - from);
    for (std::size_t at = around.find(w); at != std::string_view::npos; at = around.find(w, at + 1))
      if (from + at <= b && from + at + w.size() >= e) return true;
  }
  return false;
}

}  // namespace

std::optional<int> part_year(Outline const& o, Part const& part) noexcept {
  bool const plan = part.role == PartRole::plan || part.role == PartRole::closing;
  if (plan) {
    if (o.plan_year) return o.plan_year;
    if (o.report_year) return *o.report_year + 1;
    return std::nullopt;
  }
  if (o.report_year) return o.report_year;
  if (o.plan_year) return *o.plan_year - 1;
  return std::nullopt;
}

void OutdatedTermCheck::run(Context const& ctx, Sink& out) const {
  TermTable const& table = *ctx.data.terms;
  std::string_view const text = ctx.text();
  std::vector<TermTable::Match> found;
  for (auto const& part : ctx.outline.parts) {
    auto const year = part_year(ctx.outline, part);
    if (!year) continue;
    // The heading names the part's own period; only the text under it is checked.
    std::size_t const from = part.heading ? ctx.doc.lines.line_end(ctx.doc.lines.line_of(part.begin)) : part.begin;
    std::size_t const to = std::min(part.end, text.size());
    if (from >= to || to - from > max_part_bytes) continue;
    table.find_terms(text.substr(from, to - from), found);
    bool const plan = part.role == PartRole::plan || part.role == PartRole::closing;
    for (auto const& m : found) {
      auto const& term = table.terms()[m.index];
      if (term.valid_to == 0 || *year <= term.valid_to) continue;
      std::size_t const b = from + m.begin;
      std::size_t const e = from + m.end;
      if (ctx.in_debris(b, e)) continue;
      // 二十一五, 第十九届: part of a longer numeral.
      std::string_view const left = strip_trailing_quotes(text.substr(from, b - from));
      if (table.ends_with(Cue::numeral, left) && left.size() == b - from) continue;
      if (covered_by(text, b, e, term.exceptions)) continue;
      std::size_t const cb = clause_begin(text, b);
      std::size_t const ce = clause_end(text, e);
      std::string_view const before = text.substr(cb, b - cb);
      std::string_view const after = strip_leading_quotes(text.substr(e, ce - e));
      std::string_view const clause = text.substr(cb, ce - cb);
      if (table.contains(Cue::history, clause) || names_year_up_to(clause, term.valid_to)) continue;
      bool current = false;
      switch (term.kind) {
        case TermTable::Kind::name: current = true; break;
        case TermTable::Kind::task:
          current = table.contains(Cue::current, before) || table.starts_with(Cue::current_after, after) ||
                    (plan && table.contains(Cue::future, clause));
          break;
        case TermTable::Kind::period:
          current = table.contains(Cue::current, before) || table.starts_with(Cue::current_after, after);
          break;
      }
      if (!current) continue;
      Hit hit;
      hit.begin = b;
      hit.end = e;
      hit.message = term.kind == TermTable::Kind::name ? "name" : "period";
      hit.args = {{"term", std::string(text.substr(b, e - b))},
                  {"year", std::to_string(*year)},
                  {"from", std::to_string(term.valid_from)},
                  {"to", std::to_string(term.valid_to)},
                  {"successor", term.successor},
                  {"note", term.note}};
      hit.suggestion = term.successor;
      out.add(std::move(hit));
    }
  }
}

}  // namespace zongjie::check
