// Suppressions: one finding (surviving edits elsewhere), or a rule for one
// document; stored beside the database, listed and undone.  The cases not
// tagged [file] run on the file and, with ZONGJIE_TEST_PG_DIR naming the
// throwaway cluster (ctest pg:ignore), on a server corpus's ignores table.
#include "check_support.hpp"
#include "phrases/phrase_fixture.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/suppression.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/pgstore/open.hpp"
#include "zongjie/pgstore/pg_ignores.hpp"
#include "zongjie/text/document.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace zongjie;

namespace {
struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("zongjie-ignore-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() { std::filesystem::remove_all(path); }
};

/// The store under test: the file `file`, or, on the cluster, the ignores
/// table of a new server corpus, one per file.
check::SuppressionStore open_store(std::filesystem::path const& file) {
  if (!test::on_server()) return check::SuppressionStore(file);
  static std::map<std::filesystem::path, std::string> corpora;
  auto [it, added] = corpora.try_emplace(file);
  if (added) {
    it->second = test::fresh_location(file.parent_path());
    (void)pgstore::open_store(it->second, store::Store::Mode::read_write);  // its schema
  }
  return check::SuppressionStore(std::make_shared<pgstore::PgSuppressions>(it->second));
}

std::string const report = test::replace(test::clean_report(), "干部队伍能力有待提升。",
                                         "干部队伍能力有待提升，学习范围浓厚不够，全镇XX个村集体经济薄弱。");
}  // namespace

TEST_CASE("suppression: the store sits beside the database", "[check][suppression][file]") {
  CHECK(check::SuppressionStore::path_for_database("/data/zongjie/corpus.db") == "/data/zongjie/corpus.db.ignore.json");
  CHECK(check::document_key("a/../b/report.txt") == check::document_key("b/report.txt"));
  CHECK(std::filesystem::path(check::document_key("report.txt").path).is_absolute());
}

TEST_CASE("suppression: one finding stays ignored when text elsewhere changes", "[check][suppression]") {
  TempDir dir;
  auto const file = dir.path / "corpus.db.ignore.json";
  auto const doc = check::document_key(dir.path / "report.txt");
  auto findings = test::check_text(report);
  auto const confusable = test::of_rule(findings, "wording.confusable");
  REQUIRE(confusable.size() == 1);
  {
    auto store = open_store(file);
    int const id = store.add_finding(doc, confusable[0]);
    CHECK(id == 1);
    CHECK(store.add_finding(doc, confusable[0]) == id);  // once only
    store.save();
  }
  auto const store = open_store(file);
  REQUIRE(store.entries().size() == 1);
  CHECK(store.entries()[0].rule == "wording.confusable");
  // Lines added above and a word changed in another sentence: still ignored.
  std::string edited = test::replace(report, "2024年，青山镇坚持稳中求进，各项工作取得新进展。",
                                     "2024年，青山镇坚持稳中求进。\n全镇各项工作取得新进展。");
  edited = test::replace(edited, "新引进企业5家", "新引进企业7家");
  auto after = test::check_text(edited);
  std::size_t const before_filter = after.size();
  CHECK(store.filter(doc, after) == 1);
  CHECK(after.size() == before_filter - 1);
  CHECK(test::of_rule(after, "wording.confusable").empty());
  CHECK(test::of_rule(after, "placeholder.unfilled").size() == 1);
  // Another document is not affected.
  auto other = test::check_text(edited);
  CHECK(store.filter(check::document_key(dir.path / "other.txt"), other) == 0);
  // Changing the sentence itself brings the finding back.
  auto changed = test::check_text(test::replace(edited, "学习范围浓厚不够", "理论学习范围浓厚不够"));
  CHECK(store.filter(doc, changed) == 0);
}

