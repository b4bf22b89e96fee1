#include "zongjie/grammar/grammar.hpp"

#include "zongjie/grammar/cue.hpp"
#include "zongjie/grammar/debris.hpp"
#include "zongjie/grammar/marker.hpp"
#include "zongjie/grammar/part_title.hpp"
#include "zongjie/grammar/year.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace zongjie::grammar {

namespace {

bool starts_with_at(std::string_view s, std::size_t pos, std::string_view what) noexcept {
  return s.size() - pos >= what.size() && s.compare(pos, what.size(), what) == 0;
}

bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t chars_of(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += !is_continuation(c);
  return n;
}
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

template <typename Parser, typename Attr>
bool parse_prefix(std::string_view s, Parser const& p, Attr& attr, std::size_t& consumed) {
  iterator_type first = s.data();
  iterator_type const last = s.data() + s.size();
  if (!x3::parse(first, last, p, attr)) return false;
  consumed = static_cast<std::size_t>(first - s.data());
  return true;
}

template <typename Parser>
bool parse_prefix(std::string_view s, Parser const& p) {
  x3::unused_type u;
  std::size_t n = 0;
  return parse_prefix(s, p, u, n);
}

/// Where `p` first matches in s[from, …), with what it consumed, or npos:
/// x3::seek, but tried at the first byte of each character only.  For rules
/// over Chinese words, which never start on a continuation byte: a third of
/// the attempts.
template <typename Parser, typename Attr>
std::size_t seek_chars(std::string_view s, std::size_t from, Parser const& p, Attr& attr, std::size_t& consumed) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (is_continuation(s[i])) continue;
    if (parse_prefix(s.substr(i), p, attr, consumed)) return i;
  }
  return std::string_view::npos;
}

template <typename Parser>
bool holds(std::string_view s, Parser const& p) {
  x3::unused_type u;
  std::size_t n = 0;
  return seek_chars(s, 0, p, u, n) != std::string_view::npos;
}

}  // namespace

// ---- characters --------------------------------------------------------------

std::size_t leading_blanks(std::string_view s) noexcept {
  std::size_t pos = 0;
  while (std::size_t n = blank_at(s, pos)) pos += n;
  return pos;
}

std::string_view trim_blanks(std::string_view s) noexcept {
  s.remove_prefix(leading_blanks(s));
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.ends_with("\xE3\x80\x80") || s.ends_with("\xEF\xBB\xBF"))) {
      s.remove_suffix(3);
    } else if (s.size() >= 2 && s.ends_with("\xC2\xA0")) {
      s.remove_suffix(2);
    } else {
      return s;
    }
  }
}

// ---- headings ------------------------------------------------------------------

std::optional<LineMarker> parse_line_marker(std::string_view line) {
  std::size_t const begin = leading_blanks(line);
  Marker m;
  std::size_t n = 0;
  if (!parse_prefix(line.substr(begin), grammar::line_marker(), m, n)) return std::nullopt;
  LineMarker lm;
  lm.marker = m;
  lm.begin = begin;
  lm.end = begin + n;
  lm.title_begin = lm.end;
  while (std::size_t b = blank_at(line, lm.title_begin)) lm.title_begin += b;
  return lm;
}

std::size_t parse_shi_marker(std::string_view s, Marker& out) {
  // Called after every comma and full stop of every paragraph: most places
  // are rejected here without the grammar.  A 是 marker is one to three
  // Chinese numerals (一…九 and 十 all start with E4 or E5) and then 是 (or 要).
  if (s.size() < 6 || (static_cast<unsigned char>(s[0]) != 0xE4 && static_cast<unsigned char>(s[0]) != 0xE5))
    return 0;
  bool shi = false;
  for (std::size_t at = 3; at <= 9 && at + 3 <= s.size() && !shi; at += 3)
    shi = s.compare(at, 3, "是") == 0 || s.compare(at, 3, "要") == 0;
  if (!shi) return 0;
  std::size_t n = 0;
  return parse_prefix(s, grammar::shi_marker(), out, n) ? n : 0;
}

