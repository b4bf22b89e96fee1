// zongjie draft: years moved on, last year's plan as this year's summary,
// the usual plan themes, every heading style, read back by the outline
// builder and checked by the checker (no year.* finding).
#include "draft_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/promises.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <unistd.h>

using namespace zongjie;
using grammar::MarkerFamily;
namespace fs = std::filesystem;

namespace {

fs::path const fixture = fs::path(ZONGJIE_TEST_DATA_DIR) / "draft" / "qinghe-2023.txt";

/// Full- and half-width punctuation compared alike.
std::string fold(std::string_view s) {
  std::string out(s);
  for (auto [from, to] : {std::pair{",", "，"}, {";", "；"}, {":", "："}, {"(", "（"}, {")", "）"}}) {
    for (std::size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + 3)) out.replace(p, 1, to);
  }
  return out;
}

std::vector<std::string> section_titles(Outline const& o, PartRole r) {
  std::vector<std::string> out;
  if (auto const* p = o.find_part(r))
    for (auto const& s : p->sections) out.push_back(fold(s.title));
  return out;
}

/// Every year written in a part's text (its heading line excluded).
std::set<int> years_in_part(test::ReadBack const& d, PartRole r) {
  std::set<int> out;
  auto const* p = d.outline.find_part(r);
  if (!p) return out;
  std::size_t const from = p->heading ? d.doc.lines.line_end(p->line) : p->begin;
  std::vector<grammar::YearMention> ys;
  grammar::find_years(std::string_view(d.doc.text).substr(from, p->end > from ? p->end - from : 0), ys);
  for (auto const& y : ys) out.insert(y.year);
  return out;
}

draft::Draft make(StandardOutline const& model, test::LastReport const* last, draft::DraftOptions const& options = {},
                  int current_year = 2030) {
  auto const templates = draft::TemplateSet::standard();
  std::optional<draft::LastYear> ly;
  if (last) ly.emplace(last->last());
  return draft::make_draft(model, *templates, ly ? &*ly : nullptr, options, current_year);
}

}  // namespace

TEST_CASE("years are moved on and figures blanked", "[draft]") {
  CHECK(draft::move_years("2023年全镇实现", 1) == "2024年全镇实现");
  CHECK(draft::move_years("二〇二三年工作总结", 1) == "二〇二四年工作总结");
  CHECK(draft::move_years("2021—2023年规划", 2) == "2023—2025年规划");
  CHECK(draft::move_years("2023年完成12.6亿元，增长6.5%", 1, std::string_view("XX")) == "2024年完成XX亿元，增长XX%");
  CHECK(draft::move_years("1-10月完成3,215万元", 1, std::string_view("XX")) == "XX-XX月完成XX万元");
  CHECK(draft::move_years("第１２次", 0, std::string_view("XX")) == "第XX次");
  CHECK(draft::move_years("没有年份", 5) == "没有年份");
  CHECK(draft::blank_other_years("2024年底前完成，巩固2022年以来成果", 2024, "XXXX") ==
        "2024年底前完成，巩固XXXX年以来成果");
}

TEST_CASE("ended plan periods are moved on, history is kept", "[draft]") {
  CHECK(draft::move_terms("深入实施“十四五”规划，推进园区建设。", 2027) == "深入实施“十五五”规划，推进园区建设。");
  CHECK(draft::move_terms("深入实施“十四五”规划。", 2025) == "深入实施“十四五”规划。");
  CHECK(draft::move_terms("“十四五”以来，累计新建道路40公里。", 2027) == "“十四五”以来，累计新建道路40公里。");
  CHECK(draft::move_terms("与“十三五”末相比，收入翻番；谋划“十三五”项目。", 2022) ==
        "与“十三五”末相比，收入翻番；谋划“十四五”项目。");
  // The draft itself: a report of 2025 that implemented the 十四五 as current gives a 2027 draft without it.
  auto const templates = draft::TemplateSet::standard();
  text::Document const doc = text::document_from_text(
      "last.txt",
      "青溪镇2025年工作总结和2026年工作计划\n2025年，全镇深入实施“十四五”规划，各项工作稳步推进。\n一、2025年工作总结\n"
      "（一）产业发展\n新引进企业4家。\n二、2026年工作计划\n（一）做强产业\n全面落实“十四五”规划，明年将新建标准厂房2幢。\n"
      "（二）改善民生\n新建养老服务站2个。\n");
  Outline const outline = build_outline(doc);
  draft::LastYear const last{doc, outline};
  draft::DraftOptions options;
  options.year = 2027;
  draft::Draft const d = draft::make_draft(builtin_standard_outline(), *templates, &last, options, 2030);
  INFO(d.text);
  CHECK(d.text.find("十四五") == std::string::npos);
  CHECK(d.text.find("十五五") != std::string::npos);
}

