#include "zongjie/check/promises.hpp"

#include "zongjie/check/terms.hpp"
#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace zongjie::check {

namespace {

constexpr std::size_t max_units = 64;
/// Figures of last year's plan matched against this year's summary, at most.
constexpr std::size_t max_targets = 1000;
/// Quoted names shorter than this match too easily; longer ones are sentences.
constexpr std::size_t min_name_chars = 3;
constexpr std::size_t max_name_chars = 15;
/// A unit of the summary on the promise's theme counts this much more.
constexpr double theme_bonus = 1.2;

std::uint64_t trigram_key(char32_t a, char32_t b, char32_t c) {
  return (static_cast<std::uint64_t>(a) << 42) | (static_cast<std::uint64_t>(b) << 21) | c;
}

/// The Han characters of `text`, with where runs break (anything else between).
struct HanRun {
  std::vector<char32_t> chars;
  std::vector<std::size_t> offsets;  ///< byte offset of each char in the text given
  std::vector<bool> run_start;       ///< a non-Han character came before it
};

HanRun han_chars(std::string_view text) {
  HanRun r;
  bool broken = true;
  for (std::size_t i = 0; i < text.size();) {
    auto const c = utf8::decode(text, i);
    if (chinese::is_han(c.value)) {
      r.chars.push_back(c.value);
      r.offsets.push_back(i);
      r.run_start.push_back(broken);
      broken = false;
    } else {
      broken = true;
    }
    i += std::max<std::size_t>(c.length, 1);
  }
  return r;
}

/// Trigram starting at Han index k, or 0 when the run breaks within it.
std::uint64_t trigram_at(HanRun const& r, std::size_t k) {
  if (k + 2 >= r.chars.size() || r.run_start[k + 1] || r.run_start[k + 2]) return 0;
  return trigram_key(r.chars[k], r.chars[k + 1], r.chars[k + 2]);
}

/// “…” spans of min…max characters.
std::vector<std::string> quoted_names(std::string_view text) {
  std::vector<std::string> out;
  constexpr std::string_view open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";  // “ ”
  for (std::size_t i = text.find(open); i != std::string_view::npos; i = text.find(open, i + 1)) {
    std::size_t const b = i + open.size();
    std::size_t const e = text.find(close, b);
    if (e == std::string_view::npos) break;
    std::size_t const chars = text::count_chars(text.substr(b, e - b));
    if (chars >= min_name_chars && chars <= max_name_chars) out.emplace_back(text.substr(b, e - b));
  }
  return out;
}

/// Numbers with the character after them: 150亩, 9条, 2.5万.
std::vector<std::string> figures(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    if (!scan::is_ascii_digit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && (scan::is_ascii_digit(static_cast<unsigned char>(text[j])) || text[j] == '.')) ++j;
    auto const unit = utf8::decode(text, j);
    // Years are dates, not promised figures.
    bool const year = j - i == 4 && unit.length == 3 && text.substr(j, 3) == "\xE5\xB9\xB4";  // 年
    if (chinese::is_han(unit.value) && !year) out.emplace_back(text.substr(i, j + unit.length - i));
    i = j + 1;
  }
  return out;
}

/// This year's report cut into parts that can report on a promise.
struct Unit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string theme;
};

std::vector<Unit> summary_units(text::Document const& doc, Outline const& outline) {
  std::vector<Unit> units;
  for (auto const& part : outline.parts) {
    if (part.role != PartRole::preamble && part.role != PartRole::summary && part.role != PartRole::problems) continue;
    if (!part.sections.empty()) {
      if (part.sections.front().offset > part.begin) units.push_back({part.begin, part.sections.front().offset, {}});
      for (auto const& s : part.sections) units.push_back({s.offset, s.end, s.theme});
      continue;
    }
    for (std::size_t line = doc.lines.line_of(part.begin); line <= part.end_line && line <= doc.lines.line_count();
         ++line) {
      std::size_t const b = doc.lines.line_start(line), e = doc.lines.line_end(line);
      if (!grammar::trim_blanks(std::string_view(doc.text).substr(b, e - b)).empty()) units.push_back({b, e, {}});
    }
  }
  if (units.size() > max_units) {
    // Merge neighbours: coverage is judged per stretch of the summary.
    std::vector<Unit> merged(max_units);
    for (std::size_t i = 0; i < units.size(); ++i) {
      Unit& m = merged[i * max_units / units.size()];
      if (m.end == 0) m = units[i];
      else m.end = units[i].end;
    }
    units = std::move(merged);
  }
  return units;
}

}  // namespace

