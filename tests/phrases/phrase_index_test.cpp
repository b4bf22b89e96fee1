// Phrase search and suggestions on invented reports, the index kept in step
// with re-learning, odd queries, and the user's corpus (ZONGJIE_CORPUS_DIR).
// The same cases run on SQLite (ctest phrases:…) and, with
// ZONGJIE_TEST_PG_DIR naming the throwaway cluster, on PostgreSQL
// (pg:phrases); cases tagged [sqlite] are about the SQLite file itself.
#include "phrase_fixture.hpp"

#include "zongjie/phrases/phrase_text.hpp"
#include "zongjie/pgstore/open.hpp"
#include "zongjie/pgstore/pg.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace zongjie;
using store::PhraseIndex;
using store::PhraseQuery;
namespace fs = std::filesystem;

namespace {

std::vector<store::PhraseHit> search(store::PhraseSearch& index, std::string text, std::size_t limit = 100) {
  PhraseQuery q;
  q.text = std::move(text);
  q.limit = limit;
  return index.search(q);
}

/// Every distinct sentence (its fold key) whose indexed form contains
/// `query`, read straight from the tables.
std::set<std::int64_t> brute_force(std::string const& location, std::string const& query) {
  std::vector<std::string> texts;
  if (test::on_server()) {
    pgstore::Connection c(location, pgstore::Connection::Access::read_only);
    pgstore::Statement s(c, "SELECT text FROM phrases");
    while (s.step()) texts.push_back(s.column_text(0));
  } else {
    store::Database d(location, store::Database::Mode::read_only);
    store::Statement s(d, "SELECT text FROM phrases");
    while (s.step()) texts.push_back(s.column_text(0));
  }
  std::set<std::int64_t> out;
  auto lower = [](std::string t) {
    for (auto& c : t)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return t;
  };
  for (auto const& t : texts)
    if (lower(t).find(lower(query)) != std::string::npos) out.insert(phrases::fold_key(t));
  return out;
}

std::int64_t scalar(store::Database& d, std::string const& sql) {
  store::Statement s(d, sql);
  REQUIRE(s.step());
  return s.column_int64(0);
}

/// The phrase tables agree with the sentences they were built from.
void check_consistent(std::string const& location) {
  if (test::on_server()) {
    pgstore::Connection c(location, pgstore::Connection::Access::read_write);
    auto count = [&](std::string const& sql) {
      pgstore::Statement s(c, sql);
      REQUIRE(s.step());
      return s.column_int64(0);
    };
    // The counters (pgstore::PgStore::update_phrases) against a recount.
    CHECK(count("SELECT count(*) FROM (SELECT fold, unit, status, count(*) AS n, max(coalesce(year, 0)) AS y, "
                "bool_or(kind <> 'body') AS l FROM sentences GROUP BY 1, 2, 3) s "
                "FULL JOIN phrases p USING (fold, unit, status) "
                "WHERE p.uses IS DISTINCT FROM s.n OR p.last_year IS DISTINCT FROM s.y OR (s.l AND NOT p.lead)") == 0);
    CHECK(
        count("SELECT count(*) FROM (SELECT fold, unit, status, part, coalesce(theme, '') AS theme, "
              "coalesce(year, 0) AS year, count(*) AS n, max(id) AS newest FROM sentences GROUP BY 1, 2, 3, 4, 5, 6) s "
              "FULL JOIN phrase_contexts c USING (fold, unit, status, part, theme, year) "
              "WHERE c.uses IS DISTINCT FROM s.n OR c.newest_id IS DISTINCT FROM s.newest") == 0);
    return;
  }
  store::Database d(location, store::Database::Mode::read_write_create);
  CHECK(
      scalar(
          d,
          "SELECT count(*) FROM phrases p WHERE uses <> (SELECT count(*) FROM sentences s WHERE s.phrase_id = p.id)") ==
      0);
  CHECK(scalar(d, "SELECT count(*) FROM phrases WHERE uses <= 0") == 0);
  CHECK(
      scalar(d,
             "SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM phrases p WHERE p.id = s.phrase_id)") ==
      0);
  CHECK(scalar(d,
               "SELECT count(*) FROM phrase_contexts c WHERE uses <> (SELECT count(*) FROM sentences s "
               "WHERE s.phrase_id = c.phrase_id AND s.part = c.part AND ifnull(s.theme, '') = c.theme "
               "AND ifnull(s.year, 0) = c.year)") == 0);
  CHECK(scalar(d,
               "SELECT count(*) FROM phrases p WHERE last_year <> (SELECT max(ifnull(year, 0)) FROM sentences s "
               "WHERE s.phrase_id = p.id)") == 0);
  CHECK(
      scalar(
          d,
          "SELECT count(*) FROM phrase_sets ps WHERE NOT EXISTS (SELECT 1 FROM phrases p WHERE p.id = ps.phrase_id)") ==
      0);
  CHECK(
      scalar(
          d,
          "SELECT count(*) FROM set_phrases sp WHERE NOT EXISTS (SELECT 1 FROM phrase_sets ps WHERE ps.set_id = sp.id)") ==
      0);
  // FTS5's own check of an external-content index against its table.
  CHECK_NOTHROW(d.exec("INSERT INTO phrases_fts(phrases_fts) VALUES ('integrity-check')"));
  CHECK_NOTHROW(d.exec("INSERT INTO phrases_chars(phrases_chars) VALUES ('integrity-check')"));
  CHECK(scalar(d, "SELECT count(*) FROM phrases_fts") == scalar(d, "SELECT count(*) FROM phrases"));
}

}  // namespace

