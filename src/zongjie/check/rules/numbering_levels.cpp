#include "zongjie/check/rules/numbering_levels.hpp"

#include "zongjie/check/text_scan.hpp"

#include <array>
#include <map>
#include <set>

namespace zongjie::check::numbering {

using grammar::MarkerFamily;
using grammar::MarkerPunct;

namespace {

void add_grouped(std::vector<Level>& out, LevelKind kind, std::vector<Numbered> const& all) {
  std::map<MarkerFamily, std::size_t> index;
  for (auto const& n : all) {
    auto const fam = n.marker->marker.family;
    auto [it, fresh] = index.try_emplace(fam, out.size());
    if (fresh) out.push_back({kind, fam, {}});
    out[it->second].markers.push_back(n);
  }
}

// The ten digits of Chinese numerals, in the order of their values (the
// grammar reads them; here they are written back when renumbering).
constexpr std::array<std::string_view, 10> cn_digits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::string_view cn_ten = "十";

bool is_cn_numeral(char32_t c) noexcept {
  // 一 二 三 四 五 六 七 八 九 十
  constexpr char32_t set[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
  for (char32_t s : set)
    if (s == c) return true;
  return false;
}

constexpr char32_t circled_first = 0x2460;      // ①
constexpr char32_t paren_glyph_first = 0x2474;  // ⑴

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

/// Where the number is inside a written marker: [begin, end) bytes.
struct NumeralSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  enum class Kind : std::uint8_t { chinese, arabic, circled, paren_glyph } kind{};
};

std::optional<NumeralSpan> numeral_span(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto const c = scan::decode(s, i);
    if (is_cn_numeral(c.cp) || scan::is_ascii_digit(c.cp)) {
      bool const cn = is_cn_numeral(c.cp);
      std::size_t j = i;
      for (;;) {
        auto const d = scan::decode(s, j);
        if (d.length == 0 || (cn ? !is_cn_numeral(d.cp) : !scan::is_ascii_digit(d.cp))) break;
        j += d.length;
      }
      return NumeralSpan{i, j, cn ? NumeralSpan::Kind::chinese : NumeralSpan::Kind::arabic};
    }
    if (c.cp >= circled_first && c.cp < circled_first + 20) return NumeralSpan{i, i + c.length, NumeralSpan::Kind::circled};
    if (c.cp >= paren_glyph_first && c.cp < paren_glyph_first + 20)
      return NumeralSpan{i, i + c.length, NumeralSpan::Kind::paren_glyph};
    i += std::max<std::size_t>(c.length, 1);
  }
  return std::nullopt;
}

bool is_full_width(MarkerPunct p) noexcept {
  switch (p) {
    case MarkerPunct::colon_full:
    case MarkerPunct::dun:
    case MarkerPunct::comma_full:
    case MarkerPunct::dot_full:
    case MarkerPunct::paren_full:
    case MarkerPunct::rparen_full: return true;
    default: return false;
  }
}

}  // namespace

std::string chinese_numeral(int n) {
  if (n < 1 || n > 99) return std::to_string(n);
  int const tens = n / 10, ones = n % 10;
  std::string out;
  if (tens > 1) out += cn_digits[static_cast<std::size_t>(tens)];
  if (tens > 0) out += cn_ten;
  if (ones > 0) out += cn_digits[static_cast<std::size_t>(ones)];
  return out;
}

std::vector<Level> levels(Outline const& outline, std::string_view text) {
  std::vector<Level> out;
  std::vector<Numbered> parts;
  for (auto const& p : outline.parts) {
    if (!p.marker) continue;
    // A part records where its line starts; the marker follows blanks (or debris) on it.
    std::size_t const line_end = std::min(text.find('\n', p.begin), text.size());
    std::size_t const at = text.substr(0, line_end).find(p.marker->text, p.begin);
    if (at != std::string_view::npos) parts.push_back({at, &*p.marker, false});
  }
  add_grouped(out, LevelKind::part, parts);
  for (auto const& p : outline.parts) {
    std::vector<Numbered> sections;
    for (auto const& s : p.sections) sections.push_back({s.offset, &s.marker, s.inline_marker});
    add_grouped(out, LevelKind::section, sections);
    for (auto const& s : p.sections) {
      std::vector<Numbered> items;
      for (auto const& i : s.items)
        if (i.marker) items.push_back({i.offset, &*i.marker, i.inline_marker});
      add_grouped(out, LevelKind::item, items);
    }
  }
  return out;
}

std::vector<Problem> problems(Level const& level) {
  std::vector<Problem> out;
  std::set<int> seen;
  int expected = 1;
  for (std::size_t k = 0; k < level.markers.size(); ++k) {
    int const ord = level.markers[k].marker->marker.ordinal;
    if (level.kind == LevelKind::item && k > 0 && ord == 1) {
      // A new list inside the same section.
      seen.clear();
      expected = 1;
    }
    if (seen.count(ord)) {
      // 一二二四: the repeated number took the place of the next one.
      out.push_back({Problem::Kind::duplicate, k, expected});
      ++expected;
    } else if (ord > expected) {
      out.push_back({k == 0 ? Problem::Kind::start : Problem::Kind::skip, k, expected});
      expected = ord + 1;
    } else {
      // ord == expected, or behind it after a duplicate (一二三三四): the
      // numbering carries on shifted, which the duplicate already reports.
      ++expected;
    }
    seen.insert(ord);
  }
  return out;
}