std::optional<PartTitle> match_part_title(std::string_view text) {
  text = trim_blanks(text);
  // A part title is a short line; do not run the grammar over paragraphs.
  if (text.empty() || text.size() > 120) return std::nullopt;
  // Every part title ends in one of its nouns (总结, 问题, 安排, 工作 …): the
  // last character decides most lines before the grammar is tried.  This
  // list is the last characters of the nouns in part_title_def.hpp.
  static constexpr std::string_view last_chars[] = {
      "结", "顾", "效", "况", "绩", "点", "展", "法", "果", "就", "作", "题", "处", "足", "难", "板", "距",
      "节", "项", "战", "析", "因", "议", "策", "路", "排", "算", "划", "想", "向", "标", "措", "署", "务",
      "施", "求"};
  std::string_view end = text;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view t : {"：", ":", "。", "　", " ", "\t"})
      if (end.size() > t.size() && end.ends_with(t)) {
        end.remove_suffix(t.size());
        more = true;
      }
  }
  auto const packed = [](std::string_view c) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(c[0])) << 16 | static_cast<std::uint32_t>(static_cast<unsigned char>(c[1])) << 8 | static_cast<unsigned char>(c[2]);
  };
  static auto const last_codes = [&] {
    std::array<std::uint32_t, std::size(last_chars)> codes{};
    for (std::size_t k = 0; k < codes.size(); ++k) codes[k] = packed(last_chars[k]);
    return codes;
  }();
  if (end.size() < 3 || std::find(last_codes.begin(), last_codes.end(), packed(end.substr(end.size() - 3))) == last_codes.end())
    return std::nullopt;
  PartTitle t;
  std::size_t n = 0;
  if (!parse_prefix(text, grammar::part_title_line(), t, n)) return std::nullopt;
  return t;
}

std::optional<PartTitle> match_document_title(std::string_view line) {
  std::string_view const text = trim_blanks(line);
  if (text.empty() || text.size() > 200) return std::nullopt;
  // The unit name in front (东山镇人民政府, XX乡) is at most a dozen characters.
  std::size_t chars = 0;
  for (std::size_t pos = 0; pos < text.size() && chars <= 16; ++pos) {
    if (is_continuation(text[pos])) continue;
    ++chars;
    std::string_view const rest = text.substr(pos);
    PartTitle t;
    std::size_t n = 0;
    if (parse_prefix(rest, grammar::part_title_line(), t, n) || parse_prefix(rest, grammar::report_title_line(), t, n)) {
      t.begin = static_cast<std::size_t>(rest.data() - line.data());
      return t;
    }
  }
  // 关于XX镇2023年工作情况的报告: free words, no sentence punctuation, a title ending.
  if (chars_of(text) > 48 || text.find("，") != std::string_view::npos || text.find("。") != std::string_view::npos || text.find(',') != std::string_view::npos)
    return std::nullopt;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (is_continuation(text[pos])) continue;
    if (!parse_prefix(text.substr(pos), grammar::title_ending())) continue;
    PartTitle t;
    t.begin = static_cast<std::size_t>(text.data() - line.data());
    std::vector<YearMention> years;
    find_years(text, years);
    // 2023年工作总结和2024年工作计划 in free words: the first year is the one summed up.
    t.components.push_back({TitleKind::report, years.empty() ? 0 : years.front().year});
    if (years.size() > 1 && years[1].year == years[0].year + 1) t.components.push_back({TitleKind::plan, years[1].year});
    return t;
  }
  return std::nullopt;
}

