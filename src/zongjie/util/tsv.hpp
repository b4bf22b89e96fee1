// Reading the tab-separated data files of templates/.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::util {

/// A malformed data file: names the file and the line.
class DataError : public std::runtime_error {
 public:
  DataError(std::string const& source, std::size_t line, std::string const& message)
      : std::runtime_error(source + "：第 " + std::to_string(line) + " 行：" + message) {}
};

struct TsvRow {
  std::size_t line = 0;  ///< 1-based line in the file
  std::vector<std::string_view> fields;
};

/// Rows of `text`: '#' comment lines and blank lines skipped, fields split on
/// tabs and trimmed.  The views point into `text`.
std::vector<TsvRow> parse_tsv(std::string_view text);

/// Splits on ASCII spaces and ideographic spaces, dropping empties.
std::vector<std::string_view> split_words(std::string_view s);

}  // namespace zongjie::util
