// The data files of templates/check: they parse, every rule has its catalog
// entry and messages, and the examples written in them hold (LanguageTool's
// habit: the examples of a rule are its tests).
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/catalog.hpp"
#include "zongjie/check/confusables.hpp"
#include "zongjie/check/placeholders.hpp"
#include "zongjie/check/rule_data.hpp"
#include "zongjie/data/resources.hpp"
#include "zongjie/util/tsv.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace zongjie;

TEST_CASE("data: every registered check has a catalog entry with messages", "[check][data]") {
  auto const& data = check::RuleData::standard();
  auto const ids = test::default_checker().rule_ids();
  CHECK(ids.size() == 20);
  std::set<std::string> unique(ids.begin(), ids.end());
  CHECK(unique.size() == ids.size());
  for (auto const& id : ids) {
    INFO(id);
    auto const* info = data.catalog->find(id);
    REQUIRE(info);
    CHECK_FALSE(info->messages.empty());
    CHECK_FALSE(info->title.empty());
    CHECK(id.find('.') != std::string::npos);
  }
  CHECK(data.catalog->rules().size() == ids.size());
}

TEST_CASE("data: the confusable lexicon has at least 50 pairs, each example flagged and its correction not",
          "[check][data][wording.confusable]") {
  auto const& lex = *check::RuleData::standard().confusables;
  REQUIRE(lex.entries().size() >= 50);
  for (auto const& e : lex.entries()) {
    INFO("confusables.tsv line " << e.line << ": " << e.example);
    std::vector<check::ConfusableLexicon::Match> found;
    lex.find(e.example, found);
    REQUIRE(found.size() == 1);
    CHECK(&lex.entries()[found[0].entry] == &e);
    std::string const matched = e.example.substr(found[0].begin, found[0].end - found[0].begin);
    CHECK(matched == e.wrong);
    // The corrected sentence gives nothing.
    std::string corrected = e.example;
    if (found[0].tail_end > found[0].tail_begin)
      corrected.replace(found[0].tail_begin, found[0].tail_end - found[0].tail_begin, e.right_tail);
    corrected.replace(found[0].begin, found[0].end - found[0].begin, e.right);
    found.clear();
    lex.find(corrected, found);
    CHECK(found.empty());
    // The exceptions are correct words.
    for (auto const& x : e.exceptions) {
      found.clear();
      lex.find(x, found);
      CHECK(found.empty());
    }
  }
}

TEST_CASE("data: the placeholder file's examples", "[check][data][placeholder.unfilled]") {
  auto const& p = *check::RuleData::standard().placeholders;
  REQUIRE(p.examples().size() >= 10);
  for (auto const& ex : p.examples()) {
    INFO("placeholders.tsv line " << ex.line << ": " << ex.text);
    std::vector<std::pair<std::size_t, std::size_t>> found;
    p.find(ex.text, found);
    if (ex.expect.empty()) {
      CHECK(found.empty());
    } else {
      REQUIRE(found.size() == 1);
      CHECK(ex.text.substr(found[0].first, found[0].second - found[0].first) == ex.expect);
    }
  }
}

TEST_CASE("data: malformed data files are refused with the file and line named", "[check][data]") {
  CHECK_THROWS_WITH(check::ConfusableLexicon::parse("浓厚范围\t浓厚氛围\n", "c.tsv"), Catch::Contains("c.tsv"));
  CHECK_THROWS_WITH(check::ConfusableLexicon::parse("# x\n浓厚范围\t浓厚氛围\t一句没有错词的话\n", "c.tsv"),
                    Catch::Contains("第 2 行"));
  CHECK_THROWS_WITH(check::PlaceholderPatterns::parse("blob\tX\n", "p.tsv"), Catch::Contains("p.tsv"));
  CHECK_THROWS_WITH(check::Catalog::parse("{\"rules\": [{\"id\": \"a.b\", \"severity\": \"loud\", \"messages\": {}}]}",
                                          "r.json"),
                    Catch::Contains("loud"));
  CHECK_THROWS_WITH(check::Catalog::parse("not json", "r.json"), Catch::Contains("r.json"));
}

TEST_CASE("data: the built-in standard outline has the shape of to_json(StandardOutline)", "[check][data]") {
  StandardOutline const m = builtin_standard_outline();
  CHECK(m.documents > 0);
  REQUIRE(m.part(PartRole::summary));
  REQUIRE(m.part(PartRole::plan));
  CHECK(m.part(PartRole::summary)->share > 0.9);
  CHECK(to_json(m) == nlohmann::ordered_json::parse(data::load("standard_outline.json")));
}

TEST_CASE("data: message placeholders are filled", "[check][data]") {
  CHECK(check::format_message("缺少“{part}”部分（{share}）", {{"part", "工作计划"}, {"share", "70%"}}) ==
        "缺少“工作计划”部分（70%）");
  CHECK(check::format_message("{unknown} 与 {x", {}) == "{unknown} 与 {x");
}
