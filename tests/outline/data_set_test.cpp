// The invented reports of tests/data/reports (and examples/) against their
// gold outlines in tests/data/gold, over the whole set.
#include "support/gold.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("test data set against its gold outlines", "[outline][gold][data]") {
  fs::path const data{ZONGJIE_TEST_DATA_DIR};
  fs::path const gold = data / "gold";
  // The set is in the repository: no gold outlines is a broken checkout, not a skip.
  INFO("gold outlines in " << gold.string());
  REQUIRE(fs::is_directory(gold));
  auto const results =
      zongjie::test::compare_gold_dir(gold, {data / "reports", fs::path(ZONGJIE_SOURCE_DIR) / "examples"});
  REQUIRE_FALSE(results.empty());

  std::ostringstream mismatches;
  for (auto const& r : results)
    if (!r.ok_exactly()) mismatches << r.describe();
  auto const t = zongjie::test::totals(results);
  INFO("per-file differences:\n" << mismatches.str() << "\ntotals:\n" << zongjie::test::describe_totals(t));
  // Print the differences even when the thresholds hold.
  if (!mismatches.str().empty()) WARN("gold differences:\n" << mismatches.str());

  CHECK(t.errors == 0);
  CHECK(t.parts.f1() >= 0.95);
  CHECK(t.sections.f1() >= 0.95);
  CHECK(t.items.f1() >= 0.85);
}

TEST_CASE("blind data set: reports written without seeing the parser", "[outline][gold][data]") {
  // tests/data/unseen was written from the outline contract (docs/OUTLINE.md,
  // "The outline as data") and the gold conventions alone, by someone who
  // had not read the parser, to measure how it does on reports it was not
  // developed against.
  fs::path const unseen = fs::path{ZONGJIE_TEST_DATA_DIR} / "unseen";
  auto const results = zongjie::test::compare_gold_dir(unseen / "gold", {unseen});
  REQUIRE(results.size() >= 12);
  std::ostringstream mismatches;
  for (auto const& r : results)
    if (!r.ok_exactly()) mismatches << r.describe();
  auto const t = zongjie::test::totals(results);
  INFO("per-file differences:\n" << mismatches.str() << "\ntotals:\n" << zongjie::test::describe_totals(t));
  if (!mismatches.str().empty()) WARN("gold differences:\n" << mismatches.str());
  CHECK(t.errors == 0);
  CHECK(t.parts.f1() >= 0.95);
  CHECK(t.sections.f1() >= 0.95);
  CHECK(t.items.f1() >= 0.85);
}

TEST_CASE("gold comparison helper", "[gold]") {
  using nlohmann::json;
  using nlohmann::ordered_json;
  ordered_json const out = ordered_json::parse(R"json({
    "file": "a.txt", "title": {"text": "东山镇2023年工作总结", "line": 1}, "report_year": 2023, "plan_year": 2024,
    "parts": [
      {"role": "summary", "line": 2, "heading": "一、工作总结", "sections": [
        {"line": 3, "column": 1, "marker": "（一）", "ordinal": 1, "title": "党建(引领)", "theme": null, "items": [
          {"line": 4, "column": 1, "marker": null, "ordinal": null, "title": "理论学习走深走实"},
          {"line": 4, "column": 12, "marker": null, "ordinal": null, "title": "组织建设全面加强"}]}]},
      {"role": "plan", "line": 6, "heading": null, "sections": []}],
    "noise": [{"line": 9, "text": "##paidend##"}]})json");
  json gold = json::parse(R"json({
    "file": "a.txt", "title_line": 1, "report_year": 2023, "plan_year": 2024,
    "parts": [{"role": "summary", "line": 2, "heading": "一、工作总结"}, {"role": "plan", "line": 6, "heading": null}],
    "sections": [{"part": "summary", "line": 3, "ordinal": 1, "title": "党建（引领）"}],
    "items": [{"section_line": 3, "line": 4, "ordinal": null, "title": "理论学习走深走实"},
              {"section_line": 3, "line": 4, "ordinal": null, "title": "组织建设全面加强"}],
    "noise_lines": [9]})json");

  SECTION("identical after folding punctuation") {
    auto const r = zongjie::test::compare_with_gold(out, gold);
    INFO(r.describe());
    CHECK(r.ok_exactly());
    CHECK(r.sections.exact());
    CHECK(r.items.f1() == Approx(1.0));
  }
  SECTION("every kind of difference is seen") {
    gold["plan_year"] = 2025;
    gold["noise_lines"] = json::array();
    gold["parts"][1]["heading"] = "2024年工作计划";
    gold["sections"][0]["ordinal"] = 2;
    gold["items"].erase(1);
    gold["title_line"] = nullptr;
    auto const r = zongjie::test::compare_with_gold(out, gold);
    INFO(r.describe());
    CHECK_FALSE(r.ok_exactly());
    CHECK(r.field_diffs.size() == 3);  // title_line, plan_year, noise
    CHECK(r.parts.exact());            // (role, line) still agree
    CHECK_FALSE(r.parts_with_heading.exact());
    CHECK(r.sections.matched == 0);
    CHECK(r.items.matched == 1);
    CHECK(r.items.output == 2);
    CHECK(r.items.gold == 1);
    CHECK(r.items.precision() == Approx(0.5));
    CHECK(r.items.recall() == Approx(1.0));
    CHECK(r.items.agreement() == Approx(0.5));
    CHECK_THAT(r.describe(), Catch::Contains("item extra"));
    CHECK_THAT(r.describe(), Catch::Contains("section missing"));
  }
}