TEST_CASE("3+ characters: every sentence containing the text, with file and line", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  auto const hits = search(index, "垃圾分类");
  std::set<std::int64_t> got;
  for (auto const& h : hits) {
    got.insert(phrases::fold_key(h.text));
    CHECK(h.text.find("垃圾分类") != std::string::npos);
    INFO(h.file << ":" << h.line);
    CHECK(test::line_of_file(h.file, h.line).find(h.text) != std::string::npos);
  }
  CHECK(got == brute_force(fx.location, "垃圾分类"));
}

TEST_CASE("1–2 characters: the per-character index finds exactly what a scan finds", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  for (std::string q : {"党", "垃圾", "示范", "or", "OR", "党，", "（", "“", "”", "*", "😀", "龘", "(试", "7"}) {
    INFO("query «" << q << "»");
    std::set<std::int64_t> got;
    for (auto const& h : search(index, q, 10000)) got.insert(phrases::fold_key(h.text));
    CHECK(got == brute_force(fx.location, q));
  }
  // And the 3+ path agrees with a scan on text with operators in it.
  for (std::string q : {"NEAR(试点)", "\"OR\"", "工作*机制", "乡镇党", "固成果、促振兴"}) {
    INFO("query «" << q << "»");
    std::set<std::int64_t> got;
    for (auto const& h : search(index, q, 10000)) got.insert(phrases::fold_key(h.text));
    CHECK(got == brute_force(fx.location, q));
    if (q != "乡镇党") CHECK_FALSE(got.empty());
  }
}

TEST_CASE("the same sentence in several years' reports is one hit with a count", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  auto const hits = search(index, "生活垃圾分类覆盖率");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].count == 3);
  CHECK(hits[0].year == 2024);  // the most recent
  CHECK(fs::path(hits[0].file).filename() == "r2024.txt");
  CHECK(hits[0].part == PartRole::summary);
  CHECK(hits[0].theme == "生态环境");
  CHECK(hits[0].text.find("2024年") != std::string::npos);
}

TEST_CASE("ranking: reuse and recency break ties of relevance", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  auto const reuse = search(index, "垃圾分类示范");
  REQUIRE(reuse.size() == 2);
  CHECK(reuse[0].text == "甲组推进垃圾分类示范");  // three reports
  CHECK(reuse[1].text == "乙组推进垃圾分类示范");  // one
  auto const recent = search(index, "厕所革命示范");
  REQUIRE(recent.size() == 2);
  CHECK(recent[0].text == "丁组推进厕所革命示范");  // 2024
  CHECK(recent[1].text == "丙组推进厕所革命示范");  // 2020
  // The limit cuts the ranked list.
  CHECK(search(index, "垃圾分类示范", 1).size() == 1);
}

