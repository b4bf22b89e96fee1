#include "zongjie/pgstore/pg_phrases.hpp"

#include "zongjie/pgstore/pg_store.hpp"

#include "zongjie/outline/sentences.hpp"
#include "zongjie/phrases/phrase_text.hpp"
#include "zongjie/store/phrase_rank.hpp"
#include "zongjie/util/utf8.hpp"

#include <array>
#include <unordered_map>
#include <unordered_set>

namespace zongjie::pgstore {

using namespace store::rank;  // NOLINT(google-build-using-namespace): the shared ranking
using store::phrase_lead;
using store::phrase_set;
using store::PhraseHit;
using store::PhraseQuery;
using store::Source;
using store::Suggestion;
using store::SuggestionKind;
using store::SuggestionQuery;

namespace {

/// The filters $2 part, $3 theme, $4 year on a sentence s.
constexpr std::string_view sentence_filter =
    "s.part = coalesce(?2::text, s.part) AND coalesce(s.theme, '') = coalesce(?3::text, coalesce(s.theme, '')) "
    "AND coalesce(s.year, 0) = coalesce(?4::int, coalesce(s.year, 0))";
/// The same filters on the contexts c of a phrase.
constexpr std::string_view context_filter =
    "c.part = coalesce(?2::text, c.part) AND c.theme = coalesce(?3::text, c.theme) "
    "AND c.year = coalesce(?4::int, c.year)";

/// Candidate phrases: fold, first sentence id, text, uses, last year, lead,
/// tokens, and (filtered) the uses passing the filters; ?1 the match, ?5 the
/// literal text.  The rows of a fold that this role reads (the finals of
/// every unit, its own drafts) are added up; a phrase's text is that of its
/// first row.  `sampled`: the most recently learned first, at most ?6 (the
/// ranking takes a sample of those when there are very many).
std::string candidates_sql(std::string_view match, bool filtered, bool sampled) {
  // f names the filters' types even when unused (every parameter needs one).
  std::string sql = "WITH f AS (SELECT ?2::text AS part, ?3::text AS theme, ?4::int AS year), m AS (" +
                    std::string(match) +
                    "), g AS (SELECT p.fold, min(p.first_id) AS first_id, "
                    "(array_agg(p.text ORDER BY p.first_id))[1] AS text, sum(p.uses) AS uses, "
                    "max(p.last_year) AS last_year, bool_or(p.lead) AS lead, "
                    "(array_agg(p.tokens ORDER BY p.first_id))[1] AS tokens "
                    "FROM phrases p WHERE p.fold IN (SELECT fold FROM m) GROUP BY p.fold) "
                    "SELECT g.fold, g.first_id, g.text, g.uses, g.last_year, g.lead, g.tokens, ";
  sql += filtered ? "(SELECT coalesce(sum(c.uses), 0) FROM phrase_contexts c WHERE c.fold = g.fold AND " +
                        std::string(context_filter) + ")"
                  : std::string("g.uses");
  sql += " FROM g WHERE strpos(lower(g.text), lower(?5::text)) > 0";
  if (sampled) sql += " ORDER BY g.first_id DESC LIMIT ?6";
  return sql;
}

constexpr std::string_view trigram_match = "SELECT DISTINCT fold FROM phrases WHERE text ILIKE ?1::text";
constexpr std::string_view chars_match = "SELECT DISTINCT fold FROM phrases WHERE chars @> lower(?1::text)::text[]";
constexpr std::string_view scan_match = "SELECT DISTINCT fold FROM phrases WHERE strpos(text, ?1::text) > 0";

/// Which of the folds ?1 were written as a heading somewhere: one probe of
/// the partial index sentences_heading each, however often it was.
constexpr std::string_view headings_sql =
    "SELECT f FROM unnest(?1::bigint[]) AS f "
    "WHERE EXISTS (SELECT 1 FROM sentences WHERE kind = 'heading' AND fold = f)";

/// For each fold of ?1: its most recent context passing the filters (?2–?4)
/// as store::PhraseIndex orders them (year, then uses), with its newest
/// sentence.  Only the contexts of the fold's newest year are added up: the
/// year is the first row of the index phrase_contexts_newest read newest
/// first (written as ORDER BY … LIMIT 1: under row-level security max()
/// read every context of the fold), its rows are read from the index alone,
/// and the context's newest sentence is the largest newest_id of its rows
/// this role reads, a primary-key probe.  (That sentence is of the row's own
/// unit and status, so readable whenever the row is.)
std::string newest_sources_sql() {
  std::string const filter(context_filter);
  return "SELECT f.fold, x.part, x.theme, x.year, d.path, s.line, s.text "
         "FROM unnest(?1::bigint[]) AS f(fold), LATERAL ("
         "SELECT c.part, c.theme, c.year, sum(c.uses) AS uses, max(c.newest_id) AS newest_id FROM phrase_contexts c "
         "WHERE c.fold = f.fold AND " +
         filter + " AND c.year = (SELECT c.year FROM phrase_contexts c WHERE c.fold = f.fold AND " + filter +
         " ORDER BY c.year DESC LIMIT 1) GROUP BY 1, 2, 3 ORDER BY 4 DESC, c.part COLLATE \"C\" DESC, c.theme COLLATE \"C\" DESC LIMIT 1) x "
         "JOIN sentences s ON s.id = x.newest_id JOIN documents d ON d.id = s.document_id";
}

std::string source_containing_sql() {
  return "SELECT d.path, s.line, s.text, s.part, coalesce(s.theme, ''), coalesce(s.year, 0) "
         "FROM sentences s JOIN documents d ON d.id = s.document_id "
         "WHERE s.fold = ?1 AND strpos(lower(s.text), lower(?5::text)) > 0 AND " +
         std::string(sentence_filter) + " ORDER BY s.year DESC NULLS LAST, s.id DESC LIMIT 1";
}

/// LIKE pattern for a literal.
std::string like_pattern(std::string_view s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

char32_t fold_ascii(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

/// Overlapping occurrences of `q` in `t` (code points, ASCII case folded).
std::size_t occurrences(std::vector<char32_t> const& t, std::vector<char32_t> const& q) {
  if (q.empty() || t.size() < q.size()) return 0;
  std::size_t n = 0;
  for (std::size_t i = 0; i + q.size() <= t.size(); ++i)
    if (std::equal(q.begin(), q.end(), t.begin() + static_cast<std::ptrdiff_t>(i))) ++n;
  return n;
}

std::vector<char32_t> code_points(std::string_view s, bool tokens_only) {
  std::vector<char32_t> out;
  for (auto const [cp, offset] : utf8::chars(s))
    if (!tokens_only || phrases::is_token_char(cp.value)) out.push_back(fold_ascii(cp.value));
  return out;
}

/// FTS5's bm25 for a one-phrase query, without the inverse document
/// frequency (the same for every candidate; the ranking divides it out).
double bm25(double freq, double length, double average) {
  constexpr double k1 = 1.2, b = 0.75;
  if (freq <= 0) return 0;
  double const avg = average > 0 ? average : 1;
  return freq * (k1 + 1) / (freq + k1 * (1 - b + b * length / avg));
}

}  // namespace

struct PgPhraseSearch::Impl {
  explicit Impl(std::string const& location) : c(location, Connection::Access::read_only) { check_schema_of(c); }

  Statement& stmt(std::unique_ptr<Statement>& slot, std::string_view sql) {
    if (!slot) slot = std::make_unique<Statement>(c, sql);
    else slot->reset();
    return *slot;
  }

  template <typename F>
  auto guarded(F&& f) {
    try {
      return f();
    } catch (store::StoreError const& e) {
      if (e.code() == sqlstate_cancelled) throw store::Interrupted();
      throw;
    }
  }

  void averages(double& trigrams, double& chars) {
    // Its own unit's model, else the newest of the county's (models are
    // read by all): each was taken over the phrases its learner could read.
    auto& s = stmt(avg_,
                   "SELECT avg_trigrams, avg_chars FROM models "
                   "ORDER BY unit = current_user DESC, built_at DESC LIMIT 1");
    trigrams = chars = 0;
    if (s.step()) {
      trigrams = s.column_double(0);
      chars = s.column_double(1);
    } else {
      s.reset();
      auto& a = stmt(avg_all_,
                     "SELECT coalesce(avg(greatest(char_length(text) - 2, 0)), 0), coalesce(avg(tokens), 0) "
                     "FROM (SELECT DISTINCT ON (fold) text, tokens FROM phrases ORDER BY fold, first_id) d");
      if (a.step()) {
        trigrams = a.column_double(0);
        chars = a.column_double(1);
      }
      a.reset();
    }
    s.reset();
  }

  void bind_filters(Statement& st, PhraseQuery const& q, std::string const& part) {
    if (q.part) st.bind(2, part);
    else st.bind(2, std::nullopt);
    if (!q.theme.empty()) st.bind(3, q.theme);
    else st.bind(3, std::nullopt);
    if (q.year) st.bind(4, *q.year);
    else st.bind(4, std::nullopt);
  }

  std::vector<PhraseHit> search(PhraseQuery const& q) {
    std::string const query = store::normalize_query(q.text);
    std::size_t const chars = utf8::char_count(query);
    if (chars == 0 || chars > max_sentence_chars || q.limit == 0) return {};
    std::size_t const limit = std::min(q.limit, max_limit);
    std::string const part = q.part ? std::string(role_name(*q.part)) : std::string();
    std::vector<char32_t> const qcp = code_points(query, false), qtok = code_points(query, true);
    enum class Path : std::uint8_t { trigram, per_char, scan } const path = chars >= 3       ? Path::trigram
                                                                           : !qtok.empty() ? Path::per_char
                                                                                           : Path::scan;
    bool const filtered = q.part || !q.theme.empty() || q.year;

    // Every group whose text contains the query, with what ranking needs.
    bool const limited = path != Path::scan && !filtered;
    auto const slot = static_cast<std::size_t>(path) * 2 + (filtered ? 1 : 0);
    Statement& s = stmt(candidates_[slot], candidates_sql(path == Path::trigram    ? trigram_match
                                                          : path == Path::per_char ? chars_match
                                                                                   : scan_match,
                                                          filtered, limited));
    if (path == Path::trigram) {
      s.bind(1, like_pattern(query));
    } else if (path == Path::per_char) {
      // phrases.chars holds lower(ch): the query's token characters, lowered alike in SQL.
      ArrayText probe;
      for (char32_t const cp : qtok) {
        std::string ch;
        utf8::append(ch, cp);
        probe.add(ch);
      }
      s.bind(1, probe.str());
    } else {
      s.bind(1, query);
    }
    bind_filters(s, q, part);
    s.bind(5, query);
    if (limited) s.bind(6, rank_all_below + 1);
    struct Row {
      Candidate c;
      std::int64_t fold = 0, passing = 0, tokens = 0;
    };
    std::vector<Row> rows;
    while (s.step())
      rows.push_back({{s.column_int64(1), s.column_text(2), s.column_int64(3), s.column_int(4),
                       s.column_int64(5) ? phrase_lead : 0, 0, 0},
                      s.column_int64(0),
                      s.column_int64(7),
                      s.column_int64(6)});
    s.reset();
    if (path == Path::scan) {
      // Exactly as SQLite's scan: case-sensitive literal, most used first.
      std::erase_if(rows, [&](Row const& r) { return r.c.text.find(query) == std::string::npos; });
    }
    if (filtered) std::erase_if(rows, [](Row const& r) { return r.passing == 0; });
    if (rows.empty()) return {};

    double avg_trigrams = 0, avg_chars = 0;
    if (path != Path::scan) averages(avg_trigrams, avg_chars);
    for (auto& r : rows) {
      if (!phrases::find_set_phrases(r.c.text).empty()) r.c.flags |= phrase_set;
      if (path == Path::trigram) {
        auto const t = code_points(r.c.text, false);
        double const len = t.size() >= 2 ? static_cast<double>(t.size() - 2) : 0.0;
        r.c.relevance = bm25(static_cast<double>(occurrences(t, qcp)), len, avg_trigrams);
      } else if (path == Path::per_char) {
        auto const t = code_points(r.c.text, true);
        r.c.relevance = bm25(static_cast<double>(occurrences(t, qtok)), static_cast<double>(t.size()), avg_chars);
      }
    }
    // The candidates the SQLite shapes take: the best by bm25; the most
    // recently learned when the text is in very many sentences; most used
    // first on a scan.
    bool const sampled = path != Path::scan && !filtered && rows.size() > rank_all_below;
    std::size_t const take = sampled ? sample_size : candidate_limit;
    if (path == Path::scan)
      std::stable_sort(rows.begin(), rows.end(), [](Row const& a, Row const& b) {
        return a.c.uses != b.c.uses ? a.c.uses > b.c.uses : a.c.id < b.c.id;
      });
    else if (sampled)
      std::stable_sort(rows.begin(), rows.end(), [](Row const& a, Row const& b) { return a.c.id > b.c.id; });
    else
      std::stable_sort(rows.begin(), rows.end(), [](Row const& a, Row const& b) {
        return a.c.relevance != b.c.relevance ? a.c.relevance > b.c.relevance : a.c.id < b.c.id;
      });
    if (rows.size() > take) rows.resize(take);

    std::vector<Candidate> cands;
    std::unordered_map<std::int64_t, Row const*> by_id;
    cands.reserve(rows.size());
    for (auto const& r : rows) {
      cands.push_back(r.c);
      by_id[r.c.id] = &r;
    }
    score_candidates(cands, query);
    auto by_score = [](Candidate const& a, Candidate const& b) {
      return a.score != b.score ? a.score > b.score : a.id < b.id;
    };
    std::stable_sort(cands.begin(), cands.end(), by_score);
    std::size_t const check = std::min(cands.size(), std::max(limit * heading_check_factor, heading_check_min));
    {
      // The heading check of the best candidates, in one query.
      ArrayText leads;
      bool any = false;
      for (std::size_t i = 0; i < check; ++i)
        if (cands[i].flags & phrase_lead) {
          leads.add(by_id[cands[i].id]->fold);
          any = true;
        }
      bool demoted = false;
      if (any) {
        std::unordered_set<std::int64_t> headings;
        auto& h = stmt(heading_, headings_sql);
        h.bind(1, leads.str());
        while (h.step()) headings.insert(h.column_int64(0));
        h.reset();
        for (std::size_t i = 0; i < check; ++i)
          if ((cands[i].flags & phrase_lead) && headings.contains(by_id[cands[i].id]->fold)) {
            cands[i].score += bonus_heading;
            demoted = true;
          }
      }
      if (demoted) std::stable_sort(cands.begin(), cands.end(), by_score);
    }

    // The hits: for the best candidates, the newest sentence of their most
    // recent context, one query per `limit` candidates (a candidate without
    // a source is skipped, so more may be needed).
    std::vector<PhraseHit> hits;
    for (std::size_t from = 0; from < cands.size() && hits.size() < limit; from += limit) {
      std::size_t const to = std::min(cands.size(), from + limit);
      ArrayText folds;
      for (std::size_t i = from; i < to; ++i) folds.add(by_id[cands[i].id]->fold);
      // Each fold's hit as its newest source reads (none without a source).
      std::unordered_map<std::int64_t, PhraseHit> newest;
      {
        auto& n = stmt(newest_, newest_sources_sql());
        n.bind(1, folds.str());
        bind_filters(n, q, part);
        while (n.step()) {
          PhraseHit h;
          h.part = role_from_name(n.column_view(1)).value_or(PartRole::preamble);
          h.theme = n.column_text(2);
          h.year = year_or_null(n.column_int(3));
          h.file = n.column_text(4);
          h.line = static_cast<std::size_t>(n.column_int64(5));
          h.text = n.column_text(6);
          newest.emplace(n.column_int64(0), std::move(h));
        }
        n.reset();
      }
      for (std::size_t i = from; i < to && hits.size() < limit; ++i) {
        Candidate const& cand = cands[i];
        Row const& r = *by_id[cand.id];
        auto it = newest.find(r.fold);
        if (it == newest.end()) continue;
        PhraseHit h = std::move(it->second);
        if (!contains(h.text, query)) {
          auto& v = stmt(containing_, source_containing_sql());
          v.bind(1, r.fold);
          bind_filters(v, q, part);
          v.bind(5, query);
          if (v.step()) {
            h.file = v.column_text(0);
            h.line = static_cast<std::size_t>(v.column_int64(1));
            h.text = v.column_text(2);
            h.part = role_from_name(v.column_view(3)).value_or(PartRole::preamble);
            h.theme = v.column_text(4);
            h.year = year_or_null(v.column_int(5));
          }
          v.reset();
        }
        h.count = static_cast<std::size_t>(std::max<std::int64_t>(0, filtered ? r.passing : cand.uses));
        h.score = cand.score;
        hits.push_back(std::move(h));
      }
    }
    return hits;
  }

  /// Set phrases and sentences used at least twice in the part (and theme),
  /// ranked as store::PhraseIndex ranks its suggestions, from the counters
  /// (phrase_contexts by part, index phrase_contexts_part; phrase_sets),
  /// never from the sentences.
  std::vector<Suggestion> suggest(SuggestionQuery const& q) {
    if (q.limit == 0) return {};
    std::size_t const limit = std::min(q.limit, max_limit);
    std::string const part(role_name(q.part));
    auto const title = bigrams(q.section_title);
    std::vector<Suggestion> out;
    std::unordered_set<std::int64_t> seen;  // fold keys
    collect(q, part, q.theme, title, out, seen);
    if (!q.theme.empty() && out.size() < limit) collect(q, part, {}, title, out, seen);
    std::stable_sort(out.begin(), out.end(),
                     [](Suggestion const& a, Suggestion const& b) { return a.score > b.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
  }

  /// Suggestions of one scope (the theme, or the whole part when `theme` is
  /// empty), scored; those already in `out` are skipped.
  void collect(SuggestionQuery const& q, std::string const& part, std::string const& theme,
               std::unordered_set<std::string> const& title, std::vector<Suggestion>& out,
               std::unordered_set<std::int64_t>& seen) {
    double const scope = theme == q.theme ? 0.0 : -0.3;
    struct Raw {
      std::int64_t fold = 0;  ///< of the set phrase, or of the sentence
      std::string text;
      SuggestionKind kind = SuggestionKind::sentence;
      std::int64_t uses = 0, variants = 1;
      int last_year = 0;
      std::int64_t documents = 0;
      std::int64_t first = 0;  ///< the first sentence learned with it
      std::int64_t at = 0;     ///< a set phrase's place in that sentence
    };
    std::vector<Raw> raw;
    auto const candidates = static_cast<std::int64_t>(suggestion_candidates);
    {
      // Set phrases: the uses of every phrase they are in, in the scope.
      auto& s = stmt(suggest_sets_,
                     "WITH t AS (SELECT l.set_fold, min(l.text) AS text, min(l.kind) AS kind, sum(c.uses) AS uses, "
                     "count(DISTINCT c.fold) AS variants, max(c.year) AS last_year "
                     "FROM phrase_contexts c JOIN phrase_sets l ON l.fold = c.fold AND l.unit = c.unit "
                     "AND l.status = c.status WHERE c.part = ?1 AND (?2::text = '' OR c.theme = ?2) "
                     "GROUP BY l.set_fold ORDER BY 4 DESC, 1 LIMIT ?3) "
                     "SELECT t.*, (SELECT count(*) FROM (SELECT DISTINCT s.document_id FROM phrase_sets l "
                     "JOIN sentences s ON s.fold = l.fold AND s.unit = l.unit AND s.status = l.status "
                     "WHERE l.set_fold = t.set_fold LIMIT 2) d), f.first_id, f.at FROM t, "
                     "LATERAL (SELECT p.first_id, strpos(p.text, l.text) AS at FROM phrase_sets l "
                     "JOIN phrases p USING (fold, unit, status) WHERE l.set_fold = t.set_fold "
                     "ORDER BY 1, 2 LIMIT 1) f");
      s.bind(1, part).bind(2, theme).bind(3, candidates);
      while (s.step())
        raw.push_back({s.column_int64(0), s.column_text(1),
                       s.column_view(2) == "parallel" ? SuggestionKind::parallel : SuggestionKind::slogan,
                       s.column_int64(3), s.column_int64(4), s.column_int(5), s.column_int64(6), s.column_int64(7),
                       s.column_int64(8)});
      s.reset();
    }
    {
      // Sentences used at least twice.
      auto& s = stmt(suggest_,
                     "WITH t AS (SELECT c.fold, sum(c.uses) AS uses, max(c.year) AS last_year FROM phrase_contexts c "
                     "WHERE c.part = ?1 AND (?2::text = '' OR c.theme = ?2) GROUP BY c.fold "
                     "HAVING sum(c.uses) >= 2 ORDER BY 2 DESC, 1 LIMIT ?3) "
                     "SELECT t.fold, p.text, t.uses, t.last_year, p.lead, "
                     "(SELECT count(*) FROM (SELECT DISTINCT s.document_id FROM sentences s WHERE s.fold = t.fold "
                     "LIMIT 2) d), p.first_id "
                     "FROM t, LATERAL (SELECT (array_agg(text ORDER BY first_id))[1] AS text, bool_or(lead) AS lead, "
                     "min(first_id) AS first_id FROM phrases WHERE fold = t.fold) p");
      s.bind(1, part).bind(2, theme).bind(3, candidates);
      while (s.step())
        raw.push_back({s.column_int64(0), s.column_text(1),
                       s.column_int64(4) ? SuggestionKind::lead : SuggestionKind::sentence, s.column_int64(2), 1,
                       s.column_int(3), s.column_int64(5), s.column_int64(6)});
      s.reset();
    }
    // In the order of PhraseIndex's table of suggestions: the most used
    // first; among equals, set phrases before sentences, each in the order
    // they were first learned (set phrases of one sentence as written).
    auto is_set = [](Raw const& r) { return r.kind == SuggestionKind::parallel || r.kind == SuggestionKind::slogan; };
    std::stable_sort(raw.begin(), raw.end(), [&](Raw const& a, Raw const& b) {
      if (a.uses != b.uses) return a.uses > b.uses;
      if (is_set(a) != is_set(b)) return is_set(a);
      return a.first != b.first ? a.first < b.first : a.at < b.at;
    });
    if (raw.size() > suggestion_candidates) raw.resize(suggestion_candidates);
    take_suggestions(raw, scope, title, std::min(q.limit, max_limit), out, seen, [&](Raw const& r) {
      if (!is_set(r)) return sources(r.fold, part, theme, 3);
      // The newest source of each of the three most used phrases it is in.
      std::vector<std::int64_t> carriers;
      auto& st = stmt(carriers_,
                      "SELECT c.fold FROM phrase_sets l JOIN phrase_contexts c ON c.fold = l.fold "
                      "AND c.unit = l.unit AND c.status = l.status "
                      "WHERE l.set_fold = ?1 AND c.part = ?2 AND (?3::text = '' OR c.theme = ?3) "
                      "GROUP BY c.fold ORDER BY sum(c.uses) DESC, min(c.newest_id) LIMIT 3");
      st.bind(1, r.fold).bind(2, part).bind(3, theme);
      while (st.step()) carriers.push_back(st.column_int64(0));
      st.reset();
      std::vector<Source> found;
      for (auto const fold : carriers) add_sources(found, sources(fold, part, theme, 1));
      return found;
    });
  }

  /// The newest sentence of a phrase's `n` most recent contexts in the part
  /// (and theme), as PhraseIndex takes its sources.
  std::vector<Source> sources(std::int64_t fold, std::string const& part, std::string const& theme, std::size_t n) {
    auto& src = stmt(sources_,
                     "SELECT d.path, s.line, x.year FROM (SELECT c.year, sum(c.uses) AS uses, "
                     "max(c.newest_id) AS id FROM phrase_contexts c WHERE c.fold = ?1 AND c.part = ?2 "
                     "AND (?3::text = '' OR c.theme = ?3) GROUP BY c.theme, c.year) x "
                     "JOIN sentences s ON s.id = x.id JOIN documents d ON d.id = s.document_id "
                     "ORDER BY x.year DESC, x.uses DESC LIMIT ?4");
    src.bind(1, fold).bind(2, part).bind(3, theme).bind(4, static_cast<std::int64_t>(n));
    std::vector<Source> out;
    while (src.step())
      out.push_back(
          {src.column_text(0), static_cast<std::size_t>(src.column_int64(1)), year_or_null(src.column_int(2))});
    src.reset();
    return out;
  }

  Connection c;
  std::array<std::unique_ptr<Statement>, 6> candidates_;
  std::unique_ptr<Statement> avg_, avg_all_, heading_, newest_, containing_, suggest_, suggest_sets_, carriers_,
      sources_;
};

PgPhraseSearch::PgPhraseSearch(std::string const& location) : impl_(std::make_unique<Impl>(location)) {}
PgPhraseSearch::~PgPhraseSearch() = default;

std::vector<PhraseHit> PgPhraseSearch::search(PhraseQuery const& q) {
  return impl_->guarded([&] { return impl_->search(q); });
}

std::vector<Suggestion> PgPhraseSearch::suggest(SuggestionQuery const& q) {
  return impl_->guarded([&] { return impl_->suggest(q); });
}

std::size_t PgPhraseSearch::phrase_count() {
  return impl_->guarded([&] {
    Statement s(impl_->c, "SELECT count(DISTINCT fold) FROM phrases");
    s.step();
    return static_cast<std::size_t>(s.column_int64(0));
  });
}

void PgPhraseSearch::interrupt() noexcept { impl_->c.cancel(); }

}  // namespace zongjie::pgstore
