// The outline builder on small reports written for these tests (invented
// text; none of it comes from the user's corpus).  Expected lines and columns
// are found in the fixture by the test itself (test::line_of), so that a
// fixture can be edited without recounting.
#include "support/test_support.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::column_of;
using test::line_of;

namespace {

std::vector<PartRole> roles(Outline const& o) {
  std::vector<PartRole> r;
  for (auto const& p : o.parts) r.push_back(p.role);
  return r;
}

std::vector<std::size_t> part_lines(Outline const& o) {
  std::vector<std::size_t> r;
  for (auto const& p : o.parts) r.push_back(p.line);
  return r;
}

std::vector<std::string> section_titles(Part const& p) {
  std::vector<std::string> r;
  for (auto const& s : p.sections) r.push_back(s.title);
  return r;
}

std::vector<std::size_t> section_lines(Part const& p) {
  std::vector<std::size_t> r;
  for (auto const& s : p.sections) r.push_back(s.line);
  return r;
}

std::vector<int> section_ordinals(Part const& p) {
  std::vector<int> r;
  for (auto const& s : p.sections) r.push_back(s.marker.marker.ordinal);
  return r;
}

std::vector<std::string> item_titles(Section const& s) {
  std::vector<std::string> r;
  for (auto const& i : s.items) r.push_back(i.title);
  return r;
}

std::vector<std::size_t> item_lines(Section const& s) {
  std::vector<std::size_t> r;
  for (auto const& i : s.items) r.push_back(i.line);
  return r;
}

Part const& part(Outline const& o, PartRole r) {
  Part const* p = o.find_part(r);
  if (!p) throw std::runtime_error("no part " + std::string(role_name(r)));
  return *p;
}

}  // namespace

// Catch prints these when a comparison fails.
namespace Catch {
template <>
struct StringMaker<PartRole> {
  static std::string convert(PartRole r) { return std::string(role_name(r)); }
};
}  // namespace Catch

#define SHOW_OUTLINE(o) INFO("outline:\n" << outline_to_text(o, "fixture"))

using R = PartRole;

// ---- parts ------------------------------------------------------------------------

TEST_CASE("unheaded summary straight after the preamble and a plan heading without a number", "[outline][parts]") {
  std::string const text = R"(东山镇2023年工作总结及2024年工作打算
2023年，东山镇在县委、县政府的坚强领导下，坚持稳中求进，各项工作取得新成效。
一、聚焦产业发展，经济实力稳步提升
全年完成地区生产总值18.6亿元，同比增长6.1%，新引进项目5个。
二、聚焦民生保障，群众生活持续改善
新改建农村道路12公里，新增城乡居民医保参保人数300人，民生支出占比达到75%。
2025年工作安排
一、坚持项目为王，推动经济高质量发展
谋划储备项目10个，力争完成固定资产投资5亿元。
二、坚持民生为本，提升群众幸福感
办好十件民生实事，持续改善群众生产生活条件。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.title.has_value());
  CHECK(o.title->line == 1);
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::plan});
  CHECK(part_lines(o) == std::vector<std::size_t>{2, 3, line_of(text, "2025年工作安排")});
  CHECK_FALSE(o.parts[0].heading.has_value());
  CHECK_FALSE(o.parts[1].heading.has_value());
  REQUIRE(o.parts[2].heading.has_value());
  CHECK(*o.parts[2].heading == "2025年工作安排");
  CHECK_FALSE(o.parts[2].marker.has_value());
  CHECK(section_titles(o.parts[1]) ==
        std::vector<std::string>{"聚焦产业发展，经济实力稳步提升", "聚焦民生保障，群众生活持续改善"});
  CHECK(section_lines(o.parts[1]) == std::vector<std::size_t>{3, 5});
  CHECK(section_titles(o.parts[2]) ==
        std::vector<std::string>{"坚持项目为王，推动经济高质量发展", "坚持民生为本，提升群众幸福感"});
  // The parts tile the document: each ends where the next begins.
  for (std::size_t k = 0; k + 1 < o.parts.size(); ++k) {
    CHECK(o.parts[k].end == o.parts[k + 1].begin);
    CHECK(o.parts[k].end_line < o.parts[k + 1].line);
  }
  CHECK(o.noise.empty());
}

