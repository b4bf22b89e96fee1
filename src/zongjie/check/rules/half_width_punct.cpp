#include "zongjie/check/rules/half_width_punct.hpp"

#include "zongjie/check/text_scan.hpp"

#include <algorithm>
#include <array>

namespace zongjie::check {

namespace {

using scan::CodePoint;

std::string_view full_width(char c) {
  switch (c) {
    case ',': return "，";
    case ';': return "；";
    case ':': return "：";
    case '(': return "（";
    case ')': return "）";
    case '?': return "？";
    case '!': return "！";
    default: return {};
  }
}

bool is_target(char c) { return !full_width(c).empty(); }

/// Blanks and ASCII punctuation next to the one being decided: a cluster
/// such as ";;" or ",(" takes the context around it as a whole, so that
/// fixing one mark never changes the verdict on its neighbour.
bool see_through(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || (c < 0x80 && is_target(static_cast<char>(c)));
}

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

/// The code point before `pos`, looking through blanks, ASCII punctuation
/// and debris (which --fix deletes: what is next to it then is what counts).
CodePoint prev_visible(std::string_view s, std::size_t pos, Ranges const& debris) {
  for (;;) {
    for (auto const& [b, e] : debris)
      if (e == pos) pos = b;
    CodePoint const c = scan::decode_before(s, pos);
    if (c.length == 0 || !see_through(c.cp)) return c;
    pos -= c.length;
  }
}
/// The code point at or after `pos`, looking through blanks, ASCII punctuation and debris.
CodePoint next_visible(std::string_view s, std::size_t pos, Ranges const& debris) {
  for (;;) {
    for (auto const& [b, e] : debris)
      if (b == pos) pos = e;
    CodePoint const c = scan::decode(s, pos);
    if (c.length == 0 || !see_through(c.cp)) return c;
    pos += c.length;
  }
}

bool chinese(CodePoint c) { return c.length && scan::is_chinese_context(c.cp); }

/// Byte ranges of URLs and e-mail addresses: runs of non-blank ASCII that
/// contain :// or start with www., or hold an @ between letters.
std::vector<std::pair<std::size_t, std::size_t>> protected_runs(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < line.size();) {
    auto const c = static_cast<unsigned char>(line[i]);
    if (c <= ' ' || c >= 0x80) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < line.size() && static_cast<unsigned char>(line[j]) > ' ' && static_cast<unsigned char>(line[j]) < 0x80) ++j;
    std::string_view const run = line.substr(i, j - i);
    bool const url = run.find("://") != std::string_view::npos || run.starts_with("www.") || run.starts_with("WWW.");
    std::size_t const at = run.find('@');
    bool const mail = at != std::string_view::npos && at > 0 && run.find('.', at) != std::string_view::npos;
    if (url || mail) {
      // Trailing sentence punctuation is not part of the address.
      std::size_t k = j;
      while (k > i && (line[k - 1] == ',' || line[k - 1] == ';' || line[k - 1] == ')' || line[k - 1] == '!' ||
                       line[k - 1] == '?' || line[k - 1] == ':'))
        --k;
      out.emplace_back(i, k);
    }
    i = j;
  }
  return out;
}

}  // namespace

