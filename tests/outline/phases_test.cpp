// The phases of the outline builder (src/zongjie/outline/build/), each on
// small reports written for these tests in the style of a 政府工作报告 (the
// text is invented).  Lines are found in the fixture by the test itself.
#include "support/test_support.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/part_headings.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
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

std::vector<std::string> item_titles(Section const& s) {
  std::vector<std::string> r;
  for (auto const& i : s.items) r.push_back(i.title);
  return r;
}

std::vector<int> section_ordinals(Part const& p) {
  std::vector<int> r;
  for (auto const& s : p.sections) r.push_back(s.marker.marker.ordinal);
  return r;
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<PartRole> {
  static std::string convert(PartRole r) { return std::string(role_name(r)); }
};
}  // namespace Catch

#define SHOW_OUTLINE(o) INFO("outline:\n" << outline_to_text(o, "fixture"))

using R = PartRole;

// ---- title block ------------------------------------------------------------------

TEST_CASE("title block: letter-spaced title, dateline, speaker, salutation", "[outline][title]") {
  std::string const text = R"(政 府 工 作 报 告

——2026年1月12日在青川县第五届人民代表大会第三次会议上

青川县人民政府县长　李明

各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、过去一年工作回顾
过去一年，全县上下团结奋进，经济社会发展取得新成绩。
（一）产业发展提质增效。全年规模以上工业增加值增长7.2%，新增规上企业12家。
（二）城乡面貌持续改善。完成老旧小区改造8个，新建口袋公园5处。
二、今年工作安排
（一）扩大有效投资。谋划储备重大项目30个以上，力争完成投资80亿元。
（二）深化改革开放。持续优化营商环境，激发市场主体活力。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.title.has_value());
  CHECK(o.title->line == 1);
  CHECK(o.title->text == "政府工作报告");
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::plan});
  CHECK(o.parts[0].line == line_of(text, "各位代表："));
  // The dateline's 2026年 is when the report was given, not the year summed up.
  CHECK(o.report_year == 2025);
  CHECK(o.plan_year == 2026);
}

TEST_CASE("title block: no title, a dateline and a speaker, then a part heading line", "[outline][title][parts]") {
  std::string const text = R"(——2026年1月8日在江口市第九届人民代表大会第二次会议上
江口市人民政府市长　周平
2025年政府工作回顾
一年来，我们坚持稳中求进，全市经济社会保持良好发展态势。
一是经济运行稳中向好。地区生产总值增长6%，固定资产投资增长8%。
二是民生福祉持续增进。新增城镇就业2.1万人，民生支出占比达到78%。
2026年主要工作
今年是实施新一轮五年规划的开局之年，我们将抓好以下工作。
（一）做强实体经济。实施技改项目60个，力争规上工业增加值增长7%。
（二）办好民生实事。新建幼儿园4所，改造农贸市场3个。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK_FALSE(o.title.has_value());
  // No preamble: the body starts with the summary's heading line.
  CHECK(roles(o) == std::vector{R::summary, R::plan});
  CHECK(part_lines(o) == std::vector<std::size_t>{3, line_of(text, "2026年主要工作")});
  CHECK(o.report_year == 2025);
  CHECK(o.plan_year == 2026);
}

TEST_CASE("title block: site navigation above the title is debris when a salutation anchors the body",
          "[outline][title][debris]") {
  std::string const text = R"(网站首页
新闻中心
要闻动态
政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作。
一、2025年工作回顾
全年经济运行总体平稳，各项事业取得新进展。
二、2026年工作安排
今年将坚持稳中求进工作总基调，推动高质量发展。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(o.title.has_value());
  CHECK(o.title->line == 4);
  CHECK(o.parts.front().role == R::preamble);
  CHECK(o.parts.front().line == 5);
  std::vector<std::size_t> noise;
  for (auto const& n : o.noise) noise.push_back(n.line);
  CHECK(noise == std::vector<std::size_t>{1, 2, 3});
}

// ---- parts --------------------------------------------------------------------------

TEST_CASE("parts: an unknown heading that goes on with the parts' count is a part of its own", "[outline][parts]") {
  std::string const text = R"(各位代表：
现在，我代表县人民政府报告工作。
一、2025年工作回顾
（一）农业生产稳定。粮食总产量稳定在30万吨以上。
（二）工业经济回升。规模以上工业增加值增长6.8%。
二、“十五五”时期的主要目标任务
（一）着力壮大实体经济。推动传统产业升级，培育新兴产业集群。
（二）着力增进民生福祉。办好群众身边的实事，兜牢民生底线。
三、2026年重点工作
（一）扩大有效投资。谋划储备重大项目30个以上。
（二）深化改革开放。持续优化营商环境，激发市场主体活力。
四、加强政府自身建设
（一）坚持依法行政。自觉接受人大监督，认真办理代表建议。
（二）坚持廉洁从政。严格落实中央八项规定精神。
各位代表！让我们在县委的坚强领导下，团结一心，为建设美丽家园而努力奋斗！
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::plan, R::plan, R::plan, R::closing});
  CHECK(part_lines(o) == std::vector<std::size_t>{1, 3, 6, 9, 12, line_of(text, "各位代表！")});
  // Numbering restarts in every part: each has its own （一）（二）.
  for (std::size_t k = 1; k <= 4; ++k) CHECK(section_ordinals(o.parts[k]) == std::vector<int>{1, 2});
}