TEST_CASE("a draft from last year's report", "[draft]") {
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = builtin_standard_outline();
  test::LastReport const last(fixture);
  REQUIRE(last.outline.report_year == 2023);
  draft::Draft const d = make(model, &last);
  CHECK(d.report_year == 2024);
  CHECK(d.plan_year == 2025);
  test::ReadBack const back(d.text);
  INFO(d.text);

  SECTION("title and preamble with the years moved on") {
    REQUIRE(back.outline.title);
    CHECK(back.outline.title->text == "清河镇2024年工作总结及2025年工作思路");
    CHECK(back.outline.report_year == 2024);
    CHECK(back.outline.plan_year == 2025);
    auto const* pre = back.outline.find_part(PartRole::preamble);
    REQUIRE(pre);
    std::string const preamble(back.doc.line(pre->line));
    CHECK(preamble.starts_with("2024年，清河镇"));
    CHECK(preamble.find("12.6") == std::string::npos);  // last year's figures are not this year's
    CHECK(preamble.find("XX亿元") != std::string::npos);
  }
  SECTION("the summary reports on last year's plan, section by section, promise by promise") {
    CHECK(section_titles(back.outline, PartRole::summary) == section_titles(last.outline, PartRole::plan));
    auto const* sum = back.outline.find_part(PartRole::summary);
    auto const* plan = last.outline.find_part(PartRole::plan);
    REQUIRE(sum);
    REQUIRE(plan);
    for (std::size_t i = 0; i < plan->sections.size(); ++i) {
      INFO(plan->sections[i].title);
      for (auto const& item : plan->sections[i].items) {
        // The promise is there, its years brought in line with the report.
        std::string const want = fold(draft::blank_other_years(item.title, 2024, "XXXX"));
        bool found = false;
        for (auto const& it : sum->sections[i].items) found = found || fold(it.title) == want;
        CHECK(found);
      }
    }
    // A plan section without items: its sentences' first clauses are the prompts.
    CHECK(d.text.find("新建居家养老服务站3个。对照年初安排") != std::string::npos);
    CHECK(d.text.find("2024年底前完成3个项目签约") != std::string::npos);  // this year: kept
    CHECK(d.text.find("巩固XXXX年以来的成果") != std::string::npos);       // 2022: not this report's year
  }
  SECTION("problems and plan parts, the plan mirroring the summary's themes") {
    CHECK(back.outline.find_part(PartRole::problems));
    auto const* plan = back.outline.find_part(PartRole::plan);
    REQUIRE(plan);
    std::set<std::string> plan_themes;
    for (auto const& s : plan->sections) plan_themes.insert(s.theme);
    for (auto const& s : back.outline.find_part(PartRole::summary)->sections) {
      INFO(s.title << " 〔" << s.theme << "〕");
      if (!s.theme.empty()) CHECK(plan_themes.count(s.theme));
    }
    CHECK(std::vector<std::string>(d.plan_themes.begin(), d.plan_themes.end()).size() == plan->sections.size());
    // The plan heading is last year's wording, a year on.
    REQUIRE(plan->heading);
    CHECK(plan->heading->find("2025年工作思路") != std::string::npos);
  }
  SECTION("no year contradicts the draft's years") {
    CHECK(years_in_part(back, PartRole::summary) == std::set<int>{2024});
    for (int y : years_in_part(back, PartRole::plan)) CHECK(y == 2025);
    auto const f = test::findings(back, model, "year.");
    INFO(test::describe(f));
    CHECK(f.empty());
    auto const n = test::findings(back, model, "numbering.");
    INFO(test::describe(n));
    CHECK(n.empty());
    // The placeholders are there for the checker to flag until filled.
    CHECK_FALSE(test::findings(back, model, "placeholder.").empty());
  }
}

