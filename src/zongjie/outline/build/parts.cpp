// Phase 3: the parts.  A part heading is found three ways:
//   - by its words: a line that reads as a part title (2023年工作总结,
//     二、2024年工作安排, 存在的问题), numbered or on its own line;
//   - by the marker sequence that spans the document: once numbered part
//     titles show which marker family is the top level (一、), a line of that
//     family that goes on with the count (四、加强政府自身建设 after 三、…)
//     is a part even when its words are unknown — provided the part before
//     it has a level of its own below; when it has not, such lines are that
//     part's sections (二、2009年工作安排 followed by 三、…八、);
//   - by shape and position: in a report whose part titles are lines of
//     their own, another short heading line between parts (阔步迈上新征程)
//     heads a part too.
// A part of unknown words takes its role from its words if they hint one
// (自身建设 is the plan's), else from what comes before it (after the plan,
// still the plan) and from the tense of its text (将/力争 vs 完成/同比).
// Then parts without a heading: the summary before the first heading, a
// problems passage at the end of the summary (在肯定成绩的同时…), the closing
// (让我们…), and an appendix after it (名词解释, 附件) cut off.
#include "zongjie/outline/build/context.hpp"

#include <algorithm>
#include <array>
#include <climits>

namespace zongjie::build {

namespace {

using grammar::MarkerFamily;

/// The opening of a stretch of text read for its tense.
constexpr std::size_t tense_window = 3000;
/// A problems passage scores at least this (see grammar::problems_cue_score).
constexpr int min_problems_score = 4;
/// An appendix heading: a short line of its own after the closing.
constexpr std::size_t max_appendix_heading_chars = 12;

PartRole role_of(grammar::TitleKind k) {
  switch (k) {
    case grammar::TitleKind::problems: return PartRole::problems;
    case grammar::TitleKind::plan: return PartRole::plan;
    default: return PartRole::summary;
  }
}

bool contains(std::string_view s, std::string_view w) { return s.find(w) != npos; }

/// The role a heading's words hint at, when they are not a part title:
/// “十三五”…回顾, 存在的突出问题, …发展目标, 政府自身建设.
std::optional<PartRole> role_hint(std::string_view heading) {
  for (std::string_view w : {"回顾", "总结", "成就", "主要工作", "工作情况", "完成情况"})
    if (contains(heading, w))
      return contains(heading, "过去") || !contains(heading, "今后") ? PartRole::summary : PartRole::plan;
  for (std::string_view w : {"问题", "不足", "差距", "短板"})
    if (contains(heading, w)) return PartRole::problems;
  for (std::string_view w : {"目标", "任务", "安排", "打算", "思路", "计划", "要求", "部署", "自身建设", "展望"})
    if (contains(heading, w)) return PartRole::plan;
  return std::nullopt;
}

class PartFinder {
 public:
  explicit PartFinder(Context& ctx) : ctx_(ctx), lines_(ctx.lines) {}

  void run() {
    find_appendix();
    std::vector<PartStart> starts = titled_starts();
    extend_marker_spine(starts);
    extend_heading_lines(starts);
    assign_unknown_roles(starts);
    add_unheaded_first_part(starts);
    make_parts(starts);
    split_unheaded_problems();
    split_closing();
  }

 private:
  // ---- headings by their words -------------------------------------------------

