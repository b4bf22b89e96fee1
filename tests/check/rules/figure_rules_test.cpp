// figure.below-target (last year's targets against this year's figures) and
// figure.inconsistent (one indicator, two values).
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/promises.hpp"
#include "zongjie/text/document.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::check_text;
using test::lines_of;

namespace {
check::PreviousPlan previous_of(std::string const& text) {
  text::Document const doc = text::document_from_text("2023.txt", text);
  return test::default_checker().prepare_previous(doc, test::outline_with_themes(doc));
}

std::string const last_year =
    "一、2023年工作总结\n（一）产业发展\n新引进企业4家。\n（二）民生保障\n发放救助资金400万元。\n"
    "二、2024年工作计划\n"
    "（一）做强产业。新建村级养老服务站5个，完成高标准农田建设1000亩，全年固定资产投资2.3亿元。\n"
    "（二）改善民生。城镇登记失业率控制在3%以内。\n";

std::string this_year(std::string const& s1, std::string const& s2) {
  return "一、2024年工作总结\n（一）产业发展\n" + s1 + "\n（二）民生保障\n" + s2 +
         "\n二、2025年工作计划\n（一）做强产业。新引进企业6家。\n（二）改善民生。新建养老服务站2个。\n";
}
}  // namespace

TEST_CASE("figure.below-target: last year's targets become figures", "[check][figure.below-target]") {
  auto const prev = previous_of(last_year);
  auto const& t = prev.targets();
  REQUIRE(t.size() == 4);
  CHECK(t[0].figure.shown == "5个");
  CHECK(t[1].figure.value == 1000);
  CHECK(t[2].figure.value == Approx(2.3e8));
  CHECK(t[2].line == 7);
  CHECK(t[3].ceiling);
}

TEST_CASE("figure.below-target: met, exceeded, explained or a limit is quiet", "[check][figure.below-target]") {
  auto const prev = previous_of(last_year);
  using Pair = std::pair<std::string, std::string>;
  auto const c = GENERATE(values<Pair>({
      {"新建村级养老服务站5个，完成高标准农田建设1200亩。", "全年固定资产投资23000万元，城镇登记失业率2.1%。"},
      {"新建村级养老服务站3个，另有2个因选址调整正在建设。", "完成高标准农田建设80公顷。"},
      {"受汛期影响，新建村级养老服务站4个。", "全年固定资产投资2.5亿元。"},
  }));
  std::string const text = this_year(c.first, c.second);
  INFO(text);
  CHECK(lines_of(check_text(text, &prev), "figure.below-target").empty());
  CHECK(lines_of(check_text(text), "figure.below-target").empty());
}

TEST_CASE("figure.below-target: a shortfall without a reason", "[check][figure.below-target]") {
  auto const prev = previous_of(last_year);
  std::string const text =
      this_year("新建村级养老服务站3个，群众反映良好。", "完成高标准农田建设50公顷，全年固定资产投资1.8亿元。");
  auto const f = test::of_rule(check_text(text, &prev), "figure.below-target");
  REQUIRE(f.size() == 3);
  CHECK(f[0].line == 3);
  CHECK(f[0].column == test::column_of(text, "3个"));
  CHECK(f[0].message.find("5个") != std::string::npos);
  CHECK(f[0].message.find("2023.txt:7") != std::string::npos);
  CHECK(f[1].line == 5);  // 50公顷 = 750亩 < 1000亩
  CHECK(f[2].column == test::column_of(text, "1.8亿元"));
}

TEST_CASE("figure.inconsistent: one indicator, two values", "[check][figure.inconsistent]") {
  std::string const text =
      this_year("全年地区生产总值达到32.5亿元，新引进企业5家。", "发放救助资金420万元。\n全年地区生产总值31.8亿元。");
  auto const f = test::of_rule(check_text(text), "figure.inconsistent");
  REQUIRE(f.size() == 1);
  CHECK(f[0].line == 6);
  CHECK(f[0].message.find("32.5亿元") != std::string::npos);
}

TEST_CASE("figure.inconsistent: repeats, changes and parts are quiet", "[check][figure.inconsistent]") {
  using Pair = std::pair<std::string, std::string>;
  auto const c = GENERATE(values<Pair>({
      {"全年地区生产总值达到32.5亿元。", "地区生产总值32.5亿元，连续三年位居全县第一。"},
      {"全年地区生产总值达到32.5亿元。", "地区生产总值比上年增长6.5亿元。"},
      {"全年地区生产总值达到32.5亿元。", "1-10月，地区生产总值28亿元。"},
      {"东岭村道路硬化5公里。", "西坪村道路硬化3公里。"},
      {"全年地区生产总值达到32.5亿元。", "其中，地区生产总值中工业占20亿元。"},
  }));
  std::string const text = this_year(c.first, c.second);
  INFO(text);
  CHECK(lines_of(check_text(text), "figure.inconsistent").empty());
}
