// LineIndex: byte offsets to 1-based lines and 1-based character columns.
#include "support/test_support.hpp"

#include "zongjie/text/document.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using namespace zongjie::text;

TEST_CASE("line and column of byte offsets", "[text][lines]") {
  std::string const text = "一、工作\nab（一）加强\n\n末行";
  LineIndex const index(text);
  REQUIRE(index.line_count() == 4);
  // {offset, line, column}; columns count characters, not bytes.
  auto [offset, line, column] = GENERATE_COPY(table<std::size_t, std::size_t, std::size_t>({
      {0, 1, 1},
      {3, 1, 2},   // 、
      {9, 1, 4},   // 作
      {12, 1, 5},  // the '\n' ends line 1 and belongs to it
      {13, 2, 1},  // a
      {15, 2, 3},  // （
      {text.find("加"), 2, 6},
      {text.find("\n\n") + 1, 3, 1},  // the empty line
      {text.find("末"), 4, 1},
      {text.find("行"), 4, 2},
      {text.size(), 4, 3},  // one past the end
  }));
  INFO("offset " << offset);
  CHECK(index.line_of(offset) == line);
  Position const p = index.position(text, offset);
  CHECK(p.line == line);
  CHECK(p.column == column);
}

TEST_CASE("line starts and ends", "[text][lines]") {
  std::string const text = "甲\n乙乙\n\n丁";
  LineIndex const index(text);
  REQUIRE(index.line_count() == 4);
  CHECK(index.line_start(1) == 0);
  CHECK(index.line_end(1) == 3);
  CHECK(index.line_start(2) == 4);
  CHECK(index.line_end(2) == 10);
  CHECK(index.line_start(3) == 11);
  CHECK(index.line_end(3) == 11);
  CHECK(index.line_start(4) == 12);
  CHECK(index.line_end(4) == text.size());
  CHECK(index.line_start(5) == text.size());  // past the end
  CHECK(index.line_end(9) == text.size());
  Document const doc = document_from_text("t", text);
  CHECK(doc.line(1) == "甲");
  CHECK(doc.line(2) == "乙乙");
  CHECK(doc.line(3).empty());
  CHECK(doc.line(4) == "丁");
  CHECK(doc.line(5).empty());
}

TEST_CASE("a text ending in a newline has an empty last line", "[text][lines]") {
  LineIndex const index("一\n二\n");
  CHECK(index.line_count() == 3);
  CHECK(index.line_of(8) == 3);
  LineIndex const empty("");
  CHECK(empty.line_count() == 1);
  CHECK(empty.line_of(0) == 1);
  Position const p = empty.position("", 0);
  CHECK(p.line == 1);
  CHECK(p.column == 1);
}

TEST_CASE("a line of 1,000,000 characters", "[text][lines][slow]") {
  std::string text;
  text.reserve(3'000'010);
  for (int i = 0; i < 1'000'000; ++i) text += "字";
  text += "\nab";
  double const t0 = test::cpu_seconds();
  LineIndex const index(text);
  REQUIRE(index.line_count() == 2);
  Position const last = index.position(text, 3 * 999'999);
  CHECK(last.line == 1);
  CHECK(last.column == 1'000'000);
  Position const b = index.position(text, text.size() - 1);
  CHECK(b.line == 2);
  CHECK(b.column == 2);
  CHECK(index.line_start(2) == 3'000'001);
  CHECK(test::cpu_seconds() - t0 < 1.0 * test::time_scale);
}

TEST_CASE("character counting", "[text][lines]") {
  CHECK(count_chars("") == 0);
  CHECK(count_chars("abc") == 3);
  CHECK(count_chars("一二三") == 3);
  CHECK(count_chars("a一\xF0\xA0\x80\x80"
                    "b") == 4);
  // Longer strings are counted eight bytes at a time: every length and
  // alignment of a mix of 1-, 2-, 3- and 4-byte characters, against a
  // byte-by-byte count of the bytes that start a character.
  auto const starts = [](std::string_view v) {
    std::size_t n = 0;
    for (char c : v) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  std::string s;
  for (int round = 0; round < 12; ++round) s += "a\xC3\xA9一\xF0\xA0\x80\x80，b2。";
  CHECK(count_chars(s) == 12 * 8);
  for (std::size_t from = 0; from < 9; ++from)
    for (std::size_t len = 0; from + len <= s.size(); ++len) {
      std::string_view const v = std::string_view(s).substr(from, len);
      REQUIRE(count_chars(v) == starts(v));
    }
  CHECK(test::char_offset("一二三", 6) == 2);
  CHECK(test::line_of("甲\n乙\n丙", "丙") == 3);
  CHECK(test::column_of("甲\n乙丙", "丙") == 2);
  CHECK(test::column_of("甲乙", "甲") == 1);
}
