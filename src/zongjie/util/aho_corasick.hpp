// Multi-pattern substring search over UTF-8 bytes (Aho–Corasick, compiled to
// a DFA over byte classes).  Used for the theme lexicon and the checker's
// word lists, where a section is searched for hundreds of terms at once.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::util {

class AhoCorasick {
 public:
  /// Adds a pattern; `id` is reported with its matches.  Empty patterns are ignored.
  void add(std::string_view pattern, std::uint32_t id);
  /// Compiles the automaton; call once after the last add().
  void build();
  bool empty() const noexcept { return pattern_lengths_.empty(); }
  std::size_t pattern_count() const noexcept { return pattern_lengths_.size(); }

  /// Calls on_match(begin, end, id) for every occurrence (overlapping ones too).
  template <typename F>
  void scan(std::string_view text, F&& on_match) const {
    if (delta_.empty()) return;
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      state = delta_[state * classes_ + byte_class_[static_cast<unsigned char>(text[i])]];
      for (std::uint32_t o = out_begin_[state]; o < out_begin_[state + 1]; ++o) {
        std::uint32_t const p = outputs_[o];
        on_match(i + 1 - pattern_lengths_[p], i + 1, pattern_ids_[p]);
      }
    }
  }

 private:
  struct Node {
    std::vector<std::pair<std::uint8_t, std::uint32_t>> next;  // by byte class
    std::uint32_t fail = 0;
    std::vector<std::uint32_t> out;  // pattern indices
  };
  std::vector<std::string> patterns_;
  std::vector<std::uint32_t> pattern_ids_;
  std::vector<std::uint32_t> pattern_lengths_;
  std::array<std::uint8_t, 256> byte_class_{};
  std::uint32_t classes_ = 1;
  std::vector<std::uint32_t> delta_;      // states × classes
  std::vector<std::uint32_t> out_begin_;  // states + 1
  std::vector<std::uint32_t> outputs_;
};

}  // namespace zongjie::util
