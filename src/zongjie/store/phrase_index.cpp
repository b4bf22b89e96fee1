#include "zongjie/store/phrase_index.hpp"

#include "zongjie/data/labels.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/phrases/phrase_text.hpp"
#include "zongjie/store/phrase_rank.hpp"
#include "zongjie/store/phrase_writer.hpp"
#include "zongjie/store/corpus_store.hpp"
#include "zongjie/text/encoding.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

namespace zongjie::store {

using chinese::is_han;
using phrases::find_set_phrases;
using phrases::fold_key;
using phrases::fts5_string;
using phrases::is_token_char;
using phrases::spaced_chars;
using utf8::char_count;
using utf8::CodePoint;
using namespace rank;  // NOLINT(google-build-using-namespace): the shared ranking

namespace {

// ---- SQL ---------------------------------------------------------------------
// Filters are bound as NULL when not given: `c.part = ifnull(?, c.part)`.
// They are checked against phrase_contexts, a few rows per phrase.

// Candidates come from one of two FTS5 indexes over the distinct sentences:
// 3+ characters from the trigram index (phrases_fts), 1–2 characters from the
// per-character index (phrases_chars: "党 建" is a phrase of two tokens, and
// instr() confirms the literal text, since characters that are not tokens —
// punctuation, emoji — are not in it).  Three shapes each:
//   ranked    the best by bm25, ranked inside FTS5 before the join;
//   sampled   when the text is in very many sentences (a single common
//             character): bm25 for every match would cost tens of
//             milliseconds, so the most recently learned matches are taken;
//   filtered  with --part/--theme/--year: the filter runs on every match
//             before ranking, so that no match that passes it is lost.

/// The FTS5 index a search reads.
enum class FtsIndex : std::uint8_t { trigram, chars };
/// How candidates are taken from it (see above).
enum class FtsShape : std::uint8_t { ranked, sampled, filtered };
constexpr std::size_t fts_index_count = 2, fts_shape_count = 3;

constexpr std::string_view fts_table(FtsIndex index) {
  return index == FtsIndex::trigram ? "phrases_fts" : "phrases_chars";
}

/// The columns every search returns (Candidate), the relevance last.
constexpr std::string_view search_columns = "SELECT p.id, p.text, p.uses, p.last_year, p.flags, ";
/// The filters ?2 part, ?3 theme, ?4 year on a phrase p.
constexpr std::string_view context_filter = R"sql(EXISTS (SELECT 1 FROM phrase_contexts c
                WHERE c.phrase_id = p.id AND c.part = ifnull(?2, c.part)
                  AND c.theme = ifnull(?3, c.theme) AND c.year = ifnull(?4, c.year)))sql";
/// The literal text ?6 in the phrase: the per-character index does not hold
/// every character.
constexpr std::string_view literal_filter = "instr(lower(p.text), lower(?6)) > 0";

/// How many rows of the index match ?1, counting up to ?2.
std::string fts_count_sql(FtsIndex index) {
  std::string const t(fts_table(index));
  return "SELECT count(*) FROM (SELECT 1 FROM " + t + " WHERE " + t + " MATCH ?1 LIMIT ?2)";
}

/// The candidates of one index in one shape.  Parameters: ?1 the FTS5 match,
/// ?2–?4 the filters (filtered only), ?5 the limit, ?6 the literal text
/// (per-character index only).
std::string fts_search_sql(FtsIndex index, FtsShape shape) {
  std::string const t(fts_table(index));
  bool const literal = index == FtsIndex::chars;
  std::string sql = "\n" + std::string(search_columns);
  if (shape == FtsShape::filtered) {
    // The filter runs on every match before ranking.
    sql += "bm25(" + t + ") AS relevance\n  FROM " + t + " JOIN phrases p ON p.id = " + t + ".rowid\n WHERE " + t +
           " MATCH ?1";
    if (literal) sql += "\n   AND " + std::string(literal_filter);
    sql += "\n   AND " + std::string(context_filter) + "\n ORDER BY relevance\n LIMIT ?5";
    return sql;
  }
  // Ranked (or sampled) inside FTS5, before the join.
  std::string_view const order = shape == FtsShape::ranked ? "rank" : "rowid DESC";
  sql += "m.relevance\n  FROM (SELECT rowid AS id, bm25(" + t + ") AS relevance\n          FROM " + t + " WHERE " + t +
         " MATCH ?1 ORDER BY " + std::string(order) + " LIMIT ?5) m\n  JOIN phrases p ON p.id = m.id";
  if (literal) sql += "\n WHERE " + std::string(literal_filter);
  return sql;
}

