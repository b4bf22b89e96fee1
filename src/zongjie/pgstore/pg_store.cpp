#include "zongjie/pgstore/pg_store.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/phrases/phrase_text.hpp"
#include "zongjie/util/utf8.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace zongjie::pgstore {

using store::StoreError;

namespace {

// Migrations, applied in order; zj_meta.schema_version counts those applied.
// Never edit a released one: add the next.
constexpr std::array<std::string_view, 5> migrations = {R"sql(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE zj_meta(
  key   text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE documents(
  id           bigserial PRIMARY KEY,
  unit         text NOT NULL DEFAULT current_user,
  status       text NOT NULL DEFAULT 'final' CHECK (status IN ('final', 'draft')),
  path         text NOT NULL,
  content_hash text NOT NULL,
  byte_size    bigint NOT NULL,
  encoding     text NOT NULL,
  title        text,
  report_year  integer,
  plan_year    integer,
  learned_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit, path)
);
-- nodes and sentences carry their document's unit and status, so that the
-- access policies are a column test, not a join per row.
CREATE TABLE nodes(
  id            bigserial PRIMARY KEY,
  document_id   bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  unit          text NOT NULL DEFAULT current_user,
  status        text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('part', 'section', 'item')),
  part_index    integer NOT NULL,
  section_index integer,
  role          text NOT NULL,
  line          integer NOT NULL,
  col           integer NOT NULL,
  marker        text,
  style         text,
  ordinal       integer,
  title         text,
  theme         text
);
CREATE INDEX nodes_document ON nodes(document_id);
CREATE TABLE sentences(
  id          bigserial PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  unit        text NOT NULL DEFAULT current_user,
  status      text NOT NULL,
  text        text NOT NULL,
  line        integer NOT NULL,
  part        text NOT NULL,
  section     integer,
  theme       text,
  kind        text NOT NULL,
  fold        bigint NOT NULL,
  tokens      integer NOT NULL,
  year        integer
);
CREATE INDEX sentences_document ON sentences(document_id);
CREATE INDEX sentences_fold ON sentences(fold, id);
-- Phrase search: 3+ characters through the trigram index; 1–2 characters
-- through the per-character table below.
CREATE INDEX sentences_trgm ON sentences USING gin (text gin_trgm_ops);
-- One row per character of a group of near-duplicate sentences (fold), per
-- unit and status: reports repeat their sentences, so this stays small.
-- Rows are only added: one left by a deleted sentence costs a candidate
-- that the search then drops (it confirms every hit on sentences).
CREATE TABLE fold_chars(
  ch     text NOT NULL,
  fold   bigint NOT NULL,
  unit   text NOT NULL DEFAULT current_user,
  status text NOT NULL,
  PRIMARY KEY (ch, fold, unit, status)
);
CREATE TABLE models(
  unit      text PRIMARY KEY DEFAULT current_user,
  documents integer NOT NULL,
  json      text NOT NULL,
  avg_trigrams double precision NOT NULL,
  avg_chars    double precision NOT NULL,
  built_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE theme_terms(
  unit   text NOT NULL DEFAULT current_user,
  term   text NOT NULL,
  theme  text NOT NULL,
  weight integer NOT NULL,
  PRIMARY KEY (unit, term, theme)
);
-- Ignored findings (check::Suppression) of a unit's own drafts.
CREATE TABLE ignores(
  id       bigserial PRIMARY KEY,
  unit     text NOT NULL DEFAULT current_user,
  path     text NOT NULL,
  rule     text NOT NULL,
  excerpt  text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);
-- Access: final rows are read by every unit, drafts and ignores only by
-- their own; each unit writes only its own rows.  FORCE: the owner too.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['documents', 'nodes', 'sentences', 'fold_chars'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_final_or_own ON %I FOR SELECT USING (status = ''final'' OR unit = current_user)', t);
    EXECUTE format('CREATE POLICY write_own ON %I FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user)', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['theme_terms', 'ignores'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY own ON %I FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user)', t);
  END LOOP;
  ALTER TABLE models ENABLE ROW LEVEL SECURITY;
  ALTER TABLE models FORCE ROW LEVEL SECURITY;
  CREATE POLICY read_all ON models FOR SELECT USING (true);
  CREATE POLICY write_own ON models FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user);
END $$;
GRANT SELECT ON zj_meta TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON documents, nodes, sentences, fold_chars, models, theme_terms, ignores
  TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
)sql",
                                                        R"sql(
-- Distinct phrases with counters maintained in the transaction that learns
-- or replaces a document (PgStore::update_phrases), so that a search reads
-- the distinct phrases, not every sentence.  One row per near-duplicate group
-- (fold), unit and status: the access policies stay a column test, a unit
-- writes only its own counters (no row shared by the county is ever hot),
-- and a search adds up the rows it may read (finals of every unit, its own
-- drafts).  text, first_id and tokens are those of the group's first
-- sentence learned in that unit and status.
CREATE TABLE phrases(
  fold      bigint NOT NULL,
  unit      text NOT NULL DEFAULT current_user,
  status    text NOT NULL,
  first_id  bigint NOT NULL,
  text      text NOT NULL,
  tokens    integer NOT NULL,
  uses      bigint NOT NULL,
  last_year integer NOT NULL,
  lead      boolean NOT NULL,
  chars     text[] NOT NULL,  -- lower(text) character by character, for 1–2 character queries
  PRIMARY KEY (fold, unit, status)
) WITH (fillfactor = 50);  -- room for the counters' updates on the same page (HOT)
-- Where a phrase was used: part, theme ('' = none) and year (0 = unknown).
CREATE TABLE phrase_contexts(
  fold   bigint NOT NULL,
  unit   text NOT NULL DEFAULT current_user,
  status text NOT NULL,
  part   text NOT NULL,
  theme  text NOT NULL,
  year   integer NOT NULL,
  uses   bigint NOT NULL,
  PRIMARY KEY (fold, unit, status, part, theme, year)
) WITH (fillfactor = 50);
-- A phrase's newest contexts first (a search reads its three newest years).
CREATE INDEX phrase_contexts_year ON phrase_contexts(fold, year DESC);
-- From the sentences of a corpus learned before this migration (the owner
-- of sentences, who created the schema, runs it: it reads every unit's rows).
ALTER TABLE sentences NO FORCE ROW LEVEL SECURITY;
INSERT INTO phrases(fold, unit, status, first_id, text, tokens, uses, last_year, lead, chars)
SELECT fold, unit, status, min(id), (array_agg(text ORDER BY id))[1], (array_agg(tokens ORDER BY id))[1], count(*),
       max(coalesce(year, 0)), bool_or(kind <> 'body'), '{}'
  FROM sentences GROUP BY fold, unit, status;
INSERT INTO phrase_contexts(fold, unit, status, part, theme, year, uses)
SELECT fold, unit, status, part, coalesce(theme, ''), coalesce(year, 0), count(*)
  FROM sentences GROUP BY 1, 2, 3, 4, 5, 6;
ALTER TABLE sentences FORCE ROW LEVEL SECURITY;
UPDATE phrases SET chars = string_to_array(lower(text), NULL);
-- 3+ characters: pg_trgm; 1–2 characters: the phrase's distinct characters.
CREATE INDEX phrases_trgm ON phrases USING gin (text gin_trgm_ops);
CREATE INDEX phrases_chars ON phrases USING gin (chars);
-- Replaced by the two above; the heading check reads the partial index.
DROP INDEX sentences_trgm;
DROP TABLE fold_chars;
CREATE INDEX sentences_heading ON sentences(fold) WHERE kind = 'heading';
-- The newest sentence of a phrase in one context (a search's source) is one
-- probe; lookups by fold alone use its first column.
DROP INDEX sentences_fold;
CREATE INDEX sentences_context ON sentences(fold, part, (coalesce(theme, '')), (coalesce(year, 0)), id);
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['phrases', 'phrase_contexts'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_final_or_own ON %I FOR SELECT USING (status = ''final'' OR unit = current_user)', t);
    EXECUTE format('CREATE POLICY write_own ON %I FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user)', t);
  END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON phrases, phrase_contexts TO PUBLIC;
-- What check::Suppression holds (excerpt is its subject); entry is the
-- number `zongjie ignore list` shows, per unit.
ALTER TABLE ignores ADD COLUMN entry integer NOT NULL DEFAULT 0, ADD COLUMN identity text NOT NULL DEFAULT '',
  ADD COLUMN note text NOT NULL DEFAULT '', ADD COLUMN added text NOT NULL DEFAULT '';
)sql",
                                                        // 3: the office lexicon (corpus/lexicon.hpp).
                                                        // Names per stored document, read like sentences
                                                        // (final or own); each unit's sums and staff edits
                                                        // are its own, like theme_terms.
                                                        R"sql(
ALTER TABLE documents ADD COLUMN names_scanned boolean NOT NULL DEFAULT false;
CREATE TABLE document_names(
  document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  unit        text NOT NULL DEFAULT current_user,
  status      text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('place', 'unit', 'project', 'person')),
  word        text NOT NULL,
  count       integer NOT NULL,
  PRIMARY KEY (document_id, kind, word)
);
CREATE TABLE names(
  unit      text NOT NULL DEFAULT current_user,
  word      text NOT NULL,
  kind      text NOT NULL,
  count     integer NOT NULL,
  documents integer NOT NULL,
  PRIMARY KEY (unit, word, kind)
);
CREATE TABLE staff_names(
  unit     text NOT NULL DEFAULT current_user,
  word     text NOT NULL,
  kind     text,
  removed  boolean NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit, word)
);
ALTER TABLE document_names ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_names FORCE ROW LEVEL SECURITY;
CREATE POLICY read_final_or_own ON document_names FOR SELECT USING (status = 'final' OR unit = current_user);
CREATE POLICY write_own ON document_names FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user);
ALTER TABLE names ENABLE ROW LEVEL SECURITY;
ALTER TABLE names FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON names FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user);
ALTER TABLE staff_names ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_names FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON staff_names FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON document_names, names, staff_names TO PUBLIC;
)sql",
                                                        // 4: a context's newest sentence as a counter
                                                        // column, and contexts by part for suggestions.
                                                        R"sql(