  /// Lines that read as part titles.  A numbered one must not be nested under
  /// a higher-level numbering seen before it (（三）存在问题 under 三、 is a
  /// section); of the numbered ones, the family used most wins.
  std::vector<PartStart> titled_starts() {
    int min_rank = INT_MAX;
    std::vector<std::size_t> numbered;
    std::vector<std::size_t> candidates;
    std::array<int, grammar::marker_family_count> per_family{};
    for (std::size_t i = ctx_.content_start; i < end_; ++i) {
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
        if (per_family[f] > per_family[best] || (per_family[f] == per_family[best] && per_family[f] > 0 &&
                                                 grammar::conventional_rank(fam) < grammar::conventional_rank(cur)))
          best = f;
      }
      part_family_ = static_cast<MarkerFamily>(best);
      for (std::size_t i : numbered)
        if (lines_[i].marker->marker.family == *part_family_) candidates.push_back(i);
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
          std::any_of(comps.begin() + 1, comps.end(), [](auto const& c) { return c.kind == grammar::TitleKind::plan; }))
        s.then_plan = true;
      starts.push_back(std::move(s));
    }
    // In a report whose parts are numbered, an unnumbered title without a
    // year inside a part of the same role (重点工作任务： in 二、2020年工作安排)
    // introduces that part's list; it is not a part of its own.
    if (part_family_) {
      std::vector<PartStart> kept;
      for (auto& s : starts) {
        Line const& l = lines_[s.index];
        bool const sub =
            !l.marker && !kept.empty() && lines_[kept.back().index].marker && kept.back().role == s.role &&
            std::all_of(s.components.begin(), s.components.end(), [](auto const& c) { return c.year == 0; });
        if (!sub) kept.push_back(std::move(s));
      }
      starts = std::move(kept);
    }
    // 一、2023年主要工作 … 三、2024年主要工作: the grammar reads both as summary
    // titles; a later one naming a later year is the plan.
    int reference = 0;
    if (ctx_.outline.title)
      for (auto const& c : ctx_.outline.title->components)
        if (c.kind == grammar::TitleKind::summary && c.year > 0) reference = c.year;
    // After the plan has begun (二、“十四五”时期主要目标任务), 三、2021年重点工作
    // is the plan's too.
    bool seen_summary = false;
    bool seen_plan = false;
    for (auto& s : starts) {
      seen_plan = seen_plan || s.role == PartRole::plan;
      if (s.role != PartRole::summary) continue;
      int const year = s.components.front().year;
      if (seen_summary && ((reference > 0 && year > reference) || (seen_plan && year > 0))) s.role = PartRole::plan;
      if (reference == 0) reference = year;
      seen_summary = true;
    }
    return starts;
  }

  // ---- headings by the marker sequence ---------------------------------------------

  bool is_start(std::vector<PartStart> const& starts, std::size_t i) const {
    return std::any_of(starts.begin(), starts.end(), [&](PartStart const& s) { return s.index == i; });
  }

  /// A line-start marker of another family than the parts' between two lines.
  bool has_own_level(std::size_t from, std::size_t to) const {
    for (std::size_t i = from + 1; i < to; ++i)
      if (ctx_.is_text(i) && lines_[i].marker && lines_[i].marker->marker.family != *part_family_) return true;
    return false;
  }

  void extend_marker_spine(std::vector<PartStart>& starts) {
    if (!part_family_ || starts.empty()) return;
    int const part_rank = grammar::conventional_rank(*part_family_);
    std::vector<PartStart> added;
    std::optional<std::size_t> current;  // the last part heading of the family
    int min_rank = INT_MAX;
    bool absorbed = false;  // the current part takes its siblings as sections
    for (std::size_t i = ctx_.content_start; i < end_; ++i) {
      Line const& l = lines_[i];
      if (!ctx_.is_text(i) || !l.marker) continue;
      MarkerFamily const fam = l.marker->marker.family;
      if (is_start(starts, i)) {
        if (fam == *part_family_) {
          current = i;
          absorbed = false;
        }
        continue;
      }
      if (fam != *part_family_) {
        if (fam != MarkerFamily::cn_shi) min_rank = std::min(min_rank, grammar::conventional_rank(fam));
        continue;
      }
      if (!current || absorbed || part_rank > min_rank) continue;
      if (l.marker->marker.ordinal != lines_[*current].marker->marker.ordinal + 1) continue;
      if (!has_own_level(*current, i)) {
        absorbed = true;
        continue;
      }
      PartStart s;
      s.index = i;
      s.headed = true;
      s.role = PartRole::preamble;  // unknown until assign_unknown_roles
      added.push_back(s);
      current = i;
    }
    merge(starts, added);
  }

  // ---- heading lines of their own between parts ------------------------------------