namespace {
struct StyleInfo {
  MarkerFamily family;
  std::string_view name;
  int rank;
};
constexpr std::array<StyleInfo, marker_family_count> styles{{
    {MarkerFamily::part, "第一部分", 0},
    {MarkerFamily::di, "第一、", 1},
    {MarkerFamily::cn_dun, "一、", 2},
    {MarkerFamily::cn_paren, "（一）", 3},
    {MarkerFamily::cn_shi, "一是", 6},
    {MarkerFamily::arabic_dot, "1.", 4},
    {MarkerFamily::arabic_paren, "（1）", 5},
    {MarkerFamily::circled, "①", 7},
}};
}  // namespace

std::string_view style_name(MarkerFamily f) noexcept { return styles[static_cast<std::size_t>(f)].name; }

std::optional<MarkerFamily> style_from_name(std::string_view name) noexcept {
  for (auto const& s : styles)
    if (s.name == name) return s.family;
  return std::nullopt;
}

int conventional_rank(MarkerFamily f) noexcept { return styles[static_cast<std::size_t>(f)].rank; }

// ---- years ---------------------------------------------------------------------

namespace {
/// —, -, ～, 至, 到 between the years of a range.
std::size_t range_joiner_at(std::string_view s, std::size_t pos) noexcept {
  for (std::string_view j : {"—", "－", "–", "～", "至", "到", "-", "~"})
    if (starts_with_at(s, pos, j)) return j.size();
  return 0;
}
/// A digit of a year written out (〇 二 … or full-width ０ … ９) at `pos`.
bool year_digit_at(std::string_view s, std::size_t pos) {
  static constexpr std::string_view digits[] = {"〇", "零", "○", "一", "二", "三", "四", "五", "六", "七", "八",
                                                "九", "０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
  if (pos + 3 > s.size()) return false;
  return std::find(std::begin(digits), std::end(digits), s.substr(pos, 3)) != std::end(digits);
}

/// The year written with four such digits at `pos` but no 年 of its own
/// (the first year of 二〇二一至二〇二三年), or 0.
int bare_year_at(std::string_view s, std::size_t pos) {
  if (pos + 12 > s.size()) return 0;
  std::string const probe = std::string(s.substr(pos, 12)) + "年";
  int y = 0;
  std::size_t n = 0;
  return parse_prefix(probe, grammar::year_rule(), y, n) ? y : 0;
}

}  // namespace

void find_years(std::string_view text, std::vector<YearMention>& out) {
  std::size_t const size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    char const c = text[i];
    if (is_digit(c)) {
      std::size_t j = i;
      while (j < size && is_digit(text[j])) ++j;
      if (j - i == 4) {
        int y = 0;
        std::size_t n = 0;
        if (parse_prefix(text.substr(i), grammar::year_rule(), y, n)) {
          out.push_back({i, i + n, y});
        } else if (std::size_t const r = range_joiner_at(text, j)) {
          // 2021—2023年: the first year of a range has no 年 of its own.
          int y2 = 0;
          if (j + r < size && parse_prefix(text.substr(j + r), grammar::year_rule(), y2, n)) {
            int const y1 = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
            if (y1 >= 1949 && y1 <= y2) out.push_back({i, j, y1});
          }
        }
      }
      i = j - 1;
      continue;
    }
    // Years written in Chinese or full-width digits (二〇二三年, ２０２３年):
    // four three-byte characters before 年 (E5 B9 B4; its first byte is
    // tested alone first, this loop sees every byte of the text).
    if (static_cast<unsigned char>(c) == 0xE5 && starts_with_at(text, i, "年") && i >= 12 && !is_continuation(text[i - 12])) {
      std::size_t const b = i - 12;
      int y = 0;
      std::size_t n = 0;
      // Not when a fifth digit precedes (一二〇二三年, like 12023年).
      if (!is_digit(text[b]) && !(b >= 3 && year_digit_at(text, b - 3)) && parse_prefix(text.substr(b), grammar::year_rule(), y, n)) {
        // 二〇二一至二〇二三年: the first year of a range has no 年 of its own.
        for (std::string_view j : {"至", "到", "—", "－", "～"}) {
          if (b < j.size() + 12 || text.compare(b - j.size(), j.size(), j) != 0) continue;
          std::size_t const fb = b - j.size() - 12;
          int const y1 = bare_year_at(text, fb);
          if (y1 > 0 && y1 <= y && !(fb >= 3 && year_digit_at(text, fb - 3))) out.push_back({fb, fb + 12, y1});
          break;
        }
        out.push_back({b, b + n, y});
      }
    }
  }
}

