#include "zongjie/check/terms.hpp"

#include "zongjie/util/tsv.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace zongjie::check {

namespace {

constexpr std::array<std::string_view, TermTable::cue_count> cue_names{"current",       "current_after",
                                                                       "future",        "history",
                                                                       "numeral",       "relative_before",
                                                                       "relative_after"};

int parse_year(std::string_view s, std::string const& source, std::size_t line) {
  if (s.empty()) return 0;
  int y = 0;
  auto const [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc{} || p != s.data() + s.size() || y < 1900 || y > 2200)
    throw util::DataError(source, line, "年份“" + std::string(s) + "”不对");
  return y;
}

TermTable::Convention parse_convention(std::string_view s, std::string const& source, std::size_t line) {
  if (s == "year-end") return TermTable::Convention::year_end;
  if (s == "early") return TermTable::Convention::early;
  if (s == "-" || s.empty()) return TermTable::Convention::none;
  throw util::DataError(source, line, "写法应为 year-end、early 或 -，而不是“" + std::string(s) + "”");
}

bool is_clause_mark(char32_t c) noexcept {
  switch (c) {
    case U'\n':
    case U'，':
    case U'。':
    case U'；':
    case U'！':
    case U'？':
    case U'：':
    case U',':
    case U';':
    case U'!':
    case U'?':
    case U':': return true;
    default: return false;
  }
}

bool is_quote(char32_t c) noexcept {
  return c == U'“' || c == U'”' || c == U'"' || c == U'‘' || c == U'’' || c == U'「' || c == U'」';
}

/// Keeps, of overlapping matches, the longest (earliest on ties).
void keep_longest(std::vector<TermTable::Match>& v) {
  std::sort(v.begin(), v.end(),
            [](auto const& a, auto const& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  std::vector<TermTable::Match> out;
  for (auto const& m : v) {
    if (!out.empty() && m.begin < out.back().end) {
      if (m.end - m.begin > out.back().end - out.back().begin) out.back() = m;
      continue;
    }
    out.push_back(m);
  }
  v = std::move(out);
}

}  // namespace

TermTable TermTable::parse(std::string_view tsv, std::string const& source) {
  TermTable t;
  for (auto const& row : util::parse_tsv(tsv)) {
    auto const& f = row.fields;
    auto field = [&](std::size_t i) { return i < f.size() ? f[i] : std::string_view{}; };
    if (f[0] == "term") {
      if (f.size() < 8) throw util::DataError(source, row.line, "提法行至少要有 8 列");
      Term term;
      term.name = std::string(f[1]);
      for (auto w : util::split_words(f[2])) term.variants.emplace_back(strip_trailing_quotes(strip_leading_quotes(w)));
      if (term.variants.empty()) term.variants.push_back(term.name);
      term.valid_from = parse_year(f[3], source, row.line);
      term.valid_to = parse_year(f[4], source, row.line);
      term.successor = std::string(f[5]);
      if (f[6] == "period") term.kind = Kind::period;
      else if (f[6] == "task") term.kind = Kind::task;
      else if (f[6] == "name") term.kind = Kind::name;
      else throw util::DataError(source, row.line, "类型应为 period、task 或 name，而不是“" + std::string(f[6]) + "”");
      for (auto w : util::split_words(field(7))) term.exceptions.emplace_back(w);
      term.note = std::string(field(8));
      t.terms_.push_back(std::move(term));
    } else if (f[0] == "cue") {
      auto const it = std::find(cue_names.begin(), cue_names.end(), field(1));
      if (it == cue_names.end())
        throw util::DataError(source, row.line, "未知的提示词类型“" + std::string(field(1)) + "”");
      auto& list = t.cues_[static_cast<std::size_t>(it - cue_names.begin())];
      for (std::size_t i = 2; i < f.size(); ++i)
        for (auto w : util::split_words(f[i])) list.emplace_back(w);
    } else if (f[0] == "relative") {
      if (f.size() < 4) throw util::DataError(source, row.line, "相对年份行至少要有 4 列");
      Relative r;
      r.word = std::string(f[1]);
      r.in_summary = parse_convention(f[2], source, row.line);
      r.in_plan = parse_convention(f[3], source, row.line);
      r.clause_start = field(4) == "start";
      t.relatives_.push_back(std::move(r));
    } else {
      throw util::DataError(source, row.line, "未知的行类型“" + std::string(f[0]) + "”（应为 term、cue 或 relative）");
    }
  }
  for (auto& list : t.cues_)
    std::sort(list.begin(), list.end(), [](auto const& a, auto const& b) { return a.size() > b.size(); });
  for (std::uint32_t i = 0; i < t.terms_.size(); ++i)
    for (auto const& v : t.terms_[i].variants) t.term_matcher_.add(v, i);
  t.term_matcher_.build();
  for (std::uint32_t i = 0; i < t.relatives_.size(); ++i) t.relative_matcher_.add(t.relatives_[i].word, i);
  t.relative_matcher_.build();
  return t;
}

bool TermTable::contains(Cue c, std::string_view s) const noexcept {
  for (auto const& w : cues(c))
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

bool TermTable::starts_with(Cue c, std::string_view s) const noexcept {
  for (auto const& w : cues(c))
    if (s.starts_with(w)) return true;
  return false;
}

bool TermTable::ends_with(Cue c, std::string_view s) const noexcept {
  for (auto const& w : cues(c))
    if (s.ends_with(w)) return true;
  return false;
}

void TermTable::find_terms(std::string_view text, std::vector<Match>& out) const {
  out.clear();
  term_matcher_.scan(text, [&](std::size_t b, std::size_t e, std::uint32_t id) { out.push_back({b, e, id}); });
  keep_longest(out);
}

void TermTable::find_relatives(std::string_view text, std::vector<Match>& out) const {
  out.clear();
  relative_matcher_.scan(text, [&](std::size_t b, std::size_t e, std::uint32_t id) { out.push_back({b, e, id}); });
  keep_longest(out);
}

std::size_t clause_begin(std::string_view text, std::size_t pos) noexcept {
  constexpr std::size_t reach = 600;  // bytes: far more than a clause; bounds a pasted line without marks
  std::size_t const floor = pos > reach ? pos - reach : 0;
  while (pos > floor) {
    auto const c = utf8::decode_before(text, pos);
    if (c.length == 0 || is_clause_mark(c.value)) break;
    pos -= c.length;
  }
  return pos;
}

std::size_t clause_end(std::string_view text, std::size_t pos) noexcept {
  constexpr std::size_t reach = 600;
  std::size_t const limit = std::min(text.size(), pos + reach);
  while (pos < limit) {
    auto const c = utf8::decode(text, pos);
    if (c.length == 0 || is_clause_mark(c.value)) break;
    pos += c.length;
  }
  return pos;
}

namespace {
bool ends_sentence(char32_t c) noexcept {
  return c == U'\n' || c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';';
}
constexpr std::size_t sentence_reach = 900;  // bytes
}  // namespace

std::size_t sentence_begin_near(std::string_view text, std::size_t pos) noexcept {
  pos = std::min(pos, text.size());
  std::size_t const floor = pos > sentence_reach ? pos - sentence_reach : 0;
  while (pos > floor) {
    auto const c = utf8::decode_before(text, pos);
    if (c.length == 0 || ends_sentence(c.value)) break;
    pos -= c.length;
  }
  return pos;
}

std::size_t sentence_end_near(std::string_view text, std::size_t pos) noexcept {
  std::size_t const limit = std::min(text.size(), pos + sentence_reach);
  while (pos < limit) {
    auto const c = utf8::decode(text, pos);
    if (c.length == 0) break;
    if (ends_sentence(c.value)) return c.value == U'\n' ? pos : pos + c.length;
    pos += c.length;
  }
  return pos;
}

std::string_view strip_leading_quotes(std::string_view s) noexcept {
  while (!s.empty()) {
    auto const c = utf8::decode(s, 0);
    if (!is_quote(c.value)) break;
    s.remove_prefix(c.length);
  }
  return s;
}

std::string_view strip_trailing_quotes(std::string_view s) noexcept {
  while (!s.empty()) {
    auto const c = utf8::decode_before(s, s.size());
    if (!is_quote(c.value)) break;
    s.remove_suffix(c.length);
  }
  return s;
}

}  // namespace zongjie::check
