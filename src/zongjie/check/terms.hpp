// Terms with a period of validity (十四五, 党的十九大, 扶贫办 …) and the
// relative year words (今年, 明年, 去年 …), from templates/check/terms.tsv:
// the data of time.outdated-term and time.relative-word.
#pragma once

#include "zongjie/util/word_matcher.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

class TermTable {
 public:
  enum class Kind : std::uint8_t {
    period,  ///< a plan period or a congress: outdated when written as the current line
    task,    ///< a campaign: as period, and a plan's 将/要/继续 makes it current too
    name,    ///< an office's name: outdated wherever it is not history (原扶贫办)
  };
  struct Term {
    std::string name;
    std::vector<std::string> variants;
    int valid_from = 0;
    int valid_to = 0;  ///< 0: still valid
    std::string successor;
    Kind kind = Kind::period;
    std::vector<std::string> exceptions;  ///< longer words holding a variant that are fine (脱贫攻坚成果)
    std::string note;
  };
  /// The convention a relative year word stands for in a part.
  enum class Convention : std::uint8_t { none, year_end, early };
  struct Relative {
    std::string word;
    Convention in_summary = Convention::none;
    Convention in_plan = Convention::none;
    bool clause_start = false;  ///< counts only at the start of a clause (去年，…)
  };
  enum class Cue : std::uint8_t {
    current,
    current_after,
    future,
    history,
    numeral,
    relative_before,
    relative_after,
  };
  static constexpr int cue_count = 7;

  /// Parses the terms.tsv format; throws util::DataError naming `source` and the line.
  static TermTable parse(std::string_view tsv, std::string const& source);

  std::vector<Term> const& terms() const noexcept { return terms_; }
  std::vector<Relative> const& relatives() const noexcept { return relatives_; }
  std::vector<std::string> const& cues(Cue c) const noexcept { return cues_[static_cast<std::size_t>(c)]; }
  /// `s` contains / starts with / ends with a word of `c`.
  bool contains(Cue c, std::string_view s) const noexcept;
  bool starts_with(Cue c, std::string_view s) const noexcept;
  bool ends_with(Cue c, std::string_view s) const noexcept;

  struct Match {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint32_t index = 0;  ///< into terms() or relatives()
  };
  /// Occurrences of the terms' variants (the longest where they overlap).
  void find_terms(std::string_view text, std::vector<Match>& out) const;
  /// Occurrences of the relative year words (the longest where they overlap).
  void find_relatives(std::string_view text, std::vector<Match>& out) const;

 private:
  std::vector<Term> terms_;
  std::vector<Relative> relatives_;
  std::vector<std::string> cues_[cue_count];
  util::WordMatcher term_matcher_;
  util::WordMatcher relative_matcher_;
};

/// The time and figure rules leave a part larger than this alone: no report's
/// part comes near it, and a pasted file of megabytes is not a report (hostile input).
inline constexpr std::size_t max_part_bytes = 4u << 20;

/// Bounds of the clause holding byte `pos`: after the last clause mark
/// (，。；！？： and ASCII forms) or line start before it, up to the next one.
std::size_t clause_begin(std::string_view text, std::size_t pos) noexcept;
std::size_t clause_end(std::string_view text, std::size_t pos) noexcept;
/// Bounds of the sentence holding byte `pos` (after 。！？； or a line start,
/// up to and including the next one), looking at most a few hundred bytes
/// either way: a pasted line of megabytes is not read again for every figure.
std::size_t sentence_begin_near(std::string_view text, std::size_t pos) noexcept;
std::size_t sentence_end_near(std::string_view text, std::size_t pos) noexcept;
/// `s` without quotation marks (“”"‘’「」) at its start / end.
std::string_view strip_leading_quotes(std::string_view s) noexcept;
std::string_view strip_trailing_quotes(std::string_view s) noexcept;

}  // namespace zongjie::check