/// 1–2 characters with nothing the per-character index holds (“（”, "!?",
/// an emoji): a scan of the distinct sentences, the one case that needs it.
std::string search_scan_sql() {
  return "\n" + std::string(search_columns) +
         "0.0 AS relevance\n  FROM phrases p\n WHERE instr(p.text, ?6) > 0\n   AND " + std::string(context_filter) +
         "\n ORDER BY p.uses DESC, p.id\n LIMIT ?5";
}

constexpr std::string_view contexts_sql = "SELECT part, theme, year, uses FROM phrase_contexts WHERE phrase_id = ?";

/// The most recent contexts of a phrase that pass the filters (index
/// phrase_contexts_year: a few rows read, however often the phrase was used).
constexpr std::string_view newest_contexts_sql = R"sql(
SELECT part, theme, year, uses
  FROM phrase_contexts
 WHERE phrase_id = ?1 AND part = ifnull(?2, part) AND theme = ifnull(?3, theme) AND year = ifnull(?4, year)
 ORDER BY year DESC, uses DESC
 LIMIT ?5)sql";

/// Sentences of a phrase that pass the filters.
constexpr std::string_view filtered_uses_sql = R"sql(
SELECT sum(uses)
  FROM phrase_contexts
 WHERE phrase_id = ?1 AND part = ifnull(?2, part) AND theme = ifnull(?3, theme) AND year = ifnull(?4, year))sql";

/// The most recently learned sentence of a phrase in one context (an index probe).
constexpr std::string_view source_sql = R"sql(
SELECT d.path, s.line, s.text
  FROM sentences s JOIN documents d ON d.id = s.document_id
 WHERE s.phrase_id = ? AND s.part = ? AND s.theme IS ? AND s.year IS ?
 ORDER BY s.id DESC
 LIMIT 1)sql";

/// The most recent sentence of a phrase that contains the query itself: for
/// the rare hit whose newest variant differs in the very figures searched for.
constexpr std::string_view source_containing_sql = R"sql(
SELECT d.path, s.line, s.text, s.part, ifnull(s.theme, ''), ifnull(s.year, 0)
  FROM sentences s JOIN documents d ON d.id = s.document_id
 WHERE s.phrase_id = ?1 AND instr(lower(s.text), lower(?5)) > 0
   AND s.part = ifnull(?2, s.part) AND ifnull(s.theme, '') = ifnull(?3, ifnull(s.theme, ''))
   AND ifnull(s.year, 0) = ifnull(?4, ifnull(s.year, 0))
 ORDER BY s.year DESC, s.id DESC
 LIMIT 1)sql";

/// Precomputed when the model is rebuilt (store::rebuild_suggestions).
/// Among equal uses, set phrases before sentences, each in the order first
/// learned (pgstore::PgPhraseSearch orders its own the same way).
constexpr std::string_view suggest_sql = R"sql(
SELECT kind, ref_id, text, uses, variants, last_year
  FROM suggestions
 WHERE part = ? AND theme = ?
 ORDER BY uses DESC, kind IN ('parallel', 'slogan') DESC, ref_id
 LIMIT ?)sql";

/// In how many reports (counted up to 2) a set phrase / a sentence was
/// written: a slogan of one report is most likely that township's own brand.
/// The LIMIT stops at the second report, however often a phrase is used.
constexpr std::string_view set_documents_sql = R"sql(
SELECT count(*) FROM (
  SELECT DISTINCT s.document_id
    FROM phrase_sets ps JOIN sentences s ON s.phrase_id = ps.phrase_id
   WHERE ps.set_id = ? LIMIT 2))sql";
constexpr std::string_view heading_sql = "SELECT 1 FROM sentences WHERE phrase_id = ? AND kind = 'heading' LIMIT 1";
constexpr std::string_view phrase_documents_sql =
    "SELECT count(*) FROM (SELECT DISTINCT document_id FROM sentences WHERE phrase_id = ? LIMIT 2)";

/// Phrases that contain a set phrase, in a part (and theme), most used first.
constexpr std::string_view set_carriers_sql = R"sql(
SELECT ps.phrase_id, sum(c.uses) AS total
  FROM phrase_sets ps JOIN phrase_contexts c ON c.phrase_id = ps.phrase_id
 WHERE ps.set_id = ?1 AND c.part = ?2 AND c.theme = ifnull(?3, c.theme)
 GROUP BY ps.phrase_id
 ORDER BY total DESC, ps.phrase_id
 LIMIT 3)sql";

