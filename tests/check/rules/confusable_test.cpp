// wording.confusable: the lexicon of templates/check/confusables.tsv in a
// report.  (Every entry's own example runs in data_files_test.)
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "wording.confusable";
}

TEST_CASE("confusable: correct words, and words that merely contain a confusable", "[check][wording.confusable]") {
  auto const text = GENERATE(as<std::string>{}, std::string(test::clean_report()), "在全镇营造比学赶超的浓厚氛围。",
                             "截至目前，全镇已完成改厕1260户。",
                             "报名工作截止10月20日。",            // 截止 as a deadline, not at a clause start
                             "既便于群众办事，又减轻基层负担。",  // 既便于, not 既便
                             "立即要求各村开展排查。",            // 立即要, not 即要
                             "按排名先后给予奖励。",              // 按排名, not 按排
                             "宣传部门报道了我镇的经验做法。");   // 部门报道 without 吹哨
  INFO(text);
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("confusable: 浓厚范围 and 截止目前 with their suggestions", "[check][wording.confusable]") {
  std::string const text = "在全镇营造比学赶超的浓厚范围。截止目前，全镇已完成改厕1260户。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 2);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].column == test::column_of(text, "浓厚范围"));
  CHECK(f[0].suggestion == "浓厚氛围");
  CHECK(f[1].suggestion == "截至目前");
  REQUIRE(f[0].fix);
  CHECK_FALSE(f[0].fix->safe);  // offered in the editor, never applied by --fix
}

TEST_CASE("confusable: 即…，又 in one sentence", "[check][wording.confusable]") {
  std::string const text = "坚持长短结合，即谋划长远储备项目，又抓好当下可落地项目。\n";
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 1);
  CHECK(f[0].column == test::column_of(text, "即谋划"));
  CHECK(f[0].suggestion == "既");
  REQUIRE(f[0].fix);
  REQUIRE(f[0].fix->edits.size() == 1);  // only the head changes: the tail ，又 is right
  CHECK(f[0].fix->edits[0].begin == text.find("即谋划"));
  CHECK(f[0].fix->edits[0].replacement == "既");
  // Not across sentences, and not without the second part.
  CHECK(of_rule(check_text("即日起开展排查。又一批项目开工。\n"), rule).empty());
}

TEST_CASE("confusable: one pasted line of 50,000 pair heads without a full stop", "[check][wording.confusable]") {
  // Each head of 即…，又 looks for its tail within its sentence, and at most
  // 1 KB on: not to the end of a line of megabytes.
  std::string text = test::clean_report();
  std::string line;
  for (int i = 0; i < 50'000; ++i) line += "，即要做好";
  text += line + "，又要抓实。\n";
  auto const f = test::of_rule(test::check_text(text), "wording.confusable");
  // Only the heads within 1 KB of the tail (15 bytes each) pair with it.
  REQUIRE_FALSE(f.empty());
  CHECK(f.size() <= 1024 / 15 + 1);
  CHECK(f.back().line == test::line_of(text, "，即要做好"));
}