TEST_CASE("第一部分 parts with 一、 sections and 一是 items at line starts", "[outline][parts][items]") {
  std::string const text = R"(青石乡2024年工作总结和2025年工作计划
今年以来，青石乡坚持以党建为引领，扎实推进各项工作，经济社会发展取得新进展。
第一部分：2024年工作总结
一、坚持党建引领，基层组织更加坚强
一是强化理论武装。全年开展集中学习24次，举办专题培训班3期。
二是夯实基层基础。完成村级活动阵地改造4个，选派驻村工作队员12名。
二、坚持产业兴乡，发展动能持续增强
一是壮大特色产业。新发展高山蔬菜1200亩，带动农户增收300万元。
二是推进项目建设。实施重点项目8个，完成投资2.3亿元。
三是优化营商环境。开展政企恳谈会4次，帮助企业解决难题15个。
第二部分：2025年工作计划
一、着力抓好党的建设
一是加强思想政治建设，持续深化理论学习；二是加强基层组织建设，推动村级班子整体提升。
二、着力推动产业升级
围绕高山蔬菜和乡村旅游两大产业，做大做强特色品牌，推动农民持续增收。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.title.has_value());
  CHECK(o.title->text == "青石乡2024年工作总结和2025年工作计划");
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::plan});
  CHECK(part_lines(o) == std::vector<std::size_t>{2, 3, line_of(text, "第二部分")});
  CHECK(o.parts[1].heading == std::optional<std::string>("第一部分：2024年工作总结"));
  CHECK(o.parts[2].heading == std::optional<std::string>("第二部分：2025年工作计划"));
  REQUIRE(o.parts[1].marker.has_value());
  CHECK(o.parts[1].marker->text == "第一部分：");
  CHECK(o.parts[1].marker->marker.family == grammar::MarkerFamily::part);

  Part const& summary = o.parts[1];
  REQUIRE(summary.sections.size() == 2);
  CHECK(section_lines(summary) ==
        std::vector<std::size_t>{line_of(text, "一、坚持党建"), line_of(text, "二、坚持产业")});
  CHECK(summary.sections[0].marker.text == "一、");
  CHECK(summary.sections[0].marker.marker.family == grammar::MarkerFamily::cn_dun);
  CHECK(item_titles(summary.sections[0]) == std::vector<std::string>{"强化理论武装", "夯实基层基础"});
  CHECK(item_lines(summary.sections[0]) ==
        std::vector<std::size_t>{line_of(text, "一是强化"), line_of(text, "二是夯实")});
  CHECK(item_titles(summary.sections[1]) == std::vector<std::string>{"壮大特色产业", "推进项目建设", "优化营商环境"});
  for (auto const& item : summary.sections[1].items) {
    REQUIRE(item.marker.has_value());
    CHECK(item.marker->marker.family == grammar::MarkerFamily::cn_shi);
    CHECK(item.column == 1);
    CHECK_FALSE(item.inline_marker);
  }
  CHECK(summary.sections[1].items[2].marker->text == "三是");
  CHECK(summary.sections[1].items[2].marker->marker.ordinal == 3);

  Part const& plan = o.parts[2];
  CHECK(section_titles(plan) == std::vector<std::string>{"着力抓好党的建设", "着力推动产业升级"});
  REQUIRE(plan.sections.size() == 2);
  // 一是 at the line start and 二是 after ；, both on one line.
  CHECK(item_titles(plan.sections[0]) ==
        std::vector<std::string>{"加强思想政治建设，持续深化理论学习", "加强基层组织建设，推动村级班子整体提升"});
  REQUIRE(plan.sections[0].items.size() == 2);
  CHECK(plan.sections[0].items[1].line == line_of(text, "二是加强基层"));
  CHECK(plan.sections[0].items[1].column == column_of(text, "二是加强基层"));
  CHECK(plan.sections[0].items[1].inline_marker);
  CHECK(plan.sections[1].items.empty());
  CHECK(o.report_year == 2024);
  CHECK(o.plan_year == 2025);
}