TEST_CASE("suppression: a rule for one document, listed and removed", "[check][suppression]") {
  TempDir dir;
  auto const file = dir.path / "sub" / "corpus.db.ignore.json";
  auto const doc = check::document_key(dir.path / "report.txt");
  auto store = open_store(file);
  auto findings = test::check_text(report);
  int const one = store.add_finding(doc, test::of_rule(findings, "placeholder.unfilled").at(0));
  int const rule = store.add_rule(doc, "placeholder.unfilled");
  CHECK(rule != one);
  CHECK(store.entries().size() == 1);  // the whole rule replaces its single entries
  CHECK(store.filter(doc, findings) == 1);
  store.save();  // creates the folder
  auto reread = open_store(file);
  REQUIRE(reread.entries_of(doc).size() == 1);
  CHECK(reread.entries_of(doc)[0].subject.empty());
  CHECK(reread.remove(rule));
  CHECK_FALSE(reread.remove(rule));
  reread.save();
  auto const empty = open_store(file);
  CHECK(empty.entries().empty());
  auto again = test::check_text(report);
  CHECK(empty.filter(doc, again) == 0);
}

TEST_CASE("suppression: a broken store is an input error naming the file", "[check][suppression][file]") {
  TempDir dir;
  auto const file = dir.path / "corpus.db.ignore.json";
  std::ofstream(file) << "{ not json";
  CHECK_THROWS_WITH(check::SuppressionStore(file), Catch::Contains("corpus.db.ignore.json"));
  CHECK(check::SuppressionStore(dir.path / "missing.json").entries().empty());
}

namespace {
check::DocumentKey key_of(std::filesystem::path const& path, std::string const& text) {
  text::Document const doc = text::document_from_text(path.string(), text);
  return check::document_key(path, build_outline(doc, OutlineOptions{}));
}
}  // namespace

TEST_CASE("suppression: a renamed copy of the report keeps what was ignored", "[check][suppression]") {
  TempDir dir;
  auto const file = dir.path / "corpus.db.ignore.json";
  auto const original = key_of(dir.path / "报告.txt", report);
  // Letter-spacing in the title does not make another report.
  CHECK(original.identity == "青山镇2024年工作总结及2025年工作计划");
  CHECK(key_of(dir.path / "x.txt", test::replace(report, "青山镇2024年", "青 山 镇　2024年")).identity ==
        original.identity);
  auto findings = test::check_text(report);
  {
    auto store = open_store(file);
    store.add_finding(original, test::of_rule(findings, "wording.confusable").at(0));
    store.add_rule(original, "placeholder.unfilled");
    store.save();
  }
  auto const store = open_store(file);
  // Copied under another name (outside the editor) and edited elsewhere.
  std::string const edited = test::replace(report, "新引进企业5家", "新引进企业6家");
  auto const copy = key_of(dir.path / "备份" / "报告-改.txt", edited);
  CHECK(copy.path != original.path);
  CHECK(store.entries_of(copy).size() == 2);
  auto after = test::check_text(edited);
  CHECK(store.filter(copy, after) == 2);
  CHECK(test::of_rule(after, "wording.confusable").empty());
  CHECK(test::of_rule(after, "placeholder.unfilled").empty());
  // Another township's report: its own findings show.
  std::string const other_text =
      test::replace(edited, "青山镇2024年工作总结及2025年工作计划", "白沙乡2024年工作总结及2025年工作计划");
  auto const other = key_of(dir.path / "白沙乡.txt", other_text);
  auto theirs = test::check_text(other_text);
  CHECK(store.entries_of(other).empty());
  CHECK(store.filter(other, theirs) == 0);
  // The same file renamed and retitled is still known by its path.
  auto const retitled = key_of(original.path, other_text);
  CHECK(store.entries_of(retitled).size() == 2);
  // A report without a title is known by its path only.
  auto const untitled = key_of(dir.path / "无题.txt", "一、党建工作\n内容。\n");
  CHECK(untitled.identity.empty());
  CHECK(store.entries_of(untitled).empty());
}

TEST_CASE("suppression: a list written before titles were kept still reads, by path", "[check][suppression][file]") {
  TempDir dir;
  auto const file = dir.path / "corpus.db.ignore.json";
  auto const doc = check::document_key(dir.path / "report.txt");
  std::ofstream(file) << R"({"version":1,"next_id":3,"entries":[{"id":2,"document":")" << doc.path
                      << R"(","rule":"placeholder.unfilled","subject":"","note":"","added":"2026-01-05"}]})";
  check::SuppressionStore store(file);
  REQUIRE(store.entries().size() == 1);
  CHECK(store.entries()[0].identity.empty());
  auto const titled = key_of(doc.path, report);
  auto findings = test::check_text(report);
  CHECK(store.filter(titled, findings) == 1);
  CHECK(store.add_rule(titled, "wording.confusable") == 3);
}