// ---- debris ----------------------------------------------------------------------

bool is_noise_line(std::string_view line) {
  std::string_view const text = trim_blanks(line);
  if (text.empty()) return false;
  // Debris lines are short; a paragraph is never one, however it starts.
  constexpr std::size_t short_line = 360;
  if (parse_prefix(text, grammar::noise_line())) return text.size() <= 4 * short_line;
  if (text.size() > short_line) return false;
  // A photo caption: …河北日报记者 张三 摄.
  if (text.ends_with("摄") && chars_of(text) <= 60 && text.find("记者") != std::string_view::npos)
    return true;
  return parse_prefix(text, grammar::short_noise_line()) || (grammar::may_be_searched_noise(text) && parse_prefix(text, grammar::searched_noise_line()));
}

namespace {

/// Position of the first ASCII digit in text[i, …), or text.size(): sixteen
/// bytes at a time where SSE2 is there (digits are rare in Chinese text).
std::size_t next_digit(std::string_view text, std::size_t i) noexcept {
  std::size_t const n = text.size();
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(text.data() + i));
    __m128i const digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    if (unsigned const bits = static_cast<unsigned>(_mm_movemask_epi8(digit)); bits != 0)
      return i + static_cast<std::size_t>(std::countr_zero(bits));
  }
#endif
  while (i < n && !is_digit(text[i])) ++i;
  return std::min(i, n);
}

}  // namespace

void find_inline_debris(std::string_view text, std::vector<ByteRange>& out) {
  std::size_t const before = out.size();
  std::size_t const n = text.size();
  // ##tag##: '#' is found with memchr, it hardly occurs in reports.
  for (std::size_t i = 0; i + 1 < n;) {
    void const* hit = std::memchr(text.data() + i, '#', n - i - 1);
    if (!hit) break;
    i = static_cast<std::size_t>(static_cast<char const*>(hit) - text.data());
    x3::unused_type u;
    std::size_t len = 0;
    if (text[i + 1] == '#' && parse_prefix(text.substr(i), grammar::inline_debris(), u, len)) {
      out.push_back({i, i + len});
      i += len;
    } else {
      ++i;
    }
  }
  // …省略1200字…: every omission note has a number followed by 字.  Find
  // those, then the earliest start a few characters back that parses over it.
  std::size_t const tags = out.size();
  for (std::size_t i = 0; (i = next_digit(text, i)) < n; ++i) {
    std::size_t j = i;
    while (j < n && is_digit(text[j])) ++j;
    std::size_t k = j;
    while (std::size_t b = blank_at(text, k)) k += b;
    if (!starts_with_at(text, k, "字")) {
      i = j;
      continue;
    }
    std::size_t const from = i >= 36 ? i - 36 : 0;
    for (std::size_t s = from; s < i; ++s) {
      if (is_continuation(text[s])) continue;
      x3::unused_type u;
      std::size_t len = 0;
      if (parse_prefix(text.substr(s), grammar::inline_debris(), u, len) && s + len > i) {
        out.push_back({s, s + len});
        j = s + len;
        break;
      }
    }
    i = j;
  }
  if (out.size() > tags && tags > before) {
    // In order, and an omission note inside a ##tag## range merged into it:
    // callers bisect the ranges by their ends.
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
              [](ByteRange a, ByteRange b) { return a.begin < b.begin; });
    std::size_t kept = before;
    for (std::size_t k = before; k < out.size(); ++k) {
      if (kept > before && out[k].begin < out[kept - 1].end) out[kept - 1].end = std::max(out[kept - 1].end, out[k].end);
      else out[kept++] = out[k];
    }
    out.resize(kept);
  }
}