TEST_CASE("一、 parts with （一） sections and 一是 inside paragraphs", "[outline][parts][items]") {
  std::string const text = R"(白沙镇2023年工作总结及2024年工作思路
2023年，白沙镇紧紧围绕县委、县政府决策部署，凝心聚力抓发展，各项事业稳步推进。
一、2023年工作总结
（一）产业发展提质增效
全镇围绕茶叶和水果两大主导产业精准发力。一是发展特色种植，新增茶园500亩；二是培育龙头企业，引进农业企业3家;三是拓宽销售渠道，线上销售额突破800万元。
（二）社会事业全面进步
全年新增就业岗位420个，发放各类救助资金260万元，群众获得感不断增强。
二、2024年工作思路
（一）聚力产业振兴
围绕主导产业延链补链。一是做强茶叶品牌，新建标准化茶园300亩。二是发展农旅融合，打造精品线路2条。
（二）聚力民生改善
持续办好民生实事，兜牢民生底线，让群众生活更加殷实。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::plan});
  REQUIRE(o.parts.size() == 3);
  CHECK(o.parts[1].heading == std::optional<std::string>("一、2023年工作总结"));
  CHECK(o.parts[2].heading == std::optional<std::string>("二、2024年工作思路"));
  Part const& summary = o.parts[1];
  REQUIRE(summary.sections.size() == 2);
  CHECK(section_titles(summary) == std::vector<std::string>{"产业发展提质增效", "社会事业全面进步"});
  CHECK(summary.sections[0].marker.text == "（一）");
  CHECK(summary.sections[0].marker.marker.family == grammar::MarkerFamily::cn_paren);
  // After 。, after ；, and after an ASCII ;.
  CHECK(item_titles(summary.sections[0]) == std::vector<std::string>{"发展特色种植，新增茶园500亩",
                                                                     "培育龙头企业，引进农业企业3家",
                                                                     "拓宽销售渠道，线上销售额突破800万元"});
  for (auto const& item : summary.sections[0].items) {
    CHECK(item.line == line_of(text, "全镇围绕"));
    CHECK(item.inline_marker);
  }
  REQUIRE(summary.sections[0].items.size() == 3);
  CHECK(summary.sections[0].items[0].column == column_of(text, "一是发展"));
  CHECK(summary.sections[0].items[1].column == column_of(text, "二是培育"));
  CHECK(summary.sections[0].items[2].column == column_of(text, "三是拓宽"));
  CHECK(summary.sections[1].items.empty());

  Part const& plan = o.parts[2];
  CHECK(section_titles(plan) == std::vector<std::string>{"聚力产业振兴", "聚力民生改善"});
  REQUIRE(plan.sections.size() == 2);
  CHECK(item_titles(plan.sections[0]) ==
        std::vector<std::string>{"做强茶叶品牌，新建标准化茶园300亩", "发展农旅融合，打造精品线路2条"});
  CHECK(o.report_year == 2023);
  CHECK(o.plan_year == 2024);
}

TEST_CASE("problems part with a heading between summary and plan", "[outline][parts]") {
  std::string const text = R"(一、2023年工作回顾
（一）经济发展稳中有进
全年完成规上工业产值9.8亿元，同比增长7%。
（二）生态环境持续向好
完成农村改厕320户，村庄保洁实现全覆盖。
二、存在的困难和问题
一是产业结构单一，抗风险能力不强；二是基础设施欠账较多，公共服务水平有待提高。
三、2024年工作计划
（一）全力以赴抓项目
谋划实施项目12个，年度计划投资6亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK_FALSE(o.title.has_value());
  CHECK(roles(o) == std::vector{R::summary, R::problems, R::plan});
  CHECK(part_lines(o) == std::vector<std::size_t>{1, line_of(text, "二、存在"), line_of(text, "三、2024")});
  Part const& problems = part(o, R::problems);
  CHECK(problems.heading == std::optional<std::string>("二、存在的困难和问题"));
  CHECK_FALSE(problems.sections.empty());
  CHECK(o.report_year == 2023);
  CHECK(o.plan_year == 2024);
}

TEST_CASE("一是…；二是… inside a paragraph are the sections of a problems part", "[outline][sections]") {
  std::string const text = R"(一、2023年工作回顾
（一）经济发展稳中有进
全年完成规上工业产值9.8亿元，同比增长7%。
二、存在的困难和问题
主要表现在：一是产业结构单一，抗风险能力不强；二是基础设施欠账较多，公共服务水平有待提高。
三、2024年工作计划
（一）全力以赴抓项目
谋划实施项目12个，年度计划投资6亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  Part const& problems = part(o, R::problems);
  CHECK(section_titles(problems) ==
        std::vector<std::string>{"产业结构单一，抗风险能力不强", "基础设施欠账较多，公共服务水平有待提高"});
  REQUIRE(problems.sections.size() == 2);
  CHECK(problems.sections[1].column == column_of(text, "二是基础"));
  CHECK(problems.sections[1].inline_marker);
}