  void extend_heading_lines(std::vector<PartStart>& starts) {
    // Only in a report whose part titles are heading lines of their own.
    bool const unnumbered_parts = std::any_of(starts.begin(), starts.end(), [&](PartStart const& s) {
      return !lines_[s.index].marker && lines_[s.index].heading_line;
    });
    if (!unnumbered_parts || part_family_) return;
    std::size_t const first = starts.front().index;
    std::vector<PartStart> added;
    for (std::size_t i = first + 1; i < end_; ++i) {
      if (!ctx_.is_text(i) || !lines_[i].heading_line || lines_[i].part_title || is_start(starts, i)) continue;
      // It heads a stretch with numbered lines of its own (第一，…), not
      // another heading line straight after it.
      auto const next = ctx_.next_text_line(i, end_);
      if (!next || lines_[*next].heading_line) continue;
      bool numbered = false;
      for (std::size_t j = *next; j < end_ && !numbered; ++j) {
        if (!ctx_.is_text(j)) continue;
        if (lines_[j].heading_line || is_start(starts, j)) break;
        numbered = lines_[j].marker.has_value();
      }
      if (!numbered) continue;
      PartStart s;
      s.index = i;
      s.headed = true;
      s.role = PartRole::preamble;
      added.push_back(s);
    }
    merge(starts, added);
  }

