#include "zongjie/check/rules/half_width_punct.hpp"

#include "zongjie/check/text_scan.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace zongjie::check {

namespace {

using utf8::CodePoint;

using chinese::full_width_punct;

bool is_target(char c) { return !full_width_punct(c).empty(); }

/// Blanks and ASCII punctuation next to the one being decided: a cluster
/// such as ";;" or ",(" takes the context around it as a whole, so that
/// fixing one mark never changes the verdict on its neighbour.
bool see_through(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x3000 || (c < 0x80 && is_target(static_cast<char>(c)));
}

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

bool chinese(CodePoint c) { return c.length && chinese::is_chinese_context(c.value); }

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
    while (j < line.size() && static_cast<unsigned char>(line[j]) > ' ' && static_cast<unsigned char>(line[j]) < 0x80)
      ++j;
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
  if (std::none_of(line.begin(), line.end(), [](char c) { return target[static_cast<unsigned char>(c)]; }))
    return edits;
  auto const shielded = protected_runs(line);  // sorted, not overlapping
  auto const in_shield = [&](std::size_t i) {
    auto it =
        std::upper_bound(shielded.begin(), shielded.end(), i, [](std::size_t x, auto const& r) { return x < r.first; });
    return it != shielded.begin() && i < std::prev(it)->second;
  };
  // The marks to decide, in order.  Everything a verdict needs is found for
  // all of them in a few passes over the line: a pasted line of megabytes
  // with a mark every few bytes must not be read again for each.
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (target[static_cast<unsigned char>(line[i])] && !in_shield(i)) at.push_back(i);
  std::size_t const n = line.size();
  std::size_t const count = at.size();
  // The visible code point before and after each mark, looking through
  // blanks, ASCII punctuation and debris (which --fix deletes: what is next
  // to it then is what counts).  A cluster such as ";;" or ",(" takes the
  // context around it as a whole.
  std::vector<CodePoint> prev(count), next(count);
  // Debris is sorted and does not overlap: found by where it starts or ends.
  auto const debris_ending_at = [&](std::size_t pos) -> std::optional<std::size_t> {
    auto it =
        std::lower_bound(debris.begin(), debris.end(), pos, [](auto const& r, std::size_t x) { return r.second < x; });
    if (it != debris.end() && it->second == pos) return it->first;
    return std::nullopt;
  };
  auto const debris_starting_at = [&](std::size_t pos) -> std::optional<std::size_t> {
    auto it =
        std::lower_bound(debris.begin(), debris.end(), pos, [](auto const& r, std::size_t x) { return r.first < x; });
    if (it != debris.end() && it->first == pos) return it->second;
    return std::nullopt;
  };
  // Walking back from a mark stops at a visible character or at the mark
  // before it (everything between being see-through, the two share their
  // neighbour): each byte is walked over at most once.
  for (std::size_t t = 0; t < count; ++t) {
    std::size_t pos = at[t];
    std::size_t const stop = t > 0 ? at[t - 1] : 0;
    for (;;) {
      if (t > 0 && pos <= stop) {
        prev[t] = prev[t - 1];
        break;
      }
      if (auto const b = debris_ending_at(pos)) {
        pos = *b;
        continue;
      }
      CodePoint const c = utf8::decode_before(line, pos);
      if (c.length == 0 || !see_through(c.value)) {
        prev[t] = c;
        break;
      }
      pos -= c.length;
    }
  }
  for (std::size_t t = count; t-- > 0;) {
    std::size_t pos = at[t] + 1;
    for (;;) {
      if (t + 1 < count && pos >= at[t + 1]) {
        next[t] = next[t + 1];
        break;
      }
      if (auto const e = debris_starting_at(pos)) {
        pos = *e;
        continue;
      }
      CodePoint const c = utf8::decode(line, pos);
      if (c.length == 0 || !see_through(c.value)) {
        next[t] = c;
        break;
      }
      pos += c.length;
    }
  }
  // Where the first Han character at or after each mark is: looked for from
  // the mark up to the next one only (usually found at once), else taken
  // over from the next mark.
  std::vector<std::size_t> next_han(count, n);
  for (std::size_t t = count; t-- > 0;) {
    std::size_t const stop = t + 1 < count ? at[t + 1] : n;
    std::size_t q = at[t];
    while (q < stop) {
      CodePoint const c = utf8::decode(line, q);
      if (chinese::is_han(c.value)) break;
      q += std::max<std::size_t>(c.length, 1);
    }
    next_han[t] = q < stop ? q : (t + 1 < count ? next_han[t + 1] : n);
  }
  // Parentheses are decided in pairs: (GDP) inside Chinese text becomes （GDP）.
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> partner(count, none);
  {
    std::vector<std::size_t> open;
    for (std::size_t t = 0; t < count; ++t) {
      if (line[at[t]] == '(') {
        open.push_back(t);
      } else if (line[at[t]] == ')' && !open.empty()) {
        partner[t] = open.back();
        partner[open.back()] = t;
        open.pop_back();
      }
    }
  }
  for (std::size_t t = 0; t < count; ++t) {
    std::size_t const i = at[t];
    char const c = line[i];
    bool flag = false;
    if (c == '(' || c == ')') {
      if (std::size_t const o = partner[t]; o != none) {
        std::size_t const first = std::min(t, o), second = std::max(t, o);
        flag = chinese(prev[first]) || chinese(next[second]) || next_han[first] < at[second];
      } else {
        flag = chinese(prev[t]) || chinese(next[t]);
      }
    } else {
      // 1,000  10:30  3:1 — a number, not a sentence.
      bool const number = i > 0 && i + 1 < line.size() &&
                          scan::is_ascii_digit(static_cast<unsigned char>(line[i - 1])) &&
                          scan::is_ascii_digit(static_cast<unsigned char>(line[i + 1]));
      flag = !number && (chinese(prev[t]) || chinese(next[t]));
    }
    if (!flag) continue;
    std::size_t end = i + 1;
    // "，" carries its own space: drop ASCII spaces after it when Chinese follows.
    if (c != '(' && c != ')' && chinese(next[t]))
      while (end < line.size() && line[end] == ' ') ++end;
    edits.push_back({i, end, std::string(full_width_punct(c))});
  }
  return edits;
}