TEST_CASE("一是 opening a line and 二是 after ； on the same line are both sections", "[outline][sections]") {
  // A paragraph opening with 一是 and going on with 二是 after ；: both are sections.
  std::string const text = R"(一、2023年工作回顾
（一）经济发展稳中有进
全年完成规上工业产值9.8亿元，同比增长7%。
二、存在的困难和问题
一是产业结构单一，抗风险能力不强；二是基础设施欠账较多，公共服务水平有待提高。
三、2024年工作计划
（一）全力以赴抓项目
谋划实施项目12个，年度计划投资6亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(section_titles(part(o, R::problems)) ==
        std::vector<std::string>{"产业结构单一，抗风险能力不强", "基础设施欠账较多，公共服务水平有待提高"});
}

TEST_CASE("unheaded problems paragraph and closing paragraph", "[outline][parts]") {
  std::string const text = R"(柳溪镇2023年工作总结和2024年工作计划
一年来，柳溪镇全面贯彻落实上级决策部署，真抓实干，较好完成了全年目标任务。
一、坚持发展为要，经济运行稳中向好
全年实现财政收入1.2亿元，同比增长5.3%。
二、坚持生态优先，人居环境持续改善
拆除违章建筑1.5万平方米，完成河道清淤8公里。
在肯定成绩的同时，我们也清醒地看到，工作中还存在一些短板和不足：产业转型升级压力较大，基层治理能力有待提升。
2024年工作计划
一、突出项目建设，增强发展后劲
全年计划实施项目15个，完成投资8亿元。
二、突出民生改善，增进群众福祉
继续办好民生实事，推动教育、医疗等公共服务提质扩面。
让我们在县委、县政府的坚强领导下，团结一心，真抓实干，为建设美丽柳溪而努力奋斗！
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::problems, R::plan, R::closing});
  CHECK(part_lines(o) == std::vector<std::size_t>{2, 3, line_of(text, "在肯定成绩"),
                                                  line_of(text, "\n2024年工作计划\n") + 1, line_of(text, "让我们")});
  Part const& problems = part(o, R::problems);
  CHECK_FALSE(problems.heading.has_value());
  CHECK(problems.sections.empty());
  Part const& closing = part(o, R::closing);
  CHECK_FALSE(closing.heading.has_value());
  CHECK(closing.end_line == line_of(text, "让我们"));
  // The summary and the plan end before the parts cut from them.
  Part const& summary = part(o, R::summary);
  CHECK(summary.end_line == line_of(text, "拆除违章"));
  CHECK(summary.sections.back().end_line == line_of(text, "拆除违章"));
  Part const& plan = part(o, R::plan);
  CHECK(plan.end_line == line_of(text, "继续办好"));
  CHECK(section_titles(plan).size() == 2);
}

TEST_CASE("a closing paragraph after a plan without numbered sections", "[outline][parts]") {
  // A plan written as plain paragraphs still ends in a closing exhortation.
  std::string const text = R"(一、2023年工作总结
（一）经济发展
全年完成投资3亿元。
二、2024年工作计划
2024年，我们将围绕产业发展和民生改善两大重点，扎实推进各项工作。
让我们在县委的坚强领导下，团结一心，为建设美丽东山而努力奋斗！
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan, R::closing});
}

TEST_CASE("a short problems sentence inside a section does not split the summary", "[outline][parts]") {
  // The cue must be in a paragraph after the last section's body, not in a section's own text.
  std::string const text = R"(一、2023年工作总结
（一）农业生产稳定
粮食播种面积稳定在3万亩，但仍存在种植效益偏低的问题，需要持续改进。
（二）民生保障有力
发放低保金180万元，实现应保尽保。
二、2024年工作思路
（一）稳定粮食生产
确保粮食播种面积稳定在3万亩以上。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  CHECK(part(o, R::summary).sections.size() == 2);
}

// ---- sections -------------------------------------------------------------------------

TEST_CASE("a repeated 三、 keeps the ordinal as written", "[outline][sections]") {
  std::string const text = R"(一、经济发展
全年完成固定资产投资4.2亿元，同比增长9%。
二、社会事业
新建幼儿园1所，改造卫生室3个。
三、生态环境
完成植树造林2000亩，森林覆盖率达到68%。
三、平安建设
开展矛盾纠纷排查12次，化解矛盾纠纷86起。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.parts.size() == 1);
  CHECK(o.parts[0].role == R::summary);
  CHECK(section_ordinals(o.parts[0]) == std::vector<int>{1, 2, 3, 3});
  CHECK(section_titles(o.parts[0]) == std::vector<std::string>{"经济发展", "社会事业", "生态环境", "平安建设"});
}