  static void merge(std::vector<PartStart>& starts, std::vector<PartStart>& added) {
    if (added.empty()) return;
    starts.insert(starts.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    std::sort(starts.begin(), starts.end(), [](PartStart const& a, PartStart const& b) { return a.index < b.index; });
  }

  /// Parts found by position: their words, what precedes them, their tense.
  void assign_unknown_roles(std::vector<PartStart>& starts) {
    bool plan_seen = false;
    for (std::size_t k = 0; k < starts.size(); ++k) {
      PartStart& s = starts[k];
      if (s.role != PartRole::preamble) {
        plan_seen = plan_seen || s.role == PartRole::plan;
        continue;
      }
      Line const& l = lines_[s.index];
      std::size_t const hb = l.marker ? l.marker->title_begin : l.content;
      std::string_view const heading = ctx_.text.substr(hb, ctx_.first_full_stop(hb, l.content_end) - hb);
      if (auto hint = role_hint(heading)) {
        s.role = *hint;
      } else if (plan_seen) {
        s.role = PartRole::plan;
      } else {
        std::size_t const from = l.begin;
        std::size_t const to = k + 1 < starts.size() ? lines_[starts[k + 1].index].begin : ctx_.text.size();
        std::size_t cut = std::min(to, from + tense_window);
        while (cut < ctx_.text.size() && (static_cast<unsigned char>(ctx_.text[cut]) & 0xC0) == 0x80) ++cut;
        s.role = grammar::tense_score(ctx_.text.substr(from, cut - from)) > 0 ? PartRole::plan : PartRole::summary;
      }
      plan_seen = plan_seen || s.role == PartRole::plan;
    }
  }

  // ---- building the parts ------------------------------------------------------------

  bool title_names_only_plan() const {
    if (!ctx_.outline.title || ctx_.outline.title->components.empty()) return false;
    return std::all_of(ctx_.outline.title->components.begin(), ctx_.outline.title->components.end(),
                       [](auto const& c) { return c.kind == grammar::TitleKind::plan; });
  }

  /// A report that goes straight from the preamble into 一、… has a summary
  /// part without a heading, starting at the first numbered line.
  void add_unheaded_first_part(std::vector<PartStart>& starts) {
    std::size_t const limit = starts.empty() ? end_ : starts.front().index;
    if (!starts.empty() && starts.front().role == PartRole::summary) return;
    for (std::size_t i = ctx_.content_start; i < limit; ++i) {
      Line const& l = lines_[i];
      if (l.kind != LineKind::text || !l.marker || l.marker->marker.family == MarkerFamily::cn_shi) continue;
      PartStart s;
      s.index = i;
      s.role = title_names_only_plan() ? PartRole::plan : PartRole::summary;
      starts.insert(starts.begin(), s);
      return;
    }
  }

  void make_parts(std::vector<PartStart> const& starts) {
    std::size_t const first_start = starts.empty() ? end_ : starts.front().index;
    for (std::size_t i = ctx_.content_start; i < first_start; ++i) {
      if (!ctx_.is_text(i)) continue;
      ctx_.outline.parts.push_back(ctx_.make_part(PartRole::preamble, i, first_start));
      break;
    }
    for (std::size_t k = 0; k < starts.size(); ++k) {
      PartStart const& s = starts[k];
      std::size_t const limit = k + 1 < starts.size() ? starts[k + 1].index : end_;
      Part part = ctx_.make_part(s.role, s.index, limit);
      Line const& h = lines_[s.index];
      std::size_t body_begin = h.begin;
      if (s.headed) {
        std::size_t const heading_from = h.marker ? h.marker->begin : h.content;
        std::size_t heading_to = h.content_end;
        if (h.part_title && h.heading_has_body) heading_to = h.heading_end;
        else if (!h.part_title) heading_to = ctx_.first_full_stop(heading_from, h.content_end);
        part.heading = std::string(grammar::trim_blanks(ctx_.text.substr(heading_from, heading_to - heading_from)));
        if (h.marker) part.marker = ctx_.written(h.marker->marker, h.marker->begin, h.marker->end);
        part.title = s.components;
        body_begin = heading_to < h.content_end ? heading_to : h.end;
      }
      find_sections(ctx_, part, s.index, limit, body_begin, s.headed);
      if (s.then_plan && !part.sections.empty() && part.sections.front().line - 1 == s.index) {
        // 存在的问题及下步打算：一是…；二是…: points on the heading line itself
        // are the shortcomings the heading announces first.
      } else if (s.then_plan && !part.sections.empty()) {
        // 存在问题及下步打算: the problems text, then the plan's sections.
        std::size_t const first_section = part.sections.front().line - 1;
        bool text_between = h.heading_has_body;
        for (std::size_t i = s.index + 1; i < first_section; ++i) text_between = text_between || ctx_.is_text(i);
        if (text_between) {
          Part problems = ctx_.make_part(PartRole::problems, s.index, first_section);
          problems.heading = part.heading;
          problems.marker = part.marker;
          problems.title = part.title;
          Part plan = ctx_.make_part(PartRole::plan, first_section, limit);
          plan.sections = std::move(part.sections);
          ctx_.outline.parts.push_back(std::move(problems));
          ctx_.outline.parts.push_back(std::move(plan));
          continue;
        }
        part.role = PartRole::plan;
      }
      ctx_.outline.parts.push_back(std::move(part));
    }
  }

  // ---- parts without a heading ---------------------------------------------------------

  /// The first line after the last section heading of `part` (and after the
  /// section's first body line: a section has a body before a new part can
  /// begin); for a part without sections, after its first paragraph.
  std::optional<std::size_t> tail_start(Part const& part, bool inline_sections_end_body) const {
    std::size_t const first = part.line - 1;
    // Sections written inline only (一是… inside paragraphs) do not end the
    // summary's body: a problems passage may hold some of them.
    bool const inline_only =
        std::all_of(part.sections.begin(), part.sections.end(), [](Section const& s) { return s.inline_marker; });
    if (part.sections.empty() || (inline_only && !inline_sections_end_body)) {
      std::size_t const from = part.heading ? first : (first > 0 ? first - 1 : 0);
      auto const body = ctx_.next_text_line(from, end_);
      if (!body) return std::nullopt;
      return *body + 1;
    }
    Section const& last = part.sections.back();
    std::size_t const heading = last.line - 1;
    if (last.inline_marker) return heading + 1;
    Line const& h = lines_[heading];
    bool const body_on_heading =
        last.body_begin < h.end &&
        !grammar::trim_blanks(ctx_.text.substr(last.body_begin, h.end - last.body_begin)).empty();
    if (body_on_heading) return heading + 1;
    auto const next = ctx_.next_text_line(heading, end_);
    if (!next) return std::nullopt;
    return *next + 1;
  }

  /// 在充分肯定成绩的同时…清醒地看到…不足: a problems part without a heading
  /// at the end of a summary.  Its inline 一是… are its sections.
  void split_unheaded_problems() {
    for (std::size_t p = 0; p < ctx_.outline.parts.size(); ++p) {
      Part& part = ctx_.outline.parts[p];
      if (part.role != PartRole::summary) continue;
      if (p + 1 < ctx_.outline.parts.size() && ctx_.outline.parts[p + 1].role == PartRole::problems) continue;
      auto const tail = tail_start(part, false);
      if (!tail) continue;
      std::size_t const limit = ctx_.line_limit(part);
      for (std::size_t i = *tail; i < limit; ++i) {
        if (!ctx_.is_text(i) || lines_[i].marker) continue;
        std::string_view const para = ctx_.text.substr(lines_[i].content, lines_[i].end - lines_[i].content);
        if (grammar::problems_cue_score(para) < min_problems_score) continue;
        // What follows to the part's end must be prose too: a numbered
        // section after it means this paragraph was inside the summary.
        bool numbered_after = false;
        for (std::size_t j = i + 1; j < limit && !numbered_after; ++j)
          numbered_after = ctx_.is_text(j) && lines_[j].marker &&
                           lines_[j].marker->marker.family != MarkerFamily::cn_shi;
        if (numbered_after) continue;
        Part problems = ctx_.make_part(PartRole::problems, i, limit);
        ctx_.truncate(part, i);
        find_sections(ctx_, problems, i, limit, lines_[i].begin, false);
        ctx_.outline.parts.insert(ctx_.outline.parts.begin() + static_cast<std::ptrdiff_t>(p + 1), std::move(problems));
        break;
      }
    }
  }

  /// A final exhortation (让我们…) after the last section of the last part.
  void split_closing() {
    if (ctx_.outline.parts.empty()) return;
    Part& part = ctx_.outline.parts.back();
    if (part.role == PartRole::preamble || part.role == PartRole::closing) return;
    auto const tail = tail_start(part, true);
    if (!tail) return;
    std::size_t const limit = ctx_.line_limit(part);
    for (std::size_t i = *tail; i < limit; ++i) {
      if (!ctx_.is_text(i) || lines_[i].marker) continue;
      std::string_view const para = ctx_.text.substr(lines_[i].content, lines_[i].end - lines_[i].content);
      if (grammar::closing_cue_score(para) < 2) continue;
      bool rest_plain = true;
      for (std::size_t j = i + 1; j < limit && rest_plain; ++j) {
        if (appendix_at(j)) break;  // what follows an appendix heading is not the closing's
        rest_plain = !(ctx_.is_text(j) && lines_[j].marker);
      }
      if (!rest_plain) return;
      Part closing = ctx_.make_part(PartRole::closing, i, limit);
      ctx_.truncate(part, i);
      ctx_.outline.parts.push_back(std::move(closing));
      return;
    }
  }

  /// 名词解释 / 附件 / 附录 as a heading line of its own.
  std::optional<std::size_t> appendix_at(std::size_t i) const {
    if (!ctx_.is_text(i) || lines_[i].marker) return std::nullopt;
    std::string_view const s = grammar::trim_blanks(ctx_.content(i));
    if (s.size() > 4 * max_appendix_heading_chars || text::count_chars(s) > max_appendix_heading_chars)
      return std::nullopt;
    for (std::string_view w : {"名词解释", "附件", "附录", "附表", "注释", "注解"})
      if (s.starts_with(w)) return i;
    return std::nullopt;
  }

  /// A glossary or attachment after the closing (a paragraph of closing
  /// cues, then 名词解释) is not part of the report's body.
  void find_appendix() {
    end_ = ctx_.lines.size();
    std::optional<std::size_t> previous;  // the last text line seen
    for (std::size_t i = ctx_.content_start; i < end_; ++i) {
      if (!ctx_.is_text(i)) continue;
      if (previous && appendix_at(i) &&
          grammar::closing_cue_score(
              ctx_.text.substr(lines_[*previous].content, lines_[*previous].end - lines_[*previous].content)) >= 2) {
        Appendix a;
        a.line = lines_[i].no;
        a.begin = lines_[i].begin;
        a.end = ctx_.text.size();
        a.end_line = lines_[ctx_.last_text_line_before(i, lines_.size())].no;
        a.heading = std::string(grammar::trim_blanks(ctx_.content(i)));
        ctx_.outline.appendix = std::move(a);
        end_ = i;
        break;
      }
      previous = i;
    }
    ctx_.content_end = end_;
  }

  Context& ctx_;
  std::vector<Line>& lines_;
  std::optional<MarkerFamily> part_family_;
  std::size_t end_ = 0;  ///< one past the body's last line (an appendix starts here)
};

}  // namespace

void find_parts(Context& ctx) { PartFinder(ctx).run(); }

}  // namespace zongjie::build
