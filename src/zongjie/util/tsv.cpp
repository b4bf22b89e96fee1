#include "zongjie/util/tsv.hpp"

namespace zongjie::util {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

std::vector<TsvRow> parse_tsv(std::string_view text) {
  std::vector<TsvRow> rows;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t line_no = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    ++line_no;
    start = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') continue;
    TsvRow row;
    row.line = line_no;
    std::size_t f = 0;
    for (;;) {
      std::size_t const tab = line.find('\t', f);
      row.fields.push_back(trim(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f)));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  auto blank = [&](std::size_t p) -> std::size_t {
    if (p < s.size() && s[p] == ' ') return 1;
    if (s.substr(p).starts_with("\xE3\x80\x80")) return 3;
    return 0;
  };
  while (i < s.size()) {
    while (std::size_t b = blank(i)) i += b;
    std::size_t j = i;
    while (j < s.size() && blank(j) == 0) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace zongjie::util