-- The newest sentence of a phrase in one context, kept with its counter: a
-- search's source is a primary-key probe.  (Under row-level security a
-- probe of sentences_context by theme and year cannot use the index: the
-- planner won't evaluate coalesce() before the policy, so it read every
-- sentence of the phrase in the part.)
ALTER TABLE phrase_contexts ADD COLUMN newest_id bigint NOT NULL DEFAULT 0;
ALTER TABLE sentences NO FORCE ROW LEVEL SECURITY;
UPDATE phrase_contexts c SET newest_id = m.id
  FROM (SELECT fold, unit, status, part, coalesce(theme, '') AS theme, coalesce(year, 0) AS year, max(id) AS id
          FROM sentences GROUP BY 1, 2, 3, 4, 5, 6) m
 WHERE (c.fold, c.unit, c.status, c.part, c.theme, c.year) = (m.fold, m.unit, m.status, m.part, m.theme, m.year);
ALTER TABLE sentences FORCE ROW LEVEL SECURITY;
-- A search reads a phrase's contexts of its newest year from the index
-- alone (once vacuumed), not from one heap page per context.
CREATE INDEX phrase_contexts_newest ON phrase_contexts(fold, year DESC)
  INCLUDE (part, theme, unit, status, uses, newest_id);
DROP INDEX phrase_contexts_year;
-- Suggestions read a part's (and theme's) contexts, summed per phrase.
CREATE INDEX phrase_contexts_part ON phrase_contexts(part, theme);
)sql",
                                                        // 5: set phrases (对仗短语, 引语提法) for suggestions.
                                                        R"sql(
