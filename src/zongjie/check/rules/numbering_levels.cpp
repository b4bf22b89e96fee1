#include "zongjie/check/rules/numbering_levels.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/markers.hpp"

#include <algorithm>
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

constexpr char32_t circled_first = 0x2460;      // ①
constexpr char32_t paren_glyph_first = 0x2474;  // ⑴

/// Where the number is inside a written marker: [begin, end) bytes.
struct NumeralSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  NumeralKind kind{};
};

std::optional<NumeralSpan> numeral_span(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto const c = utf8::decode(s, i);
    if (chinese::is_counting_char(c.value) || scan::is_ascii_digit(c.value)) {
      bool const cn = chinese::is_counting_char(c.value);
      std::size_t j = i;
      for (;;) {
        auto const d = utf8::decode(s, j);
        if (d.length == 0 || (cn ? !chinese::is_counting_char(d.value) : !scan::is_ascii_digit(d.value))) break;
        j += d.length;
      }
      return NumeralSpan{i, j, cn ? NumeralKind::chinese : NumeralKind::arabic};
    }
    if (c.value >= circled_first && c.value < circled_first + 20)
      return NumeralSpan{i, i + c.length, NumeralKind::circled};
    if (c.value >= paren_glyph_first && c.value < paren_glyph_first + 20)
      return NumeralSpan{i, i + c.length, NumeralKind::paren_glyph};
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

/// A line that starts with a heading marker, or that is an unnumbered part
/// title (2024年工作回顾 alone on a line).
struct HeadingLine {
  std::size_t line = 0;
  std::optional<grammar::Marker> marker;  ///< none: an unnumbered part title
};

/// Part titles are short; longer lines are not tried (a pasted line of
/// megabytes must not go through the title grammar).
constexpr std::size_t max_title_bytes = 150;

std::vector<HeadingLine> heading_lines(text::Document const& doc) {
  std::vector<HeadingLine> out;
  for (std::size_t l = 1; l <= doc.lines.line_count(); ++l) {
    std::string_view const line = doc.line(l);
    if (line.empty()) continue;
    if (auto const m = grammar::parse_line_marker(line)) {
      out.push_back({l, m->marker});
      continue;
    }
    std::string_view const t = grammar::trim_blanks(line);
    if (!t.empty() && t.size() <= max_title_bytes && grammar::match_part_title(t)) out.push_back({l, std::nullopt});
  }
  return out;
}

/// The line-start markers of each family, by line.
struct FamilyLines {
  std::array<std::vector<std::pair<std::size_t, int>>, grammar::marker_family_count> by_family;  // (line, ordinal)

  explicit FamilyLines(std::vector<HeadingLine> const& headings) {
    for (auto const& h : headings)
      if (h.marker) by_family[static_cast<std::size_t>(h.marker->family)].emplace_back(h.line, h.marker->ordinal);
  }
  /// The nearest marker of `f` on a line before `line`.
  std::pair<std::size_t, int> const* before(MarkerFamily f, std::size_t line) const {
    auto const& v = by_family[static_cast<std::size_t>(f)];
    auto it = std::lower_bound(v.begin(), v.end(), line, [](auto const& e, std::size_t l) { return e.first < l; });
    return it == v.begin() ? nullptr : &*std::prev(it);
  }
};

/// Fills Level::breaks, certain and continues_elsewhere.
void judge(Level& level, std::vector<HeadingLine> const& headings, FamilyLines const& by_family,
           text::Document const& doc, bool primary) {
  auto const family = level.family;
  int const rank = grammar::conventional_rank(family);
  std::vector<std::size_t> member_lines;  // lines of the markers at a line start, ascending
  for (auto const& n : level.markers)
    if (!n.inline_marker) member_lines.push_back(doc.lines.line_of(n.offset));
  auto const is_member_line = [&](std::size_t line) {
    return std::binary_search(member_lines.begin(), member_lines.end(), line);
  };
  bool certain = primary;
  level.continues_elsewhere.assign(level.markers.size(), false);
  std::size_t prev_line = 0;
  for (std::size_t k = 0; k < level.markers.size(); ++k) {
    auto const& n = level.markers[k];
    std::size_t const here = doc.lines.line_of(n.offset);
    if (k > 0 && prev_line + 1 < here) {
      // The headings strictly between the two markers' lines.
      bool broken = false;
      auto it = std::upper_bound(headings.begin(), headings.end(), prev_line,
                                 [](std::size_t l, HeadingLine const& h) { return l < h.line; });
      for (; it != headings.end() && it->line < here; ++it) {
        if (it->marker && it->marker->family == family) {
          if (!is_member_line(it->line)) certain = false;  // a sibling the outline put elsewhere
        } else if (!it->marker || grammar::conventional_rank(it->marker->family) < rank) {
          broken = true;  // an unnumbered heading, or a higher level, between two of this level
        }
      }
      if (broken) level.breaks.push_back(k);
    }
    if (k > 0 && n.marker->marker.ordinal == 1 && level.kind != LevelKind::item) certain = false;
    if (!n.inline_marker)
      if (auto const* prev = by_family.before(family, here))
        level.continues_elsewhere[k] = prev->second + 1 == n.marker->marker.ordinal && !is_member_line(prev->first);
    prev_line = here;
  }
  level.certain = certain && level.breaks.empty();
}

}  // namespace

