#include "zongjie/check/rules/stale_year.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <algorithm>

namespace zongjie::check {

namespace {

using K = YearCues::Kind;

/// Clause bounds: ，；。！？：, their ASCII forms, and line ends.
bool is_clause_mark(std::string_view text, std::size_t i, std::size_t& len) {
  if (text[i] == '\n') {
    len = 1;
    return true;
  }
  grammar::PunctAt const p = grammar::punct_at(text, i);
  if (p.kind == grammar::Punct::none || p.kind == grammar::Punct::dun) return false;
  len = p.length;
  return true;
}

std::size_t clause_begin(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t begin = floor;
  std::string_view const upto = text.substr(0, pos);
  for (std::size_t i = grammar::find_punct(upto, floor); i != std::string_view::npos;) {
    std::size_t len = 0;
    if (is_clause_mark(text, i, len)) begin = i + len;
    i = grammar::find_punct(upto, i + std::max<std::size_t>(len, 1));
  }
  return begin;
}

std::size_t clause_end(std::string_view text, std::size_t pos, std::size_t limit) {
  for (std::size_t i = pos; i < limit;) {
    std::size_t len = 0;
    if (is_clause_mark(text, i, len)) return i;
    i += std::max<std::size_t>(scan::decode(text, i).length, 1);
  }
  return limit;
}

/// How far around a year its clause, a range or a 《title》 is looked for:
/// far more than any real clause, and it keeps one pasted line of megabytes
/// full of years from being scanned again for every year.
constexpr std::size_t window = 1024;  // bytes

std::size_t window_begin(std::string_view text, std::size_t pos) {
  pos = pos > window ? pos - window : 0;
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::size_t window_end(std::string_view text, std::size_t pos) {
  pos = std::min(text.size(), pos + window);
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

/// Up to two ASCII digits: their value and length.
std::pair<int, std::size_t> number_prefix(std::string_view s) {
  std::size_t i = 0;
  int n = 0;
  while (i < s.size() && i < 2 && scan::is_ascii_digit(static_cast<unsigned char>(s[i]))) n = n * 10 + (s[i++] - '0');
  return {n, i};
}

/// "6月", "12月份", "6月30日": the month (0 when none) and the bytes it takes.
std::pair<int, std::size_t> month_prefix(YearCues const& cues, std::string_view after) {
  auto const [month, digits] = number_prefix(after);
  std::size_t const m = digits ? cues.prefix(K::month, after.substr(digits)) : 0;
  if (m == 0 || month < 1 || month > 12) return {0, 0};
  std::size_t i = digits + m;
  i += cues.prefix(K::month_suffix, after.substr(i));
  auto const [day, day_digits] = number_prefix(after.substr(i));
  if (day_digits && day >= 1 && day <= 31)
    if (std::size_t const d = cues.prefix(K::day, after.substr(i + day_digits))) i += day_digits + d;
  return {month, i};
}

/// "1-10月", "1—10月", "1至10月": a span of months.
bool month_range(YearCues const& cues, std::string_view after) {
  auto const [first, digits] = number_prefix(after);
  if (digits == 0 || first < 1 || first > 12) return false;
  std::size_t const j = cues.prefix(K::range_joiner, after.substr(digits));
  return j != 0 && month_prefix(cues, after.substr(digits + j)).second != 0;
}

/// The year is the second of a range (2021—2023年) or sits inside 《》.
bool range_end_or_title(YearCues const& cues, std::string_view text, std::size_t b, std::size_t floor) {
  std::string_view const before = text.substr(floor, b - floor);
  if (std::size_t const j = cues.suffix(K::range_joiner, before))
    if (scan::is_ascii_digit(scan::decode_before(before, before.size() - j).cp)) return true;
  // A title names its year within its first few dozen characters.
  constexpr std::size_t title_reach = 300;  // bytes, 100 Chinese characters
  std::string_view const near = before.substr(before.size() > title_reach ? before.size() - title_reach : 0);
  for (auto const& open : cues.words(K::title_open)) {
    std::size_t const at = near.rfind(open);
    if (at == std::string_view::npos) continue;
    bool closed = false;
    for (auto const& close : cues.words(K::title_close)) closed = closed || near.find(close, at) != std::string_view::npos;
    if (!closed) return true;
  }
  return false;
}

std::string excerpt(std::string_view s) {
  s = grammar::trim_blanks(s);
  constexpr std::size_t max_bytes = 90;
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace

void StaleYearCheck::run(Context const& ctx, Sink& out) const {
  auto const& o = ctx.outline;
  if (!o.report_year && !o.plan_year) return;
  int const report = o.report_year.value_or(*o.plan_year - 1);
  int const plan = o.plan_year.value_or(report + 1);
  YearCues const& cues = *ctx.data.years;
  std::string_view const text = ctx.text();
  std::vector<grammar::YearMention> years;
  for (auto const& part : o.parts) {
    bool const plan_like = part.role == PartRole::plan || part.role == PartRole::closing;
    bool const summary_like = part.role == PartRole::summary || part.role == PartRole::preamble;
    if (!plan_like && !summary_like) continue;
    // The heading names the part's year; only the text under it is checked.
    std::size_t const from = part.heading ? ctx.doc.lines.line_end(ctx.doc.lines.line_of(part.begin)) : part.begin;
    if (from >= part.end) continue;
    years.clear();
    grammar::find_years(text.substr(from, part.end - from), years);
    for (auto const& y : years) {
      std::size_t const b = from + y.begin;
      std::size_t const e = from + y.end;
      if (ctx.in_debris(b, e)) continue;
      std::string_view const mention = text.substr(b, e - b);
      if (cues.suffix(K::label_suffix, mention)) continue;  // 2022年度: a label, not a date
      // The line start, or the window before the year on a very long line.
      std::size_t const look_from = std::max(ctx.doc.lines.line_start(ctx.doc.lines.line_of(b)), window_begin(text, b));
      if (range_end_or_title(cues, text, b, look_from)) continue;
      std::size_t const cb = clause_begin(text, b, std::max(look_from, from));
      std::size_t const ce = clause_end(text, e, std::min({part.end, text.size(), window_end(text, e)}));
      std::string_view const before = grammar::trim_blanks(text.substr(cb, b - cb));
      std::string_view const after = text.substr(e, ce - e);
      if (cues.ends_with(K::history_before, before) || cues.starts_with(K::history_after, after)) continue;
      auto const [month, month_len] = month_prefix(cues, after);
      std::string_view const after_month = after.substr(month_len);
      bool const verb = cues.starts_with(K::deadline_verb, after_month) &&
                        [&] {
                          // 2023年完成的项目: an attribute, history.
                          std::size_t const v = cues.prefix(K::deadline_verb, after_month);
                          return cues.prefix(K::history_after, after_month.substr(v)) == 0;
                        }();
      bool const future_before = cues.contains(K::deadline_before, before);
      bool const deadline = cues.starts_with(K::deadline_after, after_month) || verb || future_before;
      bool const future = future_before || cues.contains(K::future, before) || cues.contains(K::future, after);
      bool const early = cues.starts_with(K::early_after, after) || (month >= 1 && month <= 6);
      bool const status = cues.ends_with(K::status_before, before);
      bool const target = cues.ends_with(K::target_before, before);
      std::string_view key;
      if (plan_like) {
        // 截至2023年底… in a plan is the starting point, not a deadline.
        bool const sentence_start =
            before.empty() && look_from + scan::sentence_begin(text.substr(look_from), b - look_from) == cb;
        if (y.year < plan && deadline && !status) key = "plan_deadline";
        else if (y.year < plan && sentence_start && cues.starts_with(K::topic_after, after)) key = "plan_topic";
      } else {
        std::string_view const clause = text.substr(cb, ce - cb);
        if (y.year < report && status) key = "summary_status";
        else if (deadline && future && !status && (y.year < report || (y.year == report && early)))
          key = "summary_deadline";
        else if (y.year < report && (month_range(cues, after) || cues.starts_with(K::period_after, after)) &&
                 cues.contains(K::done, after))
          key = "summary_period";
        else if (y.year > report && !target && cues.contains(K::done, clause) && !future &&
                 !cues.contains(K::future, clause))
          key = "summary_done";
      }
      if (key.empty()) continue;
      Hit hit;
      hit.begin = b;
      hit.end = e;
      hit.message = key;
      hit.args = {{"year", std::to_string(y.year)},
                  {"report", std::to_string(report)},
                  {"plan", std::to_string(plan)},
                  {"phrase", excerpt(text.substr(cb, ce - cb))}};
      out.add(std::move(hit));
    }
  }
}

}  // namespace zongjie::check
