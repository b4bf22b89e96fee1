#include "zongjie/check/rules/missing_part.hpp"

#include "zongjie/check/rules/structure_util.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/util/tsv.hpp"

#include <algorithm>
#include <cmath>

namespace zongjie::check {

namespace {

bool title_names(Outline const& o, grammar::TitleKind k) {
  if (!o.title) return false;
  return std::any_of(o.title->components.begin(), o.title->components.end(),
                     [&](auto const& c) { return c.kind == k; });
}

/// The title names parts (工作总结 / 工作计划) but not this one, and not the
/// whole report (工作报告): the writer meant a one-part document.
bool title_leaves_out(Outline const& o, PartRole role) {
  if (!o.title || o.title->components.empty() || title_names(o, grammar::TitleKind::report)) return false;
  auto const kind = role == PartRole::plan ? grammar::TitleKind::plan : grammar::TitleKind::summary;
  return !title_names(o, kind);
}

/// The blank-separated words of a "cues.*" entry of rules.json.
std::vector<std::string> cue_words(Catalog const& words, std::string_view key) {
  std::vector<std::string> out;
  std::string const all = words.word(key);
  if (all == key) return out;  // missing from a user's copy
  for (auto w : util::split_words(all)) out.emplace_back(w);
  return out;
}

bool contains_any(std::string_view s, std::vector<std::string> const& words) {
  return std::any_of(words.begin(), words.end(), [&](auto const& w) { return s.find(w) != std::string_view::npos; });
}

/// Headings are short: the opening of a line up to its first 。 (or the whole
/// line when short), looked at only within the first bytes.
constexpr std::size_t heading_bytes = 120;
/// How far after a heading the text is read for the part's own cues.
constexpr std::size_t stretch_bytes = 3000;
/// A plan written under a heading the outline does not know has at least
/// this many to-do words (将 要 力争 确保 推进 …) in its first stretch.
constexpr std::size_t min_future_cues = 4;

std::string_view heading_of(std::string_view line) {
  line = grammar::trim_blanks(line);
  if (line.size() > heading_bytes) {
    std::size_t cut = heading_bytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    line = line.substr(0, cut);
  }
  if (std::size_t const stop = line.find("。"); stop != std::string_view::npos) line = line.substr(0, stop);
  return line;
}

/// What the document says about a part the outline did not find.
enum class Evidence : std::uint8_t {
  none,       ///< nothing: the part is missing
  uncertain,  ///< the outline's reading is unsure (an unplaced top-level heading, a long tail)
  present,    ///< a stretch of text that reads as the part, under a heading the outline does not know
};

class PartEvidence {
 public:
  explicit PartEvidence(Context const& ctx) : ctx_(ctx) {
    auto const& w = *ctx.data.catalog;
    plan_heading_ = cue_words(w, "cues.plan_heading");
    future_ = cue_words(w, "cues.future");
    done_ = cue_words(w, "cues.done");
    summary_heading_ = cue_words(w, "cues.summary_heading");
    problems_prose_ = cue_words(w, "cues.problems_prose");
  }

  Evidence about(PartRole role) const {
    if (role == PartRole::plan && plan_stretch()) return Evidence::present;
    if (role == PartRole::summary && summary_heading()) return Evidence::present;
    if (role == PartRole::problems && contains_any(ctx_.text(), problems_prose_)) return Evidence::present;
    if (unplaced_top_heading() || long_tail()) return Evidence::uncertain;
    return Evidence::none;
  }

 private:
  /// Where a plan under an unknown heading would be looked for: after the
  /// summary's heading (its first line), else from the start.
  std::size_t first_line_after_summary() const {
    for (auto const& p : ctx_.outline.parts)
      if (p.role == PartRole::summary) return ctx_.doc.lines.line_of(p.begin) + 1;
    return 1;
  }

  /// A heading-like opening of a line names plan work (主要工作, 目标任务,
  /// 工作安排), not the year's review, and the text after it is full of
  /// to-do words (将 要 力争 确保), more than of done ones (完成 实现).
  bool plan_stretch() const {
    std::string_view const text = ctx_.text();
    auto const& lines = ctx_.doc.lines;
    std::size_t const first = first_line_after_summary();
    if (first > lines.line_count()) return false;
    // Where the to-do and done words are, found once: each candidate
    // heading then counts them in its stretch by position (a paste of a
    // hundred thousand heading-like lines must not read 3 KB for each).
    std::size_t const start = lines.line_start(first);
    auto const positions = [&](std::vector<std::string> const& words) {
      std::vector<std::pair<std::size_t, std::size_t>> at;  // (begin, end)
      for (auto const& w : words)
        for (std::size_t p = text.find(w, start); p != std::string_view::npos; p = text.find(w, p + w.size()))
          at.emplace_back(p, p + w.size());
      std::sort(at.begin(), at.end());
      return at;
    };
    std::vector<std::pair<std::size_t, std::size_t>> future, done;
    bool found_any = false;
    for (std::size_t l = first; l <= lines.line_count(); ++l) {
      if (ctx_.is_noise_line(l)) continue;
      std::string_view const h = heading_of(ctx_.doc.line(l));
      if (h.empty()) continue;
      if (!contains_any(h, plan_heading_) || contains_any(h, summary_heading_)) continue;
      if (!found_any) {
        future = positions(future_);
        done = positions(done_);
        found_any = true;
      }
      std::size_t const from = lines.line_start(l);
      std::size_t to = std::min(text.size(), from + stretch_bytes);
      while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
      auto const count = [&](std::vector<std::pair<std::size_t, std::size_t>> const& at) {
        auto const b = std::lower_bound(at.begin(), at.end(), std::pair<std::size_t, std::size_t>{from, 0});
        auto const e = std::lower_bound(b, at.end(), std::pair<std::size_t, std::size_t>{to, 0});
        return static_cast<std::size_t>(std::count_if(b, e, [&](auto const& w) { return w.second <= to; }));
      };
      std::size_t const n_future = count(future);
      if (n_future >= min_future_cues && n_future > count(done)) return true;
    }
    return false;
  }