std::optional<std::string> with_ordinal(WrittenMarker const& marker, int ordinal) {
  auto const span = numeral_span(marker.text);
  if (!span || ordinal < 1) return std::nullopt;
  std::string number;
  switch (span->kind) {
    case NumeralSpan::Kind::chinese:
      if (ordinal > 99) return std::nullopt;
      number = chinese_numeral(ordinal);
      break;
    case NumeralSpan::Kind::arabic: number = std::to_string(ordinal); break;
    case NumeralSpan::Kind::circled:
      if (ordinal > 20) return std::nullopt;
      number = utf8(circled_first + static_cast<char32_t>(ordinal - 1));
      break;
    case NumeralSpan::Kind::paren_glyph:
      if (ordinal > 20) return std::nullopt;
      number = utf8(paren_glyph_first + static_cast<char32_t>(ordinal - 1));
      break;
  }
  return marker.text.substr(0, span->begin) + number + marker.text.substr(span->end);
}

std::vector<Edit> marker_edits(std::string_view from, std::string_view to, std::size_t offset) {
  auto const a = numeral_span(from);
  auto const b = numeral_span(to);
  if (!a || !b) return {Edit{offset, offset + from.size(), std::string(to)}};
  std::vector<Edit> out;
  auto const piece = [&](std::size_t fb, std::size_t fe, std::size_t tb, std::size_t te) {
    if (from.substr(fb, fe - fb) != to.substr(tb, te - tb))
      out.push_back({offset + fb, offset + fe, std::string(to.substr(tb, te - tb))});
  };
  piece(0, a->begin, 0, b->begin);
  piece(a->begin, a->end, b->begin, b->end);
  piece(a->end, from.size(), b->end, to.size());
  return out;
}

std::optional<std::vector<Edit>> renumber(Level const& level, std::string_view text) {
  std::vector<Edit> edits;
  int want = 0;
  for (std::size_t k = 0; k < level.markers.size(); ++k) {
    auto const& n = level.markers[k];
    int const ord = n.marker->marker.ordinal;
    if (level.kind == LevelKind::item && k > 0 && ord == 1) want = 0;
    ++want;
    if (ord == want) continue;
    auto const rewritten = with_ordinal(*n.marker, want);
    std::size_t const len = n.marker->text.size();
    if (!rewritten || text.compare(n.offset, len, n.marker->text) != 0) return std::nullopt;
    for (auto& e : marker_edits(n.marker->text, *rewritten, n.offset)) edits.push_back(std::move(e));
  }
  return edits;
}

std::optional<std::string> restyle(WrittenMarker const& marker, MarkerPunct punct) {
  auto const span = numeral_span(marker.text);
  if (!span) return std::nullopt;
  std::string_view open, close;
  switch (punct) {
    case MarkerPunct::colon_full: close = "："; break;
    case MarkerPunct::colon_ascii: close = ":"; break;
    case MarkerPunct::dun: close = "、"; break;
    case MarkerPunct::comma_full: close = "，"; break;
    case MarkerPunct::comma_ascii: close = ","; break;
    case MarkerPunct::dot_full: close = "．"; break;
    case MarkerPunct::dot_ascii: close = "."; break;
    case MarkerPunct::paren_full: open = "（", close = "）"; break;
    case MarkerPunct::paren_ascii: open = "(", close = ")"; break;
    case MarkerPunct::rparen_full: close = "）"; break;
    case MarkerPunct::rparen_ascii: close = ")"; break;
    default: return std::nullopt;  // space, 是, glyphs, mixed: nothing to write
  }
  MarkerPunct const from = marker.marker.punct;
  bool const from_paren = from == MarkerPunct::paren_full || from == MarkerPunct::paren_ascii || from == MarkerPunct::paren_mixed;
  bool const to_paren = !open.empty();
  if (from_paren != to_paren) return std::nullopt;
  std::string_view const s = marker.text;
  // The text before the numeral (第, an opening parenthesis) and after it
  // (部分, a closing mark): only the punctuation changes.
  std::string before(s.substr(0, span->begin));
  std::string after(s.substr(span->end));
  if (to_paren) before = std::string(open);
  // Drop the old closing punctuation (the last character when it is one).
  if (from != MarkerPunct::space) {
    auto const last = scan::decode_before(after, after.size());
    if (last.length && !scan::is_han(last.cp)) after.resize(after.size() - last.length);
  }
  return before + std::string(s.substr(span->begin, span->end - span->begin)) + after + std::string(close);
}

bool full_width(MarkerPunct p) noexcept { return is_full_width(p); }

}  // namespace zongjie::check::numbering