-- The set phrases in a phrase's text (phrases::find_set_phrases of the row's
-- text), written by the learner with the phrases row and gone with it; read
-- like the phrases (final or own).  Filled for the phrases learned before
-- this migration by PgStore::link_set_phrases.
CREATE TABLE phrase_sets(
  fold     bigint NOT NULL,
  unit     text NOT NULL DEFAULT current_user,
  status   text NOT NULL,
  set_fold bigint NOT NULL,
  text     text NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('parallel', 'slogan')),
  PRIMARY KEY (fold, unit, status, set_fold),
  FOREIGN KEY (fold, unit, status) REFERENCES phrases(fold, unit, status) ON DELETE CASCADE
);
CREATE INDEX phrase_sets_set ON phrase_sets(set_fold);
ALTER TABLE phrase_sets ENABLE ROW LEVEL SECURITY;
ALTER TABLE phrase_sets FORCE ROW LEVEL SECURITY;
CREATE POLICY read_final_or_own ON phrase_sets FOR SELECT USING (status = 'final' OR unit = current_user);
CREATE POLICY write_own ON phrase_sets FOR ALL USING (unit = current_user) WITH CHECK (unit = current_user);
GRANT SELECT, INSERT, UPDATE, DELETE ON phrase_sets TO PUBLIC;
)sql"};

/// The migration after which the set phrases of stored phrases are filled in.
constexpr std::size_t set_phrases_migration = 5;

constexpr std::int64_t schema_lock = 0x7a6f6e676a6965;  // "zongjie"

std::string hash_hex(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::uint64_t parse_hash(std::string_view s) { return std::strtoull(std::string(s).c_str(), nullptr, 16); }

store::Store::DocumentRecord read_record(Statement const& s) {
  store::Store::DocumentRecord r;
  r.id = s.column_int64(0);
  r.path = s.column_text(1);
  r.content_hash = parse_hash(s.column_view(2));
  r.byte_size = static_cast<std::size_t>(s.column_int64(3));
  r.encoding = s.column_text(4);
  r.title = s.column_text(5);
  r.report_year = s.column_optional_int(6);
  r.plan_year = s.column_optional_int(7);
  return r;
}
constexpr std::string_view document_columns =
    "id, path, content_hash, byte_size, encoding, coalesce(title, ''), report_year, plan_year";

}  // namespace

int PgStore::schema_version() noexcept { return static_cast<int>(migrations.size()); }

PgStore::PgStore(std::string location, Mode mode)
    : c_(std::make_unique<Connection>(std::move(location), mode == Mode::read_only ? Connection::Access::read_only
                                                                                   : Connection::Access::read_write)) {
  {
    Statement s(*c_, "SELECT current_user");
    s.step();
    role_ = s.column_text(0);
  }
  if (mode == Mode::read_write) migrate();
  check_schema();
}

PgStore::~PgStore() {
  if (in_tx_) rollback();
}

