// The ranking both phrase search backends share (store::PhraseIndex on
// SQLite, pgstore::PgPhraseSearch on PostgreSQL): its weights and helpers,
// so that the same corpus gives the same hits in the same order on both.
#pragma once

#include "zongjie/phrases/phrase_text.hpp"
#include "zongjie/store/phrase_index.hpp"
#include "zongjie/store/phrase_writer.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <vector>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace zongjie::store::rank {

using chinese::is_han;
using utf8::CodePoint;

// ---- ranking -------------------------------------------------------------------

/// Candidates taken from an index before reranking: the best by bm25.
constexpr std::size_t candidate_limit = 1000;
/// Up to this many matches are all ranked by bm25; beyond, a sample is taken.
constexpr std::size_t rank_all_below = 5000;
constexpr std::size_t sample_size = 2000;
constexpr std::size_t suggestion_candidates = 300;
constexpr std::size_t max_limit = 10000;

constexpr double weight_relevance = 0.55;
constexpr double weight_recency = 0.2;
constexpr double weight_reuse = 0.15;
constexpr double bonus_set_phrase = 0.1;  ///< the query sits inside a set phrase of the sentence
/// The sentence heads a section or an item: a heading is short, so bm25
/// already favours it, yet what a clerk reuses is running text — full
/// sentences of equal relevance come first.
constexpr double bonus_lead = -0.1;
/// Written as a section heading somewhere: a title, not text to reuse.
constexpr double bonus_heading = -0.3;
/// Heading checks (one indexed query each) for the best this many × limit.
constexpr std::size_t heading_check_factor = 2, heading_check_min = 40;

inline double recency(int year, int newest) {
  if (year <= 0 || newest <= 0) return 0;
  return 1.0 / (1.0 + std::max(0, newest - year));
}

/// Han bigrams of `s`.
inline std::unordered_set<std::string> bigrams(std::string_view s) {
  std::unordered_set<std::string> out;
  std::size_t prev = std::string_view::npos, prev_len = 0;
  for (std::size_t i = 0; i < s.size();) {
    CodePoint const cp = utf8::decode(s, i);
    if (is_han(cp.value)) {
      if (prev != std::string_view::npos) out.emplace(s.substr(prev, prev_len + cp.length));
      prev = i;
      prev_len = cp.length;
    } else {
      prev = std::string_view::npos;
    }
    i += cp.length;
  }
  return out;
}

/// Share of the title's bigrams that `text` contains, 0 … 1.
inline double overlap(std::unordered_set<std::string> const& title, std::string_view text) {
  if (title.empty()) return 0;
  std::size_t hit = 0;
  for (auto const& b : title)
    if (text.find(b) != std::string_view::npos) ++hit;
  return static_cast<double>(hit) / static_cast<double>(title.size());
}

inline std::optional<int> year_or_null(int y) { return y > 0 ? std::optional<int>(y) : std::nullopt; }

/// `text` contains `query`, ASCII letters compared without case (as the indexes do).
inline bool contains(std::string_view text, std::string_view query) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto it = std::search(text.begin(), text.end(), query.begin(), query.end(),
                        [&](char a, char b) { return lower(a) == lower(b); });
  return it != text.end() || query.empty();
}

struct Candidate {
  std::int64_t id = 0;
  std::string text;
  std::int64_t uses = 0;
  int last_year = 0;
  std::int64_t flags = 0;
  double relevance = 0;  ///< -bm25: higher is better
  double score = 0;
};

struct Context {
  std::string part;
  std::string theme;
  int year = 0;
  std::int64_t uses = 0;
};

/// Scores the candidates of a search in place (not yet sorted).
inline void score_candidates(std::vector<Candidate>& cands, std::string const& query) {
  // Rerank: relevance (bm25, normalised to the best), recency (of the most
  // recent use), reuse (uses, log scale), and bonuses for set phrases.
  double max_rel = 0;
  std::int64_t max_uses = 1;
  int newest = 0;
  for (auto const& c : cands) {
    max_rel = std::max(max_rel, c.relevance);
    max_uses = std::max(max_uses, c.uses);
    newest = std::max(newest, c.last_year);
  }
  for (auto& c : cands) {
    double score = weight_relevance * (max_rel > 0 ? c.relevance / max_rel : 1.0);
    score += weight_recency * recency(c.last_year, newest);
    score += weight_reuse * std::log1p(static_cast<double>(c.uses)) / std::log1p(static_cast<double>(max_uses));
    if (c.flags & phrase_set) {
      for (auto const& sp : phrases::find_set_phrases(c.text))
        if (sp.text.find(query) != std::string::npos) {
          score += bonus_set_phrase;
          break;
        }
    }
    if (c.flags & phrase_lead) score += bonus_lead;
    c.score = score;
  }
}