TEST_CASE("heading with its body on the same line: the title stops at the first 。", "[outline][sections]") {
  std::string const text = R"(一、工作总结
（一）强化党建引领。全年发展党员15名，整顿软弱涣散村党组织2个。
（二）推动产业发展。新培育家庭农场12家，农民专业合作社5家。
二、工作计划
（一）提升治理效能。深化网格化管理，推动矛盾纠纷就地化解。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  REQUIRE(o.parts.size() == 2);
  CHECK(section_titles(o.parts[0]) == std::vector<std::string>{"强化党建引领", "推动产业发展"});
  CHECK(section_titles(o.parts[1]) == std::vector<std::string>{"提升治理效能"});
  CHECK(o.parts[0].sections[0].column == 1);
  // The body starts after the 。 on the heading line.
  Section const& s = o.parts[0].sections[0];
  CHECK(s.body_begin > s.offset);
  CHECK(test::document(text).text.substr(s.body_begin, 6) == "全年");
}

TEST_CASE("a part heading with its body on the same line", "[outline][parts]") {
  std::string const text = R"(一、2023年工作总结。全年各项工作扎实推进，主要指标完成良好。
（一）项目建设
完成重点项目投资3亿元。
二、2024年工作打算：坚持稳中求进，突出抓好以下工作。
（一）抓项目
全年计划实施项目10个。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  REQUIRE(o.parts.size() == 2);
  CHECK(o.parts[0].heading == std::optional<std::string>("一、2023年工作总结"));
  CHECK(o.parts[1].heading == std::optional<std::string>("二、2024年工作打算"));
  CHECK(o.report_year == 2023);
  CHECK(o.plan_year == 2024);
}

TEST_CASE("a heading line of its own and a sentence that is not a heading", "[outline][parts]") {
  // Without a number, 2024年工作计划 followed by more text after 。 is a sentence.
  std::string const text = R"(一、经济发展
2024年工作计划。经镇党委会议研究通过，各项任务已分解到人。
二、社会事业
新建村级养老服务站2个。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary});
  REQUIRE(o.parts.size() == 1);
  CHECK(section_titles(o.parts[0]) == std::vector<std::string>{"经济发展", "社会事业"});
}

TEST_CASE("a numbered line of the part headings' family inside a part is not its only section", "[outline][sections]") {
  // The parts are 一、二、; the plan's sections are （一）（二）.  A later
  // 四、保障措施 (not a part title) goes on from the part numbering: a sibling,
  // not the plan's only section.
  std::string const text = R"(一、2023年工作总结
（一）经济发展
全年完成投资3亿元。
二、2024年工作计划
（一）抓项目
引进项目5个。
（二）抓民生
新建道路10公里。
四、保障措施
（一）加强组织领导
成立工作专班。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  std::vector<std::string> const titles = section_titles(part(o, R::plan));
  REQUIRE(titles.size() >= 2);
  CHECK(titles[0] == "抓项目");
  CHECK(titles[1] == "抓民生");
}

TEST_CASE("一是 opening a line and 二是 after 。 on the same line are both sections", "[outline][sections]") {
  // The 。 variant of the one above.
  std::string const text = R"(一、2023年工作总结
（一）经济发展
全年完成投资3亿元。
二、存在的问题
一是产业基础薄弱。二是专业人才短缺。
三、2024年工作计划
（一）抓项目
引进项目5个。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(section_titles(part(o, R::problems)) == std::vector<std::string>{"产业基础薄弱", "专业人才短缺"});
}

// ---- items ------------------------------------------------------------------------------

TEST_CASE("run-in topic sentences opening a paragraph and following 。 or ；", "[outline][items]") {
  std::string const text = R"(一、聚焦宜居宜业，环境面貌明显改善
人居环境更加宜居。完成农村改厕120户，清理垃圾杂物300吨；垃圾分类更入人心。建成分类收集点12个，村民参与率达到90%。
二、聚焦民生实事，群众生活更有保障
养老服务再升级。新建居家养老服务中心2家，为老年人提供助餐服务1.2万人次。便民服务再优化。推行帮办代办，办理各类事项3000余件。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.parts.size() == 1);
  REQUIRE(o.parts[0].sections.size() == 2);
  Section const& s1 = o.parts[0].sections[0];
  CHECK(item_titles(s1) == std::vector<std::string>{"人居环境更加宜居", "垃圾分类更入人心"});
  REQUIRE(s1.items.size() == 2);
  CHECK(s1.items[0].line == line_of(text, "人居环境"));
  CHECK(s1.items[0].column == 1);
  CHECK(s1.items[1].column == column_of(text, "垃圾分类更"));
  for (auto const& item : s1.items) CHECK_FALSE(item.marker.has_value());
  Section const& s2 = o.parts[0].sections[1];
  CHECK(item_titles(s2) == std::vector<std::string>{"养老服务再升级", "便民服务再优化"});
  REQUIRE(s2.items.size() == 2);
  CHECK(s2.items[1].column == column_of(text, "便民服务"));
}