TEST_CASE("a later year, a place and a heading style", "[draft]") {
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = builtin_standard_outline();
  test::LastReport const last(fixture);
  draft::DraftOptions o;
  o.year = 2026;
  o.place = "青石镇";
  o.section_style = MarkerFamily::cn_shi;
  draft::Draft const d = make(model, &last, o);
  test::ReadBack const back(d.text);
  INFO(d.text);
  CHECK(back.outline.report_year == 2026);
  CHECK(back.outline.plan_year == 2027);
  REQUIRE(back.outline.title);
  CHECK(back.outline.title->text == "青石镇2026年工作总结及2027年工作思路");
  // 2024年底前 was this year's deadline for a 2024 report, not for 2026.
  CHECK(d.text.find("2024年") == std::string::npos);
  auto const* sum = back.outline.find_part(PartRole::summary);
  REQUIRE(sum);
  REQUIRE(sum->sections.size() == 4);
  for (auto const& s : sum->sections) CHECK(s.marker.marker.family == MarkerFamily::cn_shi);
  auto const f = test::findings(back, model, "year.");
  INFO(test::describe(f));
  CHECK(f.empty());
}

TEST_CASE("the unit is taken from last year's text when its title has none", "[draft]") {
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = builtin_standard_outline();
  auto const dir = fs::temp_directory_path() / ("zongjie_draft_unit_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](char const* name, std::string const& text) {
    std::ofstream(dir / name) << text;
    return dir / name;
  };
  // No title line; 柏溪镇 is named three times, 乡村 and 城乡 are words, not units.
  auto const named = write("named.txt",
                           "2024年，柏溪镇党委团结带领全镇干部群众推进乡村振兴，城乡面貌持续改善。\n"
                           "一、2024年工作总结\n（一）产业发展\n柏溪镇引进项目5个，乡村旅游接待游客12万人次。\n"
                           "二、2025年工作计划\n（一）抓项目\n柏溪镇将新建标准厂房2万平方米，推动城乡融合发展。\n");
  test::LastReport const last(named);
  draft::Draft const d = make(model, &last, {});
  INFO(d.text);
  CHECK(d.text.rfind("柏溪镇2025年", 0) == 0);
  // A name seen once, with nothing around it to vouch for it, is not taken.
  auto const once = write(
      "once.txt",
      "2024年，全镇上下推进乡村振兴，和美乡村建设成效明显。\n"
      "一、2024年工作总结\n（一）产业发展\n引进项目5个。\n二、2025年工作计划\n（一）抓项目\n新建厂房2万平方米。\n");
  test::LastReport const last_once(once);
  draft::Draft const d2 = make(model, &last_once, {});
  INFO(d2.text);
  CHECK(d2.text.rfind(templates->words().unit_placeholder, 0) == 0);
  fs::remove_all(dir);
}

TEST_CASE("every heading style reads back and checks clean of numbering and years", "[draft]") {
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = builtin_standard_outline();
  test::LastReport const last(fixture);
  for (auto style : {MarkerFamily::cn_dun, MarkerFamily::cn_paren, MarkerFamily::cn_shi, MarkerFamily::arabic_dot}) {
    for (bool from_last : {true, false}) {
      INFO(grammar::style_name(style) << (from_last ? " from last year" : " from the standard outline"));
      draft::DraftOptions o;
      o.section_style = style;
      draft::Draft const d = make(model, from_last ? &last : nullptr, o);
      test::ReadBack const back(d.text);
      INFO(d.text);
      CHECK(d.notes.end() == std::find_if(d.notes.begin(), d.notes.end(),
                                          [](auto const& n) { return n.find("自检") != std::string::npos; }));
      for (PartRole r : {PartRole::summary, PartRole::problems, PartRole::plan}) {
        auto const* p = back.outline.find_part(r);
        REQUIRE(p);
        CHECK_FALSE(p->sections.empty());
        for (auto const& s : p->sections) CHECK(s.marker.marker.family == style);
      }
      CHECK(back.outline.report_year == (from_last ? 2024 : 2030));
      auto const f = test::findings(back, model, "year.");
      INFO(test::describe(f));
      CHECK(f.empty());
      auto const n = test::findings(back, model, "numbering.");
      INFO(test::describe(n));
      CHECK(n.empty());
    }
  }
}

