// Odd input: the builder gives an outline for any UTF-8 without throwing,
// in time linear in the input, and the outline is consistent with itself.
#include "support/test_support.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

using namespace zongjie;

namespace {

/// Invariants every outline must keep, whatever the input.
void check_consistent(Outline const& o, text::Document const& doc) {
  std::size_t const lines = doc.lines.line_count();
  std::size_t prev_line = 0;
  std::size_t prev_end = 0;
  for (auto const& p : o.parts) {
    INFO("part " << role_name(p.role) << " at line " << p.line);
    CHECK(p.line >= 1);
    CHECK(p.line <= lines);
    CHECK(p.line > prev_line);
    CHECK(p.end_line >= p.line);
    CHECK(p.begin <= p.end);
    CHECK(p.begin >= prev_end);
    CHECK(p.end <= doc.text.size());
    prev_line = p.line;
    prev_end = p.end;
    std::size_t prev_section = 0;
    for (auto const& s : p.sections) {
      INFO("section at line " << s.line << " «" << s.title << "»");
      CHECK(s.line >= p.line);
      CHECK(s.line <= p.end_line);
      CHECK(s.line >= prev_section);
      CHECK(s.column >= 1);
      CHECK(s.offset >= p.begin);
      CHECK(s.offset < p.end);
      CHECK(doc.position(s.offset).line == s.line);
      CHECK(doc.position(s.offset).column == s.column);
      CHECK(text::find_invalid_utf8(s.title) == std::string_view::npos);
      prev_section = s.line;
      for (auto const& i : s.items) {
        CHECK(i.line >= s.line);
        CHECK(i.column >= 1);
        CHECK(doc.position(i.offset).line == i.line);
        CHECK(doc.position(i.offset).column == i.column);
        CHECK(text::find_invalid_utf8(i.title) == std::string_view::npos);
      }
    }
  }
  for (auto const& n : o.noise) {
    CHECK(n.line >= 1);
    CHECK(n.line <= lines);
  }
}

}  // namespace

TEST_CASE("empty and blank documents", "[outline][odd]") {
  auto text =
      GENERATE(as<std::string>{}, "", "\n", "   ", " \n\t\n\xE3\x80\x80\xE3\x80\x80\n", "\r\n\r\n", "\xEF\xBB\xBF");
  INFO("«" << test::visible(text) << "»");
  text::Document const doc = test::document(text);
  Outline o;
  REQUIRE_NOTHROW(o = build_outline(doc));
  CHECK(o.parts.empty());
  CHECK_FALSE(o.title.has_value());
  CHECK_FALSE(o.report_year.has_value());
  CHECK_FALSE(o.plan_year.has_value());
  CHECK(o.noise.empty());
}

TEST_CASE("malformed headings and stray markers", "[outline][odd]") {
  auto text = GENERATE(as<std::string>{}, "一、", "一、\n二、\n三、", "（", "第部分", "一", "（一）\n（二）",
                       "一是\n二是", "①\n②", "2023年工作总结", "2023年工作总结\n2024年工作计划", "第一部分\n第二部分",
                       "##paidbegin##", "##paidbegin##\n##paidend##", "一、。。。", "。", "；；；",
                       "一是。二是。三是。", "一、2023年工作总结。", "让我们");
  INFO("«" << test::visible(text) << "»");
  text::Document const doc = test::document(text);
  Outline o;
  REQUIRE_NOTHROW(o = build_outline(doc));
  check_consistent(o, doc);
  REQUIRE_NOTHROW(outline_to_json(o, "odd.txt").dump());
}

TEST_CASE("headings with no text after the marker", "[outline][odd]") {
  Outline const o = test::outline_of("一、\n内容一。\n二、\n内容二。\n");
  REQUIRE(o.parts.size() == 1);
  REQUIRE(o.parts[0].sections.size() == 2);
  CHECK(o.parts[0].sections[0].title.empty());
  CHECK(o.parts[0].sections[1].marker.marker.ordinal == 2);
}

TEST_CASE("one 50 MB line", "[outline][odd][slow]") {
  std::string const sentence = "全镇推进乡村振兴，成效明显。";  // 42 bytes
  std::string text = "一、";
  text.reserve(50u * 1024 * 1024 + 64);
  while (text.size() < 50u * 1024 * 1024) text += sentence;
  double const t0 = test::cpu_seconds();
  text::Document const doc = test::document(std::move(text));
  Outline o;
  REQUIRE_NOTHROW(o = build_outline(doc));
  double const elapsed = test::cpu_seconds() - t0;
  INFO("took " << elapsed << " s of CPU");
  CHECK(elapsed < 4.0 * test::time_scale);
  REQUIRE(o.parts.size() == 1);
  REQUIRE(o.parts[0].sections.size() == 1);
  CHECK(o.parts[0].sections[0].title == "全镇推进乡村振兴，成效明显");
  CHECK(o.parts[0].sections[0].items.empty());
}

TEST_CASE("one 50 MB line of a single sentence: the title is cut", "[outline][odd][slow]") {
  std::string text = "一、";
  text.reserve(50u * 1024 * 1024 + 64);
  while (text.size() < 50u * 1024 * 1024) text += "推进乡村振兴";
  double const t0 = test::cpu_seconds();
  text::Document const doc = test::document(std::move(text));
  Outline o;
  REQUIRE_NOTHROW(o = build_outline(doc));
  CHECK(test::cpu_seconds() - t0 < 4.0 * test::time_scale);
  REQUIRE(o.parts.size() == 1);
  REQUIRE(o.parts[0].sections.size() == 1);
  std::string const& title = o.parts[0].sections[0].title;
  CHECK(title.size() <= 900);
  CHECK(title.size() >= 800);
  CHECK(text::find_invalid_utf8(title) == std::string_view::npos);
}

