#include "zongjie/util/word_matcher.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <stdexcept>

namespace zongjie::util {

void WordMatcher::add(std::string_view word, std::uint32_t id) {
  if (word.empty()) return;
  Word w{static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(word.size()), id, 0, 0, 0, 0};
  auto const mask = [](std::size_t k) { return k == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * k)) - 1; };
  std::size_t const k = std::min<std::size_t>(8, word.size());
  std::memcpy(&w.head, word.data(), k);
  w.head_mask = mask(k);
  if (word.size() > 8) {
    std::size_t const k2 = std::min<std::size_t>(8, word.size() - 8);
    std::memcpy(&w.next, word.data() + 8, k2);
    w.next_mask = mask(k2);
  }
  words_.push_back(w);
  bytes_.append(word);
}

void WordMatcher::build() {
  auto const first_char = [&](Word const& w) {
    return static_cast<std::uint32_t>(utf8::decode(std::string_view(bytes_).substr(w.offset, w.length), 0).value);
  };
  std::map<std::uint32_t, std::vector<Word>> by_first;
  for (auto const& w : words_) by_first[first_char(w)].push_back(w);
  if (by_first.size() >= 0xFFFF) throw std::length_error("WordMatcher: too many distinct first characters");

  ascii_.fill(0);
  cjk_.assign(cjk_last - cjk_first + 1, 0);
  other_.clear();
  words_.clear();
  group_begin_.assign(1, 0);  // group 0 is "none"
  group_begin_.push_back(0);
  std::uint16_t g = 0;
  for (auto const& [cp, ws] : by_first) {
    ++g;
    words_.insert(words_.end(), ws.begin(), ws.end());
    group_begin_.push_back(static_cast<std::uint32_t>(words_.size()));
    if (cp < 0x80) ascii_[cp] = g;
    else if (cp >= cjk_first && cp <= cjk_last) cjk_[cp - cjk_first] = g;
    else other_[cp] = g;
  }

  long_filter_.assign((std::size_t{1} << long_filter_bits) / 64, 0);
  short_filter_.assign((std::size_t{1} << 16) / 64, 0);
  tiny_words_ = false;
  auto const set = [](std::vector<std::uint64_t>& bits, std::uint32_t k) {
    bits[k >> 6] |= std::uint64_t{1} << (k & 63);
  };
  for (auto const& w : words_) {
    std::uint64_t head = 0;
    std::memcpy(&head, bytes_.data() + w.offset, std::min<std::size_t>(8, w.length));
    if (w.length >= 6) set(long_filter_, long_key(head));
    else if (w.length >= 2) set(short_filter_, short_key(head));
    else tiny_words_ = true;
  }
  for (unsigned b = 0; b < 256; ++b)
    sequence_length_[b] = static_cast<std::uint8_t>(utf8::sequence_length(static_cast<char>(b)));
}

}  // namespace zongjie::util
