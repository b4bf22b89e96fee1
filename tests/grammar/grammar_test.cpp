// The grammar's plain C++ interface: every numeral 1…99 in every marker style
// (generated with a converter of our own), the character helpers, the cue
// phrases, and inputs that are merely odd.
#include "support/test_support.hpp"

#include "zongjie/grammar/debris.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace zongjie;
using namespace zongjie::grammar;

TEST_CASE("test-side numeral converter", "[grammar][numerals]") {
  // The converter the generated cases rely on; checked against hand-written values.
  auto [n, text] = GENERATE(table<int, std::string>({{1, "一"},
                                                     {9, "九"},
                                                     {10, "十"},
                                                     {11, "十一"},
                                                     {19, "十九"},
                                                     {20, "二十"},
                                                     {23, "二十三"},
                                                     {90, "九十"},
                                                     {99, "九十九"}}));
  CHECK(test::chinese_numeral(n) == text);
  CHECK_THROWS(test::chinese_numeral(0));
  CHECK_THROWS(test::chinese_numeral(100));
}

TEST_CASE("every Chinese numeral 1-99 in every marker style", "[grammar][numerals]") {
  struct Style {
    std::string prefix, suffix;
    MarkerFamily family;
  };
  std::vector<Style> const styles{
      {"第", "部分：", MarkerFamily::part}, {"第", "、", MarkerFamily::di},     {"", "、", MarkerFamily::cn_dun},
      {"（", "）", MarkerFamily::cn_paren}, {"(", ")", MarkerFamily::cn_paren}, {"", "是", MarkerFamily::cn_shi},
  };
  int checked = 0;
  for (auto const& style : styles) {
    for (int n = 1; n <= 99; ++n) {
      std::string const line = style.prefix + test::chinese_numeral(n) + style.suffix + "加强党的建设";
      INFO("line «" << line << "»");
      auto const m = parse_line_marker(line);
      REQUIRE(m.has_value());
      CHECK(m->marker.ordinal == n);
      CHECK(m->marker.family == style.family);
      CHECK(line.substr(m->title_begin) == "加强党的建设");
      ++checked;
    }
  }
  CHECK(checked == 6 * 99);
}

TEST_CASE("every Chinese numeral 1-99 as an inline shi marker", "[grammar][numerals]") {
  for (int n = 1; n <= 99; ++n) {
    std::string const s = test::chinese_numeral(n) + "是强化组织领导";
    INFO("«" << s << "»");
    Marker m;
    std::size_t const len = parse_shi_marker(s, m);
    CHECK(len == test::chinese_numeral(n).size() + std::string_view("是").size());
    CHECK(m.ordinal == n);
    CHECK(m.family == MarkerFamily::cn_shi);
  }
}

TEST_CASE("every Arabic numeral 1-99 in every marker style", "[grammar][numerals]") {
  struct Style {
    std::string prefix, suffix;
    MarkerFamily family;
    MarkerPunct punct;
  };
  std::vector<Style> const styles{
      {"", ".", MarkerFamily::arabic_dot, MarkerPunct::dot_ascii},
      {"", "．", MarkerFamily::arabic_dot, MarkerPunct::dot_full},
      {"", "、", MarkerFamily::arabic_dot, MarkerPunct::dun},
      {"", " ", MarkerFamily::arabic_dot, MarkerPunct::space},
      {"（", "）", MarkerFamily::arabic_paren, MarkerPunct::paren_full},
      {"(", ")", MarkerFamily::arabic_paren, MarkerPunct::paren_ascii},
      {"", "）", MarkerFamily::arabic_paren, MarkerPunct::rparen_full},
      {"", ")", MarkerFamily::arabic_paren, MarkerPunct::rparen_ascii},
  };
  for (auto const& style : styles) {
    for (int n = 1; n <= 99; ++n) {
      std::string const line = style.prefix + std::to_string(n) + style.suffix + "完善制度建设";
      INFO("line «" << test::visible(line) << "»");
      auto const m = parse_line_marker(line);
      REQUIRE(m.has_value());
      CHECK(m->marker.ordinal == n);
      CHECK(m->marker.family == style.family);
      CHECK(m->marker.punct == style.punct);
    }
  }
}

