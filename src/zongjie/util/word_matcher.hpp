// Finding many short words (a lexicon) in Chinese text: every occurrence of
// every word, in one pass.  Words are indexed by their first character; a
// table over the CJK block (42 KB, it stays in cache) answers "does a word
// start here?" for each character, and the few candidates are compared.
// Used for the theme lexicon and the checker's word lists.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace zongjie::util {

class WordMatcher {
 public:
  /// Adds a word; `id` is reported with its matches.  Empty words are ignored.
  void add(std::string_view word, std::uint32_t id);
  /// Indexes the words; call once after the last add().
  void build();
  std::size_t size() const noexcept { return words_.size(); }

  /// Calls on_match(begin, end, id) for every occurrence of every word
  /// (overlapping ones too), in order of their start.  `text` is UTF-8.
  template <typename F>
  void scan(std::string_view text, F&& on_match) const {
    auto const* p = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    for (std::size_t i = 0; i < n;) {
      unsigned char const c = p[i];
      std::uint16_t group = 0;
      std::size_t len = 1;
      if (c < 0x80) {
        group = ascii_[c];
      } else if (c >= 0xE4 && c <= 0xE9 && i + 3 <= n) {
        len = 3;
        std::uint32_t const cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
        if (cp >= cjk_first && cp <= cjk_last) group = cjk_[cp - cjk_first];
      } else {
        len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (!other_.empty()) {
          auto it = other_.find(code_point(text, i, len));
          if (it != other_.end()) group = it->second;
        }
      }
      if (group != 0) {
        // Most candidates differ within their first eight bytes: compare
        // those as one word before calling memcmp for the rest.
        std::uint64_t head = 0;
        std::memcpy(&head, p + i, std::min<std::size_t>(8, n - i));
        for (std::uint32_t w = group_begin_[group]; w < group_begin_[group + 1]; ++w) {
          Word const& word = words_[w];
          if (word.length > n - i || (head & word.head_mask) != word.head) continue;
          if (word.length <= 8 || std::memcmp(p + i + 8, bytes_.data() + word.offset + 8, word.length - 8) == 0)
            on_match(i, i + word.length, word.id);
        }
      }
      i += len;
    }
  }

 private:
  static constexpr std::uint32_t cjk_first = 0x4E00;
  static constexpr std::uint32_t cjk_last = 0x9FFF;
  struct Word {
    std::uint32_t offset = 0;  // into bytes_
    std::uint32_t length = 0;
    std::uint32_t id = 0;
    std::uint64_t head = 0;       // the first (up to) eight bytes
    std::uint64_t head_mask = 0;  // which bytes of `head` belong to the word
  };
  static std::uint32_t code_point(std::string_view s, std::size_t i, std::size_t len) noexcept;

  std::string bytes_;
  std::vector<Word> words_;                  // grouped by first character after build()
  std::vector<std::uint32_t> group_begin_;   // group g: words_[group_begin_[g], group_begin_[g+1])
  std::array<std::uint16_t, 128> ascii_{};
  std::vector<std::uint16_t> cjk_;           // U+4E00 … U+9FFF → group, 0 for none
  std::unordered_map<std::uint32_t, std::uint16_t> other_;
};

}  // namespace zongjie::util
