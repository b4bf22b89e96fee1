// The store interface (store::Store, store::PhraseSearch) on either backend:
// the same test cases run on SQLite (ctest pg:store:sqlite) and on the
// throwaway PostgreSQL cluster (pg:store:postgresql, with
// ZONGJIE_TEST_PG_DIR naming the fixture's folder).  Each case learns the
// phrase fixtures (tests/phrases/phrase_fixture.hpp) into a fresh database
// of its own.
#include "phrases/phrase_fixture.hpp"
#include "zongjie/learn/learner.hpp"
#include "zongjie/pgstore/open.hpp"
#include "zongjie/pgstore/pg.hpp"
#include "zongjie/service/workspace.hpp"
#include "zongjie/store/corpus_store.hpp"
#include "zongjie/store/phrase_index.hpp"
#include "zongjie/store/sqlite.hpp"

#include <catch2/catch.hpp>

namespace zongjie {
namespace {

namespace fs = std::filesystem;
using store::Store;

using test::fresh_location;

LearnResult learn_at(Store& s, std::vector<fs::path> const& inputs) {
  LearnOptions options;
  options.inputs = inputs;
  options.threads = 1;
  return learn(s, options);
}

struct Learned {
  Learned() {
    files[2020] = dir.write("r/r2020.txt", test::fixture_report(2020, {"甲组推进垃圾分类示范。"}));
    files[2022] = dir.write("r/r2022.txt", test::fixture_report(2022, {"甲组推进垃圾分类示范。"}));
    files[2024] = dir.write("r/r2024.txt", test::fixture_report(2024, {"乙组推进垃圾分类示范。"}));
    location = fresh_location(dir);
    auto s = pgstore::open_store(location, Store::Mode::read_write);
    first = learn_at(*s, {dir.path() / "r"});
  }
  test::ScratchDir dir{"store-backends"};
  std::map<int, fs::path> files;
  std::string location;
  LearnResult first;
};

TEST_CASE("learning: unchanged files skipped, a changed one replaced, counts exact", "[store]") {
  Learned fx;
  CHECK(fx.first.learned == 3);
  auto s = pgstore::open_store(fx.location, Store::Mode::read_write);
  CHECK(s->document_count() == 3);
  std::size_t const sentences = s->sentence_count();
  CHECK(sentences > 20);
  auto again = learn_at(*s, {fx.dir.path() / "r"});
  CHECK(again.unchanged == 3);
  CHECK(again.learned == 0);
  CHECK(s->sentence_count() == sentences);
  fx.dir.write("r/r2022.txt", test::fixture_report(2022, {"甲组推进垃圾分类示范。", "新增一句说明文字。"}));
  auto changed = learn_at(*s, {fx.dir.path() / "r"});
  CHECK(changed.learned == 1);
  CHECK(changed.unchanged == 2);
  CHECK(s->document_count() == 3);
  CHECK(s->sentence_count() == sentences + 1);
  auto const rec = s->find_document(fs::weakly_canonical(fx.files[2022]).string());
  REQUIRE(rec);
  CHECK(rec->report_year == 2022);
}

TEST_CASE("a rolled back transaction leaves nothing; remove_document removes", "[store]") {
  Learned fx;
  auto s = pgstore::open_store(fx.location, Store::Mode::read_write);
  auto docs = s->documents();
  REQUIRE(docs.size() == 3);
  {
    store::StoreTransaction t(*s);
    CHECK(s->remove_document(docs[0].path));
    CHECK(s->document_count() == 2);
  }  // not committed
  CHECK(s->document_count() == 3);
  {
    store::StoreTransaction t(*s);
    CHECK(s->remove_document(docs[0].path));
    CHECK_FALSE(s->remove_document(docs[0].path));
    t.commit();
  }
  CHECK(s->document_count() == 2);
  CHECK_FALSE(s->find_document(docs[0].path));
}

TEST_CASE("the model is stored and read back", "[store]") {
  Learned fx;
  auto s = pgstore::open_store(fx.location, Store::Mode::read_only);
  auto const model = s->load_model();
  REQUIRE(model);
  CHECK(model->documents == 3);
  StandardOutlineBuilder b;
  s->for_each_summary([&](DocSummary const& d) { b.add(d); });
  CHECK(to_json(b.finish()) == to_json(*model));
  CHECK_FALSE(s->part_headings().empty());
}

/// The count of `word` in the learned lexicon (0 when absent).
int learned_count(Store& s, std::string const& word) {
  for (auto const& n : s.learned_names())
    if (n.word == word) return n.count;
  return 0;
}

TEST_CASE("lexicon: names counted per document, exact after a relearn and a removal", "[store][lexicon]") {
  test::ScratchDir dir("store-lexicon");
  // Invented names; 柳溪村 twice in the first report, once in the second.
  dir.write("r/a.txt", test::fixture_report(2023, {"柳溪村完成道路硬化。", "在柳溪村建成文化广场。",
                                                   "县水利局支持梅岭村修建水池。"}));
  dir.write("r/b.txt", test::fixture_report(2024, {"柳溪村新建停车场。", "“清河畅流”工程通过验收。"}));
  std::string const location = fresh_location(dir);
  auto s = pgstore::open_store(location, Store::Mode::read_write);
  learn_at(*s, {dir.path() / "r"});
  CHECK(learned_count(*s, "柳溪村") == 3);
  CHECK(learned_count(*s, "梅岭村") == 1);
  CHECK(learned_count(*s, "县水利局") == 1);
  CHECK(learned_count(*s, "“清河畅流”工程") == 1);
  for (auto const& n : s->learned_names())
    if (n.word == "柳溪村") CHECK(n.documents == 2);

  // Relearning a changed file replaces its counts, it does not add to them.
  dir.write("r/b.txt", test::fixture_report(2024, {"梅岭村新建停车场。"}));
  learn_at(*s, {dir.path() / "r"});
  CHECK(learned_count(*s, "柳溪村") == 2);
  CHECK(learned_count(*s, "梅岭村") == 2);
  CHECK(learned_count(*s, "“清河畅流”工程") == 0);

  // A removed document takes its names with it.
  {
    store::StoreTransaction t(*s);
    REQUIRE(s->remove_document(fs::weakly_canonical(dir.path() / "r/a.txt").string()));
    s->rebuild_lexicon();
    t.commit();
  }
  CHECK(learned_count(*s, "柳溪村") == 0);
  CHECK(learned_count(*s, "梅岭村") == 1);
}

TEST_CASE("lexicon: staff entries; a removed learned word stays removed after the next learn", "[store][lexicon]") {
  test::ScratchDir dir("store-lexicon-staff");
  dir.write("r/a.txt", test::fixture_report(2023, {"柳溪村完成道路硬化。", "梅岭村建成文化广场。"}));
  std::string const location = fresh_location(dir);
  {
    auto s = pgstore::open_store(location, Store::Mode::read_write);
    learn_at(*s, {dir.path() / "r"});
  }
  service::lexicon_add(location, "石门坎", NameKind::place);
  service::lexicon_remove(location, "梅岭村");
  CHECK_THROWS_AS(service::lexicon_remove(location, "不存在的村"), service::LexiconError);
  CHECK_THROWS_AS(service::lexicon_add(location, "有 空格", NameKind::place), service::LexiconError);
  auto words = [&](std::optional<NameKind> kind) {
    std::map<std::string, LexiconEntry> out;
    for (auto const& e : service::lexicon_entries(location, kind)) out[e.word] = e;
    return out;
  };
  auto w = words(std::nullopt);
  CHECK(w.contains("柳溪村"));
  CHECK_FALSE(w.contains("梅岭村"));
  REQUIRE(w.contains("石门坎"));
  CHECK(w["石门坎"].source == NameSource::staff);
  auto const units = words(NameKind::unit);
  CHECK_FALSE(units.contains("柳溪村"));
  for (auto const& entry : units) CHECK(entry.second.kind == NameKind::unit);
  // Learn again (a changed file): the removal holds.
  dir.write("r/a.txt", test::fixture_report(2023, {"梅岭村完成道路硬化。", "梅岭村建成文化广场。"}));
  {
    auto s = pgstore::open_store(location, Store::Mode::read_write);
    learn_at(*s, {dir.path() / "r"});
    CHECK(learned_count(*s, "梅岭村") == 2);  // still counted ...
  }
  w = words(std::nullopt);
  CHECK_FALSE(w.contains("梅岭村"));  // ... but not in the lexicon
  CHECK_FALSE(w.contains("柳溪村"));  // gone with the text that had it
  // Added again by staff, it is back.
  service::lexicon_add(location, "梅岭村", NameKind::place);
  CHECK(words(NameKind::place).contains("梅岭村"));
}

TEST_CASE("lexicon: a database of schema 1 is migrated and its names counted from the stored sentences",
          "[store][lexicon]") {
  if (test::on_server()) return;  // the SQLite file's own upgrade path
  test::ScratchDir dir("store-lexicon-migrate");
  dir.write("r/a.txt", test::fixture_report(2023, {"柳溪村完成道路硬化。", "在柳溪村建成文化广场。"}));
  std::string const location = fresh_location(dir);
  {
    auto s = pgstore::open_store(location, Store::Mode::read_write);
    learn_at(*s, {dir.path() / "r"});
  }
  // Back to schema 1, as a database of the previous release.
  {
    store::Database db(location, store::Database::Mode::read_write_create);
    db.exec(
        "DROP TABLE document_names; DROP TABLE names; DROP TABLE staff_names; "
        "ALTER TABLE documents DROP COLUMN names_scanned; "
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  }
  {
    auto s = pgstore::open_store(location, Store::Mode::read_only);  // readable as it is
    CHECK(s->document_count() == 1);
    CHECK(s->learned_names().empty());
  }
  CHECK(service::lexicon_entries(location).empty());
  {
    auto s = pgstore::open_store(location, Store::Mode::read_write);  // migrated
    auto const r = learn_at(*s, {dir.path() / "r"});
    CHECK(r.unchanged == 1);
    CHECK(learned_count(*s, "柳溪村") == 2);
  }
  store::Database db(location, store::Database::Mode::read_only);
  store::Statement v(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  REQUIRE(v.step());
  CHECK(v.column_text(0) == std::to_string(store::CorpusStore::schema_version));
}

TEST_CASE("phrase search: 3+ and 1–2 characters, folded counts, filters, suggestions", "[phrases]") {
  Learned fx;
  auto p = pgstore::open_phrase_search(fx.location);
  store::PhraseQuery q;
  q.text = "垃圾分类示范";
  auto hits = p->search(q);
  REQUIRE(hits.size() == 2);  // 甲组… (twice) and 乙组…
  CHECK(hits[0].count + hits[1].count == 3);
  for (auto const& h : hits) CHECK(h.text.find("垃圾分类示范") != std::string::npos);
  q.text = "甲组";
  hits = p->search(q);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].count == 2);
  CHECK(hits[0].year == 2022);  // the most recent of the two
  q.text = "乙";
  CHECK(p->search(q).size() == 1);
  q.text = "垃圾分类示范";
  q.year = 2020;
  hits = p->search(q);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].count == 1);
  q.year.reset();
  q.text = "不存在的句子";
  CHECK(p->search(q).empty());
  q.text = "%_";
  CHECK(p->search(q).empty());
  CHECK(p->phrase_count() > 10);
  store::SuggestionQuery sq;
  sq.part = PartRole::summary;
  CHECK_FALSE(p->suggest(sq).empty());
}

}  // namespace
}  // namespace zongjie
