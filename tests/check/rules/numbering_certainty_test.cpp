// numbering.duplicate / numbering.skip when the outline's reading of a level
// is unsure: restarts after a heading the outline did not place are legal, a
// duplicate in an unsure level is at most a warning, and no renumbering is
// offered where a marker continues a sequence elsewhere in the document.
// The outlines here are built by hand in the shapes a builder may produce
// (a part heading read as an item), so the checker is tested on them
// whatever the builder of the day makes of the text.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::of_rule;

namespace {

using test::As;
using test::hand_outline;

std::vector<check::Finding> numbering_findings(std::vector<check::Finding> const& all) {
  std::vector<check::Finding> out;
  for (auto const& f : all)
    if (f.rule.starts_with("numbering.")) out.push_back(f);
  return out;
}

// A government report: the review's （一）…（三）, then the plan under a
// heading no word list knows, whose （一）…（三） start again.
std::string const restarted =
    "一、2024年工作回顾\n"                          // 1
    "（一）经济发展取得新成效\n"                    // 2
    "全年地区生产总值增长6%。\n"                    // 3
    "（二）城市建设取得新进展\n"                    // 4
    "新建道路12公里。\n"                            // 5
    "（三）民生事业取得新进步\n"                    // 6
    "新增就业1200人。\n"                            // 7
    "二、2025年经济社会发展的总体要求和目标任务\n"  // 8
    "（一）狠抓项目建设\n"                          // 9
    "力争完成投资50亿元。\n"                        // 10
    "（二）调整产业结构\n"                          // 11
    "推动工业转型升级。\n"                          // 12
    "（三）保障和改善民生\n"                        // 13
    "新增就业1000人。\n";                           // 14

}  // namespace

TEST_CASE("numbering: sections restarting under a part heading read as an item are not duplicates",
          "[check][numbering.duplicate][numbering.skip]") {
  auto const doc = test::document(restarted);
  // The heading on line 8 taken for an item of the review's last section.
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::section, PartRole::summary},
                                       {6, As::section, PartRole::summary},
                                       {8, As::item, PartRole::summary},
                                       {9, As::section, PartRole::summary},
                                       {11, As::section, PartRole::summary},
                                       {13, As::section, PartRole::summary}});
  auto const findings = test::default_checker().check(doc, o);
  CHECK(numbering_findings(findings).empty());
  CHECK(check::apply_fixes(doc, findings).text == restarted);
}

TEST_CASE("numbering: the same report with the plan as a part of its own", "[check][numbering.duplicate]") {
  auto const doc = test::document(restarted);
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::section, PartRole::summary},
                                       {6, As::section, PartRole::summary},
                                       {8, As::part, PartRole::plan},
                                       {9, As::section, PartRole::plan},
                                       {11, As::section, PartRole::plan},
                                       {13, As::section, PartRole::plan}});
  CHECK(numbering_findings(test::default_checker().check(doc, o)).empty());
  // And as the builder reads it, whatever it makes of line 8: no error, no fix.
  auto const built = test::check_text(restarted);
  for (auto const& f : numbering_findings(built)) {
    CHECK(f.severity != Severity::error);
    CHECK_FALSE(f.fix);
  }
}

TEST_CASE("numbering: a duplicate in a level the outline is unsure of is a warning without fix",
          "[check][numbering.duplicate]") {
  std::string const text =
      "第一部分 2024年工作总结\n"  // 1
      "一、产业发展\n"             // 2
      "全年招商成效明显。\n"       // 3
      "（一）招商引资\n"           // 4
      "新引进企业5家。\n"          // 5
      "（二）项目建设\n"           // 6
      "完成投资3亿元。\n"          // 7
      "（二）园区建设\n"           // 8
      "新建厂房2万平方米。\n";     // 9
  auto const doc = test::document(text);
  // The （一） level read as sections beside 一、: not the part's own section level.
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::section, PartRole::summary},
                                       {6, As::section, PartRole::summary},
                                       {8, As::section, PartRole::summary}});
  auto const findings = test::default_checker().check(doc, o);
  auto const dup = of_rule(findings, "numbering.duplicate");
  REQUIRE(dup.size() == 1);
  CHECK(dup[0].line == 8);
  CHECK(dup[0].severity == Severity::warning);
  CHECK_FALSE(dup[0].fix);
  CHECK(check::apply_fixes(doc, findings).text == text);

  // Read right (items of 一、), the repeated （二） is an error with a renumbering fix.
  Outline const right = hand_outline(doc, {{1, As::part, PartRole::summary},
                                           {2, As::section, PartRole::summary},
                                           {4, As::item, PartRole::summary},
                                           {6, As::item, PartRole::summary},
                                           {8, As::item, PartRole::summary}});
  auto const sure = of_rule(test::default_checker().check(doc, right), "numbering.duplicate");
  REQUIRE(sure.size() == 1);
  CHECK(sure[0].severity == Severity::error);
  CHECK(sure[0].line == 8);
  REQUIRE(sure[0].fix);
  CHECK(check::apply_fixes(doc, sure).text == test::replace(text, "（二）园区", "（三）园区"));
}

