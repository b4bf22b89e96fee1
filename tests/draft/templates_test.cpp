// Section templates: complete for every part and theme, on theme, with
// placeholders, rendered in each heading style so that the outline builder
// reads them back, and written fresh (not taken from the user's corpus).
#include "draft_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/draft/draft.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/phrases/phrase_text.hpp"
#include "zongjie/util/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <filesystem>

using namespace zongjie;
using draft::TemplateSet;
using grammar::MarkerFamily;
namespace fs = std::filesystem;

TEST_CASE("every part has its template and every theme its sections", "[draft][templates]") {
  auto const set = TemplateSet::standard();
  for (PartRole r : {PartRole::preamble, PartRole::summary, PartRole::problems, PartRole::plan, PartRole::closing}) {
    INFO(role_name(r));
    auto const* t = set->part_template(r);
    REQUIRE(t != nullptr);
    CHECK_FALSE(t->lead.empty());
    CHECK(t->is_part());
  }
  for (auto const& theme : ThemeLexicon::standard()->themes())
    for (PartRole r : {PartRole::summary, PartRole::problems, PartRole::plan}) {
      INFO(role_name(r) << "." << theme);
      auto const* t = set->section(r, theme);
      REQUIRE(t != nullptr);
      CHECK(t->id == std::string(role_name(r)) + "." + theme);
      CHECK(set->find(t->id) == t);
      // Figures are left as visible placeholders.
      std::string all = t->title + t->lead;
      for (auto const& it : t->items) all += it.title + it.body;
      CHECK(all.find(set->words().figure_placeholder) != std::string::npos);
      if (r != PartRole::problems) CHECK(t->items.size() >= 2);
    }
  CHECK(set->filter(PartRole::plan, "").size() == ThemeLexicon::standard()->themes().size() + 1);
  CHECK(set->filter(std::nullopt, "民生").size() == 3);
  CHECK(set->filter(PartRole::plan, "没有这个主题").empty());
  // Unfiltered, the list follows a report: 开头 → 总结 → 问题 → 计划 → 结尾.
  auto const all = set->filter(std::nullopt, "");
  REQUIRE_FALSE(all.empty());
  CHECK(all.front()->part == PartRole::preamble);
  CHECK(all.back()->part == PartRole::closing);
  CHECK(std::is_sorted(all.begin(), all.end(), [](auto const* a, auto const* b) { return a->part < b->part; }));
}

TEST_CASE("slots are filled with the part's year, the unit and the promise", "[draft][templates]") {
  draft::Slots s{2024, 2025, "东山镇", "抓好招商"};
  CHECK(draft::fill("{年份}年", s, PartRole::summary) == "2024年");
  CHECK(draft::fill("{年份}年", s, PartRole::problems) == "2024年");
  CHECK(draft::fill("{年份}年", s, PartRole::plan) == "2025年");
  CHECK(draft::fill("{年份}年", s, PartRole::closing) == "2025年");
  CHECK(draft::fill("{单位}{总结年份}及{计划年份}", s, PartRole::plan) == "东山镇2024及2025");
  CHECK(draft::fill("对照“{承诺}”", s, PartRole::summary) == "对照“抓好招商”");
  CHECK(draft::fill("{未知}{", s, PartRole::summary) == "{未知}{");  // left as written
}

TEST_CASE("markers are written in each family", "[draft][templates]") {
  CHECK(zongjie::marker_text(MarkerFamily::part, 2) == "第二部分：");
  CHECK(zongjie::marker_text(MarkerFamily::di, 3) == "第三、");
  CHECK(zongjie::marker_text(MarkerFamily::cn_dun, 11) == "十一、");
  CHECK(zongjie::marker_text(MarkerFamily::cn_paren, 20) == "（二十）");
  CHECK(zongjie::marker_text(MarkerFamily::cn_shi, 10) == "十是");
  CHECK(zongjie::marker_text(MarkerFamily::arabic_dot, 12) == "12.");
  CHECK(zongjie::marker_text(MarkerFamily::arabic_paren, 3) == "（3）");
  CHECK(zongjie::marker_text(MarkerFamily::circled, 2) == "②");
  CHECK(zongjie::marker_text(MarkerFamily::circled, 21) == "（21）");
  // What we write is what the grammar reads.
  for (auto f : {MarkerFamily::part, MarkerFamily::di, MarkerFamily::cn_dun, MarkerFamily::cn_paren,
                 MarkerFamily::arabic_dot, MarkerFamily::arabic_paren, MarkerFamily::circled})
    for (int n : {1, 2, 9, 10, 15}) {
      auto const m = grammar::parse_line_marker(zongjie::marker_text(f, n) + "标题文字");
      INFO(zongjie::marker_text(f, n));
      REQUIRE(m);
      CHECK(m->marker.family == f);
      CHECK(m->marker.ordinal == n);
    }
}

TEST_CASE("templates render in each heading style and read back as their theme", "[draft][templates]") {
  auto const set = TemplateSet::standard();
  auto const lexicon = ThemeLexicon::standard();
  draft::Slots const slots{2024, 2025, "东山镇", {}};
  for (auto section : {MarkerFamily::cn_dun, MarkerFamily::cn_paren, MarkerFamily::cn_shi}) {
    draft::HeadingStyle style = draft::heading_style(draft::model_from_defaults(*set), set->words().defaults, section);
    CHECK(style.section == section);
    for (PartRole r : {PartRole::summary, PartRole::problems, PartRole::plan})
      for (auto const* t : set->filter(r, "")) {
        if (t->is_part()) continue;
        INFO(t->id << " in style " << grammar::style_name(section));
        std::string const text = "东山镇2024年工作总结及2025年工作计划\n" +
                                 draft::render(*set->part_template(r), slots, style) +
                                 draft::render(*t, slots, style, 1);
        Outline const o = build_outline(test::document(text), {lexicon.get()});
        Part const* p = o.find_part(r);
        REQUIRE(p != nullptr);
        REQUIRE(p->sections.size() == 1);
        CHECK(p->sections[0].theme == t->theme);
        CHECK(p->sections[0].marker.marker.family == section);
        if (section != MarkerFamily::cn_shi) CHECK(p->sections[0].items.size() == t->items.size());
        CHECK(text.find('{') == std::string::npos);  // every slot filled
      }
  }
}