void HalfWidthPunctCheck::run(Context const& ctx, Sink& out) const {
  std::string_view const text = ctx.text();
  auto const& lines = ctx.doc.lines;
  auto const& all_debris = ctx.outline.debris;  // in text order
  auto next_debris = all_debris.begin();
  for (std::size_t ln = 1; ln <= lines.line_count(); ++ln) {
    std::size_t const ls = lines.line_start(ln);
    std::size_t const le = lines.line_end(ln);
    while (next_debris != all_debris.end() && next_debris->begin < ls) ++next_debris;
    if (le <= ls || ctx.is_noise_line(ln)) continue;
    std::vector<std::pair<std::size_t, std::size_t>> debris;
    for (auto r = next_debris; r != all_debris.end() && r->begin < le; ++r)
      if (r->end <= le) debris.emplace_back(r->begin - ls, r->end - ls);
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
    // Keyed by the line; a pasted line of megabytes by its first 64 KB (far
    // more than any paragraph), not copied whole for the key.
    constexpr std::size_t subject_bytes = 64 * 1024;
    std::size_t key_end = std::min(le, ls + subject_bytes);
    while (key_end < le && (static_cast<unsigned char>(text[key_end]) & 0xC0) == 0x80) ++key_end;
    hit.subject = "line:" + scan::normalise(text.substr(ls, key_end - ls));
    Fix fix;
    fix.edits = std::move(edits);
    fix.safe = true;
    fix.description = ctx.data.catalog->word("fix.full_width", {{"count", std::to_string(fix.edits.size())}});
    hit.fix = std::move(fix);
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
