// Placeholders left in a draft (XX乡, ×××, *乡, x村, 某某, 【】, ____, 21.X%),
// described in templates/check/placeholders.tsv and found in one pass.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

class PlaceholderPatterns {
 public:
  /// A test case written in the data file: `text` holds `expect` as a
  /// placeholder ("" for a line that must give none).
  struct Example {
    std::string text;
    std::string expect;
    std::size_t line = 0;
  };

  /// Parses the placeholders.tsv format; throws util::DataError naming `source` and the line.
  static PlaceholderPatterns parse(std::string_view tsv, std::string const& source);

  /// Every placeholder in `text`, as byte ranges [begin, end) of `text`, in order.
  void find(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& out) const;

  std::vector<Example> const& examples() const noexcept { return examples_; }

 private:
  struct Run {
    std::u32string chars;        ///< any of these, repeated
    std::size_t min = 2;         ///< this many in a row
    std::u32string not_next_to;  ///< not when a neighbour is one of these (二〇〇〇年)
  };
  struct Empty {
    std::string open;
    std::string close;
  };
  Run const* run_of(char32_t c) const noexcept;
  bool single_counts(std::string_view text, std::size_t begin, std::size_t end) const noexcept;

  std::vector<Run> runs_;
  std::u32string marks_;             ///< a single one counts before a unit or inside a number
  std::vector<std::string> units_;   ///< words after a single mark: 村 万元 %
  std::vector<std::string> before_;  ///< words before a single mark: 第
  std::vector<Empty> empties_;
  std::vector<Example> examples_;
  std::vector<char32_t> interesting_;  ///< sorted: code points that can start a placeholder
  /// Lead bytes of those code points: most characters are passed over on
  /// their first byte without being decoded.
  std::array<bool, 256> lead_{};
};

}  // namespace zongjie::check