std::vector<Edit> half_width_edits(std::string_view line, Ranges const& debris) {
  std::vector<Edit> edits;
  // Cheap exit: most lines of a Chinese report have none of these bytes.
  static constexpr auto target = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {',', ';', ':', '(', ')', '?', '!'}) t[c] = true;
    return t;
  }();
  if (std::none_of(line.begin(), line.end(), [](char c) { return target[static_cast<unsigned char>(c)]; })) return edits;
  auto const shielded = protected_runs(line);
  auto const in_shield = [&](std::size_t i) {
    return std::any_of(shielded.begin(), shielded.end(), [&](auto const& r) { return i >= r.first && i < r.second; });
  };
  // Parentheses are decided in pairs: (GDP) inside Chinese text becomes （GDP）.
  std::vector<std::size_t> open;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '(' && !in_shield(i)) open.push_back(i);
    else if (line[i] == ')' && !in_shield(i) && !open.empty()) {
      pairs.emplace_back(open.back(), i);
      open.pop_back();
    }
  }
  auto const paired = [&](std::size_t i) -> std::optional<std::pair<std::size_t, std::size_t>> {
    for (auto const& p : pairs)
      if (p.first == i || p.second == i) return p;
    return std::nullopt;
  };
  auto const contains_han = [&](std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e;) {
      auto const c = scan::decode(line, k);
      if (scan::is_han(c.cp)) return true;
      k += std::max<std::size_t>(c.length, 1);
    }
    return false;
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    char const c = line[i];
    if (!is_target(c) || in_shield(i)) continue;
    CodePoint const prev = prev_visible(line, i, debris);
    CodePoint const next = next_visible(line, i + 1, debris);
    bool flag = false;
    if (c == '(' || c == ')') {
      if (auto p = paired(i)) {
        CodePoint const before = prev_visible(line, p->first, debris);
        CodePoint const after = next_visible(line, p->second + 1, debris);
        flag = chinese(before) || chinese(after) || contains_han(p->first + 1, p->second);
      } else {
        flag = chinese(prev) || chinese(next);
      }
    } else {
      // 1,000  10:30  3:1 — a number, not a sentence.
      bool const number = i > 0 && i + 1 < line.size() && scan::is_ascii_digit(static_cast<unsigned char>(line[i - 1])) &&
                          scan::is_ascii_digit(static_cast<unsigned char>(line[i + 1]));
      flag = !number && (chinese(prev) || chinese(next));
    }
    if (!flag) continue;
    std::size_t end = i + 1;
    // "，" carries its own space: drop ASCII spaces after it when Chinese follows.
    if (c != '(' && c != ')' && chinese(next))
      while (end < line.size() && line[end] == ' ') ++end;
    edits.push_back({i, end, std::string(full_width(c))});
  }
  return edits;
}

void HalfWidthPunctCheck::run(Context const& ctx, Sink& out) const {
  std::string_view const text = ctx.text();
  auto const& lines = ctx.doc.lines;
  for (std::size_t ln = 1; ln <= lines.line_count(); ++ln) {
    std::size_t const ls = lines.line_start(ln);
    std::size_t const le = lines.line_end(ln);
    if (le <= ls || ctx.is_noise_line(ln)) continue;
    std::vector<std::pair<std::size_t, std::size_t>> debris;
    for (auto const& r : ctx.outline.debris)
      if (r.begin >= ls && r.end <= le) debris.emplace_back(r.begin - ls, r.end - ls);
    std::vector<Edit> edits = half_width_edits(text.substr(ls, le - ls), debris);
    std::erase_if(edits, [&](Edit const& e) { return ctx.in_debris(ls + e.begin, ls + e.end); });
    if (edits.empty()) continue;
    std::string chars;
    for (auto& e : edits) {
      char const c = text[ls + e.begin];
      if (chars.find(c) == std::string::npos) chars += (chars.empty() ? "" : " ") + std::string(1, c);
      e.begin += ls;
      e.end += ls;
    }
    Hit hit;
    hit.begin = edits.front().begin;
    hit.end = edits.front().begin + 1;
    hit.message = "half_width";
    hit.args = {{"chars", chars}, {"count", std::to_string(edits.size())}};
    hit.suggestion = edits.front().replacement;
    hit.subject = "line:" + scan::normalise(text.substr(ls, le - ls));
    Fix fix;
    fix.edits = std::move(edits);
    fix.safe = true;
    fix.description = ctx.data.catalog->word("fix.full_width", {{"count", std::to_string(fix.edits.size())}});
    hit.fix = std::move(fix);
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
