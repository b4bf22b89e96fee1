#include "zongjie/store/phrase_writer.hpp"

#include "zongjie/phrases/phrase_text.hpp"

namespace zongjie::store {

using phrases::find_set_phrases;
using phrases::fold_key;
using phrases::set_phrase_kind_name;
using phrases::spaced_chars;

namespace {

constexpr std::string_view find_phrase_sql = "SELECT id, flags FROM phrases WHERE fold = ?";
constexpr std::string_view insert_phrase_sql = "INSERT INTO phrases(fold, text, chars, flags) VALUES (?, ?, ?, ?)";
constexpr std::string_view add_flags_sql = "UPDATE phrases SET flags = flags | ? WHERE id = ?";
constexpr std::string_view insert_set_sql =
    "INSERT INTO set_phrases(fold, text, kind) VALUES (?, ?, ?) ON CONFLICT (fold) DO NOTHING";
constexpr std::string_view find_set_sql = "SELECT id FROM set_phrases WHERE fold = ?";
constexpr std::string_view link_set_sql = "INSERT OR IGNORE INTO phrase_sets(phrase_id, set_id) VALUES (?, ?)";

// Suggestions: per (part, theme) and per (part, '' = all themes), the
// `keep` most used set phrases, and sentences used at least twice.
constexpr std::string_view clear_suggestions_sql = "DELETE FROM suggestions";
constexpr std::string_view fill_set_suggestions_sql = R"sql(
INSERT INTO suggestions(part, theme, kind, ref_id, text, uses, variants, last_year)
SELECT part, theme, kind, id, text, total, variants, last_year FROM (
  SELECT c.part, CASE WHEN ?1 THEN c.theme ELSE '' END AS theme, sp.kind, sp.id, sp.text,
         sum(c.uses) AS total, count(DISTINCT c.phrase_id) AS variants, max(c.year) AS last_year,
         row_number() OVER (PARTITION BY c.part, CASE WHEN ?1 THEN c.theme ELSE '' END
                            ORDER BY sum(c.uses) DESC, sp.id) AS rank
    FROM phrase_contexts c
    JOIN phrase_sets ps ON ps.phrase_id = c.phrase_id
    JOIN set_phrases sp ON sp.id = ps.set_id
   WHERE NOT ?1 OR c.theme <> ''
   GROUP BY c.part, CASE WHEN ?1 THEN c.theme ELSE '' END, sp.id)
 WHERE rank <= ?2)sql";
constexpr std::string_view fill_sentence_suggestions_sql = R"sql(
INSERT INTO suggestions(part, theme, kind, ref_id, text, uses, variants, last_year)
SELECT part, theme, CASE WHEN flags & ?3 THEN 'lead' ELSE 'sentence' END, id, text, total, 1, last_year FROM (
  SELECT c.part, CASE WHEN ?1 THEN c.theme ELSE '' END AS theme, p.id, p.text, p.flags,
         sum(c.uses) AS total, max(c.year) AS last_year,
         row_number() OVER (PARTITION BY c.part, CASE WHEN ?1 THEN c.theme ELSE '' END
                            ORDER BY sum(c.uses) DESC, p.id) AS rank
    FROM phrase_contexts c JOIN phrases p ON p.id = c.phrase_id
   WHERE NOT ?1 OR c.theme <> ''
   GROUP BY c.part, CASE WHEN ?1 THEN c.theme ELSE '' END, p.id
  HAVING sum(c.uses) >= 2)
 WHERE rank <= ?2)sql";
/// Kept per part and theme; suggest() reranks these.
constexpr std::int64_t suggestions_kept = 300;

}  // namespace

void rebuild_suggestions(store::Database& db) {
  db.exec(clear_suggestions_sql);
  for (std::string_view sql : {fill_set_suggestions_sql, fill_sentence_suggestions_sql})
    for (std::int64_t per_theme : {0, 1}) {
      store::Statement s(db, sql);
      s.bind(1, per_theme).bind(2, suggestions_kept);
      if (sql == fill_sentence_suggestions_sql) s.bind(3, phrase_lead);
      s.run();
    }
}

struct PhraseWriter::Statements {
  explicit Statements(store::Database& db)
      : find_phrase(db, find_phrase_sql),
        insert_phrase(db, insert_phrase_sql),
        add_flags(db, add_flags_sql),
        insert_set(db, insert_set_sql),
        find_set(db, find_set_sql),
        link_set(db, link_set_sql) {}
  store::Statement find_phrase, insert_phrase, add_flags, insert_set, find_set, link_set;
};

PhraseWriter::PhraseWriter(store::Database& db) : db_(db) {}
PhraseWriter::~PhraseWriter() = default;

std::int64_t PhraseWriter::phrase_for(std::string_view text, bool lead) {
  if (!st_) st_ = std::make_unique<Statements>(db_);
  std::int64_t const key = fold_key(text);
  std::int64_t const want = lead ? phrase_lead : 0;

  store::Statement& find = st_->find_phrase;
  find.bind(1, key);
  if (find.step()) {
    std::int64_t const id = find.column_int64(0);
    std::int64_t const flags = find.column_int64(1);
    find.reset();
    if ((flags & want) != want) st_->add_flags.bind(1, want).bind(2, id).run();
    return id;
  }
  find.reset();

  auto const sets = find_set_phrases(text);
  std::int64_t const flags = want | (sets.empty() ? 0 : phrase_set);
  st_->insert_phrase.bind(1, key).bind(2, text).bind(3, spaced_chars(text)).bind(4, flags).run();
  std::int64_t const id = db_.last_insert_rowid();
  for (auto const& s : sets) {
    std::int64_t const set_key = fold_key(s.text);
    st_->insert_set.bind(1, set_key).bind(2, s.text).bind(3, set_phrase_kind_name(s.kind)).run();
    store::Statement& fs = st_->find_set;
    fs.bind(1, set_key);
    if (!fs.step()) {
      fs.reset();
      continue;
    }
    std::int64_t const set_id = fs.column_int64(0);
    fs.reset();
    st_->link_set.bind(1, id).bind(2, set_id).run();
  }
  return id;
}

}  // namespace zongjie::store
