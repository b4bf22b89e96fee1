// zongjie/outline/markers.hpp: numbers in each kind of numeral, marker
// punctuation, whole markers read back by the grammar.
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/markers.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using grammar::MarkerFamily;
using grammar::MarkerPunct;

TEST_CASE("markers: ordinals in each kind of numeral, within its range", "[outline][markers]") {
  CHECK(ordinal_text(NumeralKind::chinese, 1) == "一");
  CHECK(ordinal_text(NumeralKind::chinese, 10) == "十");
  CHECK(ordinal_text(NumeralKind::chinese, 23) == "二十三");
  CHECK(ordinal_text(NumeralKind::chinese, 99) == "九十九");
  CHECK_FALSE(ordinal_text(NumeralKind::chinese, 100));
  CHECK(ordinal_text(NumeralKind::arabic, 100) == "100");
  CHECK(ordinal_text(NumeralKind::circled, 1) == "①");
  CHECK(ordinal_text(NumeralKind::circled, 20) == "⑳");
  CHECK_FALSE(ordinal_text(NumeralKind::circled, 21));
  CHECK(ordinal_text(NumeralKind::paren_glyph, 2) == "⑵");
  CHECK_FALSE(ordinal_text(NumeralKind::paren_glyph, 21));
  for (auto k : {NumeralKind::chinese, NumeralKind::arabic, NumeralKind::circled, NumeralKind::paren_glyph}) {
    CHECK_FALSE(ordinal_text(k, 0));
    CHECK_FALSE(ordinal_text(k, -1));
  }
}

TEST_CASE("markers: punctuation as written", "[outline][markers]") {
  auto const dun = marker_punct_text(MarkerPunct::dun);
  REQUIRE(dun);
  CHECK(dun->open.empty());
  CHECK(dun->close == "、");
  auto const paren = marker_punct_text(MarkerPunct::paren_full);
  REQUIRE(paren);
  CHECK(paren->open == "（");
  CHECK(paren->close == "）");
  CHECK(marker_punct_text(MarkerPunct::dot_full)->close == "．");
  CHECK(marker_punct_text(MarkerPunct::dot_ascii)->close == ".");
  CHECK_FALSE(marker_punct_text(MarkerPunct::space));
}

TEST_CASE("markers: every family written 1-99 reads back with its number", "[outline][markers]") {
  for (auto f : {MarkerFamily::cn_dun, MarkerFamily::cn_paren, MarkerFamily::arabic_dot, MarkerFamily::arabic_paren,
                 MarkerFamily::part, MarkerFamily::di}) {
    for (int n = 1; n <= 99; ++n) {
      std::string const line = marker_text(f, n) + "加强党的建设";
      auto const m = grammar::parse_line_marker(line);
      INFO(line);
      REQUIRE(m);
      CHECK(m->marker.family == f);
      CHECK(m->marker.ordinal == n);
    }
  }
  CHECK(marker_text(MarkerFamily::cn_dun, 100) == "100、");  // past 99: digits, as before
  CHECK(marker_text(MarkerFamily::circled, 21) == "（21）");
}