TEST_CASE("100,000 heading lines", "[outline][odd][slow]") {
  std::string text;
  for (int i = 0; i < 50000; ++i) {
    text += test::chinese_numeral(i % 99 + 1) + "、推进重点工作\n";
    text += "（一）加强组织领导\n";
  }
  double const t0 = test::cpu_seconds();
  text::Document const doc = test::document(text);
  Outline o;
  REQUIRE_NOTHROW(o = build_outline(doc));
  double const elapsed = test::cpu_seconds() - t0;
  INFO("took " << elapsed << " s of CPU");
  CHECK(elapsed < 3.0 * test::time_scale);
  REQUIRE(o.parts.size() == 1);
  Part const& p = o.parts[0];
  REQUIRE(p.sections.size() == 50000);
  CHECK(p.sections[98].marker.marker.ordinal == 99);
  CHECK(p.sections[99].marker.marker.ordinal == 1);
  CHECK(p.sections.back().line == 99999);
  std::size_t items = 0;
  for (auto const& s : p.sections) items += s.items.size();
  CHECK(items == 50000);
  CHECK(p.sections.back().items.at(0).line == 100000);
  CHECK(p.sections.back().items.at(0).title == "加强组织领导");
}

TEST_CASE("100,000 part heading lines", "[outline][odd][slow]") {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "2023年工作总结\n2024年工作计划\n";
  double const t0 = test::cpu_seconds();
  text::Document const doc = test::document(text);
  Outline o;
  REQUIRE_NOTHROW(o = build_outline(doc));
  CHECK(test::cpu_seconds() - t0 < 3.0 * test::time_scale);
  check_consistent(o, doc);
  CHECK(o.report_year.has_value());
}

TEST_CASE("a problems-and-plan heading with its points on the same line", "[outline][parts]") {
  // 存在的问题及下步打算：一是…；二是… on one line: the points are the
  // problems the heading announces first.
  std::string const text =
      "一、2023年工作总结\n（一）经济发展\n全年完成投资3亿元。\n"
      "二、存在的问题及下步打算：一是产业结构单一，抗风险能力弱；二是专业人才短缺。下一步，我们将着力补齐短板。\n";
  text::Document const doc = test::document(text);
  Outline const o = build_outline(doc);
  INFO(outline_to_text(o, "fixture"));
  check_consistent(o, doc);  // parts must start on increasing lines
  Part const* problems = o.find_part(PartRole::problems);
  REQUIRE(problems != nullptr);
  CHECK(problems->sections.size() == 2);
}

TEST_CASE("random report-like text never throws and stays consistent", "[outline][odd][fuzz]") {
  // Fragments that drive every branch of the builder, joined at random.
  std::vector<std::string> const pieces{"一、",
                                        "二、",
                                        "三、",
                                        "（一）",
                                        "（二）",
                                        "(三)",
                                        "一是",
                                        "二是",
                                        "三是",
                                        "1.",
                                        "2．",
                                        "（1）",
                                        "①",
                                        "②",
                                        "第一部分：",
                                        "第二部分 ",
                                        "第一、",
                                        "第二，",
                                        "2023年工作总结",
                                        "2024年工作思路",
                                        "存在的问题",
                                        "下一步工作打算",
                                        "东山镇",
                                        "工作报告",
                                        "加强党建",
                                        "推进产业发展",
                                        "人居环境更加宜居",
                                        "，",
                                        "。",
                                        "；",
                                        ";",
                                        "：",
                                        "、",
                                        "！",
                                        "\n",
                                        "\n",
                                        "\n",
                                        "\n\n",
                                        "  ",
                                        "\xE3\x80\x80",
                                        "\t",
                                        "##paidbegin##",
                                        "##paidend##",
                                        "……（此处省略1200字）……",
                                        "本文档编辑密码：abc",
                                        "| 指标 | 数值 |",
                                        "— 3 —",
                                        "------",
                                        "让我们",
                                        "清醒地看到",
                                        "不足",
                                        "问题",
                                        "二〇二三年",
                                        "2021—2023年",
                                        "12345",
                                        "5 月",
                                        "“",
                                        "”",
                                        "《",
                                        "》",
                                        "a",
                                        "\r\n",
                                        "\r"};
  // ZONGJIE_FUZZ_ROUNDS and ZONGJIE_FUZZ_SEED allow a longer run by hand.
  char const* rounds_env = std::getenv("ZONGJIE_FUZZ_ROUNDS");
  char const* seed_env = std::getenv("ZONGJIE_FUZZ_SEED");
  int const rounds = rounds_env ? std::atoi(rounds_env) : 400;
  std::mt19937 rng(seed_env ? static_cast<std::uint32_t>(std::atol(seed_env)) : 20240611u);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 400);
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    int const n = length(rng);
    for (int k = 0; k < n; ++k) text += pieces[pick(rng)];
    INFO("round " << round << " text «" << test::visible(text) << "»");
    text::Document doc;
    REQUIRE_NOTHROW(doc = test::document(text));
    Outline o;
    REQUIRE_NOTHROW(o = build_outline(doc));
    check_consistent(o, doc);
    REQUIRE_NOTHROW(outline_to_json(o, "fuzz.txt").dump());
  }
}