void PgStore::migrate() {
  // One migrator at a time; the others wait and then find the work done.
  c_->exec("SELECT pg_advisory_lock(" + std::to_string(schema_lock) + ")");
  try {
    int version = 0;
    {
      Statement t(*c_, "SELECT to_regclass('zj_meta') IS NOT NULL");
      t.step();
      if (t.column_int64(0)) {
        Statement v(*c_, "SELECT value FROM zj_meta WHERE key = 'schema_version'");
        if (v.step()) version = std::atoi(v.column_text(0).c_str());
      }
    }
    for (auto i = static_cast<std::size_t>(version); i < migrations.size(); ++i) {
      c_->exec("BEGIN");
      try {
        c_->exec(migrations[i]);
        if (i + 1 == set_phrases_migration) link_set_phrases();
        Statement(*c_,
                  "INSERT INTO zj_meta(key, value) VALUES ('schema_version', ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, std::to_string(i + 1))
            .run();
        c_->exec("COMMIT");
      } catch (...) {
        c_->exec("ROLLBACK");
        throw;
      }
    }
  } catch (...) {
    try {
      c_->exec("SELECT pg_advisory_unlock(" + std::to_string(schema_lock) + ")");
    } catch (...) {
    }
    throw;
  }
  c_->exec("SELECT pg_advisory_unlock(" + std::to_string(schema_lock) + ")");
}

void PgStore::check_schema() { check_schema_of(*c_); }

void check_schema_of(Connection& c) {
  Statement t(c, "SELECT to_regclass('zj_meta') IS NOT NULL");
  t.step();
  if (!t.column_int64(0)) throw StoreError(c.location(), "语料库是空的，请先用 zongjie learn 学习往年报告");
  Statement v(c, "SELECT value FROM zj_meta WHERE key = 'schema_version'");
  if (!v.step()) throw StoreError(c.location(), "这不是 zongjie 的语料库数据库（缺少版本信息）");
  int const version = std::atoi(v.column_text(0).c_str());
  int const supported = PgStore::schema_version();
  if (version > supported)
    throw StoreError(c.location(), "数据库由更新版本的 zongjie 创建（结构版本 " + std::to_string(version) +
                                       "，本程序支持 " + std::to_string(supported) + "），请升级 zongjie");
  if (version < supported)
    throw StoreError(c.location(),
                     "数据库结构版本较旧（" + std::to_string(version) + "），请先运行一次 zongjie learn 完成升级");
}

Statement& PgStore::cached(std::string_view key, std::string_view sql) {
  for (auto& [k, s] : statements_)
    if (k == key) {
      s->reset();
      return *s;
    }
  statements_.emplace_back(std::string(key), std::make_unique<Statement>(*c_, sql));
  return *statements_.back().second;
}

void PgStore::begin() {
  c_->exec("BEGIN");
  in_tx_ = true;
}

void PgStore::commit() {
  c_->exec("COMMIT");
  in_tx_ = false;
}

void PgStore::rollback() noexcept {
  try {
    c_->exec("ROLLBACK");
  } catch (...) {
  }
  in_tx_ = false;
}

std::optional<store::Store::DocumentRecord> PgStore::find_document(std::string const& path) {
  auto& s = cached("find_document", "SELECT " + std::string(document_columns) +
                                        " FROM documents WHERE unit = current_user AND path = ?");
  s.bind(1, path);
  if (!s.step()) return std::nullopt;
  auto r = read_record(s);
  s.reset();
  return r;
}

std::vector<store::Store::DocumentRecord> PgStore::documents() {
  Statement s(*c_, "SELECT " + std::string(document_columns) +
                       " FROM documents WHERE unit = current_user ORDER BY path COLLATE \"C\"");
  std::vector<DocumentRecord> out;
  while (s.step()) out.push_back(read_record(s));
  return out;
}

std::size_t PgStore::document_count() {
  Statement s(*c_, "SELECT count(*) FROM documents WHERE ?1 = '' OR unit = ?1");
  s.bind(1, unit_);
  s.step();
  return static_cast<std::size_t>(s.column_int64(0));
}

std::size_t PgStore::sentence_count() {
  Statement s(*c_, "SELECT count(*) FROM sentences WHERE ?1 = '' OR unit = ?1");
  s.bind(1, unit_);
  s.step();
  return static_cast<std::size_t>(s.column_int64(0));
}

/// The sentence counts of a unit's document by phrase context, read before
/// it is deleted: the counters they are taken from (PgStore::update_phrases).
struct PgStore::Removed {
  std::array<ArrayText, 6> columns;  // fold, status, part, theme, year, count
  ArrayText folds;
  bool empty = true;
};

bool PgStore::take_removed(std::string const& path, Removed& r) {
  // The sentences are still read by this statement: the cascade runs at its end.
  auto& s = cached("take_document",
                   "WITH del AS (DELETE FROM documents WHERE unit = current_user AND path = ? RETURNING id) "
                   "SELECT s.fold, s.status, s.part, coalesce(s.theme, ''), coalesce(s.year, 0), count(s.id) "
                   "FROM del LEFT JOIN sentences s ON s.document_id = del.id GROUP BY 1, 2, 3, 4, 5");
  s.bind(1, path);
  bool gone = false;
  while (s.step()) {
    gone = true;
    if (s.column_null(0)) continue;  // a document without sentences
    r.columns[0].add(s.column_int64(0));
    r.columns[1].add(s.column_view(1));
    r.columns[2].add(s.column_view(2));
    r.columns[3].add(s.column_view(3));
    r.columns[4].add(s.column_int64(4));
    r.columns[5].add(s.column_int64(5));
    r.folds.add(s.column_int64(0));
    r.empty = false;
  }
  s.reset();
  return gone;
}

void PgStore::update_phrases(Removed const& removed, std::int64_t added, std::string_view status) {
  // Each statement takes its row locks in key order (phrases before their
  // contexts; additions and removals in one upsert): concurrent learners of
  // a unit wait for one another on a shared phrase but cannot deadlock.
  std::string const folds = removed.folds.str();
  auto& p = cached(
      "phrases_upsert",
      "WITH n AS (SELECT fold, ?2::text AS status, min(id) AS first_id, (array_agg(text ORDER BY id))[1] AS text, "
      "(array_agg(tokens ORDER BY id))[1] AS tokens, count(*) AS uses, max(coalesce(year, 0)) AS last_year, "
      "bool_or(kind <> 'body') AS lead FROM sentences WHERE document_id = ?1 GROUP BY fold), "
      "o AS (SELECT fold, status, sum(n) AS removed FROM unnest(?3::bigint[], ?4::text[], ?5::bigint[]) "
      "AS t(fold, status, n) GROUP BY fold, status), "
      "up AS (INSERT INTO phrases(fold, status, first_id, text, tokens, uses, last_year, lead, chars) "
      "SELECT fold, status, coalesce(n.first_id, 0), coalesce(n.text, ''), coalesce(n.tokens, 0), "
      "coalesce(n.uses, 0) - coalesce(o.removed, 0), coalesce(n.last_year, 0), coalesce(n.lead, false), "
      "coalesce(string_to_array(lower(n.text), NULL), '{}') "
      "FROM n FULL JOIN o USING (fold, status) ORDER BY fold, status "
      "ON CONFLICT (fold, unit, status) DO UPDATE SET uses = phrases.uses + excluded.uses, "
      "last_year = greatest(phrases.last_year, excluded.last_year), lead = phrases.lead OR excluded.lead "
      "RETURNING fold, text, xmax = 0 AS inserted) "  // xmax 0: a row this statement inserted
      "SELECT fold, text FROM up WHERE inserted");
  p.bind(1, added).bind(2, status);
  for (int i = 0; i < 2; ++i) p.bind(3 + i, removed.columns[static_cast<std::size_t>(i)].str());
  p.bind(5, removed.columns[5].str());
  // The set phrases of the phrases new to this unit and status.
  std::array<ArrayText, 4> links;  // fold, set fold, text, kind
  bool any_link = false;
  while (p.step()) {
    for (auto const& sp : phrases::find_set_phrases(p.column_view(1))) {
      links[0].add(p.column_int64(0));
      links[1].add(phrases::fold_key(sp.text));
      links[2].add(sp.text);
      links[3].add(phrases::set_phrase_kind_name(sp.kind));
      any_link = true;
    }
  }
  p.reset();
  if (any_link) {
    auto& l = cached("phrase_sets_insert",
                     "INSERT INTO phrase_sets(fold, status, set_fold, text, kind) "
                     "SELECT fold, ?1, set_fold, text, kind FROM unnest(?2::bigint[], ?3::bigint[], ?4::text[], "
                     "?5::text[]) AS t(fold, set_fold, text, kind) ORDER BY 1, 3 ON CONFLICT DO NOTHING");
    l.bind(1, status);
    for (int i = 0; i < 4; ++i) l.bind(2 + i, links[static_cast<std::size_t>(i)].str());
    l.run();
  }
  auto& c = cached("contexts_upsert",
                   "WITH n AS (SELECT fold, ?2::text AS status, part, coalesce(theme, '') AS theme, "
                   "coalesce(year, 0) AS year, count(*) AS uses, max(id) AS newest_id FROM sentences "
                   "WHERE document_id = ?1 GROUP BY fold, part, coalesce(theme, ''), coalesce(year, 0)), "
                   "o AS (SELECT * FROM unnest(?3::bigint[], ?4::text[], ?5::text[], ?6::text[], ?7::int[], "
                   "?8::bigint[]) AS t(fold, status, part, theme, year, removed)) "
                   "INSERT INTO phrase_contexts(fold, status, part, theme, year, uses, newest_id) "
                   "SELECT fold, status, part, theme, year, coalesce(n.uses, 0) - coalesce(o.removed, 0), "
                   "coalesce(n.newest_id, 0) FROM n FULL JOIN o USING (fold, status, part, theme, year) "
                   "ORDER BY fold, status, part COLLATE \"C\", theme COLLATE \"C\", year "
                   "ON CONFLICT (fold, unit, status, part, theme, year) "
                   "DO UPDATE SET uses = phrase_contexts.uses + excluded.uses, "
                   "newest_id = greatest(phrase_contexts.newest_id, excluded.newest_id)");
  c.bind(1, added).bind(2, status);
  for (int i = 0; i < 6; ++i) c.bind(3 + i, removed.columns[static_cast<std::size_t>(i)].str());
  c.run();
  if (removed.empty) return;
  // Rows left unused go, and the last year of those that stay is that of
  // their remaining contexts (all locked above by this transaction).
  cached("contexts_drop",
         "DELETE FROM phrase_contexts WHERE unit = current_user AND fold = ANY(?1::bigint[]) AND uses <= 0")
      .bind(1, folds)
      .run();
  // A context whose newest sentence went with the removed document takes
  // the newest of those left (a replaced document's own new sentences were
  // counted above, so this is rare: contexts the new version no longer has).
  cached("contexts_newest",
         "UPDATE phrase_contexts c SET newest_id = coalesce((SELECT max(s.id) FROM sentences s "
         "WHERE s.fold = c.fold AND s.unit = c.unit AND s.status = c.status AND s.part = c.part "
         "AND coalesce(s.theme, '') = c.theme AND coalesce(s.year, 0) = c.year), 0) "
         "WHERE c.unit = current_user AND c.fold = ANY(?1::bigint[]) "
         "AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.id = c.newest_id)")
      .bind(1, folds)
      .run();
  cached("phrases_drop", "DELETE FROM phrases WHERE unit = current_user AND fold = ANY(?1::bigint[]) AND uses <= 0")
      .bind(1, folds)
      .run();
  cached("phrases_last_year",
         "UPDATE phrases p SET last_year = coalesce((SELECT max(c.year) FROM phrase_contexts c "
         "WHERE c.fold = p.fold AND c.unit = p.unit AND c.status = p.status), 0) "
         "WHERE p.unit = current_user AND p.fold = ANY(?1::bigint[])")
      .bind(1, folds)
      .run();
}

void PgStore::link_set_phrases() {
  // Run by the migrator, the owner of the tables: with the policies not
  // forced on it, it reads and writes the rows of every unit.
  c_->exec("ALTER TABLE phrases NO FORCE ROW LEVEL SECURITY; ALTER TABLE phrase_sets NO FORCE ROW LEVEL SECURITY");
  std::array<ArrayText, 6> links;  // fold, unit, status, set fold, text, kind
  bool any = false;
  {
    Statement s(*c_, "SELECT fold, unit, status, text FROM phrases ORDER BY fold, unit, status");
    while (s.step())
      for (auto const& sp : phrases::find_set_phrases(s.column_view(3))) {
        links[0].add(s.column_int64(0));
        links[1].add(s.column_view(1));
        links[2].add(s.column_view(2));
        links[3].add(phrases::fold_key(sp.text));
        links[4].add(sp.text);
        links[5].add(phrases::set_phrase_kind_name(sp.kind));
        any = true;
      }
  }
  if (any) {
    Statement ins(*c_,
                  "INSERT INTO phrase_sets(fold, unit, status, set_fold, text, kind) "
                  "SELECT * FROM unnest(?1::bigint[], ?2::text[], ?3::text[], ?4::bigint[], ?5::text[], ?6::text[]) "
                  "ON CONFLICT DO NOTHING");
    for (int i = 0; i < 6; ++i) ins.bind(1 + i, links[static_cast<std::size_t>(i)].str());
    ins.run();
  }
  // Statistics at once: a corpus's first suggestions must not wait for autovacuum's
  // ANALYZE (without them one took 68 s at 100,000 reports, then 0.2 s).
  c_->exec(
      "ALTER TABLE phrases FORCE ROW LEVEL SECURITY; ALTER TABLE phrase_sets FORCE ROW LEVEL SECURITY; "
      "ANALYZE phrase_sets, phrase_contexts");
}

bool PgStore::remove_document(std::string const& path) {
  Removed removed;
  bool const gone = take_removed(path, removed);
  if (!removed.empty) update_phrases(removed, 0, "final");
  return gone;
}

void PgStore::replace_document(text::Document const& doc, Outline const& outline,
                               std::vector<Sentence> const& sentences) {
  // Two clients of one unit learning the same file take turns.
  auto& lock = cached("lock_path", "SELECT pg_advisory_xact_lock(hashtext(current_user || '/' || ?))");
  lock.bind(1, doc.path).step();
  lock.reset();
  Removed removed;
  take_removed(doc.path, removed);
  std::string_view const status = status_ == DocumentStatus::final ? "final" : "draft";

  // The document, its nodes and its sentences in one statement, the rows
  // as arrays (one round trip).
  std::array<ArrayText, 11> n;
  auto node = [&](std::string_view kind, std::size_t part, std::optional<std::size_t> section, PartRole role,
                  std::size_t line, std::size_t col, std::optional<WrittenMarker> const& marker, std::string_view style,
                  std::string_view title, std::string_view theme) {
    n[0].add(kind);
    n[1].add(static_cast<std::int64_t>(part));
    n[2].add(section);
    n[3].add(role_name(role));
    n[4].add(static_cast<std::int64_t>(line));
    n[5].add(static_cast<std::int64_t>(col));
    if (marker) {
      n[6].add(marker->text);
      n[8].add(static_cast<std::int64_t>(marker->marker.ordinal));
    } else {
      n[6].add(std::nullopt);
      n[8].add(std::nullopt);
    }
    n[7].add_text_or_null(style);
    n[9].add(title);
    n[10].add_text_or_null(theme);
  };
  for (std::size_t p = 0; p < outline.parts.size(); ++p) {
    Part const& part = outline.parts[p];
    std::string_view const part_style = !part.heading ? std::string_view()
                                        : part.marker ? grammar::style_name(part.marker->marker.family)
                                                      : style_unnumbered;
    node("part", p, std::nullopt, part.role, part.line, 1, part.marker, part_style,
         part.heading ? std::string_view(*part.heading) : std::string_view(), {});
    for (std::size_t s = 0; s < part.sections.size(); ++s) {
      Section const& sec = part.sections[s];
      node("section", p, s, part.role, sec.line, sec.column, sec.marker, grammar::style_name(sec.marker.marker.family),
           sec.title, sec.theme);
      for (Item const& it : sec.items) {
        node("item", p, s, part.role, it.line, it.column, it.marker,
             it.marker ? grammar::style_name(it.marker->marker.family) : style_run_in, it.title, {});
      }
    }
  }
  // Sentences, with their fold key.
  std::optional<int> year = outline.report_year;  // the year the report sums up
  if (!year && outline.plan_year) year = *outline.plan_year - 1;
  std::array<ArrayText, 9> s;
  for (auto const& x : sentences) {
    s[0].add(x.text);
    s[1].add(static_cast<std::int64_t>(x.line));
    s[2].add(role_name(x.part));
    if (x.section >= 0) s[3].add(static_cast<std::int64_t>(x.section));
    else s[3].add(std::nullopt);
    s[4].add_text_or_null(x.theme);
    s[5].add(sentence_kind_name(x.kind));
    s[6].add(phrases::fold_key(x.text));
    s[7].add(year);
    std::int64_t tokens = 0;  // what FTS5's per-character index counts (phrases::is_token_char)
    for (auto const [cp, offset] : utf8::chars(x.text))
      if (phrases::is_token_char(cp.value)) ++tokens;
    s[8].add(tokens);
  }
  auto& ins = cached(
      "insert_document",
      "WITH d AS (INSERT INTO documents(path, content_hash, byte_size, encoding, title, report_year, plan_year, "
      "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id), "
      "n AS (INSERT INTO nodes(document_id, status, kind, part_index, section_index, role, line, col, marker, "
      "style, ordinal, title, theme) "
      "SELECT d.id, ?8, kind, part_index, section_index, role, line, col, marker, style, ordinal, title, theme "
      "FROM d, unnest(?9::text[], ?10::int[], ?11::int[], ?12::text[], ?13::int[], ?14::int[], ?15::text[], "
      "?16::text[], ?17::int[], ?18::text[], ?19::text[]) WITH ORDINALITY "
      "AS t(kind, part_index, section_index, role, line, col, marker, style, ordinal, title, theme, o) ORDER BY o), "
      "s AS (INSERT INTO sentences(document_id, status, text, line, part, section, theme, kind, fold, year, tokens) "
      "SELECT d.id, ?8, text, line, part, section, theme, kind, fold, year, tokens "
      "FROM d, unnest(?20::text[], ?21::int[], ?22::text[], ?23::int[], ?24::text[], ?25::text[], ?26::bigint[], "
      "?27::int[], ?28::int[]) WITH ORDINALITY AS t(text, line, part, section, theme, kind, fold, year, tokens, o) "
      "ORDER BY o) "
      "SELECT id FROM d");
  ins.bind(1, doc.path)
      .bind(2, hash_hex(doc.content_hash))
      .bind(3, doc.byte_size)
      .bind(4, text::encoding_name(doc.encoding))
      .bind(5, outline.title ? std::string_view(outline.title->text) : std::string_view())
      .bind(6, outline.report_year)
      .bind(7, outline.plan_year)
      .bind(8, status);
  for (int i = 0; i < 11; ++i) ins.bind(9 + i, n[static_cast<std::size_t>(i)].str());
  for (int i = 0; i < 9; ++i) ins.bind(20 + i, s[static_cast<std::size_t>(i)].str());
  if (!ins.step()) throw StoreError(location(), "无法写入文档：" + doc.path);
  std::int64_t const id = ins.column_int64(0);
  ins.reset();
  update_phrases(removed, id, status);
}

void PgStore::for_each_summary(std::function<void(DocSummary const&)> const& f) {
  Statement s(*c_,
              "SELECT document_id, kind, part_index, role, coalesce(style, ''), coalesce(theme, '') FROM nodes "
              "WHERE ?1 = '' OR unit = ?1 ORDER BY document_id, part_index, id");
  s.bind(1, unit_);
  std::int64_t current = -1;
  DocSummary doc;
  std::map<std::string, int> item_styles;
  auto finish_part = [&] {
    if (doc.parts.empty()) return;
    int best = 0;
    for (auto const& [style, count] : item_styles)
      if (count > best) {
        best = count;
        doc.parts.back().item_style = style;
      }
    item_styles.clear();
  };
  while (s.step()) {
    std::int64_t const d = s.column_int64(0);
    if (d != current) {
      finish_part();
      if (current >= 0) f(doc);
      doc = DocSummary{};
      current = d;
    }
    std::string_view const kind = s.column_view(1);
    if (kind == "part") {
      finish_part();
      DocSummary::PartSummary p;
      p.role = role_from_name(s.column_view(3)).value_or(PartRole::preamble);
      p.heading_style = s.column_text(4);
      doc.parts.push_back(std::move(p));
    } else if (!doc.parts.empty()) {
      auto& p = doc.parts.back();
      if (kind == "section") {
        if (p.section_style.empty()) p.section_style = s.column_text(4);
        p.section_themes.push_back(s.column_text(5));
      } else {
        ++item_styles[s.column_text(4)];
      }
    }
  }
  finish_part();
  if (current >= 0) f(doc);
}

StandardOutline PgStore::rebuild_model() {
  StandardOutlineBuilder b;
  for_each_summary([&](DocSummary const& d) { b.add(d); });
  StandardOutline model = b.finish();
  // Learners of one unit rebuild in turn.
  Statement(*c_, "SELECT pg_advisory_xact_lock(hashtext('model/' || current_user))").step();
  // The mean token counts of the distinct sentences, for ranking (pg_phrases.cpp).
  Statement(*c_,
            "INSERT INTO models(documents, json, avg_trigrams, avg_chars) "
            "SELECT ?1, ?2, coalesce(avg(greatest(char_length(text) - 2, 0)), 0), coalesce(avg(tokens), 0) "
            "FROM (SELECT DISTINCT ON (fold) text, tokens FROM phrases ORDER BY fold, first_id) d "
            "ON CONFLICT (unit) DO UPDATE SET documents = excluded.documents, json = excluded.json, "
            "avg_trigrams = excluded.avg_trigrams, avg_chars = excluded.avg_chars, built_at = now()")
      .bind(1, model.documents)
      .bind(2, to_json(model).dump())
      .run();
  return model;
}

std::optional<StandardOutline> PgStore::load_model() {
  if (!unit_.empty()) return std::nullopt;  // built from that unit's outlines by the caller
  Statement s(*c_, "SELECT json FROM models WHERE unit = current_user");
  if (!s.step()) return std::nullopt;
  try {
    return standard_outline_from_json(nlohmann::json::parse(s.column_view(0)));
  } catch (std::exception const& e) {
    throw StoreError(location(), std::string("保存的标准提纲已损坏：") + e.what() + "；请重新运行 zongjie learn");
  }
}

std::vector<store::Store::ThemeTerm> PgStore::theme_terms() {
  Statement s(
      *c_,
      "SELECT term, theme, weight FROM theme_terms WHERE unit = current_user ORDER BY theme COLLATE \"C\", term COLLATE \"C\"");
  std::vector<ThemeTerm> out;
  while (s.step()) out.push_back({s.column_text(0), s.column_text(1), s.column_int(2)});
  return out;
}

void PgStore::replace_theme_terms(std::vector<ThemeTerm> const& terms) {
  Statement(*c_, "SELECT pg_advisory_xact_lock(hashtext('model/' || current_user))").step();
  c_->exec("DELETE FROM theme_terms WHERE unit = current_user");
  Statement s(*c_,
              "INSERT INTO theme_terms(term, theme, weight) VALUES (?, ?, ?) "
              "ON CONFLICT (unit, term, theme) DO UPDATE SET weight = excluded.weight");
  for (auto const& t : terms) s.bind(1, t.term).bind(2, t.theme).bind(3, t.weight).run();
}

std::vector<store::Store::PartHeading> PgStore::part_headings() {
  Statement s(*c_,
              "SELECT title, role, count(*) FROM nodes WHERE kind = 'part' AND title <> '' "
              "AND (?1 = '' OR unit = ?1) GROUP BY title, role ORDER BY title COLLATE \"C\", role COLLATE \"C\"");
  s.bind(1, unit_);
  std::vector<PartHeading> out;
  while (s.step()) {
    auto const role = role_from_name(s.column_text(1));
    if (role) out.push_back({s.column_text(0), *role, s.column_int(2)});
  }
  return out;
}

void PgStore::replace_document_names(std::string const& path, std::vector<NameCount> const& names) {
  ArrayText kinds, words, counts;
  for (auto const& n : names) {
    kinds.add(name_kind_id(n.kind));
    words.add(n.word);
    counts.add(static_cast<std::int64_t>(n.count));
  }
  auto& del = cached("delete_names",
                     "DELETE FROM document_names WHERE document_id = "
                     "(SELECT id FROM documents WHERE unit = current_user AND path = ?)");
  del.bind(1, path).run();
  auto& ins = cached("insert_names",
                     "INSERT INTO document_names(document_id, status, kind, word, count) "
                     "SELECT d.id, d.status, t.kind, t.word, t.count FROM documents d, "
                     "unnest(?2::text[], ?3::text[], ?4::int[]) AS t(kind, word, count) "
                     "WHERE d.unit = current_user AND d.path = ?1");
  ins.bind(1, path).bind(2, kinds.str()).bind(3, words.str()).bind(4, counts.str()).run();
  auto& mark =
      cached("names_scanned", "UPDATE documents SET names_scanned = true WHERE unit = current_user AND path = ?");
  mark.bind(1, path).run();
}

std::vector<std::string> PgStore::documents_without_names() {
  Statement s(*c_,
              "SELECT path FROM documents WHERE unit = current_user AND NOT names_scanned ORDER BY path COLLATE \"C\"");
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.column_text(0));
  return out;
}