TEST_CASE("without last year's report: the standard outline and the templates", "[draft]") {
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = draft::model_from_defaults(*templates);
  draft::Draft const d = make(model, nullptr, {}, 2027);
  test::ReadBack const back(d.text);
  INFO(d.text);
  CHECK(back.outline.report_year == 2027);
  CHECK(back.outline.plan_year == 2028);
  // The plan has the default themes in their order.
  auto const* plan = back.outline.find_part(PartRole::plan);
  REQUIRE(plan);
  std::vector<std::string> themes;
  for (auto const& s : plan->sections) themes.push_back(s.theme);
  CHECK(themes == templates->words().defaults.plan);
  CHECK(back.outline.find_part(PartRole::closing));
  // The unit is a visible placeholder.
  CHECK(back.outline.title->text.starts_with(templates->words().unit_placeholder));
  bool noted = false;
  for (auto const& n : d.notes) noted = noted || n.find("--place") != std::string::npos;
  CHECK(noted);
  auto const f = test::findings(back, model, "year.");
  INFO(test::describe(f));
  CHECK(f.empty());
}

TEST_CASE("the corpus decides the plan's themes and their order", "[draft]") {
  auto const templates = draft::TemplateSet::standard();
  StandardOutline model = draft::model_from_defaults(*templates);
  // A corpus that plans 文旅 first and 民生 last, five sections on average.
  model.themes.clear();
  auto add = [&](std::string theme, double share, double position) {
    for (PartRole r : {PartRole::summary, PartRole::plan}) {
      StandardOutline::ThemeStat t;
      t.part = r;
      t.theme = theme;
      t.documents = 10;
      t.share = share;
      t.position = position;
      model.themes.push_back(std::move(t));
    }
  };
  add("民生", 0.9, 0.9);
  add("文旅", 0.8, 0.0);
  add("经济发展", 0.7, 0.3);
  add("乡村振兴", 0.6, 0.5);
  add("社会治理", 0.5, 0.7);
  add("改革创新", 0.1, 0.8);  // rare: left out
  for (auto& p : model.parts)
    if (p.role == PartRole::plan || p.role == PartRole::summary) p.sections_mean = 5;
  draft::Draft const d = make(model, nullptr, {}, 2025);
  CHECK(d.plan_themes == std::vector<std::string>{"文旅", "经济发展", "乡村振兴", "社会治理", "民生"});
  test::ReadBack const back(d.text);
  std::vector<std::string> written;
  for (auto const& sec : back.outline.find_part(PartRole::plan)->sections) written.push_back(sec.theme);
  CHECK(written == d.plan_themes);
}

TEST_CASE("drafts from the user's corpus: 002 gives 2024/2025 with its five plan sections", "[draft][user-corpus]") {
  auto const dir = test::corpus_dir();
  // [user-corpus]: CTest skips this test case when the folder is absent.
  if (!dir) FAIL("没有语料目录或其中没有 .txt 报告（设置 ZONGJIE_CORPUS_DIR）");
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = builtin_standard_outline();
  bool saw_002 = false;
  for (auto const& file : test::reports_in(*dir)) {
    INFO(file.filename().string());
    test::LastReport const last(file);
    draft::Draft const d = make(model, &last);
    test::ReadBack const back(d.text);
    INFO(d.text);
    REQUIRE(last.outline.report_year);
    CHECK(back.outline.report_year == *last.outline.report_year + 1);
    CHECK(back.outline.plan_year == *last.outline.report_year + 2);
    CHECK(section_titles(back.outline, PartRole::summary) == section_titles(last.outline, PartRole::plan));
    for (PartRole r : {PartRole::summary, PartRole::problems, PartRole::plan}) CHECK(back.outline.find_part(r));
    auto const f = test::findings(back, model, "year.");
    INFO(test::describe(f));
    CHECK(f.empty());
    if (file.filename().string().starts_with("002_")) {
      saw_002 = true;
      CHECK(back.outline.report_year == 2024);
      CHECK(back.outline.plan_year == 2025);
      CHECK(section_titles(back.outline, PartRole::summary).size() == 5);
    }
  }
  CHECK(saw_002);  // the report this test case is named after
}