/// What a suggestion (set phrase or sentence of a part) is ranked on.
struct SuggestionFacts {
  SuggestionKind kind = SuggestionKind::sentence;
  std::string_view text;
  std::int64_t uses = 0;
  std::int64_t variants = 1;  ///< different sentences a set phrase is in
  int last_year = 0;
  std::int64_t documents = 0;  ///< reports it was written in, counted up to 2
};

/// The score of a suggestion among a list whose largest use count is
/// `max_uses` and newest year `newest`; `scope` is 0 for the theme asked
/// for and below 0 for the wider part; `title` the section title's bigrams.
inline double suggestion_score(SuggestionFacts const& r, double scope, std::int64_t max_uses, int newest,
                               std::unordered_set<std::string> const& title) {
  double s = scope + 0.5 * std::log1p(static_cast<double>(r.uses)) / std::log1p(static_cast<double>(max_uses));
  s += 0.15 * recency(r.last_year, newest);
  s += 0.3 * overlap(title, r.text);
  // Written in several reports: common wording; in one: one place's own.
  s += r.documents >= 2 ? 0.25 : -0.2;
  switch (r.kind) {
    case SuggestionKind::parallel:
    case SuggestionKind::slogan:
      // Seen in several different sentences: a set phrase, not one sentence's words.
      // Seen in one only: most likely one township's own brand (“小县六大”).
      s += r.variants >= 2 ? 0.2 : 0.0;
      // A slogan made of figures (“14361”战略) names one place's programme.
      if (r.kind == SuggestionKind::slogan && r.text.find_first_of("0123456789") != std::string_view::npos) s -= 0.3;
      break;
    case SuggestionKind::lead: s += 0.1; break;
    default: {
      // Long sentences are less reusable as they stand.
      std::size_t const n = utf8::char_count(r.text);
      s -= n > 60 ? 0.15 : n > 30 ? 0.05 : 0.0;
    }
  }
  return s;
}

/// Ranks one scope's suggestions `raw` (each with kind, text, uses,
/// variants, last_year and documents) and appends the best to `out` until it
/// holds `want`, skipping texts already there (`seen`: fold keys);
/// `sources(r)` gives a taken one's sources.
template <typename Raw, typename Sources>
void take_suggestions(std::vector<Raw> const& raw, double scope, std::unordered_set<std::string> const& title,
                      std::size_t want, std::vector<Suggestion>& out, std::unordered_set<std::int64_t>& seen,
                      Sources&& sources) {
  std::int64_t max_uses = 1;
  int newest = 0;
  for (auto const& r : raw) {
    max_uses = std::max(max_uses, r.uses);
    newest = std::max(newest, r.last_year);
  }
  std::vector<std::pair<double, Raw const*>> ranked;
  ranked.reserve(raw.size());
  for (auto const& r : raw)
    ranked.emplace_back(suggestion_score({r.kind, r.text, r.uses, r.variants, r.last_year, r.documents}, scope,
                                         max_uses, newest, title),
                        &r);
  std::stable_sort(ranked.begin(), ranked.end(), [](auto const& a, auto const& b) { return a.first > b.first; });
  for (auto const& [score, r] : ranked) {
    if (out.size() >= want) break;
    if (!seen.insert(phrases::fold_key(r->text)).second) continue;
    Suggestion sg;
    sg.kind = r->kind;
    sg.text = r->text;
    sg.count = static_cast<std::size_t>(r->uses);
    sg.variants = static_cast<std::size_t>(r->variants);
    sg.last_year = year_or_null(r->last_year);
    sg.score = score;
    sg.sources = sources(*r);
    out.push_back(std::move(sg));
  }
}

/// Appends `more` to `sources`, leaving out those of a file and line already there.
inline void add_sources(std::vector<Source>& sources, std::vector<Source> more) {
  for (auto& src : more) {
    bool const dup = std::any_of(sources.begin(), sources.end(),
                                 [&](Source const& x) { return x.file == src.file && x.line == src.line; });
    if (!dup) sources.push_back(std::move(src));
  }
}

}  // namespace zongjie::store::rank