TEST_CASE("filters: part, theme and year", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  PhraseQuery q;
  q.text = "固成果";
  auto const all = index.search(q);
  REQUIRE_FALSE(all.empty());
  q.part = PartRole::plan;
  auto const plan = index.search(q);
  CHECK(plan.size() == all.size());
  q.part = PartRole::summary;
  CHECK(index.search(q).empty());

  q = PhraseQuery{};
  q.text = "党建";
  q.theme = "党建";
  for (auto const& h : index.search(q)) CHECK(h.theme == "党建");
  q.theme = "没有这个主题";
  CHECK(index.search(q).empty());

  q = PhraseQuery{};
  q.text = "生活垃圾分类覆盖率";
  q.year = 2022;
  auto const y = index.search(q);
  REQUIRE(y.size() == 1);
  CHECK(y[0].year == 2022);
  CHECK(y[0].count == 1);
  CHECK(fs::path(y[0].file).filename() == "r2022.txt");
  CHECK(y[0].text.find("2022年") != std::string::npos);  // the text of the sentence named
}

TEST_CASE("odd queries never fail", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  std::vector<std::string> odd{"",
                               " ",
                               "\xE3\x80\x80\t\n",
                               "\"",
                               "\"\"",
                               "'",
                               "OR",
                               "AND",
                               "NOT",
                               "NEAR",
                               "NEAR(党建 垃圾)",
                               "党建 OR 民生",
                               "党*",
                               "*",
                               "^党建",
                               "(",
                               ")",
                               "()",
                               "{text}: 党建",
                               "text:党建",
                               "-党建",
                               "+",
                               "'; DROP TABLE sentences; --",
                               "%",
                               "_",
                               "\\",
                               "😀",
                               "😀😀😀",
                               "党😀",
                               std::string(10000, 'x'),
                               std::string(3000, '\xE5'),
                               "\xFF\xFE\xFD",
                               "\xB5\xB3\xBD\xA8",
                               std::string("\0党建", 7),
                               "\x01\x02\x03"};
  std::string longest;
  for (int i = 0; i < 2000; ++i) longest += "党建";
  odd.push_back(longest);
  for (auto const& q : odd) {
    INFO("query bytes: " << q.size());
    CHECK_NOTHROW(search(index, q));
  }
  CHECK(search(index, "").empty());
  CHECK(search(index, "   ").empty());
  CHECK(search(index, longest).empty());
  // GB18030 bytes of 党建 (a GBK terminal's argument) are read as 党建.
  CHECK_FALSE(search(index, "\xB5\xB3\xBD\xA8").empty());
  // The tables survived the injection attempt.
  CHECK_FALSE(search(index, "垃圾分类").empty());
}

TEST_CASE("re-learning and removing keep the index in step", "[phrases]") {
  test::LearnedFixture fx;
  check_consistent(fx.location);
  {
    auto const owner = test::open_search(fx.location);
    store::PhraseSearch& index = *owner;
    CHECK(search(index, "丙组推进厕所革命示范").size() == 1);
  }
  // The 2020 report changes: its own sentence goes, a new one comes.
  fx.dir.write("r/r2020.txt", test::fixture_report(2020, {"戊组推进污水治理示范。"}));
  test::learn_into(fx.location, {fx.dir.path() / "r"});
  check_consistent(fx.location);
  {
    auto const owner = test::open_search(fx.location);
    store::PhraseSearch& index = *owner;
    CHECK(search(index, "丙组推进厕所革命示范").empty());
    CHECK(search(index, "戊组推进污水治理").size() == 1);
    auto const folded = search(index, "生活垃圾分类覆盖率");
    REQUIRE(folded.size() == 1);
    CHECK(folded[0].count == 3);
    auto const reuse = search(index, "甲组推进垃圾分类示范");
    REQUIRE(reuse.size() == 1);
    CHECK(reuse[0].count == 2);
  }
  // Removing a report drops what only it used.
  {
    auto store = pgstore::open_store(fx.location, store::Store::Mode::read_write);
    store::StoreTransaction t(*store);
    auto const docs = store->documents();
    for (auto const& d : docs)
      if (fs::path(d.path).filename() == "r2024.txt") CHECK(store->remove_document(d.path));
    t.commit();
  }
  check_consistent(fx.location);
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  CHECK(search(index, "丁组推进厕所革命示范").empty());
  CHECK(search(index, "NEAR(试点)").empty());
  auto const left = search(index, "生活垃圾分类覆盖率");
  REQUIRE(left.size() == 1);
  CHECK(left[0].count == 2);
  CHECK(left[0].year == 2022);
}

TEST_CASE("interrupting when no query runs changes nothing", "[phrases]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  index.interrupt();
  CHECK_FALSE(search(index, "垃圾分类").empty());
  CHECK(index.phrase_count() > 10);
}