TEST_CASE("a bare number followed by a measure word is running text", "[grammar][markers]") {
  // "5 月完成验收": the line starts with a date or a count, not a heading whose dot was lost.
  auto word = GENERATE(as<std::string>{}, "月", "日", "年", "个", "万", "亿", "%", "名", "人", "户", "家", "项", "次",
                       "座", "亩", "公里", "元", "件", "余", "多");
  for (int n : {1, 5, 12, 99}) {
    std::string const line = std::to_string(n) + " " + word + "完成";
    INFO("«" << line << "»");
    CHECK_FALSE(parse_line_marker(line).has_value());
  }
}

TEST_CASE("circled and parenthesised digit glyphs 1-20", "[grammar][numerals]") {
  // U+2460… ①…⑳ and U+2474… ⑴…⒇, three UTF-8 bytes each.
  for (int n = 1; n <= 20; ++n) {
    char32_t const circled = 0x2460 + static_cast<char32_t>(n - 1);
    char32_t const paren = 0x2474 + static_cast<char32_t>(n - 1);
    for (auto [cp, family] :
         {std::pair{circled, MarkerFamily::circled}, std::pair{paren, MarkerFamily::arabic_paren}}) {
      std::string line;
      line += static_cast<char>(0xE0 | (cp >> 12));
      line += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      line += static_cast<char>(0x80 | (cp & 0x3F));
      line += "其他";
      INFO("«" << line << "»");
      auto const m = parse_line_marker(line);
      REQUIRE(m.has_value());
      CHECK(m->marker.ordinal == n);
      CHECK(m->marker.family == family);
      CHECK(m->marker.punct == MarkerPunct::glyph);
      CHECK(m->title_begin == 3);
    }
  }
}

TEST_CASE("shi markers inside a paragraph", "[grammar][markers]") {
  Marker m;
  CHECK(parse_shi_marker("二是推进项目建设；", m) == 6);
  CHECK(m.ordinal == 2);
  CHECK(m.punct == MarkerPunct::shi);
  CHECK(parse_shi_marker("十二是", m) == 9);
  CHECK(m.ordinal == 12);
  // Only exactly at the position given.
  CHECK(parse_shi_marker("，二是推进", m) == 0);
  CHECK(parse_shi_marker(" 二是推进", m) == 0);
  CHECK(parse_shi_marker("是", m) == 0);
  CHECK(parse_shi_marker("", m) == 0);
  CHECK(parse_shi_marker("一年来", m) == 0);
}

TEST_CASE("marker style names round-trip", "[grammar][markers]") {
  for (int f = 0; f < marker_family_count; ++f) {
    auto const family = static_cast<MarkerFamily>(f);
    std::string_view const name = style_name(family);
    INFO("family " << f << " name «" << name << "»");
    CHECK_FALSE(name.empty());
    REQUIRE(style_from_name(name).has_value());
    CHECK(*style_from_name(name) == family);
  }
  CHECK_FALSE(style_from_name("").has_value());
  CHECK_FALSE(style_from_name("甲、").has_value());
  // The usual order of levels in official documents.
  CHECK(conventional_rank(MarkerFamily::part) < conventional_rank(MarkerFamily::cn_dun));
  CHECK(conventional_rank(MarkerFamily::di) < conventional_rank(MarkerFamily::cn_dun));
  CHECK(conventional_rank(MarkerFamily::cn_dun) < conventional_rank(MarkerFamily::cn_paren));
  CHECK(conventional_rank(MarkerFamily::cn_paren) < conventional_rank(MarkerFamily::arabic_dot));
  CHECK(conventional_rank(MarkerFamily::arabic_dot) < conventional_rank(MarkerFamily::arabic_paren));
  CHECK(conventional_rank(MarkerFamily::arabic_paren) < conventional_rank(MarkerFamily::circled));
}