PreviousPlan::PreviousPlan(text::Document const& doc, Outline const& outline, RuleData const& data) : path_(doc.path) {
  std::string_view const text = doc.text;
  promises_ = plan_promises(doc, outline);
  std::vector<bool> stop;
  for (auto const& pr : promises_) {
    std::string_view const t = text.substr(pr.begin, pr.end - pr.begin);
    data.stop_words->mark(t, stop);
    HanRun const han = han_chars(t);
    Terms terms;
    terms.trigrams.resize(han.chars.size());
    terms.weight.resize(han.chars.size());
    for (std::size_t k = 0; k < han.chars.size(); ++k) {
      terms.trigrams[k] = trigram_at(han, k);
      bool const content = !stop[han.offsets[k]];
      std::uint8_t const w = pr.begin + han.offsets[k] < pr.title_end ? 2 : 1;
      terms.weight[k] = content ? w : 0;
      terms.total += terms.weight[k];
    }
    terms.quoted = quoted_names(t);
    terms.figures = figures(t);
    terms_.push_back(std::move(terms));
  }
  std::vector<Figure> found;
  for (auto const& part : outline.parts) {
    if (part.role != PartRole::plan || part.end - part.begin > max_part_bytes) continue;
    find_figures(*data.figures, text, part.begin, part.end, found);
    for (auto& f : found) {
      // A plan states a few dozen figures; a pasted file of millions is not a plan to match figure by figure.
      if (targets_.size() >= max_targets) break;
      std::size_t const cb = clause_begin(text, f.begin);
      std::size_t const ce = clause_end(text, f.end);
      bool const ceiling = data.figures->contains(FigureTable::Cue::ceiling, text.substr(cb, ce - cb));
      std::size_t const sb = sentence_begin_near(text, f.begin);
      std::size_t const se = sentence_end_near(text, f.end);
      bool const forecast = data.figures->contains(FigureTable::Cue::forecast, text.substr(sb, se - sb));
      targets_.push_back({std::move(f), doc.lines.line_of(cb), ceiling, forecast});
    }
  }
}

std::vector<double> PreviousPlan::coverage(text::Document const& doc, Outline const& outline, RuleData const&) const {
  std::vector<double> out(promises_.size(), 0.0);
  if (promises_.empty()) return out;
  std::string_view const text = doc.text;
  auto const units = summary_units(doc, outline);
  std::unordered_map<std::uint64_t, std::uint64_t> where;  // trigram → units holding it
  std::vector<std::unordered_set<std::string>> unit_figures(units.size());
  where.reserve(text.size() / 3);
  for (std::size_t u = 0; u < units.size(); ++u) {
    std::string_view const t = text.substr(units[u].begin, units[u].end - units[u].begin);
    HanRun const han = han_chars(t);
    for (std::size_t k = 0; k + 2 < han.chars.size(); ++k)
      if (std::uint64_t const key = trigram_at(han, k)) where[key] |= std::uint64_t{1} << u;
    for (auto& f : figures(t)) unit_figures[u].insert(std::move(f));
  }
  std::vector<double> covered(units.size());
  std::vector<std::size_t> until(units.size());
  for (std::size_t p = 0; p < promises_.size(); ++p) {
    Terms const& terms = terms_[p];
    if (terms.total <= 0) continue;
    std::fill(covered.begin(), covered.end(), 0.0);
    std::fill(until.begin(), until.end(), 0);
    std::uint64_t named = 0;  // units where a whole “name” of the promise reappears
    for (std::size_t k = 0; k < terms.trigrams.size(); ++k) {
      auto const it = where.find(terms.trigrams[k]);
      if (terms.trigrams[k] == 0 || it == where.end()) continue;
      for (std::uint64_t m = it->second; m; m &= m - 1) {
        auto const u = static_cast<std::size_t>(__builtin_ctzll(m));
        for (std::size_t j = std::max(k, until[u]); j < k + 3; ++j) covered[u] += terms.weight[j];
        until[u] = k + 3;
      }
    }
    for (auto const& name : terms.quoted) {
      HanRun const han = han_chars(name);
      std::uint64_t all = ~std::uint64_t{0};
      bool any = false;
      for (std::size_t k = 0; k + 2 < han.chars.size(); ++k) {
        std::uint64_t const key = trigram_at(han, k);
        if (!key) continue;
        auto const it = where.find(key);
        all &= it == where.end() ? 0 : it->second;
        any = true;
      }
      if (any) named |= all;
    }
    double best = 0;
    for (std::size_t u = 0; u < units.size(); ++u) {
      double score = covered[u] / terms.total;
      if (!promises_[p].theme.empty() && units[u].theme == promises_[p].theme) score *= theme_bonus;
      bool const figure = std::any_of(terms.figures.begin(), terms.figures.end(),
                                      [&](auto const& f) { return unit_figures[u].count(f) != 0; });
      // The same figure next to half the wording needed: the promise's numbers were reported.
      if (figure && score >= reported_share / 2) score = std::max(score, reported_share);
      if (named >> u & 1) score = std::max(score, reported_share);
      best = std::max(best, score);
    }
    out[p] = best;
  }
  return out;
}

std::vector<bool> PreviousPlan::reported(text::Document const& doc, Outline const& outline,
                                         RuleData const& data) const {
  auto const cov = coverage(doc, outline, data);
  std::vector<bool> out(cov.size());
  for (std::size_t i = 0; i < cov.size(); ++i) out[i] = cov[i] >= reported_share;
  return out;
}

}  // namespace zongjie::check