TEST_CASE("a database without the phrase index or missing is a clear error", "[phrases][sqlite]") {
  test::ScratchDir dir("phrases-bad");
  CHECK_THROWS_AS(PhraseIndex((dir.path() / "missing.db").string()), store::StoreError);
  {
    store::Database d((dir.path() / "old.db").string(), store::Database::Mode::read_write_create);
    d.exec(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
        "INSERT INTO meta VALUES ('schema_version', '1')");
  }
  try {
    PhraseIndex index((dir.path() / "old.db").string());
    FAIL("no error");
  } catch (store::StoreError const& e) {
    CHECK(std::string(e.what()).find("old.db") != std::string::npos);
  }
}

TEST_CASE("suggestions: set phrases, slogans and lead sentences of a part and theme, with sources",
          "[phrases][suggest]") {
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  store::SuggestionQuery q;
  q.part = PartRole::plan;
  q.theme = "经济发展";
  q.limit = 50;
  auto const list = index.suggest(q);
  auto find = [&](std::string_view text) -> store::Suggestion const* {
    for (auto const& s : list)
      if (s.text == text) return &s;
    return nullptr;
  };
  auto const* set = find("固成果、促振兴");
  REQUIRE(set != nullptr);
  CHECK(set->kind == store::SuggestionKind::parallel);
  CHECK(set->count == 6);     // a heading and a body sentence in each of three reports
  CHECK(set->variants == 2);  // in two different sentences
  REQUIRE_FALSE(set->sources.empty());
  for (auto const& src : set->sources) {
    INFO(src.file << ":" << src.line);
    CHECK(test::line_of_file(src.file, src.line).find("固成果、促振兴") != std::string::npos);
  }
  CHECK(set->sources.front().year == 2024);
  auto const* lead = find("招商引资再加力");
  REQUIRE(lead != nullptr);
  CHECK(lead->kind == store::SuggestionKind::lead);
  CHECK(lead->count == 3);
  // The set phrase reused in different sentences ranks above the one-off sentences.
  CHECK(list.front().text == "固成果、促振兴");

  // Another theme of the plan: the slogans of its section.
  q.theme = "社会治理";
  auto const safety = index.suggest(q);
  bool slogan = false;
  for (auto const& s : safety) slogan = slogan || (s.kind == store::SuggestionKind::slogan && s.text == "“枫桥经验”");
  CHECK(slogan);

  // A theme without sentences falls back to the part's.
  q.theme = "文旅";
  auto const fallback = index.suggest(q);
  CHECK_FALSE(fallback.empty());

  // The section title raises what shares its words.
  q.theme = "";
  REQUIRE_FALSE(index.suggest(q).empty());
  CHECK(index.suggest(q).front().text.find("守底线、保平安") == std::string::npos);
  q.section_title = "守底线、保平安";
  auto const titled = index.suggest(q);
  REQUIRE_FALSE(titled.empty());
  CHECK(titled.front().text.find("守底线、保平安") != std::string::npos);
}

