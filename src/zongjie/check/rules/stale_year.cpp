#include "zongjie/check/rules/stale_year.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace zongjie::check {

namespace {

using K = YearCues::Kind;

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

std::string excerpt(std::string_view s) {
  s = grammar::trim_blanks(s);
  constexpr std::size_t max_bytes = 90;
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

/// A clause mark (，；。！？： and their ASCII forms) or a line end.
struct Mark {
  std::size_t pos = 0;
  std::uint8_t length = 0;
  bool ends_sentence = false;  ///< 。！？； (where scan::sentence_begin starts a sentence)
};

/// The clause mark that ends just before `pos` (looking back over one
/// character), if the character there is one.
std::optional<Mark> mark_before(std::string_view text, std::size_t pos) {
  auto const c = utf8::decode_before(text, pos);
  if (c.length == 0) return std::nullopt;
  if (c.value == '\n') return Mark{pos - 1, 1, true};
  grammar::PunctAt const p = grammar::punct_at(text, pos - c.length);
  if (p.kind == grammar::Punct::none || p.kind == grammar::Punct::dun || p.length != c.length) return std::nullopt;
  return Mark{pos - c.length, p.length, grammar::ends_clause(p.kind)};
}

/// The first clause mark (or line end) in text[from, limit); npos when none.
std::size_t next_mark(std::string_view text, std::size_t from, std::size_t limit) {
  std::string_view const upto = text.substr(0, limit);
  std::size_t p = grammar::find_punct(upto, from);
  while (p != std::string_view::npos && grammar::punct_at(text, p).kind == grammar::Punct::dun)
    p = grammar::find_punct(upto, p + 1);
  std::size_t const stop = p == std::string_view::npos ? limit : p;
  std::size_t const nl = upto.substr(0, stop).find('\n', from);
  return nl != std::string_view::npos ? nl : p;
}

/// Where a year's clause is: from after the last clause mark before it
/// (within its window) to the first mark after it.
struct Clause {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool end_at_mark = false;  ///< `end` is a mark, not the window's or the part's end
  std::optional<Mark> mark;  ///< the mark `begin` follows, if any
};

/// Title marks (《 》) found so far, scanning each byte once.
class TitleMarks {
 public:
  explicit TitleMarks(YearCues const& cues) : cues_(cues) {}
  /// Whether the last 《 in text[near, b) is not closed before b.
  bool open_at(std::string_view text, std::size_t near, std::size_t b) {
    std::size_t const from = std::max(near, scanned_);
    if (from < b) {
      std::string_view const span = text.substr(from, b - from);
      add(span, from, K::title_open, opens_);
      add(span, from, K::title_close, closes_);
      scanned_ = b;
    }
    auto const last_open = last_before(opens_, near, b);
    if (!last_open) return false;
    return !last_before(closes_, *last_open, b);
  }

 private:
  void add(std::string_view span, std::size_t base, K kind,
           std::vector<std::pair<std::size_t, std::size_t>>& out) const {
    std::size_t const first = out.size();
    for (auto const& w : cues_.words(kind))
      for (std::size_t at = span.find(w); at != std::string_view::npos; at = span.find(w, at + w.size()))
        out.emplace_back(base + at, base + at + w.size());
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  }
  static std::optional<std::size_t> last_before(std::vector<std::pair<std::size_t, std::size_t>> const& v,
                                                std::size_t lo, std::size_t pos) {
    auto it = std::lower_bound(v.begin(), v.end(), std::pair<std::size_t, std::size_t>{pos, 0});
    for (int n = 0; it != v.begin() && n < 4; ++n) {
      --it;
      if (it->first < lo) break;
      if (it->second <= pos) return it->first;
    }
    return std::nullopt;
  }

  YearCues const& cues_;
  std::size_t scanned_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> opens_, closes_;
};

/// Where the cue words of a part are: for each kind looked for anywhere in a
/// clause, the sorted starts and ends of its occurrences.
class CueIndex {
 public:
  /// The words within `stretches` (sorted, not overlapping, on character bounds).
  CueIndex(YearCues const& cues, std::string_view text,
           std::vector<std::pair<std::size_t, std::size_t>> const& stretches) {
    for (auto const& stretch : stretches) {
      std::size_t const from = stretch.first;  // a named copy: clang 14 cannot capture a structured binding
      cues.scan(text.substr(from, stretch.second - from), [&](std::size_t b, std::size_t e, K k) {
        auto& list = lists_[static_cast<std::size_t>(k)];
        list.push_back({from + b, from + e});
      });
    }
    // One pass reports by start; equal starts may come in any order.
    for (auto& l : lists_) std::sort(l.begin(), l.end());
  }

  /// A word of `k` lies wholly inside [lo, hi).
  bool within(K k, std::size_t lo, std::size_t hi) const {
    auto const& l = lists_[static_cast<std::size_t>(k)];
    auto it = std::lower_bound(l.begin(), l.end(), std::pair<std::size_t, std::size_t>{lo, 0});
    // Words are short: a later, shorter one can end before an earlier, longer one only nearby.
    for (int n = 0; it != l.end() && it->first < hi && n < 4; ++it, ++n)
      if (it->second <= hi) return true;
    return false;
  }

 private:
  std::array<std::vector<std::pair<std::size_t, std::size_t>>, YearCues::kind_count> lists_;
};

/// The year is the second of a range (2021—2023年).
bool range_end(YearCues const& cues, std::string_view text, std::size_t b, std::size_t floor) {
  std::string_view const before = text.substr(floor, b - floor);
  if (std::size_t const j = cues.suffix(K::range_joiner, before))
    if (scan::is_ascii_digit(utf8::decode_before(before, before.size() - j).value)) return true;
  return false;
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
    std::size_t const to = std::min(part.end, text.size());
    if (from >= to) continue;
    years.clear();
    grammar::find_years(text.substr(from, to - from), years);
    if (years.empty()) continue;
    // Each year's clause is found by looking back to the mark before it and
    // on to the mark after it; a year in the same clause as the one before
    // takes over what that one found, so each byte is read once however
    // many years a clause holds (a pasted line of a million years).
    std::vector<Clause> clauses(years.size());
    std::vector<std::size_t> look_froms(years.size());
    for (std::size_t j = 0; j < years.size(); ++j) {
      std::size_t const b = from + years[j].begin;
      std::size_t const e = from + years[j].end;
      // The line start, or the window before the year on a very long line.
      std::size_t const look_from = std::max(ctx.doc.lines.line_start(ctx.doc.lines.line_of(b)), window_begin(text, b));
      look_froms[j] = look_from;
      std::size_t const floor = std::max(look_from, from);
      Clause& c = clauses[j];
      std::size_t const prev_end = j > 0 ? from + years[j - 1].end : 0;
      std::size_t pos = b;
      for (;;) {
        if (j > 0 && pos <= prev_end && prev_end > floor) {
          // Back at the year before without a mark: its clause.
          Clause const& p = clauses[j - 1];
          c.mark = p.mark && p.mark->pos >= floor ? p.mark : std::nullopt;
          c.begin = c.mark ? std::max(floor, p.begin) : floor;
          break;
        }
        if (pos <= floor) {
          c.begin = floor;
          break;
        }
        if (auto const m = mark_before(text, pos)) {
          c.mark = m;
          c.begin = pos;
          break;
        }
        pos -= std::max<std::size_t>(utf8::decode_before(text, pos).length, 1);
      }
      std::size_t const limit = std::min(to, window_end(text, e));
      if (j > 0 && clauses[j - 1].end_at_mark && clauses[j - 1].end >= e) {
        c.end = clauses[j - 1].end;
        c.end_at_mark = true;
      } else {
        std::size_t const start = j > 0 && clauses[j - 1].end > e ? clauses[j - 1].end : e;
        std::size_t const m = start < limit ? next_mark(text, start, limit) : std::string_view::npos;
        c.end_at_mark = m != std::string_view::npos;
        c.end = c.end_at_mark ? m : std::max(limit, e);
      }
      c.end = std::min(c.end, limit);
    }
    // Cue words are read within the clauses holding years, each byte once.
    std::vector<std::pair<std::size_t, std::size_t>> reach;
    for (auto const& c : clauses) {
      if (!reach.empty() && c.begin <= reach.back().second) reach.back().second = std::max(reach.back().second, c.end);
      else reach.emplace_back(c.begin, c.end);
    }
    CueIndex const index(cues, text, reach);
    TitleMarks titles(cues);
    for (std::size_t j = 0; j < years.size(); ++j) {
      auto const& y = years[j];
      std::size_t const b = from + y.begin;
      std::size_t const e = from + y.end;
      if (ctx.in_debris(b, e)) continue;
      std::string_view const mention = text.substr(b, e - b);
      if (cues.suffix(K::label_suffix, mention)) continue;  // 2022年度: a label, not a date
      std::size_t const look_from = look_froms[j];
      if (range_end(cues, text, b, look_from)) continue;
      // A title names its year within its first few dozen characters: 《 in
      // the 100 characters before the year, not closed yet.
      constexpr std::size_t title_reach = 300;  // bytes
      if (titles.open_at(text, b - std::min(b - look_from, title_reach), b)) continue;
      Clause const& clause = clauses[j];
      std::size_t const cb = clause.begin;
      std::size_t const ce = clause.end;
      Mark const* const prev = clause.mark ? &*clause.mark : nullptr;
      std::string_view const before = grammar::trim_blanks(text.substr(cb, b - cb));
      std::string_view const after = text.substr(e, ce - e);
      if (cues.ends_with(K::history_before, before) || cues.starts_with(K::history_after, after)) continue;
      auto const [month, month_len] = month_prefix(cues, after);
      std::string_view const after_month = after.substr(month_len);
      // 2000年前建成的小区, 2025年底前完成的项目: the year describes a thing.
      std::size_t dl = 0;
      for (int k = 0; k < 2; ++k) dl += cues.prefix(K::deadline_after, after_month.substr(dl));  // 底 前
      std::size_t const dv = cues.prefix(K::deadline_verb, after_month.substr(dl));
      if ((dl || dv) && cues.starts_with(K::attribute_after, after_month.substr(dl + dv))) continue;
      bool const verb = cues.starts_with(K::deadline_verb, after_month) && [&] {
        // 2023年完成的项目: an attribute, history.
        std::size_t const v = cues.prefix(K::deadline_verb, after_month);
        return cues.prefix(K::history_after, after_month.substr(v)) == 0;
      }();
      bool const future_before = index.within(K::deadline_before, cb, b);
      bool const deadline = dl != 0 || verb || future_before;
      bool const future_after = index.within(K::future, e, ce);
      bool const future = future_before || index.within(K::future, cb, b) || future_after;
      bool const early = cues.starts_with(K::early_after, after) || (month >= 1 && month <= 6);
      bool const status = cues.ends_with(K::status_before, before);
      bool const target = cues.ends_with(K::target_before, before);
      std::string_view key;
      if (plan_like) {
        // 截至2023年底… in a plan is the starting point, not a deadline.
        // A year opening a sentence: nothing but blanks before it in its
        // clause, and the clause opens the sentence.
        bool const sentence_start = before.empty() &&
                                    (prev ? prev->ends_sentence && cb == prev->pos + prev->length : cb == look_from);
        if (y.year < plan && deadline && !status) key = "plan_deadline";
        else if (y.year < plan && sentence_start && cues.starts_with(K::topic_after, after)) key = "plan_topic";
      } else {
        bool const done_in_clause = index.within(K::done, cb, ce);
        if (y.year < report && status) key = "summary_status";
        else if (deadline && future && !status && (y.year < report || (y.year == report && early)))
          key = "summary_deadline";
        else if (y.year < report && (month_range(cues, after) || cues.starts_with(K::period_after, after)) &&
                 index.within(K::done, e, ce))
          key = "summary_period";
        else if (y.year > report && !target && done_in_clause && !future) key = "summary_done";
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