TEST_CASE("a single short sentence is not an item", "[outline][items]") {
  std::string const text = R"(一、安全生产
安全形势总体平稳。全年开展安全检查60次，整改隐患210处，未发生较大以上安全事故。
二、平安建设
社会大局和谐稳定，群众安全感持续提升，全年受理信访件同比下降12%。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.parts.size() == 1);
  REQUIRE(o.parts[0].sections.size() == 2);
  CHECK(o.parts[0].sections[0].items.empty());
  CHECK(o.parts[0].sections[1].items.empty());
}

TEST_CASE("sentences with inner commas or too long are not topic sentences", "[outline][items]") {
  std::string const text = R"(一、产业发展
全年新增市场主体120户，同比增长8%。新建高标准农田3000亩，粮食产量保持稳定。
二、项目建设
完成了全镇范围内的道路硬化和路灯安装工程建设任务。实施了集镇污水管网改造和公厕提升工程建设任务。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.parts.size() == 1);
  REQUIRE(o.parts[0].sections.size() == 2);
  CHECK(o.parts[0].sections[0].items.empty());
  CHECK(o.parts[0].sections[1].items.empty());
}

TEST_CASE("a topic sentence alone on its line with its body on the next line", "[outline][items]") {
  std::string const text = R"(一、2023年工作总结
（一）聚焦产业振兴
特色产业提质增效
新发展中药材种植800亩，建成冷链仓储中心1个，带动200余户农户增收。
农村改革纵深推进。
完成农村集体产权制度改革，村集体经济收入全部超过20万元。
（二）聚焦社会治理
全年化解矛盾纠纷120起，调解成功率98%。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE_FALSE(o.parts.empty());
  Part const& summary = part(o, R::summary);
  REQUIRE(summary.sections.size() == 2);
  Section const& s = summary.sections[0];
  CHECK(item_titles(s) == std::vector<std::string>{"特色产业提质增效", "农村改革纵深推进"});
  CHECK(item_lines(s) == std::vector<std::size_t>{line_of(text, "特色产业"), line_of(text, "农村改革")});
  for (auto const& item : s.items) CHECK(item.column == 1);
  CHECK(summary.sections[1].items.empty());
}

TEST_CASE("（1） items under 1. sections and ① under （一）", "[outline][items]") {
  std::string const text = R"(一、2024年工作总结
（一）基础设施建设
①道路工程。完成通村公路改造15公里。
②水利工程。新建山塘3座，整治渠道5公里。
（二）公共服务
①教育。新建乡村学校少年宫1所。
二、2025年工作计划
（一）补齐设施短板
1.推进道路提升。实施县道改造工程。
2.推进水利建设。完成水库除险加固。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  REQUIRE(o.parts.size() == 2);
  REQUIRE(o.parts[0].sections.size() == 2);
  CHECK(item_titles(o.parts[0].sections[0]) == std::vector<std::string>{"道路工程", "水利工程"});
  REQUIRE(o.parts[0].sections[0].items.size() == 2);
  CHECK(o.parts[0].sections[0].items[1].marker->text == "②");
  CHECK(o.parts[0].sections[0].items[1].marker->marker.ordinal == 2);
  CHECK(item_titles(o.parts[0].sections[1]) == std::vector<std::string>{"教育"});
  REQUIRE(o.parts[1].sections.size() == 1);
  CHECK(item_titles(o.parts[1].sections[0]) == std::vector<std::string>{"推进道路提升", "推进水利建设"});
  CHECK(o.parts[1].sections[0].items[0].marker->text == "1.");
}

// ---- noise --------------------------------------------------------------------------------

