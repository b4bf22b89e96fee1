#include "zongjie/util/aho_corasick.hpp"

#include <deque>
#include <stdexcept>

namespace zongjie::util {

void AhoCorasick::add(std::string_view pattern, std::uint32_t id) {
  if (pattern.empty()) return;
  patterns_.emplace_back(pattern);
  pattern_ids_.push_back(id);
  pattern_lengths_.push_back(static_cast<std::uint32_t>(pattern.size()));
}

void AhoCorasick::build() {
  // Byte classes: every byte used by some pattern gets its own class, all
  // other bytes share class 0.  Chinese text uses few distinct bytes per
  // lexicon, so the table stays small.
  byte_class_.fill(0);
  classes_ = 1;
  for (auto const& p : patterns_)
    for (unsigned char c : p)
      if (byte_class_[c] == 0) {
        if (classes_ == 255) throw std::length_error("AhoCorasick: too many distinct bytes");
        byte_class_[c] = static_cast<std::uint8_t>(classes_++);
      }

  std::vector<Node> trie(1);
  auto child = [&](std::uint32_t s, std::uint8_t c) -> std::uint32_t {
    for (auto const& [k, v] : trie[s].next)
      if (k == c) return v;
    return 0;
  };
  for (std::uint32_t p = 0; p < patterns_.size(); ++p) {
    std::uint32_t s = 0;
    for (unsigned char byte : patterns_[p]) {
      std::uint8_t const c = byte_class_[byte];
      std::uint32_t n = child(s, c);
      if (n == 0) {
        n = static_cast<std::uint32_t>(trie.size());
        trie.emplace_back();
        trie[s].next.emplace_back(c, n);
      }
      s = n;
    }
    trie[s].out.push_back(p);
  }

  std::size_t const states = trie.size();
  delta_.assign(states * classes_, 0);
  std::deque<std::uint32_t> queue;
  for (auto const& [c, n] : trie[0].next) {
    delta_[c] = n;
    trie[n].fail = 0;
    queue.push_back(n);
  }
  while (!queue.empty()) {
    std::uint32_t const s = queue.front();
    queue.pop_front();
    auto const& fail_out = trie[trie[s].fail].out;
    trie[s].out.insert(trie[s].out.end(), fail_out.begin(), fail_out.end());
    for (std::uint32_t c = 0; c < classes_; ++c) {
      std::uint32_t const n = child(s, static_cast<std::uint8_t>(c));
      if (n != 0 && c != 0) {
        trie[n].fail = delta_[trie[s].fail * classes_ + c];
        delta_[s * classes_ + c] = n;
        queue.push_back(n);
      } else {
        delta_[s * classes_ + c] = delta_[trie[s].fail * classes_ + c];
      }
    }
  }

  out_begin_.assign(states + 1, 0);
  outputs_.clear();
  for (std::size_t s = 0; s < states; ++s) {
    out_begin_[s] = static_cast<std::uint32_t>(outputs_.size());
    outputs_.insert(outputs_.end(), trie[s].out.begin(), trie[s].out.end());
  }
  out_begin_[states] = static_cast<std::uint32_t>(outputs_.size());
}

}  // namespace zongjie::util
