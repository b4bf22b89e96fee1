#include "zongjie/store/corpus_store.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>

namespace zongjie::store {

namespace {

constexpr std::string_view schema_sql = R"sql(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents(
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  byte_size    INTEGER NOT NULL,
  encoding     TEXT NOT NULL,
  title        TEXT,
  report_year  INTEGER,
  plan_year    INTEGER,
  learned_at   TEXT NOT NULL
);
CREATE TABLE nodes(
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('part', 'section', 'item')),
  part_index    INTEGER NOT NULL,
  section_index INTEGER,
  role          TEXT NOT NULL,
  line          INTEGER NOT NULL,
  col           INTEGER NOT NULL,
  marker        TEXT,
  style         TEXT,
  ordinal       INTEGER,
  title         TEXT,
  theme         TEXT
);
CREATE INDEX nodes_document ON nodes(document_id);
CREATE TABLE sentences(
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  line        INTEGER NOT NULL,
  part        TEXT NOT NULL,
  section     INTEGER,
  theme       TEXT,
  kind        TEXT NOT NULL,
  phrase_id   INTEGER,
  year        INTEGER
);
CREATE INDEX sentences_document ON sentences(document_id);
-- The full-text index over sentences is kept per distinct sentence
-- (phrases, see phrases/phrase_writer.hpp): reports copy most sentences from
-- year to year, so indexing each copy again would triple the database for
-- no new hits.  Rows are added by PhraseWriter as sentences are inserted;
-- every count and every delete is kept in step by the triggers below, in
-- the same transaction as the sentences.
CREATE TABLE phrases(
  id        INTEGER PRIMARY KEY,
  fold      INTEGER NOT NULL UNIQUE,
  text      TEXT NOT NULL,
  chars     TEXT NOT NULL,
  flags     INTEGER NOT NULL DEFAULT 0,
  uses      INTEGER NOT NULL DEFAULT 0,
  last_year INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sentences_phrase ON sentences(phrase_id, part, theme, year);
CREATE TABLE phrase_contexts(
  phrase_id INTEGER NOT NULL,
  part      TEXT NOT NULL,
  theme     TEXT NOT NULL,
  year      INTEGER NOT NULL,
  uses      INTEGER NOT NULL,
  PRIMARY KEY (phrase_id, part, theme, year)
) WITHOUT ROWID;
CREATE INDEX phrase_contexts_place ON phrase_contexts(part, theme);
CREATE INDEX phrase_contexts_year ON phrase_contexts(phrase_id, year);
CREATE VIRTUAL TABLE phrases_fts USING fts5(
  text, content='phrases', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE phrases_chars USING fts5(
  chars, content='phrases', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE set_phrases(
  id   INTEGER PRIMARY KEY,
  fold INTEGER NOT NULL UNIQUE,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('parallel', 'slogan'))
);
CREATE TABLE phrase_sets(
  phrase_id INTEGER NOT NULL,
  set_id    INTEGER NOT NULL,
  PRIMARY KEY (phrase_id, set_id)
) WITHOUT ROWID;
CREATE INDEX phrase_sets_set ON phrase_sets(set_id);
CREATE TRIGGER phrases_ai AFTER INSERT ON phrases BEGIN
  INSERT INTO phrases_fts(rowid, text) VALUES (new.id, new.text);
  INSERT INTO phrases_chars(rowid, chars) VALUES (new.id, new.chars);
END;
CREATE TRIGGER phrases_ad AFTER DELETE ON phrases BEGIN
  INSERT INTO phrases_fts(phrases_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO phrases_chars(phrases_chars, rowid, chars) VALUES ('delete', old.id, old.chars);
  DELETE FROM phrase_sets WHERE phrase_id = old.id;
END;
CREATE TRIGGER phrase_sets_ad AFTER DELETE ON phrase_sets BEGIN
  DELETE FROM set_phrases
   WHERE id = old.set_id AND NOT EXISTS (SELECT 1 FROM phrase_sets WHERE set_id = old.set_id);
END;
CREATE TRIGGER sentences_phrase_ai AFTER INSERT ON sentences WHEN new.phrase_id IS NOT NULL BEGIN
  UPDATE phrases SET uses = uses + 1, last_year = max(last_year, ifnull(new.year, 0)) WHERE id = new.phrase_id;
  INSERT INTO phrase_contexts(phrase_id, part, theme, year, uses)
    VALUES (new.phrase_id, new.part, ifnull(new.theme, ''), ifnull(new.year, 0), 1)
    ON CONFLICT (phrase_id, part, theme, year) DO UPDATE SET uses = uses + 1;
END;
CREATE TRIGGER sentences_phrase_ad AFTER DELETE ON sentences WHEN old.phrase_id IS NOT NULL BEGIN
  UPDATE phrase_contexts SET uses = uses - 1
   WHERE phrase_id = old.phrase_id AND part = old.part AND theme = ifnull(old.theme, '') AND year = ifnull(old.year, 0);
  DELETE FROM phrase_contexts
   WHERE phrase_id = old.phrase_id AND part = old.part AND theme = ifnull(old.theme, '') AND year = ifnull(old.year, 0)
     AND uses <= 0;
  UPDATE phrases SET uses = uses - 1,
         last_year = ifnull((SELECT max(year) FROM phrase_contexts WHERE phrase_id = old.phrase_id), 0)
   WHERE id = old.phrase_id;
  DELETE FROM phrases WHERE id = old.phrase_id AND uses <= 0;
END;
-- Suggestions per part and theme ('' = the whole part), refilled with the
-- model (store::rebuild_suggestions): the most used set phrases and sentences.
CREATE TABLE suggestions(
  part      TEXT NOT NULL,
  theme     TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('parallel', 'slogan', 'lead', 'sentence')),
  ref_id    INTEGER NOT NULL,
  text      TEXT NOT NULL,
  uses      INTEGER NOT NULL,
  variants  INTEGER NOT NULL,
  last_year INTEGER NOT NULL,
  PRIMARY KEY (part, theme, kind, ref_id)
) WITHOUT ROWID;
CREATE INDEX suggestions_rank ON suggestions(part, theme, uses);
CREATE TABLE model(
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  documents INTEGER NOT NULL,
  json      TEXT NOT NULL,
  built_at  TEXT NOT NULL
);
CREATE TABLE theme_terms(
  term   TEXT NOT NULL,
  theme  TEXT NOT NULL,
  weight INTEGER NOT NULL,
  PRIMARY KEY (term, theme)
) WITHOUT ROWID;
)sql";

// Schema 2: the office lexicon.  Names are counted per stored document
// (removed with it); `names` is their sum, recounted at the end of every
// learn; staff edits are kept apart and applied when the lexicon is read.
// Documents learned under schema 1 have names_scanned = 0: learn counts
// their names from their stored sentences.
constexpr std::string_view migration_2_sql = R"sql(
ALTER TABLE documents ADD COLUMN names_scanned INTEGER NOT NULL DEFAULT 0;
CREATE TABLE document_names(
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('place', 'unit', 'project', 'person')),
  word        TEXT NOT NULL,
  count       INTEGER NOT NULL,
  PRIMARY KEY (document_id, kind, word)
) WITHOUT ROWID;
CREATE TABLE names(
  word      TEXT NOT NULL,
  kind      TEXT NOT NULL,
  count     INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (word, kind)
) WITHOUT ROWID;
CREATE TABLE staff_names(
  word     TEXT PRIMARY KEY,
  kind     TEXT,
  removed  INTEGER NOT NULL,
  added_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

std::string now_iso() {
  std::time_t const t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string hash_hex(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::uint64_t parse_hash(std::string_view s) { return std::strtoull(std::string(s).c_str(), nullptr, 16); }

}  // namespace

bool is_server_location(std::string_view location) noexcept {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return true;
  // A libpq key=value connection string ("host=… dbname=…").
  for (std::string_view key : {"host=", "hostaddr=", "dbname=", "service="})
    if (location.starts_with(key) || location.find(std::string(" ") + std::string(key)) != std::string_view::npos)
      return true;
  return false;
}

std::string default_database_path() {
  if (char const* env = std::getenv("ZONGJIE_DB"); env && *env) return env;
  std::filesystem::path base;
  if (char const* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) base = xdg;
  else if (char const* home = std::getenv("HOME"); home && *home)
    base = std::filesystem::path(home) / ".local" / "share";
  else base = ".";
  return (base / "zongjie" / "corpus.db").string();
}

CorpusStore::CorpusStore(std::string path, Mode mode) : path_(std::move(path)) {
  std::error_code ec;
  if (mode == Mode::read_only) {
    if (!std::filesystem::exists(path_, ec)) throw StoreError(path_, "语料库不存在，请先用 zongjie learn 学习往年报告");
  } else if (auto const parent = std::filesystem::path(path_).parent_path(); !parent.empty()) {
    std::filesystem::create_directories(parent, ec);
    if (ec) throw StoreError(path_, "无法创建数据库所在的文件夹：" + ec.message());
  }
  db_ = std::make_unique<Database>(path_, mode == Mode::read_only ? Database::Mode::read_only
                                                                  : Database::Mode::read_write_create);
  create_or_check_schema(mode);
}

void CorpusStore::create_or_check_schema(Mode mode) {
  struct Tables {
    bool any = false, meta = false, phrases = false;
  };
  auto const read_tables = [this] {
    Tables t;
    Statement tables(*db_, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (tables.step()) {
      t.any = true;
      if (tables.column_view(0) == "meta") t.meta = true;
      if (tables.column_view(0) == "phrases") t.phrases = true;
    }
    return t;
  };
  // Reading the schema is the first access: a corrupt file or one that is
  // not a database fails here, with SQLite's reason in Chinese.
  Tables found = read_tables();
  if (!found.any) {
    if (mode == Mode::read_only) throw StoreError(path_, "语料库是空的，请先用 zongjie learn 学习往年报告");
    db_->exec("PRAGMA journal_mode = WAL");
    // Under the write lock, and looked at again: another process learning
    // into the same new file may have created the schema meanwhile.
    Transaction t(*db_);
    found = read_tables();
    if (!found.any) {
      db_->exec(schema_sql);
      Statement(*db_, "INSERT INTO meta(key, value) VALUES ('schema_version', ?), ('created_at', ?)")
          .bind(1, "1")
          .bind(2, now_iso())
          .run();
      migrate(1);
      found = {true, true, true};
    }
    t.commit();
  }
  // The version of a database found (or just created).
  {
    if (!found.meta) throw StoreError(path_, "这不是 zongjie 的语料库数据库（缺少版本信息）");
    Statement v(*db_, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!v.step()) throw StoreError(path_, "这不是 zongjie 的语料库数据库（缺少版本信息）");
    int const version = std::atoi(v.column_text(0).c_str());
    if (version > schema_version)
      throw StoreError(path_, "数据库由更新版本的 zongjie 创建（结构版本 " + std::to_string(version) + "，本程序支持 " +
                                  std::to_string(schema_version) + "），请升级 zongjie");
    if (version < 1) throw StoreError(path_, "数据库结构版本无效：" + std::to_string(version));
    // Schema 1 before it was released had no phrase index: learning into it would fail half-way.
    if (mode != Mode::read_only && !found.phrases)
      throw StoreError(path_, "数据库由较早的开发版本创建，缺少短语索引；请删除该文件后重新运行 zongjie learn");
    if (mode != Mode::read_only) db_->exec("PRAGMA journal_mode = WAL");
    if (version < schema_version && mode != Mode::read_only) {
      // Under the write lock, and looked at again: another learner may have migrated it.
      Transaction t(*db_);
      Statement again(*db_, "SELECT value FROM meta WHERE key = 'schema_version'");
      again.step();
      int const now = std::atoi(again.column_text(0).c_str());
      if (now < schema_version) migrate(now);
      t.commit();
      has_names_ = true;
    } else {
      has_names_ = version >= 2;
    }
  }
  db_->exec("PRAGMA foreign_keys = ON");
  if (mode != Mode::read_only) {
    db_->exec("PRAGMA synchronous = NORMAL");
    // Learning touches index pages all over a database of hundreds of MB:
    // with SQLite's default 2 MB page cache, half of the time went to
    // reading pages back from the OS.  64 MB keeps the hot ones.
    db_->exec("PRAGMA cache_size = -65536");
    db_->exec("PRAGMA wal_autocheckpoint = 16384");
    db_->exec("PRAGMA temp_store = MEMORY");
  }
}

void CorpusStore::migrate(int from) {
  if (from < 2) db_->exec(migration_2_sql);
  Statement(*db_, "UPDATE meta SET value = ? WHERE key = 'schema_version'")
      .bind(1, std::to_string(schema_version))
      .run();
}

Statement& CorpusStore::cached(std::string_view key, std::string_view sql) {
  for (auto& [k, s] : statements_)
    if (k == key) {
      s->reset();
      return *s;
    }
  statements_.emplace_back(std::string(key), std::make_unique<Statement>(*db_, sql));
  return *statements_.back().second;
}

namespace {
CorpusStore::DocumentRecord read_record(Statement const& s) {
  CorpusStore::DocumentRecord r;
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
    "id, path, content_hash, byte_size, encoding, title, report_year, plan_year";
}  // namespace

std::optional<CorpusStore::DocumentRecord> CorpusStore::find_document(std::string const& path) {
  Statement& s = cached("find_document",
                        "SELECT id, path, content_hash, byte_size, encoding, title, report_year, "
                        "plan_year FROM documents WHERE path = ?");
  s.bind(1, path);
  if (!s.step()) return std::nullopt;
  auto r = read_record(s);
  s.reset();
  return r;
}

std::vector<CorpusStore::DocumentRecord> CorpusStore::documents() {
  Statement s(*db_, "SELECT " + std::string(document_columns) + " FROM documents ORDER BY path");
  std::vector<DocumentRecord> out;
  while (s.step()) out.push_back(read_record(s));
  return out;
}

std::size_t CorpusStore::document_count() {
  Statement s(*db_, "SELECT count(*) FROM documents");
  s.step();
  return static_cast<std::size_t>(s.column_int64(0));
}

std::size_t CorpusStore::sentence_count() {
  Statement s(*db_, "SELECT count(*) FROM sentences");
  s.step();
  return static_cast<std::size_t>(s.column_int64(0));
}

bool CorpusStore::remove_document(std::string const& path) {
  Statement& s = cached("remove_document", "DELETE FROM documents WHERE path = ?");
  s.bind(1, path).run();
  return db_->changes() > 0;
}

void CorpusStore::replace_document(text::Document const& doc, Outline const& outline,
                                   std::vector<Sentence> const& sentences) {
  remove_document(doc.path);
  Statement& d = cached("insert_document",
                        "INSERT INTO documents(path, content_hash, byte_size, encoding, title, report_year, "
                        "plan_year, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  d.bind(1, doc.path)
      .bind(2, hash_hex(doc.content_hash))
      .bind(3, doc.byte_size)
      .bind(4, text::encoding_name(doc.encoding))
      .bind(5, outline.title ? std::string_view(outline.title->text) : std::string_view())
      .bind(6, outline.report_year)
      .bind(7, outline.plan_year)
      .bind(8, now_iso())
      .run();
  std::int64_t const id = db_->last_insert_rowid();

  Statement& n = cached("insert_node",
                        "INSERT INTO nodes(document_id, kind, part_index, section_index, role, line, col, marker, "
                        "style, ordinal, title, theme) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto node = [&](std::string_view kind, std::size_t part, std::optional<std::size_t> section, PartRole role,
                  std::size_t line, std::size_t col, std::optional<WrittenMarker> const& marker, std::string_view style,
                  std::string_view title, std::string_view theme) {
    n.bind(1, id).bind(2, kind).bind(3, part).bind(4, section).bind(5, role_name(role)).bind(6, line).bind(7, col);
    if (marker) n.bind(8, marker->text).bind(10, marker->marker.ordinal);
    else n.bind(8, std::nullopt).bind(10, std::nullopt);
    if (style.empty()) n.bind(9, std::nullopt);
    else n.bind(9, style);
    n.bind(11, title);
    if (theme.empty()) n.bind(12, std::nullopt);
    else n.bind(12, theme);
    n.run();
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
      for (Item const& it : sec.items)
        node("item", p, s, part.role, it.line, it.column, it.marker,
             it.marker ? grammar::style_name(it.marker->marker.family) : style_run_in, it.title, {});
    }
  }

  Statement& st = cached("insert_sentence",
                         "INSERT INTO sentences(document_id, text, line, part, section, theme, kind, phrase_id, year) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!phrase_writer_) phrase_writer_ = std::make_unique<store::PhraseWriter>(*db_);
  std::optional<int> year = outline.report_year;  // the year the report sums up
  if (!year && outline.plan_year) year = *outline.plan_year - 1;
  for (auto const& s : sentences) {
    // The phrase row first (it may insert); then the sentence, whose insert
    // trigger counts it.
    std::int64_t const phrase = phrase_writer_->phrase_for(s.text, s.kind != SentenceKind::body);
    st.bind(1, id).bind(2, s.text).bind(3, s.line).bind(4, role_name(s.part));
    if (s.section >= 0) st.bind(5, s.section);
    else st.bind(5, std::nullopt);
    if (s.theme.empty()) st.bind(6, std::nullopt);
    else st.bind(6, s.theme);
    st.bind(7, sentence_kind_name(s.kind)).bind(8, phrase).bind(9, year).run();
  }
}

void CorpusStore::for_each_summary(std::function<void(DocSummary const&)> const& f) {
  Statement s(*db_,
              "SELECT document_id, kind, part_index, role, style, theme FROM nodes "
              "ORDER BY document_id, part_index, id");
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

StandardOutline CorpusStore::rebuild_model() {
  StandardOutlineBuilder b;
  for_each_summary([&](DocSummary const& d) { b.add(d); });
  StandardOutline model = b.finish();
  store::rebuild_suggestions(*db_);
  Statement(*db_, "INSERT OR REPLACE INTO model(id, documents, json, built_at) VALUES (1, ?, ?, ?)")
      .bind(1, model.documents)
      .bind(2, to_json(model).dump())
      .bind(3, now_iso())
      .run();
  return model;
}

std::optional<StandardOutline> CorpusStore::load_model() {
  Statement s(*db_, "SELECT json FROM model WHERE id = 1");
  if (!s.step()) return std::nullopt;
  try {
    return standard_outline_from_json(nlohmann::json::parse(s.column_view(0)));
  } catch (std::exception const& e) {
    throw StoreError(path_, std::string("保存的标准提纲已损坏：") + e.what() + "；请重新运行 zongjie learn");
  }
}

std::vector<CorpusStore::ThemeTerm> CorpusStore::theme_terms() {
  Statement s(*db_, "SELECT term, theme, weight FROM theme_terms ORDER BY theme, term");
  std::vector<ThemeTerm> out;
  while (s.step()) out.push_back({s.column_text(0), s.column_text(1), s.column_int(2)});
  return out;
}

std::vector<CorpusStore::PartHeading> CorpusStore::part_headings() {
  Statement s(*db_,
              "SELECT title, role, COUNT(*) FROM nodes WHERE kind = 'part' AND title <> '' "
              "GROUP BY title, role ORDER BY title, role");
  std::vector<PartHeading> out;
  while (s.step()) {
    auto const role = role_from_name(s.column_text(1));
    if (role) out.push_back({s.column_text(0), *role, s.column_int(2)});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> CorpusStore::section_themes() {
  Statement s(*db_, "SELECT title, theme FROM nodes WHERE kind = 'section' AND theme IS NOT NULL");
  std::vector<std::pair<std::string, std::string>> out;
  while (s.step()) out.emplace_back(s.column_text(0), s.column_text(1));
  return out;
}

void CorpusStore::replace_document_names(std::string const& path, std::vector<NameCount> const& names) {
  auto const doc = find_document(path);
  if (!doc) return;
  cached("delete_names", "DELETE FROM document_names WHERE document_id = ?").bind(1, doc->id).run();
  Statement& ins =
      cached("insert_name", "INSERT INTO document_names(document_id, kind, word, count) VALUES (?, ?, ?, ?)");
  for (auto const& n : names) ins.bind(1, doc->id).bind(2, name_kind_id(n.kind)).bind(3, n.word).bind(4, n.count).run();
  cached("names_scanned", "UPDATE documents SET names_scanned = 1 WHERE id = ?").bind(1, doc->id).run();
}

std::vector<std::string> CorpusStore::documents_without_names() {
  Statement s(*db_, "SELECT path FROM documents WHERE names_scanned = 0 ORDER BY path");
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.column_text(0));
  return out;
}

std::vector<std::string> CorpusStore::document_sentences(std::string const& path) {
  Statement s(*db_,
              "SELECT s.text FROM sentences s JOIN documents d ON d.id = s.document_id WHERE d.path = ? "
              "ORDER BY s.id");
  s.bind(1, path);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.column_text(0));
  return out;
}

void CorpusStore::rebuild_lexicon() {
  db_->exec("DELETE FROM names");
  db_->exec(
      "INSERT INTO names(word, kind, count, documents) "
      "SELECT word, kind, sum(count), count(*) FROM document_names GROUP BY word, kind");
}

std::vector<NameCount> CorpusStore::learned_names() {
  std::vector<NameCount> out;
  if (!has_names_) return out;
  Statement s(*db_, "SELECT word, kind, count, documents FROM names ORDER BY kind, count DESC, word");
  while (s.step())
    if (auto const kind = name_kind_from(s.column_view(1)))
      out.push_back({s.column_text(0), *kind, s.column_int(2), s.column_int(3)});
  return out;
}

std::vector<StaffName> CorpusStore::staff_names() {
  std::vector<StaffName> out;
  if (!has_names_) return out;
  Statement s(*db_, "SELECT word, ifnull(kind, ''), removed FROM staff_names ORDER BY word");
  while (s.step()) out.push_back({s.column_text(0), name_kind_from(s.column_view(1)), s.column_int(2) != 0});
  return out;
}

void CorpusStore::set_staff_name(StaffName const& name) {
  Statement s(*db_, "INSERT OR REPLACE INTO staff_names(word, kind, removed, added_at) VALUES (?, ?, ?, ?)");
  s.bind(1, name.word);
  if (name.kind) s.bind(2, name_kind_id(*name.kind));
  else s.bind(2, std::nullopt);
  s.bind(3, name.removed ? 1 : 0).bind(4, now_iso()).run();
}

void CorpusStore::begin() { tx_.emplace(*db_); }

void CorpusStore::commit() {
  if (tx_) tx_->commit();
  tx_.reset();
}

void CorpusStore::rollback() noexcept { tx_.reset(); }

void CorpusStore::replace_theme_terms(std::vector<ThemeTerm> const& terms) {
  db_->exec("DELETE FROM theme_terms");
  Statement s(*db_, "INSERT OR REPLACE INTO theme_terms(term, theme, weight) VALUES (?, ?, ?)");
  for (auto const& t : terms) s.bind(1, t.term).bind(2, t.theme).bind(3, t.weight).run();
}

}  // namespace zongjie::store
