// Finding many short words (a lexicon) in Chinese text: every occurrence of
// every word, in one pass.  Two small bit sets over the first bytes of the
// words answer "may a word start here?" for each character; where one says
// yes, the words that start with that character (indexed by it through a
// table over the CJK block) are compared.
// Used for the theme lexicon and the checker's word lists.
#pragma once

#include "zongjie/util/utf8.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace zongjie::util {

class WordMatcher {
 public:
  /// Adds a word; `id` is reported with its matches.  Empty words are ignored.
  void add(std::string_view word, std::uint32_t id);
  /// Indexes the words; call once after the last add().
  void build();
  std::size_t size() const noexcept { return words_.size(); }

  /// Calls on_match(begin, end, id) for every occurrence of every word
  /// (overlapping ones too), in order of their start.  `text` is valid
  /// UTF-8 (a word is looked for at each character's first byte).
  template <typename F>
  void scan(std::string_view text, F&& on_match) const {
    auto const* p = reinterpret_cast<unsigned char const*>(text.data());
    std::size_t const n = text.size();
    std::size_t i = 0;
    if (!tiny_words_) {
      // In locals: on_match could write anywhere, so members are read again
      // after each call otherwise.
      std::uint64_t const* const long_bits = long_filter_.data();
      std::uint64_t const* const short_bits = short_filter_.data();
      // No word starts at most characters, and two bit tests on the bytes
      // there say so without decoding the character or a branch that the
      // processor cannot predict; only where a test passes are the words
      // that start with that character compared.
#if defined(__SSE2__)
      // The characters of 64 bytes at a time are their bytes that are not
      // continuation bytes (10xxxxxx), found sixteen at a time; the next
      // character's place does not wait on reading this one.
      for (; i + 64 + 8 <= n; i += 64) {
        std::uint64_t starts = 0;
        for (unsigned k = 0; k < 4; ++k) {
          __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + i + 16 * k));
          __m128i const cont = _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0)));  // 0x80…0xBF, signed
          starts |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(cont)) ^ 0xFFFFu) << (16 * k);
        }
        for (; starts != 0; starts &= starts - 1) {
          std::size_t const at = i + static_cast<std::size_t>(std::countr_zero(starts));
          std::uint64_t w;
          std::memcpy(&w, p + at, 8);
          if (may_start(w, long_bits, short_bits)) match_at(p, n, at, on_match);
        }
      }
      while (i < n && (p[i] & 0xC0) == 0x80) ++i;  // to the character the last block cut
#endif
      for (; i + 8 <= n; i += sequence_length_[p[i]]) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (may_start(w, long_bits, short_bits)) match_at(p, n, i, on_match);
      }
    }
    while (i < n) i += match_at(p, n, i, on_match);
  }

 private:
  // Whether a word may start at the first byte of `w` (eight bytes of text
  // in memory order): words of six bytes or more are filtered on a hash of
  // their first six bytes, shorter ones on their first two.
  static constexpr unsigned long_filter_bits = 15;
  static std::uint64_t prefix(std::uint64_t w, unsigned bytes) noexcept {
    if constexpr (std::endian::native == std::endian::little) return w & ((std::uint64_t{1} << (8 * bytes)) - 1);
    else return w >> (8 * (8 - bytes));
  }
  static std::uint32_t long_key(std::uint64_t w) noexcept {
    return static_cast<std::uint32_t>((prefix(w, 6) * 0x9E3779B97F4A7C15ULL) >> (64 - long_filter_bits));
  }
  static std::uint32_t short_key(std::uint64_t w) noexcept { return static_cast<std::uint32_t>(prefix(w, 2)); }
  static bool may_start(std::uint64_t w, std::uint64_t const* long_bits, std::uint64_t const* short_bits) noexcept {
    std::uint32_t const l = long_key(w);
    std::uint32_t const s = short_key(w);
    return ((long_bits[l >> 6] >> (l & 63)) | (short_bits[s >> 6] >> (s & 63))) & 1;
  }

  /// Reports the words that start at p[i]; returns the length of the
  /// character there.
  template <typename F>
  std::size_t match_at(unsigned char const* p, std::size_t n, std::size_t i, F& on_match) const {
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
      auto const d = utf8::decode(std::string_view(reinterpret_cast<char const*>(p), n), i);
      len = d.length;
      if (!other_.empty()) {
        auto it = other_.find(d.value);
        if (it != other_.end()) group = it->second;
      }
    }
    if (group != 0) {
      // Words are compared eight bytes at a time (four Chinese characters
      // are twelve bytes); memcmp only past the sixteenth.
      std::uint64_t head = 0, next = 0;
      std::memcpy(&head, p + i, std::min<std::size_t>(8, n - i));
      if (n - i > 8) std::memcpy(&next, p + i + 8, std::min<std::size_t>(8, n - i - 8));
      for (std::uint32_t w = group_begin_[group]; w < group_begin_[group + 1]; ++w) {
        Word const& word = words_[w];
        if (word.length > n - i || (head & word.head_mask) != word.head || (next & word.next_mask) != word.next)
          continue;
        if (word.length <= 16 || std::memcmp(p + i + 16, bytes_.data() + word.offset + 16, word.length - 16) == 0)
          on_match(i, i + word.length, word.id);
      }
    }
    return len;
  }

  static constexpr std::uint32_t cjk_first = 0x4E00;
  static constexpr std::uint32_t cjk_last = 0x9FFF;
  struct Word {
    std::uint32_t offset = 0;  // into bytes_
    std::uint32_t length = 0;
    std::uint32_t id = 0;
    std::uint64_t head = 0;       // the first (up to) eight bytes
    std::uint64_t head_mask = 0;  // which bytes of `head` belong to the word
    std::uint64_t next = 0;       // the (up to) eight bytes after those
    std::uint64_t next_mask = 0;
  };
  std::string bytes_;
  std::vector<Word> words_;                 // grouped by first character after build()
  std::vector<std::uint32_t> group_begin_;  // group g: words_[group_begin_[g], group_begin_[g+1])
  std::array<std::uint16_t, 128> ascii_{};
  std::vector<std::uint16_t> cjk_;  // U+4E00 … U+9FFF → group, 0 for none
  std::unordered_map<std::uint32_t, std::uint16_t> other_;
  std::vector<std::uint64_t> long_filter_;           // 2^long_filter_bits bits
  std::vector<std::uint64_t> short_filter_;          // 2^16 bits
  bool tiny_words_ = true;                           // a word of one byte: no filter
  std::array<std::uint8_t, 256> sequence_length_{};  // by first byte, as match_at() steps
};

}  // namespace zongjie::util