TEST_CASE("bad template files are named in the error", "[draft][templates]") {
  TemplateSet set;
  CHECK_THROWS_WITH(set.add_file("{", "a.json"), Catch::Contains("a.json") && Catch::Contains("JSON"));
  CHECK_THROWS_WITH(set.add_file("[]", "b.json"), Catch::Contains("b.json"));
  CHECK_THROWS_WITH(set.add_file(R"({"part":"summaries"})", "c.json"),
                    Catch::Contains("c.json") && Catch::Contains("summaries"));
  CHECK_THROWS_WITH(set.add_file(R"({"part":"plan","sections":[{"title":"x"}]})", "d.json"),
                    Catch::Contains("d.json") && Catch::Contains("theme"));
  CHECK_THROWS_WITH(set.add_file(R"({"part":"plan","sections":[{"theme":"民生","title":"x","items":[{"body":"y"}]}]})",
                                 "e.json"),
                    Catch::Contains("e.json"));
  CHECK(set.all().empty());  // a file with an error adds nothing
  CHECK_NOTHROW(set.add_file(R"({"part":"plan","sections":[{"theme":"民生","title":"x"}]})", "f.json"));
  CHECK(set.all().size() == 2);
  CHECK_THROWS_WITH(set.add_file(R"({"part":"plan"})", "g.json"), Catch::Contains("g.json") && Catch::Contains("重复"));
  CHECK_THROWS_WITH(set.set_words(R"({"title":"t"})", "h.json"), Catch::Contains("h.json"));
}

TEST_CASE("the defaults describe a whole report", "[draft][templates]") {
  auto const set = TemplateSet::standard();
  StandardOutline const m = draft::model_from_defaults(*set);
  for (PartRole r : {PartRole::preamble, PartRole::summary, PartRole::problems, PartRole::plan}) {
    INFO(role_name(r));
    REQUIRE(m.part(r) != nullptr);
    CHECK(m.part(r)->share == 1.0);
  }
  CHECK(m.themes_of(PartRole::plan).size() == set->words().defaults.plan.size());
  CHECK(m.usual_style("section") == set->words().defaults.section_style);
  // The built-in model (templates/standard_outline.json) is usable.
  StandardOutline const b = builtin_standard_outline();
  CHECK_FALSE(b.themes_of(PartRole::plan).empty());
}

TEST_CASE("heading styles are made consistent", "[draft][templates]") {
  auto const set = TemplateSet::standard();
  auto const& d = set->words().defaults;
  StandardOutline m = draft::model_from_defaults(*set);
  for (auto section : {MarkerFamily::cn_dun, MarkerFamily::cn_paren, MarkerFamily::cn_shi, MarkerFamily::arabic_dot,
                       MarkerFamily::arabic_paren}) {
    auto const st = draft::heading_style(m, d, section);
    INFO(grammar::style_name(section));
    if (st.part) CHECK(grammar::conventional_rank(*st.part) < grammar::conventional_rank(section));
    if (section == MarkerFamily::cn_shi) CHECK_FALSE(st.item);
    if (st.item && *st.item != MarkerFamily::cn_shi)
      CHECK(grammar::conventional_rank(*st.item) > grammar::conventional_rank(section));
  }
  // A corpus whose parts and sections are both 一、: the parts move up.
  m.styles = {{"part", "一、", 5, 0.6}, {"section", "一、", 5, 0.6}, {"item", "（一）", 5, 0.5}};
  auto const st = draft::heading_style(m, d);
  CHECK(st.section == MarkerFamily::cn_dun);
  REQUIRE(st.part);
  CHECK(*st.part == MarkerFamily::part);
  REQUIRE(st.item);
  CHECK(*st.item == MarkerFamily::cn_paren);
}

TEST_CASE("the templates are written fresh, not taken from the user's corpus", "[draft][templates][user-corpus]") {
  auto const dir = test::corpus_dir();
  // [user-corpus]: CTest skips this test case when the folder is absent.
  if (!dir) FAIL("没有语料目录或其中没有 .txt 报告（设置 ZONGJIE_CORPUS_DIR）");
  std::string corpus;
  for (auto const& e : fs::directory_iterator(*dir))
    if (e.path().extension() == ".txt") corpus += phrases::fold_text(text::load_document(e.path()).text) + "\n";
  auto const set = TemplateSet::standard();
  std::size_t checked = 0;
  for (auto const& t : set->all()) {
    std::vector<std::string> pieces{t.title, t.lead};
    for (auto const& it : t.items) pieces.push_back(it.title + "。" + it.body);
    for (auto const& piece : pieces)
      for (auto const& sentence : test::sentences_of(piece)) {
        std::string const folded = phrases::fold_text(sentence);
        if (utf8::char_count(folded) < 10) continue;
        ++checked;
        INFO(t.id << ": " << sentence);
        CHECK(corpus.find(folded) == std::string::npos);
      }
  }
  CHECK(checked > 50);
}
