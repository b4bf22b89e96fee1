#include "zongjie/outline/builder.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/themes.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <map>

namespace zongjie {

namespace {

using grammar::MarkerFamily;
using grammar::Punct;
constexpr std::size_t npos = std::string_view::npos;

/// Titles are cut here; only pathological input (a 50 MB line) reaches it.
constexpr std::size_t max_title_bytes = 900;
/// A part heading is a short line.
constexpr std::size_t max_part_heading_bytes = 150;
/// Run-in topic sentences (人居环境更加宜居。) are short.
constexpr std::size_t min_topic_chars = 4;
constexpr std::size_t max_topic_chars = 16;
/// The lead cue of an unheaded problems paragraph comes early in it.
constexpr std::size_t problems_cue_window = 150;

enum class LineKind : std::uint8_t { blank, noise, text };

struct Line {
  std::size_t no = 0;
  std::size_t begin = 0;    ///< bytes of the line, without '\n'
  std::size_t end = 0;
  std::size_t content = 0;  ///< after leading blanks and leading debris
  std::size_t content_end = 0;  ///< before trailing debris and blanks
  LineKind kind = LineKind::blank;
  std::optional<grammar::LineMarker> marker;  ///< absolute offsets
  std::optional<grammar::PartTitle> part_title;
  std::size_t heading_end = 0;  ///< where a part heading's text ends
  bool heading_has_body = false;
};

struct PartStart {
  std::size_t index = 0;  ///< into lines
  PartRole role = PartRole::summary;
  bool headed = false;
  bool then_plan = false;  ///< 存在问题及下步打算: the sections belong to a plan
  std::vector<grammar::TitleComponent> components;
};

bool is_char_start(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

std::size_t char_length(char lead) noexcept {
  auto const c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

/// Quotation marks do not count towards a topic sentence's length: “ ” ‘ ’ 《 》 「 」 " '.
bool is_quote(std::string_view s, std::size_t pos) noexcept {
  auto const c = static_cast<unsigned char>(s[pos]);
  if (c == '"' || c == '\'') return true;
  if (s.size() - pos < 3) return false;
  auto const b1 = static_cast<unsigned char>(s[pos + 1]);
  auto const b2 = static_cast<unsigned char>(s[pos + 2]);
  if (c == 0xE2 && b1 == 0x80) return b2 == 0x9C || b2 == 0x9D || b2 == 0x98 || b2 == 0x99;
  if (c == 0xE3 && b1 == 0x80) return b2 >= 0x8A && b2 <= 0x8D;
  return false;
}

class Builder {
 public:
  Builder(text::Document const& doc, OutlineOptions const& options)
      : doc_(doc), text_(doc.text), options_(options) {}

  Outline run() {
    classify_lines();
    find_title();
    std::vector<PartStart> starts = choose_part_headings();
    add_unheaded_first_part(starts);
    make_parts(starts);
    split_unheaded_problems();
    split_closing();
    for (auto& part : outline_.parts)
      for (auto& section : part.sections) find_items(section);
    assign_themes();
    find_years();
    return std::move(outline_);
  }

 private:
  // ---- lines ---------------------------------------------------------------

  void classify_lines() {
    std::size_t const n = doc_.lines.line_count();
    lines_.resize(n);
    std::vector<grammar::ByteRange> debris;
    for (std::size_t i = 0; i < n; ++i) {
      Line& l = lines_[i];
      l.no = i + 1;
      l.begin = doc_.lines.line_start(l.no);
      l.end = doc_.lines.line_end(l.no);
      std::string_view const sv = text_.substr(l.begin, l.end - l.begin);
      std::string_view const trimmed = grammar::trim_blanks(sv);
      if (trimmed.empty()) continue;
      if (grammar::is_noise_line(sv)) {
        l.kind = LineKind::noise;
        outline_.noise.push_back({l.no, std::string(trimmed)});
        continue;
      }
      l.kind = LineKind::text;
      debris.clear();
      grammar::find_inline_debris(sv, debris);
      std::size_t c = grammar::leading_blanks(sv);
      for (auto const r : debris) {
        outline_.debris.push_back({l.begin + r.begin, l.begin + r.end});
        if (r.begin <= c && r.end > c) c = r.end + grammar::leading_blanks(sv.substr(r.end));
      }
      l.content = l.begin + c;
      // Trailing debris (…工作总结##paidend##) is not part of a heading either.
      std::size_t ce = grammar::trim_blanks(sv).data() - sv.data() + grammar::trim_blanks(sv).size();
      for (auto it = debris.rbegin(); it != debris.rend() && it->end == ce && it->begin >= c; ++it) {
        std::string_view const before = grammar::trim_blanks(sv.substr(0, it->begin));
        ce = static_cast<std::size_t>(before.data() - sv.data()) + before.size();
      }
      l.content_end = l.begin + std::max(c, ce);
      if (l.content >= l.end) {  // nothing but debris after all
        l.kind = LineKind::noise;
        outline_.noise.push_back({l.no, std::string(trimmed)});
        continue;
      }
      if (auto m = grammar::parse_line_marker(text_.substr(l.content, l.end - l.content))) {
        m->begin += l.content;
        m->end += l.content;
        m->title_begin += l.content;
        l.marker = m;
      }
      detect_part_heading(l);
    }
  }

  /// A line whose heading text (after the marker, up to 。 or ：) is a part title.
  void detect_part_heading(Line& l) {
    std::size_t const hb = l.marker ? l.marker->title_begin : l.content;
    if (hb >= l.content_end) return;
    std::string_view const h = text_.substr(hb, l.content_end - hb);
    // Only the first few dozen characters can be a part title.
    std::string_view const window = h.substr(0, max_part_heading_bytes + 3);
    std::size_t cut = npos;
    std::size_t cut_len = 0;
    bool colon = false;
    for (std::size_t p = grammar::find_punct(window, 0); p != npos; p = grammar::find_punct(window, p + 1)) {
      grammar::PunctAt const at = grammar::punct_at(window, p);
      if (at.kind == Punct::colon || at.kind == Punct::full_stop) {
        cut = p;
        cut_len = at.length;
        colon = at.kind == Punct::colon;
        break;
      }
    }
    if (cut == npos && h.size() > max_part_heading_bytes) return;
    std::string_view const head = cut == npos ? h : h.substr(0, cut);
    if (head.size() > max_part_heading_bytes) return;
    bool const has_body = cut != npos && !grammar::trim_blanks(h.substr(cut + cut_len)).empty();
    // Without a number, only a line of its own (or one ending in a colon) is a heading.
    if (!l.marker && has_body && !colon) return;
    auto title = grammar::match_part_title(head);
    if (!title) return;
    l.part_title = std::move(title);
    l.heading_end = hb + (cut == npos ? h.size() : cut);
    l.heading_has_body = has_body;
  }

  bool is_text(std::size_t i) const { return i < lines_.size() && lines_[i].kind == LineKind::text; }

  std::optional<std::size_t> next_text_line(std::size_t i, std::size_t limit) const {
    for (++i; i < limit; ++i)
      if (is_text(i)) return i;
    return std::nullopt;
  }

  // ---- title ----------------------------------------------------------------

  void find_title() {
    std::size_t first = 0;
    while (first < lines_.size() && !is_text(first)) ++first;
    content_start_ = first;
    if (first >= lines_.size()) return;
    Line& l = lines_[first];
    if (l.marker) return;
    std::string_view const s = grammar::trim_blanks(text_.substr(l.content, l.content_end - l.content));
    if (s.size() > 200) return;
    if (std::size_t const stop = s.find("。"); stop != npos && stop + 3 < s.size()) return;
    auto title = grammar::match_document_title(s);
    if (!title) return;
    // "2023年工作总结" alone, followed straight by 一、…, is the summary's heading.
    bool const bare_summary = title->begin == 0 && title->components.size() == 1 &&
                              title->components[0].kind == grammar::TitleKind::summary;
    if (bare_summary) {
      auto const next = next_text_line(first, lines_.size());
      if (next && lines_[*next].marker && lines_[*next].marker->marker.family != MarkerFamily::cn_shi) return;
    }
    outline_.title = Title{std::string(s), l.no, title->components};
    l.part_title.reset();
    title_index_ = first;
    content_start_ = first + 1;
  }

  bool title_names_only_plan() const {
    if (!outline_.title || outline_.title->components.empty()) return false;
    return std::all_of(outline_.title->components.begin(), outline_.title->components.end(),
                       [](auto const& c) { return c.kind == grammar::TitleKind::plan; });
  }

  // ---- parts ------------------------------------------------------------------

  static PartRole role_of(grammar::TitleKind k) {
    switch (k) {
      case grammar::TitleKind::problems: return PartRole::problems;
      case grammar::TitleKind::plan: return PartRole::plan;
      default: return PartRole::summary;
    }
  }

  /// Lines that head parts.  A numbered candidate must not be nested under a
  /// higher-level numbering seen before it (（三）存在问题 under 三、 is a
  /// section); of the numbered candidates, the family used most wins.
  std::vector<PartStart> choose_part_headings() {
    int min_rank = INT_MAX;
    std::vector<std::size_t> numbered;
    std::vector<std::size_t> candidates;
    std::array<int, grammar::marker_family_count> per_family{};
    for (std::size_t i = content_start_; i < lines_.size(); ++i) {
      Line const& l = lines_[i];
      if (l.kind != LineKind::text) continue;
      if (l.part_title) {
        if (!l.marker) {
          candidates.push_back(i);
        } else if (grammar::conventional_rank(l.marker->marker.family) <= min_rank) {
          numbered.push_back(i);
          ++per_family[static_cast<std::size_t>(l.marker->marker.family)];
        }
        continue;
      }
      if (l.marker && l.marker->marker.family != MarkerFamily::cn_shi)
        min_rank = std::min(min_rank, grammar::conventional_rank(l.marker->marker.family));
    }
    if (!numbered.empty()) {
      std::size_t best = 0;
      for (std::size_t f = 1; f < per_family.size(); ++f) {
        auto const fam = static_cast<MarkerFamily>(f);
        auto const cur = static_cast<MarkerFamily>(best);
        if (per_family[f] > per_family[best] ||
            (per_family[f] == per_family[best] && per_family[f] > 0 &&
             grammar::conventional_rank(fam) < grammar::conventional_rank(cur)))
          best = f;
      }
      for (std::size_t i : numbered)
        if (static_cast<std::size_t>(lines_[i].marker->marker.family) == best) candidates.push_back(i);
    }
    std::sort(candidates.begin(), candidates.end());

    std::vector<PartStart> starts;
    for (std::size_t i : candidates) {
      auto const& comps = lines_[i].part_title->components;
      PartStart s;
      s.index = i;
      s.headed = true;
      s.components = comps;
      s.role = role_of(comps.front().kind);
      if (comps.front().kind == grammar::TitleKind::problems &&
          std::any_of(comps.begin() + 1, comps.end(),
                      [](auto const& c) { return c.kind == grammar::TitleKind::plan; }))
        s.then_plan = true;
      starts.push_back(std::move(s));
    }
    // 一、2023年主要工作 … 三、2024年主要工作: the grammar reads both as summary
    // titles; a later one naming a later year is the plan.
    int reference = 0;
    if (outline_.title)
      for (auto const& c : outline_.title->components)
        if (c.kind != grammar::TitleKind::plan && c.kind != grammar::TitleKind::problems && c.year > 0) reference = c.year;
    bool seen_summary = false;
    for (auto& s : starts) {
      if (s.role != PartRole::summary) continue;
      int const year = s.components.front().year;
      if (seen_summary && reference > 0 && year > reference) s.role = PartRole::plan;
      if (!seen_summary && reference == 0) reference = year;
      seen_summary = true;
    }
    return starts;
  }

  /// A report that goes straight from the preamble into 一、… has a summary
  /// part without a heading, starting at the first numbered line.
  void add_unheaded_first_part(std::vector<PartStart>& starts) {
    std::size_t const limit = starts.empty() ? lines_.size() : starts.front().index;
    if (!starts.empty() && starts.front().role == PartRole::summary) return;
    for (std::size_t i = content_start_; i < limit; ++i) {
      Line const& l = lines_[i];
      if (l.kind != LineKind::text || !l.marker || l.marker->marker.family == MarkerFamily::cn_shi) continue;
      PartStart s;
      s.index = i;
      s.role = title_names_only_plan() ? PartRole::plan : PartRole::summary;
      starts.insert(starts.begin(), s);
      return;
    }
  }

  std::size_t last_text_line_before(std::size_t from, std::size_t limit) const {
    std::size_t last = from;
    for (std::size_t i = from; i < limit; ++i)
      if (lines_[i].kind != LineKind::blank) last = i;
    return last;
  }

  Part make_part(PartRole role, std::size_t first, std::size_t limit) const {
    Part p;
    p.role = role;
    p.line = lines_[first].no;
    p.begin = lines_[first].begin;
    p.end = limit < lines_.size() ? lines_[limit].begin : text_.size();
    p.end_line = lines_[last_text_line_before(first, limit)].no;
    return p;
  }

  void make_parts(std::vector<PartStart> const& starts) {
    std::size_t const first_start = starts.empty() ? lines_.size() : starts.front().index;
    for (std::size_t i = content_start_; i < first_start; ++i) {
      if (!is_text(i)) continue;
      outline_.parts.push_back(make_part(PartRole::preamble, i, first_start));
      break;
    }
    for (std::size_t k = 0; k < starts.size(); ++k) {
      PartStart const& s = starts[k];
      std::size_t const limit = k + 1 < starts.size() ? starts[k + 1].index : lines_.size();
      Part part = make_part(s.role, s.index, limit);
      Line const& h = lines_[s.index];
      std::size_t body_begin = h.begin;
      if (s.headed) {
        std::size_t const heading_from = h.marker ? h.marker->begin : h.content;
        std::size_t const heading_to = h.heading_has_body ? h.heading_end : h.content_end;
        part.heading = std::string(grammar::trim_blanks(text_.substr(heading_from, heading_to - heading_from)));
        if (h.marker) part.marker = written(h.marker->marker, h.marker->begin, h.marker->end);
        part.title = s.components;
        body_begin = h.heading_has_body ? h.heading_end : h.end;
      }
      find_sections(part, s.index, limit, body_begin, s.headed);
      if (s.then_plan && !part.sections.empty() && part.sections.front().line - 1 == s.index) {
        // 存在的问题及下步打算：一是…；二是…: points on the heading line itself
        // are the shortcomings the heading announces first.
      } else if (s.then_plan && !part.sections.empty()) {
        // 存在问题及下步打算: the problems text, then the plan's sections.
        std::size_t const first_section = part.sections.front().line - 1;
        bool text_between = h.heading_has_body;
        for (std::size_t i = s.index + 1; i < first_section; ++i) text_between = text_between || is_text(i);
        if (text_between) {
          Part problems = make_part(PartRole::problems, s.index, first_section);
          problems.heading = part.heading;
          problems.marker = part.marker;
          problems.title = part.title;
          Part plan = make_part(PartRole::plan, first_section, limit);
          plan.sections = std::move(part.sections);
          outline_.parts.push_back(std::move(problems));
          outline_.parts.push_back(std::move(plan));
          continue;
        }
        part.role = PartRole::plan;
      }
      outline_.parts.push_back(std::move(part));
    }
  }

  WrittenMarker written(grammar::Marker m, std::size_t b, std::size_t e) const {
    return WrittenMarker{m, std::string(grammar::trim_blanks(text_.substr(b, e - b)))};
  }

  // ---- sections ---------------------------------------------------------------

  /// Sections are the highest level of line-start numbering in the part
  /// (一是 only when nothing else is numbered); with no numbered lines at all,
  /// 一是 inside the text (主要表现在：一是…；二是…).
  void find_sections(Part& part, std::size_t first, std::size_t limit, std::size_t body_begin, bool headed) {
    std::size_t const from = headed ? first + 1 : first;
    // Lines numbered like the part headings that go on from the part's own
    // number (四、保障措施 after 二、2024年工作计划) are its siblings, not its
    // sections.  Sections written in the parts' style restart at 一 instead.
    std::optional<MarkerFamily> sibling;
    if (part.marker) {
      for (std::size_t i = from; i < limit; ++i) {
        if (!is_text(i) || !lines_[i].marker || lines_[i].marker->marker.family != part.marker->marker.family) continue;
        if (lines_[i].marker->marker.ordinal > part.marker->marker.ordinal) sibling = part.marker->marker.family;
        break;
      }
    }
    std::array<int, grammar::marker_family_count> count{};
    for (std::size_t i = from; i < limit; ++i)
      if (is_text(i) && lines_[i].marker && lines_[i].marker->marker.family != sibling)
        ++count[static_cast<std::size_t>(lines_[i].marker->marker.family)];
    std::optional<MarkerFamily> family;
    for (std::size_t f = 0; f < count.size(); ++f) {
      if (count[f] == 0) continue;
      auto const fam = static_cast<MarkerFamily>(f);
      if (fam == MarkerFamily::cn_shi) continue;
      if (!family || grammar::conventional_rank(fam) < grammar::conventional_rank(*family)) family = fam;
    }
    if (!family && count[static_cast<std::size_t>(MarkerFamily::cn_shi)] > 0) family = MarkerFamily::cn_shi;

    if (family && *family != MarkerFamily::cn_shi) {
      for (std::size_t i = from; i < limit; ++i) {
        if (!is_text(i) || !lines_[i].marker || lines_[i].marker->marker.family != *family) continue;
        part.sections.push_back(line_section(lines_[i]));
      }
    } else {
      // 一是 sections, at line starts and inside the text alike
      // (一是…；二是…, 主要表现在：一是…).
      for (auto const& m : inline_shi_markers(body_begin, part.end)) {
        Section s;
        s.offset = m.offset;
        s.inline_marker = lines_[doc_.lines.line_of(m.offset) - 1].content != m.offset;
        s.marker = written(m.marker, m.offset, m.offset + m.length);
        s.title = clean(m.offset + m.length, m.title_end);
        s.body_begin = m.title_end;
        part.sections.push_back(std::move(s));
      }
    }
    for (auto& s : part.sections) {
      auto const pos = position(s.offset);
      s.line = pos.line;
      s.column = pos.column;
    }
    for (std::size_t k = 0; k < part.sections.size(); ++k) {
      Section& s = part.sections[k];
      if (k + 1 == part.sections.size()) s.end = part.end;
      else if (part.sections[k + 1].inline_marker) s.end = part.sections[k + 1].offset;
      else s.end = lines_[part.sections[k + 1].line - 1].begin;
      s.end_line = std::max(s.line, doc_.lines.line_of(s.end > 0 ? s.end - 1 : 0));
    }
  }

  Section line_section(Line const& l) const {
    Section s;
    s.offset = l.marker->begin;
    s.marker = written(l.marker->marker, l.marker->begin, l.marker->end);
    std::size_t const title_end = first_full_stop(l.marker->title_begin, l.end);
    s.title = clean(l.marker->title_begin, title_end);
    s.body_begin = title_end < l.end ? title_end + 3 : l.end;
    return s;
  }

  /// The first 。 in [b, e), or e.
  std::size_t first_full_stop(std::size_t b, std::size_t e) const {
    // string_view::find looks for the first byte with memchr: E3 is rare in Han text.
    std::size_t const p = text_.substr(b, e - b).find("。");
    return p == npos ? e : b + p;
  }

  // ---- parts without a heading after the summary and at the end -----------------

  /// Text lines after the last section heading of `part` but not the first
  /// one: the section must have a body before a new part can begin.
  std::optional<std::size_t> section_tail_start(Part const& part) const {
    if (part.sections.empty() || part.sections.back().inline_marker) return std::nullopt;
    Section const& last = part.sections.back();
    std::size_t const heading = last.line - 1;
    Line const& h = lines_[heading];
    bool const body_on_heading =
        last.body_begin < h.end && !grammar::trim_blanks(text_.substr(last.body_begin, h.end - last.body_begin)).empty();
    if (body_on_heading) return heading + 1;
    auto const next = next_text_line(heading, lines_.size());
    if (!next) return std::nullopt;
    return *next + 1;
  }

  /// 在充分肯定成绩的同时…清醒地看到…不足: a problems part without a heading
  /// at the end of a summary.
  void split_unheaded_problems() {
    for (std::size_t p = 0; p < outline_.parts.size(); ++p) {
      Part& part = outline_.parts[p];
      if (part.role != PartRole::summary) continue;
      if (p + 1 < outline_.parts.size() && outline_.parts[p + 1].role == PartRole::problems) continue;
      auto const tail = section_tail_start(part);
      if (!tail) continue;
      std::size_t const limit = line_limit(part);
      for (std::size_t i = *tail; i < limit; ++i) {
        if (!is_text(i) || lines_[i].marker) continue;
        std::string_view const para = text_.substr(lines_[i].content, lines_[i].end - lines_[i].content);
        if (!grammar::has_problems_cue(para.substr(0, std::min(para.size(), problems_cue_window))) ||
            !grammar::has_problems_cue(para))
          continue;
        Part problems = make_part(PartRole::problems, i, limit);
        truncate(part, i);
        outline_.parts.insert(outline_.parts.begin() + static_cast<std::ptrdiff_t>(p + 1), std::move(problems));
        break;
      }
    }
  }

  /// A final exhortation (让我们…) after the last section of the last part.
  void split_closing() {
    if (outline_.parts.empty()) return;
    Part& part = outline_.parts.back();
    if (part.role == PartRole::preamble || part.role == PartRole::closing) return;
    std::optional<std::size_t> tail = section_tail_start(part);
    if (part.sections.empty()) {
      // A plan written as plain paragraphs: the closing can follow its first one.
      std::size_t const first = part.line - 1 + (part.heading ? 1 : 0);
      if (auto const body = next_text_line(first > 0 ? first - 1 : 0, lines_.size()); body && *body >= first)
        tail = *body + 1;
    }
    if (!tail) return;
    std::size_t const limit = line_limit(part);
    for (std::size_t i = *tail; i < limit; ++i) {
      if (!is_text(i) || lines_[i].marker) continue;
      std::string_view const para = text_.substr(lines_[i].content, lines_[i].end - lines_[i].content);
      if (grammar::closing_cue_score(para) < 2) continue;
      bool rest_plain = true;
      for (std::size_t j = i + 1; j < limit; ++j)
        if (is_text(j) && lines_[j].marker) rest_plain = false;
      if (!rest_plain) return;
      Part closing = make_part(PartRole::closing, i, limit);
      truncate(part, i);
      outline_.parts.push_back(std::move(closing));
      return;
    }
  }

  std::size_t line_limit(Part const& part) const {
    return part.end >= text_.size() ? lines_.size() : doc_.lines.line_of(part.end) - 1;
  }

  /// Ends `part` before line index `i`.
  void truncate(Part& part, std::size_t i) {
    part.end = lines_[i].begin;
    part.end_line = lines_[last_text_line_before(part.line - 1, i)].no;
    if (!part.sections.empty()) {
      Section& s = part.sections.back();
      s.end = std::min(s.end, part.end);
      s.end_line = std::min(s.end_line, part.end_line);
    }
  }

  // ---- items --------------------------------------------------------------------

  struct ShiMarker {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t title_end = 0;
    grammar::Marker marker;
  };

  /// 一是/二是… in [b, e): at a line start, or after 。！？；：, or after a
  /// comma when it continues the count (一是…，二是…).
  std::vector<ShiMarker> inline_shi_markers(std::size_t b, std::size_t e) const {
    std::vector<ShiMarker> found;
    auto try_at = [&](std::size_t pos, std::size_t line_end, bool after_comma) {
      pos += grammar::leading_blanks(text_.substr(pos, line_end - pos));
      if (pos >= line_end) return;
      grammar::Marker m;
      std::size_t const n = grammar::parse_shi_marker(text_.substr(pos, line_end - pos), m);
      if (n == 0) return;
      if (after_comma && (found.empty() || found.back().marker.ordinal + 1 != m.ordinal)) return;
      found.push_back({pos, n, 0, m});
    };
    if (b >= e) return found;
    std::size_t const first = doc_.lines.line_of(b) - 1;
    std::size_t const last = doc_.lines.line_of(e - 1) - 1;
    for (std::size_t li = first; li <= last && li < lines_.size(); ++li) {
      Line const& l = lines_[li];
      if (l.kind != LineKind::text) continue;
      std::size_t const start = std::max(b, l.content);
      std::size_t const end = std::min(e, l.end);
      if (start >= end) continue;
      try_at(start, end, false);
      std::string_view const upto(text_.data(), end);
      for (std::size_t i = grammar::find_punct(upto, start); i != npos; i = grammar::find_punct(upto, i)) {
        grammar::PunctAt const p = grammar::punct_at(text_, i);
        std::size_t const next = i + p.length;
        if (grammar::ends_clause(p.kind) || p.kind == Punct::colon) try_at(next, end, false);
        else if (p.kind == Punct::comma) try_at(next, end, true);
        i = next;
      }
    }
    // Titles run to 。 or ；, or to the next marker, whichever comes first.
    for (std::size_t k = 0; k < found.size(); ++k) {
      std::size_t const from = found[k].offset + found[k].length;
      std::size_t limit = k + 1 < found.size() ? found[k + 1].offset : e;
      std::size_t const nl = text_.find('\n', from);
      if (nl != npos) limit = std::min(limit, nl);
      std::size_t end = limit;
      std::string_view const upto(text_.data(), limit);
      for (std::size_t j = grammar::find_punct(upto, from); j != npos; j = grammar::find_punct(upto, j + 1)) {
        Punct const p = grammar::punct_at(text_, j).kind;
        if (p == Punct::full_stop || p == Punct::semicolon || p == Punct::exclamation || p == Punct::question) {
          end = j;
          break;
        }
      }
      found[k].title_end = end;
    }
    return found;
  }

  void find_items(Section& section) {
    std::size_t const heading = section.line - 1;
    std::size_t const last = std::min(lines_.size(), section.end_line);  // index one past the last line
    MarkerFamily const fam = section.marker.marker.family;
    // (a) line-start numbering below the section's.
    std::array<int, grammar::marker_family_count> count{};
    if (!section.inline_marker) {
      for (std::size_t i = heading + 1; i < last; ++i)
        if (is_text(i) && lines_[i].marker && lines_[i].marker->marker.family != fam &&
            lines_[i].marker->marker.family != MarkerFamily::cn_shi)
          ++count[static_cast<std::size_t>(lines_[i].marker->marker.family)];
    }
    std::optional<MarkerFamily> below;
    int const own_rank = grammar::conventional_rank(fam);
    for (std::size_t f = 0; f < count.size(); ++f) {
      if (count[f] == 0) continue;
      auto const cand = static_cast<MarkerFamily>(f);
      int const r = grammar::conventional_rank(cand);
      if (!below) {
        below = cand;
        continue;
      }
      int const br = grammar::conventional_rank(*below);
      bool const cand_deeper = r > own_rank;
      bool const best_deeper = br > own_rank;
      if ((cand_deeper && !best_deeper) || (cand_deeper == best_deeper && r < br)) below = cand;
    }
    if (below) {
      for (std::size_t i = heading + 1; i < last; ++i) {
        Line const& l = lines_[i];
        if (!is_text(i) || !l.marker || l.marker->marker.family != *below) continue;
        Item item;
        item.offset = l.marker->begin;
        item.marker = written(l.marker->marker, l.marker->begin, l.marker->end);
        item.title = clean(l.marker->title_begin, first_full_stop(l.marker->title_begin, l.end));
        place(item);
        section.items.push_back(std::move(item));
      }
      return;
    }
    if (fam == MarkerFamily::cn_shi) return;
    // (b) 一是/二是 at line starts or inside paragraphs.
    auto const shi = inline_shi_markers(section.body_begin, section.end);
    if (!shi.empty()) {
      for (auto const& m : shi) {
        Item item;
        item.offset = m.offset;
        item.marker = written(m.marker, m.offset, m.offset + m.length);
        item.inline_marker = lines_[doc_.lines.line_of(m.offset) - 1].content != m.offset;
        item.title = clean(m.offset + m.length, m.title_end);
        place(item);
        section.items.push_back(std::move(item));
      }
      return;
    }
    // (c) run-in topic sentences.
    find_topic_items(section, heading, last);
  }

  struct Topic {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool paragraph_start = false;
  };

  /// Short sentences with no inner comma that open a paragraph or follow
  /// 。/；, each followed by its body: 党建联建促共富。成立…  A section has them
  /// in parallel, so one alone is not taken, and the first must open a paragraph.
  void find_topic_items(Section& section, std::size_t heading, std::size_t last) {
    std::vector<Topic> topics;
    for (std::size_t i = heading; i < last; ++i) {
      if (!is_text(i)) continue;
      Line const& l = lines_[i];
      std::size_t start = i == heading ? section.body_begin : l.content;
      if (i != heading && l.marker) continue;
      if (start >= l.end) continue;
      start += grammar::leading_blanks(text_.substr(start, l.end - start));
      std::string_view const line(text_.data(), l.end);
      std::size_t seg = start;
      bool inner_comma = false;
      for (std::size_t j = grammar::find_punct(line, start); j != npos; j = grammar::find_punct(line, j)) {
        grammar::PunctAt const p = grammar::punct_at(text_, j);
        std::size_t const next = j + p.length;
        if (p.kind == Punct::comma || p.kind == Punct::colon) inner_comma = true;
        if (!grammar::ends_clause(p.kind)) {
          j = next;
          continue;
        }
        bool const ends_right = p.kind == Punct::full_stop || p.kind == Punct::exclamation;
        std::size_t const after = next + grammar::leading_blanks(text_.substr(next, l.end - next));
        if (ends_right && !inner_comma && topic_length_ok(seg, j) &&
            (after < l.end || (seg == start && next_line_is_body(i, last))))
          topics.push_back({seg, j, seg == start});
        seg = after;
        inner_comma = false;
        j = after;
      }
      // A topic alone on its line without a full stop: 产业发展提质增效
      if (seg == start && !inner_comma && topic_length_ok(seg, l.end) && next_line_is_body(i, last))
        topics.push_back({seg, l.end, true});
    }
    auto first = std::find_if(topics.begin(), topics.end(), [](Topic const& t) { return t.paragraph_start; });
    if (std::distance(first, topics.end()) < 2) return;
    for (auto it = first; it != topics.end(); ++it) {
      Item item;
      item.offset = it->begin;
      item.title = clean(it->begin, it->end);
      place(item);
      section.items.push_back(std::move(item));
    }
  }

  /// A run-in topic has min_topic_chars … max_topic_chars characters, not
  /// counting quotation marks and 、.
  bool topic_length_ok(std::size_t b, std::size_t e) const {
    // Four bytes a character at most: longer byte runs cannot qualify.
    if (e - b > 4 * (max_topic_chars + 8)) return false;
    std::size_t chars = 0;
    for (std::size_t j = b; j < e; j += char_length(text_[j]))
      if (!is_quote(text_, j) && grammar::punct_at(text_, j).kind != Punct::dun) ++chars;
    return chars >= min_topic_chars && chars <= max_topic_chars;
  }

  bool next_line_is_body(std::size_t i, std::size_t last) const {
    auto const next = next_text_line(i, last);
    return next && !lines_[*next].marker;
  }

  void place(Item& item) {
    auto const pos = position(item.offset);
    item.line = pos.line;
    item.column = pos.column;
  }

  // ---- themes and years -------------------------------------------------------------

  void assign_themes() {
    if (!options_.themes) return;
    for (auto& part : outline_.parts)
      for (auto& s : part.sections) {
        // The title and the opening of the body name a section's topic; a
        // long body goes on to details (and to other topics in passing), so
        // only its first 2,400 bytes (800 Chinese characters) are read.
        constexpr std::size_t body_reach = 2400;
        std::size_t const end = std::min(s.end, s.body_begin + body_reach);
        std::size_t cut = end;
        while (cut > s.body_begin && cut < text_.size() && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) --cut;
        s.theme = std::string(
            options_.themes->classify(s.title, text_.substr(s.body_begin, cut > s.body_begin ? cut - s.body_begin : 0)));
      }
  }

  void find_years() {
    auto take = [](std::optional<int>& slot, int year) {
      if (!slot && year > 0) slot = year;
    };
    if (outline_.title) {
      for (auto const& c : outline_.title->components) {
        if (c.kind == grammar::TitleKind::plan) take(outline_.plan_year, c.year);
        else if (c.kind != grammar::TitleKind::problems) take(outline_.report_year, c.year);
      }
      if (!outline_.report_year && !outline_.plan_year) {
        // 东山镇2023年工作报告: a title with a year but no part words around it.
        std::vector<grammar::YearMention> ys;
        grammar::find_years(outline_.title->text, ys);
        if (!ys.empty()) outline_.report_year = ys.front().year;
      }
    }
    for (auto const& part : outline_.parts) {
      for (auto const& c : part.title) {
        if (part.role == PartRole::summary && c.kind == grammar::TitleKind::summary) take(outline_.report_year, c.year);
        if (c.kind == grammar::TitleKind::plan) take(outline_.plan_year, c.year);
      }
    }
    if (!outline_.report_year && !outline_.plan_year) {
      // From the text: the year the summary talks about most (the later one on a tie).
      std::map<int, int> counts;
      std::vector<grammar::YearMention> ys;
      for (auto const& part : outline_.parts) {
        if (part.role != PartRole::preamble && part.role != PartRole::summary) continue;
        ys.clear();
        grammar::find_years(std::string_view(text_).substr(part.begin, part.end - part.begin), ys);
        for (auto const& y : ys) ++counts[y.year];
      }
      if (counts.empty()) {
        ys.clear();
        grammar::find_years(text_, ys);
        for (auto const& y : ys) ++counts[y.year];
      }
      int best = 0, best_n = 0;
      for (auto const& [year, n] : counts)
        if (n >= best_n) {
          best = year;
          best_n = n;
        }
      if (best > 0) outline_.report_year = best;
    }
    if (outline_.report_year && !outline_.plan_year) outline_.plan_year = *outline_.report_year + 1;
    if (outline_.plan_year && !outline_.report_year) outline_.report_year = *outline_.plan_year - 1;
  }

  // ---- text helpers --------------------------------------------------------------------

  /// text[b, e) without debris, trimmed, cut at max_title_bytes.
  std::string clean(std::size_t b, std::size_t e) const {
    e = std::max(b, std::min(e, text_.size()));
    std::string out;
    std::size_t pos = b;
    for (auto const r : outline_.debris) {
      if (r.end <= pos || r.begin >= e) continue;
      if (r.begin > pos) out.append(text_.substr(pos, r.begin - pos));
      pos = std::max(pos, r.end);
    }
    if (pos < e) out.append(text_.substr(pos, e - pos));
    std::string_view t = grammar::trim_blanks(out);
    if (t.size() > max_title_bytes) {
      std::size_t cut = max_title_bytes;
      while (cut > 0 && !is_char_start(t[cut])) --cut;
      t = t.substr(0, cut);
    }
    return std::string(t);
  }

  /// Positions are asked for in increasing order within a line; counting
  /// characters from the last answer keeps a 50 MB line linear.
  text::Position position(std::size_t offset) {
    std::size_t const line = doc_.lines.line_of(offset);
    if (line == cursor_line_ && offset >= cursor_offset_) {
      cursor_column_ += text::count_chars(text_.substr(cursor_offset_, offset - cursor_offset_));
    } else {
      std::size_t const start = doc_.lines.line_start(line);
      cursor_column_ = 1 + text::count_chars(text_.substr(start, offset - start));
    }
    cursor_line_ = line;
    cursor_offset_ = offset;
    return {line, cursor_column_};
  }

  text::Document const& doc_;
  std::string_view text_;
  OutlineOptions const& options_;
  Outline outline_;
  std::vector<Line> lines_;
  std::size_t content_start_ = 0;
  std::optional<std::size_t> title_index_;
  std::size_t cursor_line_ = 0;
  std::size_t cursor_offset_ = 0;
  std::size_t cursor_column_ = 1;
};

}  // namespace

Outline build_outline(text::Document const& doc, OutlineOptions const& options) {
  return Builder(doc, options).run();
}

}  // namespace zongjie