TEST_CASE("last year's sentences are not cut inside quotation marks, and an unbalanced quote does no harm", "[draft]") {
  // A plan section without items: the first clause of each sentence becomes
  // a prompt.  A comma or full stop inside “…” belongs to the quotation.
  std::string const report =
      "青石镇2023年工作总结及2024年工作计划\n"
      "2023年，青石镇坚持稳中求进，各项工作取得新成效。\n"
      "一、2023年工作总结\n"
      "（一）党建引领更加有力\n"
      "理论学习持续深化。基层组织持续夯实。\n"
      "二、存在的问题\n"
      "（一）产业支撑不够强。主导产业规模偏小。\n"
      "三、2024年工作计划\n"
      "（一）建设美丽乡村\n"
      "围绕“山水宜人，村庄宜居，产业宜游”的目标，推进污水治理。"
      "开展“一村一策。分类提升”工程，完善收集设施。"
      "落实“生态优先，绿色发展要求，持续改善环境。\n"
      "（二）办好民生实事\n"
      "完善养老服务，提升卫生室服务能力。\n";
  fs::path const dir = fs::temp_directory_path() / ("zongjie-draft-quotes-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path const file = dir / "qingshi-2023.txt";
  {
    std::ofstream out(file, std::ios::binary);
    out << report;
  }
  auto const templates = draft::TemplateSet::standard();
  StandardOutline const model = builtin_standard_outline();
  test::LastReport const last(file);
  draft::Draft const d = make(model, &last);
  fs::remove_all(dir);
  INFO(d.text);
  CHECK(d.text.find("围绕“山水宜人，村庄宜居，产业宜游”的目标。") != std::string::npos);
  CHECK(d.text.find("开展“一村一策。分类提升”工程。") != std::string::npos);
  CHECK(d.text.find("围绕“山水宜人。") == std::string::npos);
  // The unbalanced quote: the clause is cut as before, the lone mark dropped.
  CHECK(d.text.find("落实生态优先。") != std::string::npos);
  // No line of the draft opens a quotation it does not close.
  for (std::size_t pos = 0; pos < d.text.size();) {
    std::size_t const end = std::min(d.text.find('\n', pos), d.text.size());
    std::string_view const line(d.text.data() + pos, end - pos);
    std::size_t opens = 0, closes = 0;
    for (std::size_t k = line.find("“"); k != std::string_view::npos; k = line.find("“", k + 3)) ++opens;
    for (std::size_t k = line.find("”"); k != std::string_view::npos; k = line.find("”", k + 3)) ++closes;
    INFO(line);
    CHECK(opens == closes);
    pos = end + 1;
  }
}

TEST_CASE("the draft reports on the promises the checker looks for, in every plan part", "[draft][promises]") {
  // Two plan parts: the summary drafted from last year must cover the
  // sections of both, as promise.unreported checks both.
  std::string const text =
      "清溪镇2023年工作总结及2024年工作计划\n"
      "一、2023年工作总结\n"
      "（一）党的建设\n全年发展党员5名。\n"
      "二、2024年工作计划\n"
      "（一）加强党的建设\n1.抓好支部标准化建设。\n2.开展党员教育培训。\n"
      "（二）推进乡村振兴\n新建高标准农田500亩，完善村庄道路。\n"
      "三、2024年重点项目安排\n"
      "（一）实施人居环境整治\n完成农村改厕200户。\n";
  text::Document const doc = test::document(text);
  Outline const outline = build_outline(doc);
  std::vector<Promise> const promises = plan_promises(doc, outline);
  std::vector<std::string> sections;
  for (auto const& p : promises)
    if (!p.item && !p.paragraph) sections.push_back(fold(p.title));
  INFO(text);
  std::size_t plan_parts = 0;
  for (auto const& part : outline.parts) plan_parts += part.role == PartRole::plan;
  REQUIRE(plan_parts == 2);
  REQUIRE_FALSE(sections.empty());
  // Items are promises of their section.
  std::size_t items = 0;
  for (auto const& p : promises)
    if (p.item) {
      ++items;
      REQUIRE(p.section >= 0);
      CHECK_FALSE(promises[static_cast<std::size_t>(p.section)].item);
    }
  CHECK(items == 2);

  auto const templates = draft::TemplateSet::standard();
  draft::LastYear const last{doc, outline};
  draft::Draft const d = draft::make_draft(builtin_standard_outline(), *templates, &last, {}, 2030);
  test::ReadBack const back(d.text);
  INFO(d.text);
  CHECK(section_titles(back.outline, PartRole::summary) == sections);
}