// ---- cues ------------------------------------------------------------------------

bool has_problems_cue(std::string_view paragraph) {
  return holds(paragraph, grammar::problems_lead_cue()) && holds(paragraph, grammar::problems_noun_cue());
}

int problems_cue_score(std::string_view paragraph) {
  paragraph = trim_blanks(paragraph);
  // The lead and the noun come in the opening sentences; the shortfalls are
  // counted over the first few hundred characters only (a paragraph can be long).
  constexpr std::size_t lead_window = 240;
  constexpr std::size_t shortfall_window = 1200;
  auto const window = [&](std::size_t n) {
    std::size_t cut = std::min(n, paragraph.size());
    while (cut < paragraph.size() && is_continuation(paragraph[cut])) ++cut;
    return paragraph.substr(0, cut);
  };
  int score = 0;
  if (holds(window(lead_window), grammar::problems_lead_cue())) score += 2;
  if (holds(window(lead_window), grammar::problems_noun_cue())) score += 1;
  // A problems passage names them early on; without that, shortfall words
  // are not looked for (a summary paragraph is not searched twice).
  if (score == 0) return 0;
  std::string_view const body = window(shortfall_window);
  int shortfalls = 0;
  x3::unused_type u;
  std::size_t n = 0;
  for (std::size_t at = 0; shortfalls < 4 && (at = seek_chars(body, at, grammar::shortfall_cue(), u, n)) != std::string_view::npos;) {
    ++shortfalls;
    at += std::max<std::size_t>(n, 1);
  }
  return score + shortfalls;
}

int tense_score(std::string_view text) {
  int score = 0;
  int w = 0;
  std::size_t n = 0;
  for (std::size_t at = 0; (at = seek_chars(text, at, grammar::tense_cue(), w, n)) != std::string_view::npos;) {
    score += w;
    at += std::max<std::size_t>(n, 1);
  }
  return score;
}

bool is_salutation(std::string_view line) {
  line = trim_blanks(line);
  return line.size() <= 90 && parse_prefix(line, grammar::salutation());
}

bool is_dateline(std::string_view line) {
  line = trim_blanks(line);
  if (line.empty() || line.size() > 4 * 80 || chars_of(line) > 80 || line.find("。") != std::string_view::npos)
    return false;
  bool dashed = false;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view d : {"—", "―", "─", "－", "–", "-", "（", "(", "〔", "["}) {
      if (line.starts_with(d)) {
        line.remove_prefix(d.size());
        line = trim_blanks(line);
        dashed = dashed || !d.empty();
        more = true;
      }
    }
  }
  bool const at_meeting = line.find("会议上") != std::string_view::npos || line.find("大会上") != std::string_view::npos || line.find("会上") != std::string_view::npos;
  bool const dated = line.find("月") != std::string_view::npos && line.find("日") != std::string_view::npos;
  std::vector<YearMention> ys;
  find_years(line, ys);
  return (at_meeting && (dated || !ys.empty())) || (dashed && dated && !ys.empty() && chars_of(line) <= 40);
}

int closing_cue_score(std::string_view paragraph) {
  paragraph = trim_blanks(paragraph);
  // An exhortation opens with 新的一年/展望… and ends with an exclamation mark.
  int score = parse_prefix(paragraph, grammar::closing_opening()) ? 1 : 0;
  if (paragraph.ends_with("！") || paragraph.ends_with("!")) ++score;
  int w = 0;
  std::size_t n = 0;
  for (std::size_t at = 0; (at = seek_chars(paragraph, at, grammar::closing_cue(), w, n)) != std::string_view::npos;) {
    score += w;
    at += std::max<std::size_t>(n, 1);
  }
  return score;
}

}  // namespace zongjie::grammar
