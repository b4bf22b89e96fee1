#include "zongjie/check/rules/figure_inconsistent.hpp"

#include "zongjie/check/figures.hpp"
#include "zongjie/check/terms.hpp"
#include "zongjie/check/text_scan.hpp"

#include <cmath>
#include <unordered_map>

namespace zongjie::check {

namespace {
constexpr std::size_t min_name_chars = 4;

/// A year (4 digits and 年) or a month (digits and 月) in `s`.
bool dated(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!scan::is_ascii_digit(static_cast<unsigned char>(s[i]))) continue;
    std::size_t j = i;
    while (j < s.size() && scan::is_ascii_digit(static_cast<unsigned char>(s[j]))) ++j;
    std::string_view const rest = s.substr(j);
    if (rest.starts_with("年") || rest.starts_with("月")) return true;
    i = j;
  }
  return false;
}
}  // namespace

void FigureInconsistentCheck::run(Context const& ctx, Sink& out) const {
  FigureTable const& table = *ctx.data.figures;
  std::string_view const text = ctx.text();
  std::vector<Figure> found;
  // name + base unit → the first figure so named
  std::unordered_map<std::u32string, Figure> first;
  for (auto const& part : ctx.outline.parts) {
    if (part.role != PartRole::summary && part.role != PartRole::preamble) continue;
    if (part.end > part.begin && part.end - part.begin > max_part_bytes) continue;
    find_figures(table, text, part.begin, part.end, found);
    for (auto& f : found) {
      if (!f.name_at_clause_start || f.name.size() < min_name_chars || ctx.in_debris(f.begin, f.end)) continue;
      std::size_t const cb = clause_begin(text, f.begin);
      std::size_t const ce = clause_end(text, f.end);
      // The clause states the indicator and nothing else after it (粮食总产量1.2万吨，…).
      if (ce != f.end) continue;
      std::string name;
      for (char32_t c : f.name) utf8::append(name, c);
      // 完成投资, 实施项目: the amount of one piece of work among many.
      if (table.prefix(FigureTable::Cue::action, name)) continue;
      std::string_view const clause = text.substr(cb, ce - cb);
      // What the sentence says before the figure (1-10月，…; 其中，…) dates or splits it too.
      std::size_t const sb = sentence_begin_near(text, f.begin);
      std::string_view const lead = text.substr(sb, f.end - sb);
      if (table.contains(FigureTable::Cue::change, clause) || table.contains(FigureTable::Cue::partial, lead) ||
          dated(lead))
        continue;
      std::u32string key = f.name;
      key.push_back(U'|');
      for (char c : f.base) key.push_back(static_cast<unsigned char>(c));
      auto const [it, fresh] = first.try_emplace(key, f);
      if (fresh) continue;
      Figure const& a = it->second;
      // Equal as far as the coarser of the two is written (32.5亿元 and 32.48亿元).
      if (std::abs(a.value - f.value) <= std::max(a.step, f.step) * (0.5 + 1e-9)) continue;
      Hit hit;
      hit.begin = f.begin;
      hit.end = f.end;
      hit.message = "inconsistent";
      hit.args = {{"indicator", name},
                  {"value", f.shown},
                  {"other", a.shown},
                  {"line", std::to_string(ctx.doc.lines.line_of(a.begin))}};
      hit.subject = name + "｜" + a.shown + "｜" + f.shown;
      out.add(std::move(hit));
    }
  }
}

}  // namespace zongjie::check