constexpr std::string_view count_phrases_sql = "SELECT count(*) FROM phrases";
constexpr std::string_view max_phrase_id_sql = "SELECT ifnull(max(id), 0) FROM phrases";
constexpr std::string_view has_index_sql =
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('phrases', 'phrase_contexts', 'suggestions')";

}  // namespace

std::string_view suggestion_kind_name(SuggestionKind k) noexcept {
  switch (k) {
    case SuggestionKind::parallel: return "parallel";
    case SuggestionKind::slogan: return "slogan";
    case SuggestionKind::lead: return "lead";
    default: return "sentence";
  }
}

std::string_view suggestion_kind_label(SuggestionKind k) noexcept {
  return data::label("phrase_kind", suggestion_kind_name(k));
}

std::string normalize_query(std::string_view raw) {
  std::string text;
  if (text::find_invalid_utf8(raw) == std::string_view::npos) {
    text.assign(raw);
  } else {
    try {  // not UTF-8: a GBK terminal's argument, most likely
      text = text::decode(raw).text;
    } catch (std::exception const&) {
      return {};
    }
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    CodePoint const cp = utf8::decode(text, i);
    bool const control = cp.value < 0x20 || cp.value == 0x7F;
    if (cp.value == '\t' || cp.value == '\n' || cp.value == '\r') out += ' ';
    else if (!control) out.append(text, i, cp.length);
    i += cp.length;
  }
  // Trim ASCII and ideographic blanks.
  auto blank_at_front = [&](std::string const& s) -> std::size_t {
    if (s.empty()) return 0;
    if (s[0] == ' ') return 1;
    if (s.compare(0, 3, "\xE3\x80\x80") == 0) return 3;  // U+3000
    if (s.compare(0, 2, "\xC2\xA0") == 0) return 2;      // U+00A0
    return 0;
  };
  while (std::size_t n = blank_at_front(out)) out.erase(0, n);
  for (;;) {
    if (!out.empty() && out.back() == ' ') out.pop_back();
    else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE3\x80\x80") == 0) out.resize(out.size() - 3);
    else if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xA0") == 0) out.resize(out.size() - 2);
    else break;
  }
  return out;
}

struct PhraseIndex::Impl {
  explicit Impl(std::string const& path) : store(path, store::CorpusStore::Mode::read_only) {
    store::Statement s(store.database(), has_index_sql);
    if (!s.step() || s.column_int(0) != 3)
      throw store::StoreError(path,
                              "语料库缺少短语索引（由旧版本的 zongjie 学习），请删除该文件后重新运行 zongjie learn");
  }

  store::Statement& stmt(std::unique_ptr<store::Statement>& slot, std::string_view sql) {
    if (!slot) slot = std::make_unique<store::Statement>(store.database(), sql);
    else slot->reset();
    return *slot;
  }

  /// Runs `f`, turning an interrupted statement into Interrupted.
  template <typename F>
  auto guarded(F&& f) {
    try {
      return f();
    } catch (store::StoreError const& e) {
      if ((e.code() & 0xFF) == SQLITE_INTERRUPT) throw Interrupted();
      throw;
    }
  }

  std::vector<Context> contexts(std::int64_t phrase) {
    auto& s = stmt(contexts_, contexts_sql);
    s.bind(1, phrase);
    std::vector<Context> out;
    while (s.step()) out.push_back({s.column_text(0), s.column_text(1), s.column_int(2), s.column_int64(3)});
    s.reset();
    return out;
  }

  struct Found {
    Source source;
    std::string text;
  };

  std::optional<Found> found(std::int64_t phrase, Context const& c) {
    auto& s = stmt(source_, source_sql);
    s.bind(1, phrase).bind(2, c.part);
    if (c.theme.empty()) s.bind(3, std::nullopt);
    else s.bind(3, c.theme);
    if (c.year > 0) s.bind(4, c.year);
    else s.bind(4, std::nullopt);
    std::optional<Found> out;
    if (s.step())
      out = Found{Source{s.column_text(0), static_cast<std::size_t>(s.column_int64(1)), year_or_null(c.year)},
                  s.column_text(2)};
    s.reset();
    return out;
  }

