// Confusable words of official writing (浓厚范围 → 浓厚氛围, 截止目前 →
// 截至目前, 即…又 → 既…又), from templates/check/confusables.tsv.  Each entry
// carries an example sentence, so that the data file doubles as a test.
#pragma once

#include "zongjie/util/word_matcher.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

class ConfusableLexicon {
 public:
  struct Entry {
    std::string wrong;       ///< what is written (the first part of a pair)
    std::string right;       ///< what it should be
    std::string wrong_tail;  ///< second part of a correlative pair (，又), "" otherwise
    std::string right_tail;
    bool clause_start = false;            ///< "^": only at the start of a clause
    bool digit_after = false;             ///< "#": only when a digit follows
    std::vector<std::string> exceptions;  ///< correct words that contain `wrong`
    std::string example;                  ///< a sentence holding the mistake
    std::size_t line = 0;                 ///< in the data file

    /// As shown to people: 即…，又 / 浓厚范围.
    std::string shown_wrong() const;
    std::string shown_right() const;
  };

  struct Match {
    std::size_t begin = 0;  ///< bytes of the first part
    std::size_t end = 0;
    std::size_t tail_begin = 0;  ///< of the second part; equal to tail_end when none
    std::size_t tail_end = 0;
    std::uint32_t entry = 0;
  };

  /// Parses the confusables.tsv format; throws util::DataError naming `source` and the line.
  static ConfusableLexicon parse(std::string_view tsv, std::string const& source);

  /// Every confusable in `text` (offsets into `text`), in order.
  void find(std::string_view text, std::vector<Match>& out) const;

  std::vector<Entry> const& entries() const noexcept { return entries_; }

 private:
  bool excepted(std::string_view text, std::size_t begin, Entry const& e) const noexcept;

  std::vector<Entry> entries_;
  util::WordMatcher matcher_;
};

}  // namespace zongjie::check