  /// A heading-like line before the plan that names the year's work done (回顾, 过去一年).
  bool summary_heading() const {
    auto const& lines = ctx_.doc.lines;
    std::size_t last = lines.line_count();
    for (auto const& p : ctx_.outline.parts)
      if (p.role == PartRole::plan) {
        last = lines.line_of(p.begin);
        break;
      }
    // The title names the parts the report should have, not the ones it has.
    std::size_t const title_line = ctx_.outline.title ? ctx_.outline.title->line : 0;
    for (std::size_t l = 1; l <= last; ++l) {
      std::string_view const line = grammar::trim_blanks(ctx_.doc.line(l));
      if (line.empty() || line.size() > heading_bytes || l == title_line || ctx_.is_noise_line(l)) continue;
      if (contains_any(line, summary_heading_)) return true;
    }
    return false;
  }

  /// A line starting with a marker as high as the report's highest numbered
  /// level, which the outline took for neither a part nor a section (二、…
  /// 目标任务 read as an item): the parts may be other than the outline says.
  bool unplaced_top_heading() const {
    auto const& o = ctx_.outline;
    int top = 99;
    std::vector<std::size_t> placed;  // lines of part headings and sections
    for (auto const& p : o.parts) {
      if (p.marker) top = std::min(top, grammar::conventional_rank(p.marker->marker.family));
      if (p.heading) placed.push_back(ctx_.doc.lines.line_of(p.begin));
      for (auto const& s : p.sections) {
        top = std::min(top, grammar::conventional_rank(s.marker.marker.family));
        if (!s.inline_marker) placed.push_back(s.line);
      }
    }
    if (top == 99) return false;
    std::sort(placed.begin(), placed.end());
    for (auto const& p : o.parts)
      for (auto const& s : p.sections)
        for (auto const& i : s.items) {
          if (!i.marker || i.inline_marker) continue;
          if (grammar::conventional_rank(i.marker->marker.family) <= top &&
              !std::binary_search(placed.begin(), placed.end(), i.line))
            return true;
        }
    return false;
  }

  /// The last part before where the missing one would go runs on far
  /// longer than its other sections: a part the outline did not see may
  /// hide in its tail.
  bool long_tail() const {
    auto const& o = ctx_.outline;
    Part const* last = nullptr;
    for (auto const& p : o.parts)
      if (p.role == PartRole::summary || p.role == PartRole::preamble) last = &p;
    if (!last) return false;
    std::size_t const doc_size = std::max<std::size_t>(ctx_.text().size(), 1);
    if (last->sections.empty()) return (last->end - last->begin) * 10 > doc_size * 6;
    std::vector<std::size_t> lengths;
    for (auto const& s : last->sections) lengths.push_back(s.end - s.offset);
    std::size_t const tail = lengths.back();
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
    std::size_t const median = lengths[lengths.size() / 2];
    return tail > 3 * median && tail > min_tail_bytes;
  }

  static constexpr std::size_t min_tail_bytes = 3000;  // about 1,000 characters

  Context const& ctx_;
  std::vector<std::string> plan_heading_, future_, done_, summary_heading_, problems_prose_;
};

}  // namespace

void MissingPartCheck::run(Context const& ctx, Sink& out) const {
  auto const& o = ctx.outline;
  auto const has = [&](PartRole r) {
    if (o.find_part(r)) return true;
    for (auto const& p : o.parts)
      for (auto const& s : p.sections)
        if (structure::section_names_part(s) == r) return true;
    return false;
  };
  auto const share_of = [&](PartRole r) -> std::optional<double> {
    if (ctx.model.documents == 0) return std::nullopt;
    auto const* p = ctx.model.part(r);
    return p ? p->share : 0.0;
  };
  PartEvidence const evidence(ctx);
  for (PartRole const role : {PartRole::summary, PartRole::problems, PartRole::plan}) {
    if (has(role)) continue;
    auto const share = share_of(role);
    bool const required = role != PartRole::problems;
    // Summary and plan are what a yearly report is; a corpus where most
    // reports lack one of them says otherwise.
    if (required && share && *share < usual_share) continue;
    if (!required && (!share || *share < usual_share)) continue;
    // The outline may not know every way a part is headed: a stretch that
    // reads as the part is the part; an unsure reading is not an error.
    Evidence const seen = evidence.about(role);
    if (seen == Evidence::present) continue;
    auto const [b, e] = structure::expected_place(ctx, role);
    Hit hit;
    hit.begin = b;
    hit.end = e;
    hit.subject = "part:" + std::string(role_name(role));
    hit.args = {{"part", std::string(role_label(role))}};
    if (!required) {
      hit.message = "usual";
      hit.args.emplace_back("share", std::to_string(static_cast<int>(std::lround(*share * 100))) + "%");
    } else if (title_leaves_out(o, role)) {
      hit.message = "not_in_title";
    } else if (seen == Evidence::uncertain) {
      hit.message = "uncertain";
    } else {
      hit.message = "required";
    }
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
