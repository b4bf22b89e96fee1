// outline_to_json against the DESIGN contract: keys in order, nulls where a
// value is absent, 1-based lines and columns counted in characters.
#include "support/test_support.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/themes.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys(json const& j) {
  std::vector<std::string> k;
  for (auto it = j.begin(); it != j.end(); ++it) k.push_back(it.key());
  return k;
}

}  // namespace

TEST_CASE("outline JSON is exactly the DESIGN contract", "[outline][json]") {
  // Line 3 is indented with two ideographic spaces: its column is 3.
  std::string const text =
      "东山镇2023年工作总结及2024年工作打算\n"
      "2023年，东山镇稳中求进，各项工作取得新成效。\n"
      "\xE3\x80\x80\xE3\x80\x80一、经济发展\n"
      "全镇新增企业20家。一是抓招商，引进项目5个；二是抓服务，走访企业80家。\n"
      "##paidend##\n"
      "2024年工作打算\n"
      "一、产业提升\n"
      "力争新增企业30家。\n";
  json const expected = json::parse(R"({
  "file": "reports/东山镇.txt",
  "title": {"text": "东山镇2023年工作总结及2024年工作打算", "line": 1},
  "report_year": 2023,
  "plan_year": 2024,
  "parts": [
    {"role": "preamble", "line": 2, "heading": null, "sections": []},
    {"role": "summary", "line": 3, "heading": null, "sections": [
      {"line": 3, "column": 3, "marker": "一、", "ordinal": 1, "title": "经济发展", "theme": null, "items": [
        {"line": 4, "column": 11, "marker": "一是", "ordinal": 1, "title": "抓招商，引进项目5个"},
        {"line": 4, "column": 24, "marker": "二是", "ordinal": 2, "title": "抓服务，走访企业80家"}
      ]}
    ]},
    {"role": "plan", "line": 6, "heading": "2024年工作打算", "sections": [
      {"line": 7, "column": 1, "marker": "一、", "ordinal": 1, "title": "产业提升", "theme": null, "items": []}
    ]}
  ],
  "noise": [{"line": 5, "text": "##paidend##"}]
})");
  Outline const o = test::outline_of(text);
  json const got = outline_to_json(o, "reports/东山镇.txt");
  INFO("got:\n" << got.dump(1));
  // Compared as text: key order is part of the contract.
  CHECK(got.dump() == expected.dump());
  // The columns above, counted independently.
  CHECK(test::column_of(text, "一、经济") == 3);
  CHECK(test::column_of(text, "一是抓") == 11);
  CHECK(test::column_of(text, "二是抓") == 24);
}

TEST_CASE("outline JSON key order and types for every level", "[outline][json]") {
  std::string const text =
      "一、工作总结\n（一）党建工作\n①理论学习。全年学习20次。\n二、工作计划\n（一）党建工作\n继续加强。\n";
  json const j = outline_to_json(test::outline_of(text), "a.txt");
  CHECK(keys(j) == std::vector<std::string>{"file", "title", "report_year", "plan_year", "parts", "noise"});
  CHECK(j["title"].is_null());
  CHECK(j["report_year"].is_null());
  CHECK(j["plan_year"].is_null());
  CHECK(j["noise"].is_array());
  REQUIRE(j["parts"].size() == 2);
  for (auto const& p : j["parts"]) {
    CHECK(keys(p) == std::vector<std::string>{"role", "line", "heading", "sections"});
    CHECK(p["line"].is_number_unsigned());
    CHECK(p["heading"].is_string());
    for (auto const& s : p["sections"]) {
      CHECK(keys(s) == std::vector<std::string>{"line", "column", "marker", "ordinal", "title", "theme", "items"});
      CHECK(s["column"].get<int>() >= 1);
      CHECK(s["ordinal"].is_number_integer());
      for (auto const& i : s["items"])
        CHECK(keys(i) == std::vector<std::string>{"line", "column", "marker", "ordinal", "title"});
    }
  }
  auto const& item = j["parts"][0]["sections"][0]["items"].at(0);
  CHECK(item["marker"] == "①");
  CHECK(item["ordinal"] == 1);
  CHECK(item["title"] == "理论学习");
  CHECK(item["line"] == 3);
  CHECK(item["column"] == 1);
}

