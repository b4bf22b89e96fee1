// The core API as the editor uses it: one Checker, many check() calls;
// severities from the catalog and overrides; positions; stable subjects.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/checker.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;

TEST_CASE("checker: the clean report gives nothing at all", "[check][checker]") {
  std::string found;
  for (auto const& x : test::check_text(test::clean_report())) found += x.rule + " " + x.message + "\n";
  CHECK(found == "");
}

TEST_CASE("checker: findings carry id, severity, range, line and character column", "[check][checker]") {
  std::string const text = test::replace(test::clean_report(), "新建村级养老服务站3个", "新建村级养老服务站XX个");
  auto const f = test::check_text(text);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "placeholder.unfilled");
  CHECK(f[0].severity == Severity::error);
  CHECK(text.substr(f[0].begin, f[0].end - f[0].begin) == "XX");
  CHECK(f[0].line == test::line_of(text, "XX个"));
  CHECK(f[0].column == test::column_of(text, "XX个"));
  CHECK(f[0].end_column == f[0].column + 2);
  CHECK_FALSE(f[0].message.empty());
}

TEST_CASE("checker: --rule overrides change or turn off a rule", "[check][checker]") {
  std::string const text = test::replace(test::clean_report(), "新建村级养老服务站3个", "新建村级养老服务站XX个");
  check::Checker checker;
  auto const doc = test::document(text);
  checker.set_severity("placeholder.unfilled", Severity::info);
  auto f = test::check_document(checker, doc);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::info);
  checker.set_severity("placeholder.unfilled", Severity::off);
  CHECK(test::check_document(checker, doc).empty());
  checker.reset_severities();
  CHECK(test::check_document(checker, doc).size() == 1);
  CHECK_THROWS_AS(checker.set_severity("no.such-rule", Severity::off), check::UnknownRule);
}

TEST_CASE("checker: findings are ordered by position", "[check][checker]") {
  std::string text = test::clean_report();
  text = test::replace(text, "产业结构仍较单一", "产业结构仍较单一,XX");
  text = test::replace(text, "完成农村改厕860户", "完成农村改厕×××户");
  auto const f = test::check_text(text);
  REQUIRE(f.size() >= 3);
  for (std::size_t i = 1; i < f.size(); ++i) CHECK(f[i - 1].begin <= f[i].begin);
}

TEST_CASE("checker: a finding's subject survives edits elsewhere in the file", "[check][checker]") {
  std::string a =
      test::replace(test::clean_report(), "干部队伍能力有待提升。", "干部队伍能力有待提升，学习范围浓厚不够。");
  std::string b = test::replace(a, "2024年，青山镇坚持稳中求进，各项工作取得新进展。",
                                "2024年，青山镇坚持稳中求进、以进促稳。\n全镇各项工作取得新进展。");
  auto const fa = test::of_rule(test::check_text(a), "wording.confusable");
  auto const fb = test::of_rule(test::check_text(b), "wording.confusable");
  REQUIRE(fa.size() == 1);
  REQUIRE(fb.size() == 1);
  CHECK(fa[0].line + 1 == fb[0].line);
  CHECK(fa[0].subject == fb[0].subject);
}

TEST_CASE("checker: odd input never throws", "[check][checker]") {
  for (std::string const& text :
       {std::string(), std::string("\n\n\n"), std::string("一、"), std::string("（一）\n（一）\n（一）"),
        std::string("2023年") + std::string(3000, ','), std::string("XX\n##paidend##")}) {
    INFO(text.substr(0, 40));
    CHECK_NOTHROW(test::check_text(text));
  }
}

TEST_CASE("checker: a model learned from other outlines is used for structure", "[check][checker]") {
  StandardOutlineBuilder b;
  for (int i = 0; i < 4; ++i) {
    DocSummary d;
    d.parts.push_back({PartRole::preamble, "", "", "", {}});
    d.parts.push_back({PartRole::summary, "一、", "（一）", "", {"经济发展"}});
    d.parts.push_back({PartRole::plan, "一、", "（一）", "", {"经济发展"}});
    b.add(d);
  }
  check::CheckerOptions o;
  o.model = b.finish();
  check::Checker const checker(std::move(o));
  std::string const text =
      test::replace(test::replace(test::clean_report(),
                                  "二、存在的问题\n产业结构仍较单一，基础设施还有短板，干部队伍能力有待提升。\n", ""),
                    "三、2025年工作计划", "二、2025年工作计划");
  // No problems part in this corpus: not expected, and nothing else to say.
  std::string found;
  for (auto const& x : test::check_document(checker, test::document(text))) found += x.rule + " " + x.message + "\n";
  CHECK(found == "");
}