TEST_CASE("parts: a part without a level of its own takes the count that follows as its sections",
          "[outline][parts][sections]") {
  std::string const text = R"(各位代表：
现在，我代表镇人民政府报告工作。
一、2025年工作回顾
过去的一年，我们稳增长、惠民生，全镇生产总值增长6.5%，各项工作取得明显成效。
在肯定成绩的同时，我们也清醒地看到，全镇发展还存在不少困难和问题：产业基础还比较薄弱，财政增收乏力；公共服务水平有待提高，群众增收渠道不够宽。
二、2026年工作总体安排
今年政府工作的总体要求是：坚持稳中求进，统筹发展和安全。
三、千方百计壮大镇域经济
围绕特色产业做文章，推动镇域经济提质增效。
四、持续改善人居环境
推进垃圾分类和污水治理，建设宜居宜业和美乡村。
各位代表！新的一年，让我们撸起袖子加油干，为建设富美家园而努力奋斗！
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::problems, R::plan, R::closing});
  CHECK(o.parts[2].line == line_of(text, "在肯定成绩的同时"));
  CHECK(o.parts[3].line == line_of(text, "二、2026年"));
  CHECK(section_ordinals(o.parts[3]) == std::vector<int>{3, 4});
}

TEST_CASE("parts: a heading line with no part words between heading-line parts", "[outline][parts]") {
  std::string const text = R"(2025年政府工作回顾
一年来，全区经济社会发展稳中有进。
一是产业结构持续优化。新增高新技术企业15家，研发投入增长12%。
二是城市品质不断提升。改造背街小巷40条，新增绿地30万平方米。
同时，我们也清醒地看到，发展中还存在一些问题和不足：经济总量不够大，创新能力不强，公共服务仍有短板。
奋力开创发展新局面
未来五年，我们将着力打造三个发展高地。
第一，打造科技创新高地。一是建设创新平台。加快科创园区建设，力争新增孵化器5家。二是培育创新主体。实施企业梯度培育，壮大科技型企业队伍。
第二，打造开放合作高地。深化区域合作，主动承接产业转移。
2026年主要工作
（一）稳住经济大盘。落实各项惠企政策，力争地区生产总值增长6%左右。
（二）兜牢民生底线。完善社会救助体系，确保困难群众基本生活。
让我们团结一心、奋发有为，奋力谱写高质量发展新篇章！
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::problems, R::plan, R::plan, R::closing});
  CHECK(o.parts[2].line == line_of(text, "奋力开创发展新局面"));
  REQUIRE(o.parts[2].sections.size() == 2);
  CHECK(item_titles(o.parts[2].sections[0]) == std::vector<std::string>{"建设创新平台", "培育创新主体"});
}

TEST_CASE("parts: a glossary after the closing is an appendix, not the closing's text", "[outline][parts]") {
  std::string const text = R"(一、2025年工作回顾
全年完成各项目标任务，经济社会发展取得新成效。
二、2026年工作安排
今年将坚持稳中求进，推动各项工作再上新台阶。
各位代表！让我们团结一心，砥砺前行，为建设现代化新城而努力奋斗！
名词解释
1.两个中心：指区域商贸中心和物流中心。
2.三园一区：指三个产业园区和一个综合保税区。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::summary, R::plan, R::closing});
  REQUIRE(o.appendix.has_value());
  CHECK(o.appendix->line == line_of(text, "名词解释"));
  CHECK(o.parts.back().end_line == line_of(text, "各位代表！"));
}

// ---- items --------------------------------------------------------------------------

TEST_CASE("items: parallel topic sentences after an opening sentence, figures left out", "[outline][items]") {
  std::string const text = R"(一、2025年工作回顾
（一）民生保障全面加强。坚持在发展中保障和改善民生。全年民生支出达到45亿元。社会保障持续稳固。新增城镇就业1.2万人，发放各类救助金3亿元。医疗服务不断改善。建成县域医共体，基层诊疗量占比达到65%。教育事业稳步发展。新建改扩建学校6所，新增学位4000个。
（二）社会治理更加有效。深入开展平安建设。
二、2026年工作安排
（一）稳定经济增长。抓好项目建设，扩大有效投资。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(!o.parts.empty());
  Section const& s = o.parts[0].sections.at(0);
  CHECK(item_titles(s) == std::vector<std::string>{"社会保障持续稳固", "医疗服务不断改善", "教育事业稳步发展"});
}