TEST_CASE("debris lines are reported as noise and kept out of titles", "[outline][noise]") {
  std::string const text = R"(石桥镇2023年工作总结
2023年，石桥镇上下团结一心，攻坚克难，圆满完成了全年各项目标任务。
一、抓党建，组织保障更加有力
一是加强理论学习，全年开展学习32次。
##paidbegin##
##paidbegin##二是加强队伍建设，选优配强村级班子。
三是加强作风建设，开展专项整治2次。##paidend##
二、抓发展，经济实力不断增强
全年实现财政总收入2.1亿元，同比增长6%。
本文档编辑密码：abc
— 3 —
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  std::vector<std::size_t> noise_lines;
  for (auto const& n : o.noise) noise_lines.push_back(n.line);
  CHECK(noise_lines ==
        std::vector<std::size_t>{line_of(text, "##paidbegin##\n"), line_of(text, "本文档"), line_of(text, "— 3 —")});
  REQUIRE(o.noise.size() == 3);
  CHECK(o.noise[0].text == "##paidbegin##");
  CHECK(o.noise[1].text == "本文档编辑密码：abc");
  REQUIRE_FALSE(o.parts.empty());
  Part const& summary = part(o, R::summary);
  REQUIRE(summary.sections.size() == 2);
  Section const& s = summary.sections[0];
  CHECK(item_titles(s) == std::vector<std::string>{"加强理论学习，全年开展学习32次", "加强队伍建设，选优配强村级班子",
                                                   "加强作风建设，开展专项整治2次"});
  REQUIRE(s.items.size() == 3);
  // The marker after the debris is where the item starts: column in characters.
  CHECK(s.items[1].line == line_of(text, "##paidbegin##二是"));
  CHECK(s.items[1].column == 1 + std::string_view("##paidbegin##").size());
  // Inline debris is recorded by byte range.
  CHECK(o.debris.size() >= 2);
  for (auto const& n : o.noise) CHECK(n.text.find("二是") == std::string::npos);
}

TEST_CASE("debris inside a heading or an item is cut out of its title", "[outline][noise]") {
  std::string const text = R"(一、2023年工作总结
（一）加强##paidend##党建工作
一是理论学习##paidbegin##走深走实，全年学习20次。二是组织建设全面加强，新建支部2个。
（二）推动产业发展……（此处省略1200字）……
全年新发展产业项目5个。
二、2024年工作计划
（一）做强产业
引进项目5个。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  Part const& summary = part(o, R::summary);
  CHECK(section_titles(summary) == std::vector<std::string>{"加强党建工作", "推动产业发展"});
  REQUIRE_FALSE(summary.sections.empty());
  CHECK(item_titles(summary.sections[0]) ==
        std::vector<std::string>{"理论学习走深走实，全年学习20次", "组织建设全面加强，新建支部2个"});
  CHECK(o.noise.empty());
  CHECK(o.debris.size() == 3);
}

TEST_CASE("debris at the end of a title line does not hide the title", "[outline][noise]") {
  // Trailing ##paidend## is not part of the title.
  std::string const text = R"(东山镇2023年工作总结##paidend##
2023年，东山镇各项工作稳步推进。
一、经济发展
全年完成投资3亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.title.has_value());
  CHECK(o.title->line == 1);
}

TEST_CASE("debris at the end of a part heading does not hide the part", "[outline][noise]") {
  // The same for a numbered part heading: 二、2024年工作计划##paidend##.
  std::string const text = R"(一、2023年工作总结
（一）经济发展
全年完成投资3亿元。
二、2024年工作计划##paidend##
（一）抓项目
引进项目5个。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
}

TEST_CASE("a debris line between a heading and its body does not break the section", "[outline][noise]") {
  std::string const text = R"(一、2023年工作总结
（一）农业农村
##paidend##
全年粮食总产量1.8万吨，同比增长2%。
（二）社会事业
发布日期：2024-01-02 信息来源：党政办 浏览次数：12
新建村级综合服务中心3个。
二、2024年工作计划
（一）农业农村
稳定粮食播种面积。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  REQUIRE(o.parts.size() == 2);
  CHECK(section_titles(o.parts[0]) == std::vector<std::string>{"农业农村", "社会事业"});
  CHECK(o.noise.size() == 2);
}

// ---- years -----------------------------------------------------------------------------------