TEST_CASE("blanks and trimming", "[grammar][chars]") {
  auto [text, trimmed, leading] = GENERATE(table<std::string, std::string, std::size_t>({
      {"abc", "abc", 0},
      {"  abc  ", "abc", 2},
      {"\tabc\r", "abc", 1},
      {"\xE3\x80\x80\xE3\x80\x80一、\xE3\x80\x80", "一、", 6},  // U+3000
      {"\xC2\xA0标题\xC2\xA0", "标题", 2},                      // U+00A0
      {"\xEF\xBB\xBF标题", "标题", 3},                          // stray BOM
      {"", "", 0},
      {" \t\xE3\x80\x80 ", "", 6},
  }));
  INFO("«" << test::visible(text) << "»");
  CHECK(trim_blanks(text) == trimmed);
  CHECK(leading_blanks(text) == leading);
}

TEST_CASE("structuring punctuation", "[grammar][chars]") {
  auto [text, kind, length, ascii] = GENERATE(table<std::string, Punct, int, bool>({
      {"。", Punct::full_stop, 3, false},
      {"！", Punct::exclamation, 3, false},
      {"!", Punct::exclamation, 1, true},
      {"？", Punct::question, 3, false},
      {"?", Punct::question, 1, true},
      {"；", Punct::semicolon, 3, false},
      {";", Punct::semicolon, 1, true},
      {"：", Punct::colon, 3, false},
      {":", Punct::colon, 1, true},
      {"，", Punct::comma, 3, false},
      {",", Punct::comma, 1, true},
      {"、", Punct::dun, 3, false},
      {"字", Punct::none, 0, false},
      {"a", Punct::none, 0, false},
      {"\xE3\x80", Punct::none, 0, false},  // a truncated character
  }));
  INFO("«" << text << "»");
  PunctAt const p = punct_at(text, 0);
  CHECK(p.kind == kind);
  CHECK(int{p.length} == length);
  if (kind != Punct::none) CHECK(p.ascii == ascii);
  CHECK(punct_at(text, text.size()).kind == Punct::none);
  CHECK(ends_sentence(Punct::full_stop));
  CHECK_FALSE(ends_sentence(Punct::semicolon));
  CHECK(ends_clause(Punct::semicolon));
  CHECK_FALSE(ends_clause(Punct::comma));
}

TEST_CASE("problems cue", "[grammar][cues]") {
  CHECK(has_problems_cue("在肯定成绩的同时，我们也清醒地看到，工作中还存在一些短板和不足。"));
  CHECK(has_problems_cue("但也要看到，我镇发展中仍面临不少困难和问题。"));
  CHECK_FALSE(has_problems_cue("全年完成地区生产总值12亿元，同比增长6%。"));
  // A lead phrase without any word for shortcomings is not enough.
  CHECK_FALSE(has_problems_cue("我们清醒地看到，机遇前所未有。"));
  CHECK_FALSE(has_problems_cue(""));
}

TEST_CASE("closing cue score", "[grammar][cues]") {
  CHECK(closing_cue_score("让我们在县委的坚强领导下，踔厉奋发、勇毅前行，奋力谱写乡村振兴新篇章！") >= 2);
  CHECK(closing_cue_score("同志们，让我们团结一心，为建设美丽东山而努力奋斗！") >= 4);
  CHECK(closing_cue_score("全年完成地区生产总值12亿元，同比增长6%。") == 0);
  CHECK(closing_cue_score("") == 0);
}