TEST_CASE("items: paragraphs that all open alike with a short sentence", "[outline][items]") {
  std::string const text = R"(二、2026年工作安排
（一）大力发展文旅产业
立足于生态资源优势，大力发展全域旅游。完善景区配套设施，提升服务质量和水平。
以打造文化品牌为抓手，推动文旅深度融合。挖掘本地历史文化资源，办好各类节庆活动。
坚持项目带动，加快文旅项目建设。实施一批重点文旅项目，力争全年接待游客增长10%。
（二）持续改善民生。办好民生实事，提升群众满意度。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(!o.parts.empty());
  Section const& s = o.parts[0].sections.at(0);
  CHECK(item_titles(s) == std::vector<std::string>{"立足于生态资源优势，大力发展全域旅游",
                                                   "以打造文化品牌为抓手，推动文旅深度融合",
                                                   "坚持项目带动，加快文旅项目建设"});
}

TEST_CASE("items: a salutation is never an item, 一要…二要 are markers", "[outline][items]") {
  std::string const text = R"(二、2026年工作安排
（一）加强自身建设。一要坚持依法行政，自觉接受人大监督。二要坚持廉洁从政，严格落实各项规定。三要坚持务实高效，狠抓工作落实。
（二）做好民生工作。各位代表！民生无小事。持续办好民生实事，兜牢民生底线。
)";
  Outline const o = test::outline_of(text);
  SHOW_OUTLINE(o);
  REQUIRE(!o.parts.empty());
  REQUIRE(o.parts[0].sections.size() == 2);
  CHECK(item_titles(o.parts[0].sections[0]) == std::vector<std::string>{"坚持依法行政，自觉接受人大监督",
                                                                        "坚持廉洁从政，严格落实各项规定",
                                                                        "坚持务实高效，狠抓工作落实"});
  for (auto const& i : o.parts[0].sections[1].items) CHECK(i.title != "各位代表！");
}

// ---- the grammar's cues -----------------------------------------------------------------

TEST_CASE("cues: datelines, salutations, problems passages and tense", "[grammar][cues]") {
  CHECK(grammar::is_dateline("——2026年1月12日在青川县第五届人民代表大会第三次会议上"));
  CHECK(grammar::is_dateline("----2025年2月20日在区人民代表大会上"));
  CHECK(grammar::is_dateline("（2025年12月28日在镇第十八届人民代表大会第五次会议上）"));
  CHECK(grammar::is_dateline("2026年1月5日在县第十九届人民代表大会第一次会议上"));
  CHECK_FALSE(grammar::is_dateline("2025年，全镇上下在县委的坚强领导下，各项工作取得新成效。"));
  CHECK_FALSE(grammar::is_dateline("一、2025年工作回顾"));

  CHECK(grammar::is_salutation("各位代表："));
  CHECK(grammar::is_salutation("各位代表、同志们："));
  CHECK(grammar::is_salutation("各位代表！"));
  CHECK_FALSE(grammar::is_salutation("各位代表，过去的一年极不平凡。"));

  CHECK(
      grammar::problems_cue_score(
          "在肯定成绩的同时，我们也清醒地看到，发展中还存在不少困难和问题：产业基础薄弱，增收乏力，服务水平有待提高。") >=
      4);
  CHECK(grammar::problems_cue_score("过去的一年，我们坚持稳中求进，经济运行稳中向好，发展质量不断提升。") < 4);

  CHECK(grammar::tense_score("今年我们将加快项目建设，力争完成投资50亿元，确保各项任务落实。") > 0);
  CHECK(grammar::tense_score("全年完成了固定资产投资45亿元，同比增长8%，建成重点项目12个。") < 0);
}

// ---- part headings learned from a corpus ----------------------------------------------

TEST_CASE("parts: a heading the corpus has seen heading a part is a part", "[outline][parts][learned]") {
  std::string const text = R"(各位代表：
现在，我代表镇人民政府报告工作。
一、2025年工作回顾
过去一年，全镇经济社会发展稳中有进，各项事业取得新成效。
二、凝心聚力开新局
新的一年，我们将坚持稳中求进，着力推动高质量发展。
)";
  Outline const plain = test::outline_of(text);
  CHECK(roles(plain) == std::vector{R::preamble, R::summary});

  PartHeadingLexicon learned;
  learned.add("三、凝心聚力开新局", R::plan, 3);
  learned.add("2024年工作回顾", R::summary, 5);
  CHECK(learned.find("凝心聚力开新局：") == R::plan);
  CHECK(learned.find("“2026年”工作回顾") == R::summary);  // years and quotes do not count
  CHECK_FALSE(learned.find("凝心聚力").has_value());
  Outline const o = build_outline(test::document(text), {nullptr, &learned});
  SHOW_OUTLINE(o);
  CHECK(roles(o) == std::vector{R::preamble, R::summary, R::plan});
  CHECK(o.parts[2].line == line_of(text, "二、凝心聚力开新局"));
}