TEST_CASE("the user's corpus: 垃圾分类 and 党建", "[phrases][user-corpus]") {
  auto const dir = test::corpus_dir();
  // [user-corpus]: CTest skips this test case when the folder is absent.
  if (!dir) FAIL("没有语料目录或其中没有 .txt 报告（设置 ZONGJIE_CORPUS_DIR）");
  test::ScratchDir scratch("phrases-corpus");
  std::string const db = test::fresh_location(scratch);
  std::vector<fs::path> files;
  for (auto const& e : fs::directory_iterator(*dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  test::learn_into(db, files);
  auto const owner = test::open_search(db);
  store::PhraseSearch& index = *owner;

  auto const waste = search(index, "垃圾分类", 100);
  std::set<std::string> waste_files;
  for (auto const& h : waste) waste_files.insert(h.file);
  CHECK(waste_files.size() >= 2);

  auto const party = search(index, "党建", 100);
  CHECK(party.size() >= 5);

  for (auto const* hits : {&waste, &party})
    for (auto const& h : *hits) {
      INFO(h.file << ":" << h.line << " " << h.text);
      REQUIRE_FALSE(h.file.empty());
      REQUIRE(h.line > 0);
      CHECK(test::line_of_file(h.file, h.line).find(h.text) != std::string::npos);
    }
  check_consistent(db);
}

TEST_CASE("number slogans stay apart and are credited to the reports that hold them", "[phrases][suggest]") {
  // Three reports, each with its own number-only slogan used twice: folding
  // figures to '#' once merged “14361”, “1+6” and “4+2” into one slogan
  // credited to a report without “14361”.
  test::ScratchDir dir("phrases-numbers");
  auto const a = dir.write("a.txt", test::fixture_report(2022, {"推行“14361”工作法。", "总结“14361”经验做法。"}));
  auto const b = dir.write("b.txt", test::fixture_report(2023, {"落实“1+6”联动机制。", "完善“1+6”联动体系。"}));
  auto const c = dir.write("c.txt", test::fixture_report(2024, {"深化“4+2”网格模式。", "推广“4+2”网格经验。"}));
  std::string const db = test::fresh_location(dir);
  test::learn_into(db, {a, b, c});
  if (!test::on_server()) {
    store::Database d(db, store::Database::Mode::read_only);
    for (std::string const slogan : {"“14361”", "“1+6”", "“4+2”"}) {
      store::Statement s(d, "SELECT count(*) FROM set_phrases WHERE text = ?");
      s.bind(1, slogan);
      REQUIRE(s.step());
      INFO(slogan);
      CHECK(s.column_int64(0) == 1);
    }
  }
  auto const owner = test::open_search(db);
  store::PhraseSearch& index = *owner;
  store::SuggestionQuery q;
  q.part = PartRole::summary;
  q.limit = 100;
  auto const list = index.suggest(q);
  int seen = 0;
  for (auto const& s : list) {
    if (s.kind != store::SuggestionKind::slogan) continue;
    bool const number = s.text.find_first_of("0123456789") != std::string::npos;
    if (!number) continue;
    ++seen;
    INFO(s.text);
    REQUIRE_FALSE(s.sources.empty());
    for (auto const& src : s.sources) {
      INFO(src.file << ":" << src.line);
      CHECK(test::line_of_file(src.file, src.line).find(s.text) != std::string::npos);
    }
  }
  CHECK(seen == 3);
}

TEST_CASE("suggestions: wording of several reports ranks above one report's own brand", "[phrases][suggest]") {
  // “河长制” is written in two reports; “小岭六大” three times, in one report
  // only — that township's own slogan, of little use to another.
  test::ScratchDir dir("phrases-brands");
  auto const a = dir.write("a.txt", test::fixture_report(2022, {"全面落实“河长制”。"}));
  auto const b = dir.write("b.txt", test::fixture_report(2023, {"深化“河长制”管理。"}));
  auto const c = dir.write("c.txt", test::fixture_report(2024, {"对标“小岭六大”再深化。", "推进“小岭六大”落地。",
                                                                "总结“小岭六大”经验。"}));
  std::string const db = test::fresh_location(dir);
  test::learn_into(db, {a, b, c});
  auto const owner = test::open_search(db);
  store::PhraseSearch& index = *owner;
  store::SuggestionQuery q;
  q.part = PartRole::summary;
  q.limit = 100;
  auto const list = index.suggest(q);
  auto rank = [&](std::string_view text) {
    for (std::size_t i = 0; i < list.size(); ++i)
      if (list[i].text == text) return static_cast<long>(i);
    return -1L;
  };
  long const common = rank("“河长制”"), own = rank("“小岭六大”");
  REQUIRE(common >= 0);
  REQUIRE(own >= 0);
  CHECK(common < own);
}

TEST_CASE("ranking: running text above a section heading that says the same", "[phrases]") {
  // “（二）改善人居环境，推进垃圾分类” is a heading in all three reports and
  // short, so bm25 puts it first; the sentences a clerk reuses come first.
  test::LearnedFixture fx;
  auto const owner = test::open_search(fx.location);
  store::PhraseSearch& index = *owner;
  auto const hits = search(index, "推进垃圾分类");
  REQUIRE(hits.size() >= 2);
  auto const heading =
      std::find_if(hits.begin(), hits.end(), [](auto const& h) { return h.text == "改善人居环境，推进垃圾分类"; });
  REQUIRE(heading != hits.end());
  // Below every sentence of running text that holds the words.
  std::string order;
  for (auto const& h : hits) order += h.text + " | ";
  INFO(order);
  CHECK(heading == std::prev(hits.end()));
}