TEST_CASE("years from the title win over the headings and the text", "[outline][years]") {
  std::string const text = R"(桂湾镇2023年工作总结及2024年工作打算
2022年以来，桂湾镇持续推进2021年确定的发展规划，2022年各项指标全面完成。
一、2023年工作总结
（一）经济发展
全年完成投资3亿元。
二、2024年工作打算
（一）经济发展
计划完成投资3.5亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(o.report_year == 2023);
  CHECK(o.plan_year == 2024);
  REQUIRE(o.title.has_value());
  REQUIRE(o.title->components.size() == 2);
  CHECK(o.title->components[0].kind == grammar::TitleKind::summary);
  CHECK(o.title->components[0].year == 2023);
  CHECK(o.title->components[1].kind == grammar::TitleKind::plan);
  CHECK(o.title->components[1].year == 2024);
}

TEST_CASE("a report title (工作报告) gives the report year", "[outline][years]") {
  std::string const text = R"(白沙乡人民政府2024年工作报告
各位代表：现在，我代表乡人民政府向大会报告工作，请予审议。
一、2024年工作回顾
全年完成各项目标任务。
二、2025年工作安排
全力推动高质量发展。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.title.has_value());
  CHECK(o.title->line == 1);
  CHECK(o.report_year == 2024);
  CHECK(o.plan_year == 2025);
}

TEST_CASE("years from the part headings only", "[outline][years]") {
  std::string const text = R"(一、2022年工作总结
（一）产业发展
全年完成投资2亿元，同比增长4%。
二、2023年工作计划
（一）产业发展
力争完成投资2.5亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK_FALSE(o.title.has_value());
  CHECK(o.report_year == 2022);
  CHECK(o.plan_year == 2023);
}

TEST_CASE("the plan year alone in a heading gives the report year too", "[outline][years]") {
  std::string const text = R"(一、工作总结
（一）产业发展
全年完成投资2亿元，同比增长4%。
二、2025年工作安排
（一）产业发展
力争完成投资2.5亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(o.plan_year == 2025);
  CHECK(o.report_year == 2024);
}

TEST_CASE("years from the text only", "[outline][years]") {
  std::string const text = R"(一、工作总结
（一）产业发展
2021年，全镇完成投资2亿元。2021年新增市场主体80户，比2020年增加12户。
二、下一步工作打算
（一）产业发展
力争完成投资2.5亿元。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  CHECK(o.report_year == 2021);
  CHECK(o.plan_year == 2022);
}

TEST_CASE("no year anywhere gives none", "[outline][years]") {
  Outline const o = test::outline_of("一、工作总结\n全年完成各项目标任务。\n二、工作计划\n继续努力。\n");
  SHOW_OUTLINE(o);
  CHECK_FALSE(o.report_year.has_value());
  CHECK_FALSE(o.plan_year.has_value());
}

// ---- titles -----------------------------------------------------------------------------------

TEST_CASE("document title recognition", "[outline][title]") {
  SECTION("a unit name before the title") {
    Outline const o =
        test::outline_of("XX乡2023年工作回顾及2024年工作安排\n\n一、工作回顾\n内容。\n二、工作安排\n内容。\n");
    REQUIRE(o.title.has_value());
    CHECK(o.title->text == "XX乡2023年工作回顾及2024年工作安排");
    CHECK(o.title->line == 1);
  }
  SECTION("blank and noise lines before the title") {
    Outline const o = test::outline_of("\n##paidbegin##\n\n东山镇2023年工作总结\n一、工作总结\n内容。\n");
    REQUIRE(o.title.has_value());
    CHECK(o.title->line == 4);
    CHECK(o.noise.size() == 1);
  }
  SECTION("a first line that is a sentence is not a title") {
    Outline const o = test::outline_of("2023年，我镇工作总结如下。全年完成各项目标任务。\n一、经济发展\n内容。\n");
    CHECK_FALSE(o.title.has_value());
  }
  SECTION("2023年工作总结 alone followed by 一、 is the summary's heading") {
    std::string const text =
        "2023年工作总结\n一、经济发展\n全年完成投资2亿元。\n2024年工作计划\n一、经济发展\n力争完成投资3亿元。\n";
    Outline const o = test::outline_of(text);
    SHOW_OUTLINE(o);
    CHECK_FALSE(o.title.has_value());
    CHECK(roles(o) == std::vector{R::summary, R::plan});
    REQUIRE(o.parts.size() == 2);
    CHECK(o.parts[0].heading == std::optional<std::string>("2023年工作总结"));
    CHECK(o.parts[0].line == 1);
    CHECK(o.report_year == 2023);
    CHECK(o.plan_year == 2024);
  }
}