TEST_CASE("outline JSON of run-in items has null marker and ordinal", "[outline][json]") {
  std::string const text =
      "一、环境整治\n村庄环境更加整洁。清运垃圾500吨，拆除违建20处。河道水质持续改善。清理河道10公里，水质达到三类。\n";
  json const j = outline_to_json(test::outline_of(text), "b.txt");
  auto const& items = j["parts"][0]["sections"][0]["items"];
  REQUIRE(items.size() == 2);
  CHECK(items[0]["marker"].is_null());
  CHECK(items[0]["ordinal"].is_null());
  CHECK(items[0]["title"] == "村庄环境更加整洁");
  CHECK(items[1]["column"] == test::column_of(text, "河道水质"));
}

TEST_CASE("outline JSON of an empty document", "[outline][json][odd]") {
  json const j = outline_to_json(test::outline_of(""), "empty.txt");
  CHECK(j.dump() == R"({"file":"empty.txt","title":null,"report_year":null,"plan_year":null,"parts":[],"noise":[]})");
}

TEST_CASE("section themes come from the lexicon", "[outline][json][themes]") {
  ThemeLexicon const lex =
      ThemeLexicon::parse("# 测试用词表\n党建\t党建*3 党员*2\n经济\t经济*2 企业 招商*3\n", "test.tsv");
  REQUIRE(lex.themes() == std::vector<std::string>{"党建", "经济"});
  std::string const text =
      "一、党建引领\n发展党员12名。\n二、招商引资\n新引进企业8家。\n三、其他工作\n完成上级交办的各项任务。\n";
  Outline const o = build_outline(test::document(text), {&lex});
  json const j = outline_to_json(o, "c.txt");
  auto const& sections = j["parts"][0]["sections"];
  REQUIRE(sections.size() == 3);
  CHECK(sections[0]["theme"] == "党建");
  CHECK(sections[1]["theme"] == "经济");
  CHECK(sections[2]["theme"].is_null());
  CHECK_THROWS(ThemeLexicon::parse("党建\n", "bad.tsv"));
  CHECK_THROWS(ThemeLexicon::parse("党建\t党建*0\n", "bad.tsv"));
}

TEST_CASE("the standard theme lexicon loads and classifies", "[outline][themes]") {
  auto const lex = ThemeLexicon::standard();
  REQUIRE(lex);
  CHECK(lex->themes().size() >= 5);
  CHECK(lex->classify("全面从严治党", "加强党风廉政建设，落实一岗双责。") == "党建");
  CHECK(lex->classify("", "") == "");
}

TEST_CASE("outline as text names parts, headings and lines", "[outline][format]") {
  std::string const text = "2023年，全镇各项工作稳步推进。\n一、经济发展\n全年完成投资2亿元。\n本文档编辑密码：abc\n";
  std::string const out = outline_to_text(test::outline_of(text), "d.txt");
  CHECK_THAT(out, Catch::Contains("d.txt"));
  CHECK_THAT(out, Catch::Contains("【开头】"));
  CHECK_THAT(out, Catch::Contains("【工作总结】"));
  CHECK_THAT(out, Catch::Contains("（无标题）"));
  CHECK_THAT(out, Catch::Contains("一、经济发展"));
  CHECK_THAT(out, Catch::Contains("本文档编辑密码"));
  CHECK_THAT(out, Catch::Contains("2023"));
}

TEST_CASE("part role names round-trip", "[outline][roles]") {
  for (int r = 0; r < part_role_count; ++r) {
    auto const role = static_cast<PartRole>(r);
    CHECK(role_from_name(role_name(role)) == role);
    CHECK(role_from_name(role_label(role)) == role);
  }
  CHECK(role_name(PartRole::problems) == "problems");
  CHECK(role_label(PartRole::plan) == "工作计划");
  CHECK_FALSE(role_from_name("appendix").has_value());
}
