// structure.unmirrored-theme: summary and plan sections correspond by theme
// or by title words, not by position.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using check::Severity;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "structure.unmirrored-theme";

std::string report(std::string const& plan_sections) {
  return "一、2024年工作总结\n"
         "（一）党建引领不断加强\n全年发展党员12名，整顿软弱涣散党组织2个，开展主题党日活动48场，党员干部队伍建设持续加强。\n"
         "（二）产业发展提质增效\n新引进企业5家，完成招商引资项目投资3.2亿元，村集体经济收入全部超过20万元。\n"
         "（三）平安建设扎实推进\n排查化解矛盾纠纷86起，开展安全生产检查120次，全年未发生较大安全事故。\n"
         "二、2025年工作计划\n" +
         plan_sections;
}
}  // namespace

TEST_CASE("unmirrored-theme: plan sections in another order still correspond", "[check][structure.unmirrored-theme]") {
  std::string const text = report(
      "（一）守牢安全底线。深化矛盾纠纷排查化解，常态化开展安全生产检查，确保社会平安稳定。\n"
      "（二）壮大产业实力。力争新引进企业6家，完成招商引资项目投资4亿元，发展壮大村集体经济。\n"
      "（三）加强党的建设。抓好党员发展和教育管理，推进基层党组织规范化建设。\n");
  CHECK(of_rule(check_text(text), rule).empty());
}

TEST_CASE("unmirrored-theme: a summary theme the plan drops, and a new plan theme",
          "[check][structure.unmirrored-theme]") {
  std::string const text = report(
      "（一）壮大产业实力。力争新引进企业6家，完成招商引资项目投资4亿元，发展壮大村集体经济。\n"
      "（二）加强党的建设。抓好党员发展和教育管理，推进基层党组织规范化建设。\n"
      "（三）发展乡村旅游。建设精品民宿10家，打造乡村旅游精品线路2条，举办桃花节等文旅节庆活动。\n");
  auto const f = of_rule(check_text(text), rule);
  REQUIRE(f.size() == 2);
  CHECK(f[0].line == test::line_of(text, "（三）平安建设扎实推进"));
  CHECK(f[0].subject.starts_with("summary_only:社会治理:"));
  CHECK(f[1].line == test::line_of(text, "（三）发展乡村旅游"));
  CHECK(f[1].subject.starts_with("plan_only:"));
  CHECK(f[0].severity == Severity::info);
}
