// WordMatcher against the plain search it stands for: every occurrence of
// every word, in order of start, on text of every shape the fast paths
// treat differently (64-byte blocks, characters cut by a block's end, the
// last few bytes, words of one byte, words longer than sixteen bytes).
#include "zongjie/util/word_matcher.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <tuple>
#include <vector>

using zongjie::util::WordMatcher;

namespace {

using Match = std::tuple<std::size_t, std::size_t, std::uint32_t>;

std::vector<Match> matches(WordMatcher const& m, std::string_view text) {
  std::vector<Match> out;
  m.scan(text, [&](std::size_t b, std::size_t e, std::uint32_t id) { out.emplace_back(b, e, id); });
  return out;
}

/// Every place each word occurs, at character starts, ordered by start and
/// then by the order the words were added in their first-character group.
std::vector<Match> naive(std::vector<std::string> const& words, std::string_view text) {
  std::vector<Match> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    for (std::size_t w = 0; w < words.size(); ++w)
      if (text.substr(i).starts_with(words[w])) out.emplace_back(i, i + words[w].size(), static_cast<std::uint32_t>(w));
  }
  // Same start: WordMatcher reports a first character's words in the order added.
  std::stable_sort(out.begin(), out.end(),
                   [](Match const& a, Match const& b) { return std::get<0>(a) < std::get<0>(b); });
  return out;
}

WordMatcher build(std::vector<std::string> const& words) {
  WordMatcher m;
  for (std::size_t w = 0; w < words.size(); ++w) m.add(words[w], static_cast<std::uint32_t>(w));
  m.build();
  return m;
}

std::vector<std::string> const pieces = {"乡村", "振兴", "党建", "引领", "人居环境",   "整治",        "，",
                                         "。",   "、",   "2024", "年",   "IP",         "碳",          "·",
                                         "𠀀",   "\n",   " ",    "a",    "高质量发展", "民生实事项目"};

}  // namespace

TEST_CASE("WordMatcher finds what a plain search finds", "[text][word-matcher]") {
  std::vector<std::string> const words = {"乡村振兴",     "乡村",     "党建引领",   "党建",
                                          "人居环境整治", "人居环境", "高质量发展", "民生实事项目",
                                          "民生",         "2024年",   "振兴，"};
  WordMatcher const m = build(words);
  std::mt19937 rng(2024);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    // 0…63 bytes of ASCII first: every alignment of the text to 64-byte blocks.
    text.append(static_cast<std::size_t>(round % 64), 'x');
    std::size_t const n = rng() % 120;
    for (std::size_t k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    INFO("round " << round << ": " << text);
    CHECK(matches(m, text) == naive(words, text));
  }
}

TEST_CASE("WordMatcher with one-byte and long words", "[text][word-matcher]") {
  // A one-byte word turns the filter off; a 24-byte word needs memcmp.
  std::vector<std::string> const words = {"a", "IP", "碳", "民生实事项目人居环境整治", "𠀀"};
  WordMatcher const m = build(words);
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string text(static_cast<std::size_t>(round % 64), ' ');
    std::size_t const n = rng() % 100;
    for (std::size_t k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    CHECK(matches(m, text) == naive(words, text));
  }
  WordMatcher const long_only = build({"民生实事项目人居环境整治"});
  std::string const text =
      std::string(61, ' ') + "民生实事项目人居环境整治";  // the word starts in one block, ends in the next
  CHECK(matches(long_only, text) == std::vector<Match>{{61, 61 + 36, 0}});
  CHECK(matches(long_only, text.substr(0, text.size() - 1)).empty());  // cut by one byte
}

TEST_CASE("WordMatcher with no words and on empty text", "[text][word-matcher]") {
  WordMatcher const none = build({});
  CHECK(matches(none, "乡村振兴").empty());
  WordMatcher const some = build({"乡村"});
  CHECK(matches(some, "").empty());
  CHECK(matches(some, "乡").empty());
  CHECK(matches(some, "乡村") == std::vector<Match>{{0, 6, 0}});
}