std::vector<std::string> PgStore::document_sentences(std::string const& path) {
  Statement s(*c_,
              "SELECT s.text FROM sentences s JOIN documents d ON d.id = s.document_id "
              "WHERE d.unit = current_user AND d.path = ? ORDER BY s.id");
  s.bind(1, path);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.column_text(0));
  return out;
}

void PgStore::rebuild_lexicon() {
  // Learners of one unit rebuild in turn (the same lock as the model).
  Statement(*c_, "SELECT pg_advisory_xact_lock(hashtext('model/' || current_user))").step();
  c_->exec("DELETE FROM names WHERE unit = current_user");
  c_->exec(
      "INSERT INTO names(word, kind, count, documents) "
      "SELECT word, kind, sum(count), count(*) FROM document_names GROUP BY word, kind");
}

std::vector<NameCount> PgStore::learned_names() {
  Statement s(*c_,
              "SELECT word, kind, count, documents FROM names WHERE unit = current_user "
              "ORDER BY kind COLLATE \"C\", count DESC, word COLLATE \"C\"");
  std::vector<NameCount> out;
  while (s.step())
    if (auto const kind = name_kind_from(s.column_view(1)))
      out.push_back({s.column_text(0), *kind, s.column_int(2), s.column_int(3)});
  return out;
}

