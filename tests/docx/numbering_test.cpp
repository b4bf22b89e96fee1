// Word's number formats and list counters, without XML.
#include "zongjie/docx/numbering.hpp"

#include <catch2/catch.hpp>

using zongjie::docx::AbstractList;
using zongjie::docx::format_number;
using zongjie::docx::ListInstance;
using zongjie::docx::ListLevel;
using zongjie::docx::ListNumbering;

TEST_CASE("number formats as Word shows them", "[docx][numbering]") {
  auto [value, format, shown] = GENERATE(table<long, char const*, char const*>({
      {1, "chineseCounting", "一"},
      {10, "chineseCounting", "十"},
      {11, "chineseCounting", "十一"},
      {20, "chineseCounting", "二十"},
      {99, "chineseCounting", "九十九"},
      {100, "chineseCounting", "一〇〇"},
      {3, "chineseCountingThousand", "三"},
      {10, "chineseCountingThousand", "十"},
      {15, "chineseCountingThousand", "十五"},
      {105, "chineseCountingThousand", "一百零五"},
      {110, "chineseCountingThousand", "一百一十"},
      {1000, "chineseCountingThousand", "一千"},
      {10010, "chineseCountingThousand", "一万零一十"},
      {11, "chineseLegalSimplified", "壹拾壹"},
      {1, "ideographTraditional", "甲"},
      {10, "ideographTraditional", "癸"},
      {11, "ideographTraditional", "11"},
      {12, "ideographZodiac", "亥"},
      {1, "decimalEnclosedCircle", "①"},
      {20, "decimalEnclosedCircleChinese", "⑳"},
      {21, "decimalEnclosedCircle", "21"},
      {2, "decimalEnclosedParen", "⑵"},
      {3, "decimalEnclosedFullstop", "⒊"},
      {12, "decimalFullWidth", "１２"},
      {7, "decimalZero", "07"},
      {12, "decimalZero", "12"},
      {4, "upperRoman", "IV"},
      {1994, "lowerRoman", "mcmxciv"},
      {27, "lowerLetter", "aa"},
      {2, "upperLetter", "B"},
      {42, "decimal", "42"},
      {5, "none", ""},
      {5, "bullet", ""},
      {6, "someFutureFormat", "6"},
      {0, "chineseCounting", "0"},
  }));
  INFO(value << " " << format);
  CHECK(format_number(value, format) == shown);
}

namespace {

ListLevel level(char const* format, char const* text, std::int64_t start = 1) {
  ListLevel l;
  l.format = format;
  l.text = text;
  l.start = start;
  l.suffix = "";
  return l;
}

ListNumbering report_lists() {
  ListNumbering n;
  AbstractList a;
  a.levels[0] = level("chineseCountingThousand", "%1、");
  a.levels[1] = level("chineseCounting", "（%2）");
  a.levels[2] = level("decimal", "%3.");
  n.abstracts["0"] = a;
  n.instances["1"].abstract_id = "0";
  n.instances["2"].abstract_id = "0";  // continues list 1
  n.instances["3"].abstract_id = "0";
  n.instances["3"].start_override[1] = 5;  // restarts level 2 at 五
  return n;
}

}  // namespace

TEST_CASE("list counters: levels, restarts, instances of one definition", "[docx][numbering]") {
  ListNumbering n = report_lists();
  CHECK(n.next("1", 0) == "一、");
  CHECK(n.next("1", 1) == "（一）");
  CHECK(n.next("1", 1) == "（二）");
  CHECK(n.next("1", 2) == "1.");
  CHECK(n.next("1", 2) == "2.");
  CHECK(n.next("1", 1) == "（三）");
  CHECK(n.next("1", 2) == "1.");    // restarted by the level above
  CHECK(n.next("2", 0) == "二、");  // another instance continues the same list
  CHECK(n.next("2", 1) == "（一）");
  CHECK(n.next("3", 1) == "（五）");  // startOverride, once
  CHECK(n.next("3", 1) == "（六）");
  CHECK(n.next("9", 0).empty());  // unknown list
}

TEST_CASE("list counters: start values, lvlRestart, legal numbering, suffixes", "[docx][numbering]") {
  ListNumbering n;
  AbstractList a;
  a.levels[0] = level("chineseCountingThousand", "第%1部分", 3);
  a.levels[0].suffix = "\t";
  a.levels[1] = level("upperRoman", "%1.%2", 1);
  a.levels[1].legal = true;
  a.levels[1].restart = 0;  // never restarts
  a.levels[1].suffix = " ";
  n.abstracts["7"] = a;
  n.instances["4"].abstract_id = "7";
  CHECK(n.next("4", 1) == "3.1 ");  // level 1 before level 0 was used: its start value shows
  CHECK(n.next("4", 0) == "第三部分\t");
  CHECK(n.next("4", 1) == "3.2 ");  // not restarted (w:lvlRestart 0), and in decimal (w:isLgl)
  CHECK(n.next("4", 0) == "第四部分\t");
  CHECK(n.next("4", 1) == "4.3 ");
}

TEST_CASE("list counters: a definition behind a numbering style", "[docx][numbering]") {
  ListNumbering n = report_lists();
  AbstractList linked;
  linked.num_style_link = "ReportList";
  n.abstracts["5"] = linked;
  n.instances["6"].abstract_id = "5";
  n.style_lists["ReportList"] = "1";
  CHECK(n.next("6", 0) == "一、");
  CHECK(n.next("1", 0) == "二、");  // the same counters as the list it links to
  n.abstracts["0"].levels[0].style = "Heading1";
  CHECK(n.level_for_style("6", "Heading1") == 0);
  CHECK_FALSE(n.level_for_style("6", "Normal").has_value());
}
