#include "support/test_support.hpp"

#include "zongjie/util/utf8.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"

#include <algorithm>
#include <array>
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace zongjie::test {

std::string read_file(std::filesystem::path const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

text::Document document(std::string utf8, std::string path) {
  return text::document_from_text(std::move(path), std::move(utf8));
}

Outline outline_of(std::string utf8) { return build_outline(document(std::move(utf8))); }

std::size_t char_offset(std::string_view s, std::size_t byte) {
  return text::count_chars(s.substr(0, std::min(byte, s.size())));
}

namespace {
std::size_t find_or_throw(std::string_view text, std::string_view needle) {
  std::size_t const pos = text.find(needle);
  if (pos == std::string_view::npos) throw std::runtime_error("fixture lacks «" + std::string(needle) + "»");
  return pos;
}
}  // namespace

std::size_t line_of(std::string_view text, std::string_view needle) {
  std::size_t const pos = find_or_throw(text, needle);
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

std::size_t column_of(std::string_view text, std::string_view needle) {
  std::size_t const pos = find_or_throw(text, needle);
  std::size_t const nl = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  std::size_t const start = (nl == std::string_view::npos || pos == 0) ? 0 : nl + 1;
  return 1 + text::count_chars(text.substr(start, pos - start));
}

std::string chinese_numeral(int n) {
  static constexpr std::array<std::string_view, 10> digit{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 1 || n > 99) throw std::out_of_range("chinese_numeral: 1..99 only");
  int const tens = n / 10;
  int const ones = n % 10;
  std::string out;
  if (tens > 1) out += digit[static_cast<std::size_t>(tens)];
  if (tens > 0) out += "十";
  out += digit[static_cast<std::size_t>(ones)];
  return out;
}

std::string fold_punct(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case ',': out += "，"; break;
      case ';': out += "；"; break;
      case ':': out += "："; break;
      case '(': out += "（"; break;
      case ')': out += "）"; break;
      case '!': out += "！"; break;
      case '?': out += "？"; break;
      default: out += c;
    }
  }
  return std::string(grammar::trim_blanks(out));
}

namespace {

std::vector<std::string> read_lines(std::filesystem::path const& path) {
  std::string const all = read_file(path);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t nl = all.find('\n', start);
    if (nl == std::string::npos) nl = all.size();
    std::string line = all.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = nl + 1;
  }
  return lines;
}

}  // namespace

GoldenPair load_golden(std::filesystem::path const& dir, std::string const& name) {
  GoldenPair g;
  g.name = name;
  g.input = read_lines(dir / (name + ".input"));
  g.expect = read_lines(dir / (name + ".expect"));
  for (auto& e : g.expect)
    while (!e.empty() && (e.back() == ' ' || e.back() == '\t')) e.pop_back();
  return g;
}

std::string unescape(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\' || i + 1 == line.size()) {
      out += line[i];
      continue;
    }
    char const e = line[++i];
    if (e == 't') {
      out += '\t';
    } else if (e == 's') {
      out += ' ';
    } else if (e == '\\') {
      out += '\\';
    } else if (e == 'u' && i + 1 < line.size() && line[i + 1] == '{') {
      std::size_t const close = line.find('}', i);
      if (close == std::string_view::npos) throw std::runtime_error("unterminated \\u{ in golden input");
      utf8::append(out, static_cast<char32_t>(std::stoul(std::string(line.substr(i + 2, close - i - 2)), nullptr, 16)));
      i = close;
    } else {
      throw std::runtime_error("unknown escape \\" + std::string(1, e) + " in golden input");
    }
  }
  return out;
}

std::string visible(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char const c = s[i];
    if (c == '\t') out += "\\t";
    else if (c == '\0') out += "\\0";
    else if (c == '\r') out += "\\r";
    else if (c == '\n') out += "\\n";
    else if (c == ' ' && (i == 0 || i + 1 == s.size())) out += "\\s";
    else out += c;
  }
  if (out.size() > 300) {
    std::size_t cut = 300;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…(" + std::to_string(s.size()) + " bytes)";
  }
  return out;
}

}  // namespace zongjie::test
