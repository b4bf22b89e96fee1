#include "zongjie/check/rules/unmirrored_theme.hpp"

#include "zongjie/check/rules/structure_util.hpp"
#include "zongjie/check/text_scan.hpp"

#include <algorithm>
#include <set>

namespace zongjie::check {

namespace {

struct SectionView {
  Section const* section = nullptr;
  std::vector<bool> strong;              ///< per theme
  std::set<std::u32string> title_words;  ///< content bigrams of the title
};

std::set<std::u32string> content_bigrams(std::string_view title, StopWords const& stop) {
  std::vector<bool> mask;
  stop.mark(title, mask);
  std::set<std::u32string> out;
  char32_t prev = 0;
  for (std::size_t i = 0; i < title.size();) {
    auto const c = utf8::decode(title, i);
    bool const content = chinese::is_han(c.value) && !mask[i];
    if (content && prev) out.insert(std::u32string{prev, c.value});
    prev = content ? c.value : 0;
    i += c.length;
  }
  return out;
}

std::vector<SectionView> views(Context const& ctx, Part const& part, ThemeLexicon const& lex) {
  std::vector<SectionView> out;
  std::string_view const text = ctx.text();
  for (auto const& s : part.sections) {
    SectionView v;
    v.section = &s;
    std::string_view const body = text.substr(s.body_begin, s.end > s.body_begin ? s.end - s.body_begin : 0);
    auto const scores = lex.score(s.title, body);
    int const best = scores.empty() ? 0 : *std::max_element(scores.begin(), scores.end());
    v.strong.resize(scores.size());
    for (std::size_t t = 0; t < scores.size(); ++t)
      v.strong[t] = scores[t] >= UnmirroredThemeCheck::min_score &&
                    scores[t] >= UnmirroredThemeCheck::strong_share * best;
    v.title_words = content_bigrams(s.title, *ctx.data.stop_words);
    out.push_back(std::move(v));
  }
  return out;
}

bool correspond(SectionView const& a, SectionView const& b) {
  for (std::size_t t = 0; t < a.strong.size() && t < b.strong.size(); ++t)
    if (a.strong[t] && b.strong[t]) return true;
  for (auto const& w : a.title_words)
    if (b.title_words.contains(w)) return true;
  return false;
}

}  // namespace

void UnmirroredThemeCheck::run(Context const& ctx, Sink& out) const {
  Part const* summary = ctx.outline.find_part(PartRole::summary);
  Part const* plan = ctx.outline.find_part(PartRole::plan);
  if (!summary || !plan || summary->sections.size() < 2 || plan->sections.size() < 2) return;
  ThemeLexicon const& lex = *ctx.data.themes;
  auto const sv = views(ctx, *summary, lex);
  auto const pv = views(ctx, *plan, lex);
  auto const report = [&](SectionView const& v, std::vector<SectionView> const& others, std::string_view key) {
    Section const& s = *v.section;
    if (s.theme.empty()) return;                   // what it is about is unclear: no claim either way
    if (structure::section_names_part(s)) return;  // 存在的问题 as a section: not a theme of work
    if (std::any_of(others.begin(), others.end(), [&](auto const& o) { return correspond(v, o); })) return;
    Hit hit;
    hit.begin = s.offset;
    hit.end = std::max(s.offset, ctx.doc.lines.line_end(s.line));
    hit.message = key;
    hit.args = {{"title", s.title}, {"theme", s.theme}};
    hit.subject = std::string(key) + ":" + s.theme + ":" + scan::normalise(s.title);
    out.add(std::move(hit));
  };
  for (auto const& v : sv) report(v, pv, "summary_only");
  for (auto const& v : pv) report(v, sv, "plan_only");
}

}  // namespace zongjie::check