  std::optional<Source> source(std::int64_t phrase, Context const& c) {
    auto f = found(phrase, c);
    if (!f) return std::nullopt;
    return std::move(f->source);
  }

  /// Up to `n` sources of a phrase among `ctx` (already filtered), most recent first.
  static void newest_first(std::vector<Context>& ctx) {
    std::stable_sort(ctx.begin(), ctx.end(), [](Context const& a, Context const& b) {
      return a.year != b.year ? a.year > b.year : a.uses > b.uses;
    });
  }

  std::vector<Source> sources(std::int64_t phrase, std::vector<Context> ctx, std::size_t n) {
    newest_first(ctx);
    std::vector<Source> out;
    for (auto const& c : ctx) {
      if (out.size() >= n) break;
      if (auto s = source(phrase, c)) out.push_back(std::move(*s));
    }
    return out;
  }

  std::vector<PhraseHit> search(PhraseQuery const& q) {
    std::string const query = normalize_query(q.text);
    std::size_t const chars = char_count(query);
    if (chars == 0 || chars > max_sentence_chars || q.limit == 0) return {};
    std::size_t const limit = std::min(q.limit, max_limit);
    std::string const part = q.part ? std::string(role_name(*q.part)) : std::string();

    bool has_token = false;
    for (std::size_t i = 0; i < query.size() && !has_token;) {
      CodePoint const cp = utf8::decode(query, i);
      has_token = is_token_char(cp.value);
      i += cp.length;
    }
    enum class Path {
      trigram,
      per_char,
      scan
    } const path = chars >= 3  ? Path::trigram
                   : has_token ? Path::per_char
                               : Path::scan;
    bool const filtered = q.part || !q.theme.empty() || q.year;
    std::string const match = path == Path::scan ? std::string()
                                                 : fts5_string(path == Path::trigram ? query : spaced_chars(query));
    FtsIndex const index = path == Path::trigram ? FtsIndex::trigram : FtsIndex::chars;
    bool sampled = false;
    std::int64_t max_phrase_id = 0;
    {
      auto& m = stmt(max_id_, max_phrase_id_sql);
      if (m.step()) max_phrase_id = m.column_int64(0);
      m.reset();
    }
    // No more phrases than the largest id: below the bound, no need to count.
    if (path != Path::scan && !filtered && static_cast<std::size_t>(max_phrase_id) > rank_all_below) {
      auto& c = stmt(fts_count_[static_cast<std::size_t>(index)], fts_count_sql(index));
      c.bind(1, match).bind(2, rank_all_below + 1);
      sampled = c.step() && static_cast<std::size_t>(c.column_int64(0)) > rank_all_below;
      c.reset();
    }
    FtsShape const shape = filtered ? FtsShape::filtered : sampled ? FtsShape::sampled : FtsShape::ranked;
    auto& s = path == Path::scan ? stmt(scan_, search_scan_sql())
                                 : stmt(fts_search_[static_cast<std::size_t>(index)][static_cast<std::size_t>(shape)],
                                        fts_search_sql(index, shape));
    // Parameters: ?1 match, ?2–?4 filters, ?5 limit, ?6 the literal text;
    // each shape has only some of them (binding one it lacks is an error).
    bool const has_filters = filtered || path == Path::scan;
    bool const has_literal = path != Path::trigram;
    if (path != Path::scan) s.bind(1, match);
    if (has_filters) {
      if (q.part) s.bind(2, part);
      else s.bind(2, std::nullopt);
      if (!q.theme.empty()) s.bind(3, q.theme);
      else s.bind(3, std::nullopt);
      if (q.year) s.bind(4, *q.year);
      else s.bind(4, std::nullopt);
    }
    s.bind(5, sampled ? sample_size : candidate_limit);
    if (has_literal) s.bind(6, query);
    std::vector<Candidate> cands;
    while (s.step())
      cands.push_back({s.column_int64(0), s.column_text(1), s.column_int64(2), s.column_int(3), s.column_int64(4),
                       -s.column_double(5), 0});
    s.reset();
    if (cands.empty()) return {};

    score_candidates(cands, query);
    auto by_score = [](Candidate const& a, Candidate const& b) {
      return a.score != b.score ? a.score > b.score : a.id < b.id;
    };
    std::stable_sort(cands.begin(), cands.end(), by_score);
    // Headings are short, so bm25 puts them first; what is reused is running
    // text.  Checked for the best candidates only (one indexed query each).
    std::size_t const check = std::min(cands.size(), std::max(limit * heading_check_factor, heading_check_min));
    bool demoted = false;
    for (std::size_t i = 0; i < check; ++i) {
      if (!(cands[i].flags & phrase_lead)) continue;
      auto& h = stmt(heading_, heading_sql);
      h.bind(1, cands[i].id);
      if (h.step()) {
        cands[i].score += bonus_heading;
        demoted = true;
      }
      h.reset();
    }
    if (demoted) std::stable_sort(cands.begin(), cands.end(), by_score);

    auto bind_filters = [&](store::Statement& st) {
      if (q.part) st.bind(2, part);
      else st.bind(2, std::nullopt);
      if (!q.theme.empty()) st.bind(3, q.theme);
      else st.bind(3, std::nullopt);
      if (q.year) st.bind(4, *q.year);
      else st.bind(4, std::nullopt);
    };
    std::vector<PhraseHit> hits;
    for (auto& c : cands) {
      if (hits.size() >= limit) break;
      std::size_t count = static_cast<std::size_t>(std::max<std::int64_t>(0, c.uses));
      if (filtered) {
        auto& u = stmt(filtered_uses_, filtered_uses_sql);
        u.bind(1, c.id);
        bind_filters(u);
        count = u.step() ? static_cast<std::size_t>(std::max<std::int64_t>(0, u.column_int64(0))) : 0;
        u.reset();
        if (count == 0) continue;
      }
      std::vector<Context> ctx;
      {
        auto& n = stmt(newest_, newest_contexts_sql);
        n.bind(1, c.id);
        bind_filters(n);
        n.bind(5, 3);
        while (n.step()) ctx.push_back({n.column_text(0), n.column_text(1), n.column_int(2), n.column_int64(3)});
        n.reset();
      }
      for (auto const& x : ctx) {
        auto f = found(c.id, x);
        if (!f) continue;
        PhraseHit h;
        h.text = std::move(f->text);
        h.file = std::move(f->source.file);
        h.line = f->source.line;
        h.year = f->source.year;
        h.part = role_from_name(x.part).value_or(PartRole::preamble);
        h.theme = x.theme;
        if (!contains(h.text, query)) {
          // The newest variant has other figures than those searched for.
          auto& v = stmt(containing_, source_containing_sql);
          v.bind(1, c.id);
          bind_filters(v);
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
        h.count = count;
        h.score = c.score;
        hits.push_back(std::move(h));
        break;
      }
    }
    return hits;
  }

  std::vector<Suggestion> suggest(SuggestionQuery const& q) {
    if (q.limit == 0) return {};
    std::size_t const limit = std::min(q.limit, max_limit);
    auto title = bigrams(q.section_title);
    std::vector<Suggestion> out;
    std::unordered_set<std::int64_t> seen;  // fold keys
    collect(q, q.theme, title, out, seen);
    if (!q.theme.empty() && out.size() < limit) collect(q, {}, title, out, seen);
    std::stable_sort(out.begin(), out.end(),
                     [](Suggestion const& a, Suggestion const& b) { return a.score > b.score; });
    if (out.size() > limit) out.resize(limit);
    return out;
  }

  /// Suggestions of one scope (the theme, or the whole part when `theme` is
  /// empty), scored; those already in `out` are skipped.
  void collect(SuggestionQuery const& q, std::string const& theme, std::unordered_set<std::string> const& title,
               std::vector<Suggestion>& out, std::unordered_set<std::int64_t>& seen) {
    std::string const part(role_name(q.part));
    // A wider scope than asked for ranks below the asked one.
    double const scope = theme == q.theme ? 0.0 : -0.3;
    auto bind_theme = [&](store::Statement& s, int i) {
      if (theme.empty()) s.bind(i, std::nullopt);
      else s.bind(i, theme);
    };
    struct Raw {
      std::int64_t id;
      std::string text;
      SuggestionKind kind;
      std::int64_t uses;
      std::int64_t variants;
      int last_year;
      std::int64_t documents = 0;  ///< reports it was written in, up to 2
    };
    std::vector<Raw> raw;
    {
      auto& s = stmt(suggest_, suggest_sql);
      s.bind(1, part).bind(2, theme).bind(3, suggestion_candidates);
      while (s.step()) {
        std::string_view const k = s.column_view(0);
        SuggestionKind const kind = k == "parallel" ? SuggestionKind::parallel
                                    : k == "slogan" ? SuggestionKind::slogan
                                    : k == "lead"   ? SuggestionKind::lead
                                                    : SuggestionKind::sentence;
        raw.push_back(
            {s.column_int64(1), s.column_text(2), kind, s.column_int64(3), s.column_int64(4), s.column_int(5)});
      }
      s.reset();
    }
    for (auto& r : raw) {
      bool const set = r.kind == SuggestionKind::parallel || r.kind == SuggestionKind::slogan;
      auto& d = set ? stmt(set_documents_, set_documents_sql) : stmt(phrase_documents_, phrase_documents_sql);
      d.bind(1, r.id);
      r.documents = d.step() ? d.column_int64(0) : 0;
      d.reset();
    }
    auto keep = [&](std::vector<Context>& ctx) {
      std::erase_if(ctx, [&](Context const& c) { return c.part != part || (!theme.empty() && c.theme != theme); });
    };
    take_suggestions(raw, scope, title, std::min(q.limit, max_limit), out, seen, [&](Raw const& r) {
      std::vector<Source> found;
      if (r.kind == SuggestionKind::parallel || r.kind == SuggestionKind::slogan) {
        std::vector<std::int64_t> carriers;
        auto& s = stmt(carriers_, set_carriers_sql);
        s.bind(1, r.id).bind(2, part);
        bind_theme(s, 3);
        while (s.step()) carriers.push_back(s.column_int64(0));
        s.reset();
        for (auto id : carriers) {
          auto ctx = contexts(id);
          keep(ctx);
          add_sources(found, sources(id, ctx, 1));
        }
      } else {
        auto ctx = contexts(r.id);
        keep(ctx);
        found = sources(r.id, ctx, 3);
      }
      return found;
    });
  }

  store::CorpusStore store;
  std::unique_ptr<store::Statement> max_id_, scan_, containing_, contexts_, newest_, filtered_uses_, source_, suggest_,
      carriers_, set_documents_, phrase_documents_, heading_;
  std::array<std::unique_ptr<store::Statement>, fts_index_count> fts_count_;
  std::array<std::array<std::unique_ptr<store::Statement>, fts_shape_count>, fts_index_count> fts_search_;
};

PhraseIndex::PhraseIndex(std::string const& db_path) : impl_(std::make_unique<Impl>(db_path)) {}
PhraseIndex::~PhraseIndex() = default;

std::vector<PhraseHit> PhraseIndex::search(PhraseQuery const& q) {
  return impl_->guarded([&] { return impl_->search(q); });
}

std::vector<Suggestion> PhraseIndex::suggest(SuggestionQuery const& q) {
  return impl_->guarded([&] { return impl_->suggest(q); });
}

std::size_t PhraseIndex::phrase_count() {
  return impl_->guarded([&] {
    store::Statement s(impl_->store.database(), count_phrases_sql);
    s.step();
    return static_cast<std::size_t>(s.column_int64(0));
  });
}

void PhraseIndex::interrupt() noexcept { sqlite3_interrupt(impl_->store.database().handle()); }

nlohmann::ordered_json to_json(std::vector<PhraseHit> const& hits) {
  auto out = nlohmann::ordered_json::array();
  for (auto const& h : hits) {
    nlohmann::ordered_json j;
    j["text"] = h.text;
    j["file"] = h.file;
    j["line"] = h.line;
    j["part"] = role_name(h.part);
    j["theme"] = h.theme.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(h.theme);
    j["year"] = h.year ? nlohmann::ordered_json(*h.year) : nlohmann::ordered_json(nullptr);
    j["count"] = h.count;
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::ordered_json to_json(std::vector<Suggestion> const& suggestions) {
  auto out = nlohmann::ordered_json::array();
  for (auto const& s : suggestions) {
    nlohmann::ordered_json j;
    j["kind"] = suggestion_kind_name(s.kind);
    j["text"] = s.text;
    j["count"] = s.count;
    j["variants"] = s.variants;
    j["last_year"] = s.last_year ? nlohmann::ordered_json(*s.last_year) : nlohmann::ordered_json(nullptr);
    auto src = nlohmann::ordered_json::array();
    for (auto const& x : s.sources) {
      nlohmann::ordered_json o;
      o["file"] = x.file;
      o["line"] = x.line;
      o["year"] = x.year ? nlohmann::ordered_json(*x.year) : nlohmann::ordered_json(nullptr);
      src.push_back(std::move(o));
    }
    j["sources"] = std::move(src);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace zongjie::store
