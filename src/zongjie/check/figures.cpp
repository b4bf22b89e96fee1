#include "zongjie/check/figures.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/util/tsv.hpp"

#include <algorithm>
#include <charconv>

namespace zongjie::check {

namespace {
constexpr std::array<std::string_view, FigureTable::cue_count> cue_names{"reason",  "filler", "change", "partial",
                                                                         "ceiling", "lead",   "action", "forecast"};

bool digit_at(std::string_view s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
}  // namespace

FigureTable FigureTable::parse(std::string_view tsv, std::string const& source) {
  FigureTable t;
  for (auto const& row : util::parse_tsv(tsv)) {
    auto const& f = row.fields;
    if (f[0] == "unit") {
      if (f.size() < 4) throw util::DataError(source, row.line, "单位行要有 4 列");
      Unit u{std::string(f[1]), std::string(f[2]), 0};
      auto const [p, ec] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), u.factor);
      if (ec != std::errc{} || u.factor <= 0)
        throw util::DataError(source, row.line, "倍数“" + std::string(f[3]) + "”不对");
      (void)p;
      t.units_.push_back(std::move(u));
    } else if (f[0] == "cue") {
      auto const it = f.size() > 1 ? std::find(cue_names.begin(), cue_names.end(), f[1]) : cue_names.end();
      if (it == cue_names.end()) throw util::DataError(source, row.line, "未知的提示词类型");
      auto& list = t.cues_[static_cast<std::size_t>(it - cue_names.begin())];
      for (std::size_t i = 2; i < f.size(); ++i)
        for (auto w : util::split_words(f[i])) list.emplace_back(w);
    } else {
      throw util::DataError(source, row.line, "未知的行类型“" + std::string(f[0]) + "”（应为 unit 或 cue）");
    }
  }
  std::stable_sort(t.units_.begin(), t.units_.end(),
                   [](auto const& a, auto const& b) { return a.word.size() > b.word.size(); });
  for (auto& list : t.cues_)
    std::stable_sort(list.begin(), list.end(), [](auto const& a, auto const& b) { return a.size() > b.size(); });
  return t;
}

FigureTable::Unit const* FigureTable::unit_at(std::string_view s) const noexcept {
  for (auto const& u : units_)
    if (s.starts_with(u.word)) return &u;
  return nullptr;
}

bool FigureTable::contains(Cue c, std::string_view s) const noexcept {
  for (auto const& w : cues(c))
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

std::size_t FigureTable::prefix(Cue c, std::string_view s) const noexcept {
  for (auto const& w : cues(c))
    if (s.starts_with(w)) return w.size();
  return 0;
}

std::size_t FigureTable::suffix(Cue c, std::string_view s) const noexcept {
  for (auto const& w : cues(c))
    if (s.ends_with(w)) return w.size();
  return 0;
}

void find_figures(FigureTable const& table, std::string_view text, std::size_t from, std::size_t to,
                  std::vector<Figure>& out) {
  out.clear();
  to = std::min(to, text.size());
  std::size_t i = from;
  while (i < to) {
    if (!digit_at(text, i)) {
      ++i;
      continue;
    }
    std::size_t const b = i;
    while (i < to && (digit_at(text, i) || (text[i] == '.' && digit_at(text, i + 1)))) ++i;
    std::size_t const num_end = i;
    // Not a figure: part of a longer token (v2, 3.5.1), a range (5-8个, 5至8个), an ordinal (第3个).
    auto const prev = utf8::decode_before(text, b);
    if (prev.length && (scan::is_ascii_letter(prev.value) || prev.value == '.' || prev.value == '-' ||
                        prev.value == U'—' || prev.value == U'第' || prev.value == U'至' || prev.value == U'~'))
      continue;
    double value = 0;
    {
      std::string_view const digits = text.substr(b, num_end - b);
      auto const [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
      if (ec != std::errc{}) continue;
      (void)p;
    }
    std::size_t u = num_end;
    double scale = 1;
    if (text.substr(u).starts_with("万")) scale = 1e4, u += 3;
    else if (text.substr(u).starts_with("亿")) scale = 1e8, u += 3;
    FigureTable::Unit const* unit = table.unit_at(text.substr(u, to - u));
    if (!unit && scale != 1) {
      // 5万 with no unit after it: a bare count of 万.
      continue;
    }
    if (!unit) continue;
    std::size_t const e = u + unit->word.size();
    auto const next = utf8::decode(text, e);
    if (next.value == '-' || next.value == U'—' || next.value == U'～' || next.value == U'至') continue;
    Figure f;
    f.begin = b;
    f.end = e;
    f.value = value * scale * unit->factor;
    {
      std::string_view const digits = text.substr(b, num_end - b);
      std::size_t const dot = digits.find('.');
      double step = 1;
      if (dot != std::string_view::npos)
        for (std::size_t k = dot + 1; k < digits.size(); ++k) step /= 10;
      f.step = step * scale * unit->factor;
    }
    f.base = unit->base;
    f.shown = std::string(text.substr(b, e - b));
    // The name: Han characters before the number, fillers (达到, 累计 …) dropped from its end.
    std::size_t p = b;
    std::size_t const floor = b > 48 ? b - 48 : 0;
    while (p > floor) {
      auto const c = utf8::decode_before(text, p);
      if (!chinese::is_han(c.value)) break;
      p -= c.length;
    }
    f.name_at_clause_start = p == b || [&] {
      auto const c = utf8::decode_before(text, p);
      return c.length == 0 ||
             !(chinese::is_han(c.value) || scan::is_ascii_digit(c.value) || scan::is_ascii_letter(c.value));
    }();
    std::string_view name = text.substr(p, b - p);
    for (int k = 0; k < 3; ++k) {
      std::size_t const s = table.suffix(FigureTable::Cue::filler, name);
      if (s == 0 || s == name.size()) break;
      name.remove_suffix(s);
    }
    for (int k = 0; k < 3; ++k) {
      std::size_t const s = table.prefix(FigureTable::Cue::lead, name);
      if (s == 0 || s == name.size()) break;
      name.remove_prefix(s);
    }
    for (auto const ch : utf8::chars(name)) f.name.push_back(ch.cp.value);
    if (f.name.size() > 8) f.name.erase(0, f.name.size() - 8);
    std::size_t q = e;
    while (q < to && f.object.size() < 6) {
      auto const c = utf8::decode(text, q);
      if (!chinese::is_han(c.value)) break;
      f.object.push_back(c.value);
      q += c.length;
    }
    out.push_back(std::move(f));
  }
}

std::size_t indicator_likeness(Figure const& a, Figure const& b) noexcept {
  std::size_t n = 0;
  while (n < a.name.size() && n < b.name.size() && a.name[a.name.size() - 1 - n] == b.name[b.name.size() - 1 - n]) ++n;
  std::size_t m = 0;
  while (m < a.object.size() && m < b.object.size() && a.object[m] == b.object[m]) ++m;
  return n + m;
}

}  // namespace zongjie::check