TEST_CASE("numbering: a sibling marker the outline put in another level makes the level unsure",
          "[check][numbering.duplicate]") {
  std::string const text =
      "一、2024年工作总结\n"   // 1
      "（一）产业发展\n"       // 2
      "新引进企业5家。\n"      // 3
      "（二）生态建设\n"       // 4
      "完成改厕860户。\n"      // 5
      "（三）民生保障\n"       // 6
      "新建养老服务站3个。\n"  // 7
      "（三）社会治理\n"       // 8
      "化解矛盾纠纷40件。\n";  // 9
  auto const doc = test::document(text);
  // Line 6 read as an item of （二）.
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::section, PartRole::summary},
                                       {6, As::item, PartRole::summary},
                                       {8, As::section, PartRole::summary}});
  auto const findings = test::default_checker().check(doc, o);
  for (auto const& f : numbering_findings(findings)) {
    CHECK(f.severity != Severity::error);
    CHECK_FALSE(f.fix);
  }
  CHECK(check::apply_fixes(doc, findings).text == text);
}

TEST_CASE("numbering: 四、 typed after the parts 一、二、三、 is not renumbered to 一、", "[check][numbering.skip]") {
  std::string const text =
      "一、2024年工作总结\n"   // 1
      "（一）产业发展\n"       // 2
      "新引进企业5家。\n"      // 3
      "二、存在的问题\n"       // 4
      "产业结构仍较单一。\n"   // 5
      "三、2025年工作计划\n"   // 6
      "（一）做强特色产业\n"   // 7
      "力争新引进企业6家。\n"  // 8
      "四、加强基层治理\n"     // 9
      "推进网格化管理。\n";    // 10
  auto const doc = test::document(text);
  // 四、 read as an item of the plan's （一）: an item list "starting at 四".
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::part, PartRole::problems},
                                       {6, As::part, PartRole::plan},
                                       {7, As::section, PartRole::plan},
                                       {9, As::item, PartRole::plan}});
  auto const findings = test::default_checker().check(doc, o);
  CHECK(of_rule(findings, "numbering.skip").empty());
  CHECK(check::apply_fixes(doc, findings).text == text);
  // As the builder reads it: no fix rewrites 四、.
  auto const built = test::check_text(text);
  std::size_t const four = text.find("四、");
  for (auto const& f : built)
    if (f.fix && f.rule.starts_with("numbering."))
      for (auto const& e : f.fix->edits) CHECK((e.end <= four || e.begin >= four + std::string_view("四、").size()));
}

TEST_CASE("numbering: a real skip in a sure level is still reported and fixed", "[check][numbering.skip]") {
  std::string const text =
      "一、2024年工作总结\n"
      "（一）产业发展\n新引进企业5家。\n"
      "（二）生态建设\n完成改厕860户。\n"
      "（四）民生保障\n新建养老服务站3个。\n";
  auto const doc = test::document(text);
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::section, PartRole::summary},
                                       {6, As::section, PartRole::summary}});
  auto const f = of_rule(test::default_checker().check(doc, o), "numbering.skip");
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 6);
  REQUIRE(f[0].fix);
  CHECK(check::apply_fixes(doc, f).text == test::replace(text, "（四）", "（三）"));
}

TEST_CASE("numbering: sections starting again at one with no heading between are a new run, not duplicates",
          "[check][numbering.duplicate]") {
  // The plan's heading written as a sentence of prose, not a heading line:
  // nothing marks the new part, but （一） again after （三） is a new list.
  std::string const text =
      "一、2024年工作回顾\n"                                  // 1
      "（一）经济发展取得新成效\n"                            // 2
      "全年地区生产总值增长6%。\n"                            // 3
      "（二）城市建设取得新进展\n"                            // 4
      "新建道路12公里。\n"                                    // 5
      "（三）民生事业取得新进步\n"                            // 6
      "新增就业1200人。今年政府工作的总体要求是稳中求进。\n"  // 7
      "（一）狠抓项目建设\n"                                  // 8
      "力争完成投资50亿元。\n"                                // 9
      "（二）调整产业结构\n"                                  // 10
      "推动工业转型升级。\n"                                  // 11
      "（二）保障和改善民生\n"                                // 12
      "新增就业1000人。\n";                                   // 13
  auto const doc = test::document(text);
  Outline const o = hand_outline(doc, {{1, As::part, PartRole::summary},
                                       {2, As::section, PartRole::summary},
                                       {4, As::section, PartRole::summary},
                                       {6, As::section, PartRole::summary},
                                       {8, As::section, PartRole::summary},
                                       {10, As::section, PartRole::summary},
                                       {12, As::section, PartRole::summary}});
  auto const findings = test::default_checker().check(doc, o);
  // The restart is no finding; the repeated （二） in the new run is one,
  // but the level is unsure: a warning without renumbering.
  auto const dup = of_rule(findings, "numbering.duplicate");
  REQUIRE(dup.size() == 1);
  CHECK(dup[0].line == 12);
  CHECK(dup[0].severity == Severity::warning);
  CHECK_FALSE(dup[0].fix);
  CHECK(check::apply_fixes(doc, findings).text == text);
}