std::vector<StaffName> PgStore::staff_names() {
  Statement s(*c_,
              "SELECT word, coalesce(kind, ''), removed::int FROM staff_names WHERE unit = current_user "
              "ORDER BY word COLLATE \"C\"");
  std::vector<StaffName> out;
  while (s.step()) out.push_back({s.column_text(0), name_kind_from(s.column_view(1)), s.column_int(2) != 0});
  return out;
}

void PgStore::set_staff_name(StaffName const& name) {
  Statement s(*c_,
              "INSERT INTO staff_names(word, kind, removed) VALUES (?1, nullif(?2, ''), ?3::int <> 0) "
              "ON CONFLICT (unit, word) DO UPDATE SET kind = excluded.kind, removed = excluded.removed, "
              "added_at = now()");
  s.bind(1, name.word).bind(2, name.kind ? name_kind_id(*name.kind) : std::string_view()).bind(3, name.removed ? 1 : 0);
  s.run();
}

std::vector<std::pair<std::string, std::string>> PgStore::section_themes() {
  Statement s(*c_, "SELECT title, theme FROM nodes WHERE kind = 'section' AND theme IS NOT NULL ORDER BY id");
  std::vector<std::pair<std::string, std::string>> out;
  while (s.step()) out.emplace_back(s.column_text(0), s.column_text(1));
  return out;
}

}  // namespace zongjie::pgstore
