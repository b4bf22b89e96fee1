#include "zongjie/check/placeholders.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/util/tsv.hpp"

#include <algorithm>

namespace zongjie::check {

namespace {
std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    auto const c = utf8::decode(s, i);
    out.push_back(c.value);
    i += c.length;
  }
  return out;
}

bool contains(std::u32string const& set, char32_t c) noexcept { return set.find(c) != std::u32string::npos; }
}  // namespace

PlaceholderPatterns PlaceholderPatterns::parse(std::string_view tsv, std::string const& source) {
  PlaceholderPatterns p;
  for (auto const& row : util::parse_tsv(tsv)) {
    auto const field = [&](std::size_t i) { return i < row.fields.size() ? row.fields[i] : std::string_view{}; };
    std::string_view const kind = field(0);
    if (kind == "run") {
      Run r;
      r.chars = code_points(field(1));
      if (r.chars.empty()) throw util::DataError(source, row.line, "run 行缺少字符");
      if (!field(2).empty()) {
        std::string const n(field(2));
        try {
          r.min = static_cast<std::size_t>(std::stoul(n));
        } catch (std::exception const&) {
          throw util::DataError(source, row.line, "最少个数无效：" + n);
        }
        if (r.min < 1 || r.min > 20) throw util::DataError(source, row.line, "最少个数应为 1–20");
      }
      r.not_next_to = code_points(field(3));
      p.runs_.push_back(std::move(r));
    } else if (kind == "mark") {
      p.marks_ += code_points(field(1));
    } else if (kind == "unit" || kind == "before") {
      auto& list = kind == "unit" ? p.units_ : p.before_;
      for (std::size_t f = 1; f < row.fields.size(); ++f)
        for (auto w : util::split_words(row.fields[f])) list.emplace_back(w);
    } else if (kind == "empty") {
      if (field(1).empty() || field(2).empty())
        throw util::DataError(source, row.line, "empty 行应为“empty<TAB>开括号<TAB>闭括号”");
      p.empties_.push_back({std::string(field(1)), std::string(field(2))});
    } else if (kind == "example" || kind == "clean") {
      if (field(1).empty() || (kind == "example" && field(2).empty()))
        throw util::DataError(source, row.line, "example 行应为“example<TAB>句子<TAB>占位符”");
      p.examples_.push_back(
          {std::string(field(1)), kind == "example" ? std::string(field(2)) : std::string(), row.line});
    } else {
      throw util::DataError(source, row.line,
                            "未知的类型“" + std::string(kind) +
                                "”（应为 run、mark、unit、before、empty、example 或 clean）");
    }
  }
  // Longest first, so that 万元 is tried before 万.
  std::sort(p.units_.begin(), p.units_.end(), [](auto const& a, auto const& b) { return a.size() > b.size(); });
  for (auto const& r : p.runs_) p.interesting_.insert(p.interesting_.end(), r.chars.begin(), r.chars.end());
  for (auto const& e : p.empties_) p.interesting_.push_back(utf8::decode(e.open, 0).value);
  for (char32_t m : p.marks_)
    if (!p.run_of(m)) p.runs_.push_back({std::u32string(1, m), 2, {}}), p.interesting_.push_back(m);
  std::sort(p.interesting_.begin(), p.interesting_.end());
  for (char32_t c : p.interesting_) p.lead_[static_cast<unsigned char>(utf8::encode(c)[0])] = true;
  return p;
}

PlaceholderPatterns::Run const* PlaceholderPatterns::run_of(char32_t c) const noexcept {
  for (auto const& r : runs_)
    if (contains(r.chars, c)) return &r;
  return nullptr;
}

/// A single mark is a placeholder before a unit (x村, X万元, X%), after 第,
/// or inside a number (21.X, X.5).
bool PlaceholderPatterns::single_counts(std::string_view text, std::size_t begin, std::size_t end) const noexcept {
  std::string_view const after = text.substr(end);
  for (auto const& u : units_)
    if (after.starts_with(u)) return true;
  std::string_view const upto = text.substr(0, begin);
  for (auto const& b : before_)
    if (upto.ends_with(b)) return true;
  auto const next = utf8::decode(text, end);
  auto const prev = utf8::decode_before(text, begin);
  if (next.value == '.' && scan::is_ascii_digit(utf8::decode(text, end + 1).value)) return true;
  if (prev.value == '.' && begin >= 2 && scan::is_ascii_digit(utf8::decode_before(text, begin - 1).value)) return true;
  return false;
}

void PlaceholderPatterns::find(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& out) const {
  std::size_t i = 0;
  while (i < text.size()) {
    auto const lead = static_cast<unsigned char>(text[i]);
    if (!lead_[lead]) {
      i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      continue;
    }
    auto const c = utf8::decode(text, i);
    // Most characters cannot start a placeholder: decide that first.
    if (!std::binary_search(interesting_.begin(), interesting_.end(), c.value)) {
      i += c.length;
      continue;
    }
    if (Run const* r = run_of(c.value)) {
      std::size_t end = i + c.length;
      std::size_t n = 1;
      for (;;) {
        auto const d = utf8::decode(text, end);
        if (d.length == 0 || !contains(r->chars, d.value)) break;
        end += d.length;
        ++n;
      }
      auto const prev = utf8::decode_before(text, i);
      auto const next = utf8::decode(text, end);
      // Letters around: a Latin word (XXL, max_x); digits on both sides: 3*4, 3x4.
      bool const latin = scan::is_ascii_letter(prev.value) || scan::is_ascii_letter(next.value) ||
                         (prev.value == '_' || next.value == '_') ||
                         (scan::is_ascii_digit(prev.value) && scan::is_ascii_digit(next.value));
      bool const excluded = (prev.length && contains(r->not_next_to, prev.value)) ||
                            (next.length && contains(r->not_next_to, next.value));
      if (!latin && !excluded &&
          (n >= r->min || (n == 1 && contains(marks_, c.value) && single_counts(text, i, end)))) {
        out.emplace_back(i, end);
      }
      i = end;
      continue;
    }
    bool matched = false;
    for (auto const& e : empties_) {
      if (text.compare(i, e.open.size(), e.open) != 0) continue;
      std::size_t j = i + e.open.size();
      while (std::size_t b = grammar::blank_at(text, j)) j += b;
      if (text.compare(j, e.close.size(), e.close) == 0) {
        out.emplace_back(i, j + e.close.size());
        i = j + e.close.size();
        matched = true;
        break;
      }
    }
    if (!matched) i += std::max<std::size_t>(c.length, 1);
  }
}

}  // namespace zongjie::check