std::vector<Level> levels(Outline const& outline, text::Document const& doc) {
  std::string_view const text = doc.text;
  std::vector<Level> out;
  // Which levels are the first family used in their part (or section).
  std::vector<bool> primary;
  auto const add = [&](LevelKind kind, std::vector<Numbered> const& all, bool sure) {
    std::size_t const from = out.size();
    add_grouped(out, kind, all);
    for (std::size_t i = from; i < out.size(); ++i) primary.push_back(sure && i == from);
  };
  std::vector<Numbered> parts;
  for (auto const& p : outline.parts) {
    if (!p.marker) continue;
    // A part records where its line starts; the marker follows blanks (or debris) on it.
    std::size_t const line_end = std::min(text.find('\n', p.begin), text.size());
    std::size_t const at = text.substr(0, line_end).find(p.marker->text, p.begin);
    if (at != std::string_view::npos) parts.push_back({at, &*p.marker, false});
  }
  add(LevelKind::part, parts, true);
  for (auto const& p : outline.parts) {
    // Numbered paragraphs before any heading are not sure to be sections.
    bool const sure_part = p.heading || p.role != PartRole::preamble;
    std::vector<Numbered> sections;
    for (auto const& s : p.sections) sections.push_back({s.offset, &s.marker, s.inline_marker});
    add(LevelKind::section, sections, sure_part);
    for (auto const& s : p.sections) {
      std::vector<Numbered> items;
      for (auto const& i : s.items)
        if (i.marker) items.push_back({i.offset, &*i.marker, i.inline_marker});
      add(LevelKind::item, items, sure_part);
    }
  }
  if (out.empty()) return out;
  auto const headings = heading_lines(doc);
  FamilyLines const by_family(headings);
  for (std::size_t i = 0; i < out.size(); ++i) judge(out[i], headings, by_family, doc, primary[i]);
  return out;
}

std::vector<Problem> problems(Level const& level) {
  std::vector<Problem> out;
  std::set<int> seen;
  int expected = 1;
  auto brk = level.breaks.begin();
  for (std::size_t k = 0; k < level.markers.size(); ++k) {
    int const ord = level.markers[k].marker->marker.ordinal;
    bool const after_break = brk != level.breaks.end() && *brk == k;
    if (after_break) ++brk;
    // Items start a new list at one; sections and parts starting again at
    // one most likely follow a heading the outline missed (the plan's （一）
    // after the review's （八）): a new run too, and the level is unsure.
    if (after_break || (k > 0 && ord == 1)) {
      // A new list inside the same section, or after a heading the outline
      // did not place: it starts again at one or carries on.
      bool const carries_on = after_break && ord == level.markers[k - 1].marker->marker.ordinal + 1;
      seen.clear();
      expected = carries_on ? ord : 1;
    }
    bool const elsewhere = k < level.continues_elsewhere.size() && level.continues_elsewhere[k];
    if (seen.contains(ord)) {
      // 一二二四: the repeated number took the place of the next one.
      out.push_back({Problem::Kind::duplicate, k, expected});
      ++expected;
    } else if (ord > expected) {
      if (!elsewhere) out.push_back({k == 0 ? Problem::Kind::start : Problem::Kind::skip, k, expected});
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
  auto const number = ordinal_text(span->kind, ordinal);
  if (!number) return std::nullopt;
  return marker.text.substr(0, span->begin) + *number + marker.text.substr(span->end);
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
  if (!level.certain) return std::nullopt;
  std::vector<Edit> edits;
  int want = 0;
  for (std::size_t k = 0; k < level.markers.size(); ++k) {
    auto const& n = level.markers[k];
    int const ord = n.marker->marker.ordinal;
    if (k > 0 && ord == 1) want = 0;
    ++want;
    if (ord == want) continue;
    if (k < level.continues_elsewhere.size() && level.continues_elsewhere[k]) return std::nullopt;
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
  auto const written = marker_punct_text(punct);
  if (!written) return std::nullopt;
  auto const [open, close] = *written;
  MarkerPunct const from = marker.marker.punct;
  bool const from_paren = from == MarkerPunct::paren_full || from == MarkerPunct::paren_ascii ||
                          from == MarkerPunct::paren_mixed;
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
    auto const last = utf8::decode_before(after, after.size());
    if (last.length && !chinese::is_han(last.value)) after.resize(after.size() - last.length);
  }
  return before + std::string(s.substr(span->begin, span->end - span->begin)) + after + std::string(close);
}

bool full_width(MarkerPunct p) noexcept { return is_full_width(p); }

}  // namespace zongjie::check::numbering