TEST_CASE("very long lines are handled quickly", "[grammar][odd]") {
  std::string line;
  for (int i = 0; i < 100000; ++i) line += "推进";  // 600,000 bytes
  double const t0 = test::cpu_seconds();
  CHECK_FALSE(parse_line_marker(line).has_value());
  CHECK_FALSE(match_part_title(line).has_value());
  CHECK_FALSE(match_document_title(line).has_value());
  CHECK_FALSE(is_noise_line(line));
  std::vector<ByteRange> debris;
  find_inline_debris(line, debris);
  CHECK(debris.empty());
  std::vector<YearMention> years;
  find_years(line, years);
  CHECK(years.empty());
  CHECK_FALSE(has_problems_cue(line));
  CHECK(closing_cue_score(line) == 0);
  // A long heading is still a heading: the marker does not depend on the length.
  auto const m = parse_line_marker("一、" + line);
  REQUIRE(m.has_value());
  CHECK(m->marker.ordinal == 1);
  // A part title is a short line; 2023年工作总结 repeated is not one.
  std::string titles;
  for (int i = 0; i < 20; ++i) titles += "2023年工作总结及";
  titles += "2024年工作思路";
  CHECK_FALSE(match_part_title(titles).has_value());
  CHECK(test::cpu_seconds() - t0 < 1.0 * test::time_scale);
}

TEST_CASE("years many in a row and in long text", "[grammar][years]") {
  std::string text;
  for (int y = 2000; y < 2100; ++y) text += std::to_string(y) + "年，";
  std::vector<YearMention> ys;
  find_years(text, ys);
  REQUIRE(ys.size() == 100);
  for (std::size_t i = 0; i < ys.size(); ++i) {
    CHECK(ys[i].year == 2000 + static_cast<int>(i));
    CHECK(text.substr(ys[i].begin, ys[i].end - ys[i].begin) == std::to_string(ys[i].year) + "年");
  }
  // Appends: earlier mentions stay.
  find_years("2023年", ys);
  CHECK(ys.size() == 101);
}

TEST_CASE("find_punct finds what a character-by-character search finds", "[grammar][punct]") {
  std::vector<std::string> const pieces = {"一", "，", "。", "、", "；", "：", "！", "？", ",", ";", ":", "!",  "?",
                                           ".",  "《", "》", "（", "）", "｜", "·",  "𠀀", "a", "1", " ", "\n", "ऄ"};
  auto naive = [](std::string_view s, std::size_t pos) {
    for (std::size_t i = pos; i < s.size(); ++i)
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && grammar::punct_at(s, i).kind != grammar::Punct::none)
        return i;
    return std::string_view::npos;
  };
  std::mt19937 rng(99);
  for (int round = 0; round < 300; ++round) {
    std::string s(static_cast<std::size_t>(round % 16), 'x');
    std::size_t const n = rng() % 80;
    for (std::size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    INFO(s);
    for (std::size_t pos = 0; pos <= s.size(); ++pos) {
      if (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) continue;
      REQUIRE(grammar::find_punct(s, pos) == naive(s, pos));
    }
  }
}

TEST_CASE("may_be_searched_noise finds a mark wherever it stands", "[grammar][debris]") {
  std::vector<std::string> const pieces = {"下", "载", "积分", "会员", "免费", "编辑", "密码", "VI", "P专享", "｜",
                                           "|",  "一", "，",   "中",   "企",   "优",   "缓",   " ",  "1",     "V"};
  std::vector<std::string> marks(std::begin(download_marks), std::end(download_marks));
  marks.insert(marks.end(), std::begin(table_pipes), std::end(table_pipes));
  std::mt19937 rng(5);
  int with_mark = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    std::size_t const n = rng() % 60;
    for (std::size_t k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    bool const want =
        std::any_of(marks.begin(), marks.end(), [&](std::string const& m) { return s.find(m) != std::string::npos; });
    with_mark += want;
    INFO(s);
    REQUIRE(may_be_searched_noise(s) == want);
  }
  CHECK(with_mark > 100);  // the pieces make marks often enough to test both answers
}
