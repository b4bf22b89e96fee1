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
#include "zongjie/store/phrase_index.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace zongjie {
namespace {

namespace fs = std::filesystem;
using store::Store;

std::string read_file(fs::path const& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// A fresh, empty corpus location: a file in `dir`, or a new database on the cluster.
std::string fresh_location(test::ScratchDir const& dir) {
  char const* pg = std::getenv("ZONGJIE_TEST_PG_DIR");
  if (!pg || !*pg) return (dir.path() / "corpus.db").string();
  fs::path const cluster(pg);
  if (fs::exists(cluster / "absent") || !fs::exists(cluster / "superuser")) {
    std::fputs("SKIPPED: no PostgreSQL cluster\n", stdout);
    std::exit(77);  // shown as skipped by CTest
  }
  std::string super = read_file(cluster / "superuser");
  while (!super.empty() && super.back() == '\n') super.pop_back();
  static int n = 0;
  std::string const name = "store_" + std::to_string(::getpid()) + "_" + std::to_string(++n);
  std::string const host = "host=" + (cluster / "sock").string() + " user=" + super;
  {
    pgstore::Connection admin(host + " dbname=postgres", pgstore::Connection::Access::read_write);
    admin.exec("CREATE DATABASE " + name);
  }
  pgstore::Connection db(host + " dbname=" + name, pgstore::Connection::Access::read_write);
  db.exec("CREATE EXTENSION pg_trgm");
  return host + " dbname=" + name;
}

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
