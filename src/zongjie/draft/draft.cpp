#include "zongjie/draft/draft.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/promises.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/tsv.hpp"
#include "zongjie/util/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <map>
#include <set>
#include <unordered_set>

namespace zongjie::draft {

namespace {

using grammar::MarkerFamily;

/// Section counts taken from the standard outline are kept within these.
constexpr int min_plan_sections = 3, max_plan_sections = 8;
constexpr int min_problem_sections = 2, max_problem_sections = 4;
constexpr int min_summary_sections = 3, max_summary_sections = 8;
/// A part that at least this share of the corpus has is drafted (closing).
constexpr double usual_share = 0.3;
/// Prompts taken from a plan section without items: its first sentences.
constexpr std::size_t max_promises_from_body = 5;
/// Run-in topic sentences are this short (the outline builder's rule).
constexpr std::size_t min_topic_chars = 4, max_topic_chars = 16;

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// The plan periods of templates/check/terms.tsv (rows "term" of kind
/// period whose successor is itself a term of the table) and its history
/// cue words, for moving 十四五 on to 十五五 in a draft.
struct PeriodTerms {
  struct Term {
    std::vector<std::string> variants;
    int to = 0;
    std::string successor;
  };
  std::vector<Term> terms;
  std::vector<std::string> history;
};

PeriodTerms const& period_terms() {
  static PeriodTerms const table = [] {
    PeriodTerms t;
    std::string const text = data::load("check/terms.tsv");
    std::vector<std::pair<std::string, PeriodTerms::Term>> rows;
    for (auto const& row : util::parse_tsv(text)) {
      auto const& f = row.fields;
      if (f[0] == "cue" && f.size() > 2 && f[1] == "history")
        for (std::size_t i = 2; i < f.size(); ++i)
          for (auto w : util::split_words(f[i])) t.history.emplace_back(w);
      if (f[0] != "term" || f.size() < 7 || f[6] != "period" || f[4].empty()) continue;
      PeriodTerms::Term term;
      term.variants.emplace_back(f[1]);
      term.to = std::atoi(std::string(f[4]).c_str());
      term.successor = std::string(f[5]);
      rows.emplace_back(std::string(f[1]), std::move(term));
    }
    for (auto& row : rows) {
      std::string const& successor = row.second.successor;
      if (std::any_of(rows.begin(), rows.end(), [&](auto const& r) { return r.first == successor; }))
        t.terms.push_back(std::move(row.second));
    }
    return t;
  }();
  return table;
}

/// Last year's plan wording as this year's summary prompt: 明年 and 今年 in
/// last year's plan both meant the year this draft sums up.
std::string plan_words_as_summary(std::string s, int report) {
  for (std::string_view w : {"明年", "今年"})
    for (std::size_t at = s.find(w); at != std::string::npos; at = s.find(w, at + 1))
      s.replace(at, w.size(), std::to_string(report) + "年");
  return s;
}

/// The number part of a year mention (4 ASCII digits or 4 Chinese digits),
/// as a byte length from the mention's start.
std::size_t year_digits_length(std::string_view mention) {
  if (!mention.empty() && is_ascii_digit(mention[0])) {
    std::size_t n = 0;
    while (n < mention.size() && is_ascii_digit(mention[n])) ++n;
    return n;
  }
  std::size_t i = 0;
  for (int k = 0; k < 4 && i < mention.size(); ++k) i += utf8::decode(mention, i).length;
  return i;
}

bool is_figure_digit(char32_t c) { return (c >= '0' && c <= '9') || chinese::is_full_width_digit(c); }

/// `s` with every run of digits (with inner . , ．) replaced by `figure`.
void append_blanking_figures(std::string& out, std::string_view s, std::optional<std::string_view> figure) {
  if (!figure) {
    out += s;
    return;
  }
  for (std::size_t i = 0; i < s.size();) {
    auto cp = utf8::decode(s, i);
    if (!is_figure_digit(cp.value)) {
      out.append(s.substr(i, cp.length));
      i += cp.length;
      continue;
    }
    while (i < s.size()) {
      cp = utf8::decode(s, i);
      if (is_figure_digit(cp.value)) {
        i += cp.length;
        continue;
      }
      bool const joiner = cp.value == '.' || cp.value == ',' || cp.value == 0xFF0E;
      if (joiner && i + cp.length < s.size() && is_figure_digit(utf8::decode(s, i + cp.length).value)) {
        i += cp.length;
        continue;
      }
      break;
    }
    out += *figure;
  }
}

std::vector<grammar::YearMention> years_in(std::string_view text) {
  std::vector<grammar::YearMention> ys;
  grammar::find_years(text, ys);
  std::sort(ys.begin(), ys.end(), [](auto const& a, auto const& b) { return a.begin < b.begin; });
  return ys;
}

/// Rewrites the year mentions of `text`: `year_text(mention, digits)` gives
/// what replaces the number part; the rest of the text goes through `other`.
template <typename YearText, typename Other>
std::string rewrite_years(std::string_view text, YearText&& year_text, Other&& other) {
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t pos = 0;
  for (auto const& y : years_in(text)) {
    if (y.begin < pos || y.end > text.size()) continue;
    other(out, text.substr(pos, y.begin - pos));
    std::string_view const mention = text.substr(y.begin, y.end - y.begin);
    std::size_t const n = year_digits_length(mention);
    out += year_text(y, mention.substr(0, n));
    out += mention.substr(n);
    pos = y.end;
  }
  other(out, text.substr(pos));
  return out;
}

std::string trim(std::string_view s) { return std::string(grammar::trim_blanks(s)); }

/// Han text, full-width punctuation and quotation marks: what Chinese
/// punctuation sits next to.
bool is_chinese_side(char32_t c) {
  return chinese::is_han(c) || (c >= 0x2018 && c <= 0x201D) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20);
}

/// Last year's text as taken over: ASCII , ; : ! ? next to Chinese text made
/// full width (加压奋进,笃定前行 → 加压奋进，笃定前行), as the checker asks.
std::string full_width_punct(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  char32_t prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto const cp = utf8::decode(s, i);
    std::string_view repl;
    auto const next = utf8::decode(s, i + cp.length).value;
    if (is_chinese_side(prev) || is_chinese_side(next)) {
      bool const next_ok = next == 0 || is_chinese_side(next) || is_figure_digit(next) || !is_chinese_side(prev);
      // Not parentheses: whether ( ) are Chinese depends on what they enclose.
      bool const mark = cp.value == ',' || cp.value == ';' || cp.value == ':' || cp.value == '!' || cp.value == '?';
      if (mark && next_ok) repl = chinese::full_width_punct(static_cast<char>(cp.value));
    }
    if (!repl.empty()) out += repl;
    else out.append(s.substr(i, cp.length));
    prev = cp.value;
    i += cp.length;
  }
  return out;
}

/// A run-in topic sentence as the outline builder reads one.
bool fits_run_in(std::string_view title) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < title.size();) {
    grammar::PunctAt const p = grammar::punct_at(title, i);
    if (p.kind != grammar::Punct::none && p.kind != grammar::Punct::dun) return false;
    auto const cp = utf8::decode(title, i);
    bool const quote = cp.value == 0x201C || cp.value == 0x201D || cp.value == 0x2018 || cp.value == 0x2019 ||
                       cp.value == '"' || cp.value == '\'' || (cp.value >= 0x300A && cp.value <= 0x300D);
    if (!quote && p.kind != grammar::Punct::dun) ++chars;
    i += cp.length;
  }
  return chars >= min_topic_chars && chars <= max_topic_chars;
}

/// The closing mark of an opening quotation or title mark, 0 for others.
char32_t closing_quote(char32_t open) {
  switch (open) {
    case 0x201C: return 0x201D;  // “ ”
    case 0x2018: return 0x2019;  // ‘ ’
    case 0x300A: return 0x300B;  // 《 》
    case 0x300C: return 0x300D;  // 「 」
    case 0x300E: return 0x300F;  // 『 』
    default: return 0;
  }
}

/// Where the quotation opened at `i` ends (just after its closing mark), if
/// it closes on the same line; npos for an unbalanced quote.  Nested
/// quotations of the same kind are counted.
std::size_t quote_end(std::string_view text, std::size_t i) {
  auto const open = utf8::decode(text, i);
  char32_t const close = closing_quote(open.value);
  if (close == 0) return std::string_view::npos;
  int depth = 1;
  for (std::size_t k = i + open.length; k < text.size();) {
    if (text[k] == '\n') return std::string_view::npos;
    auto const cp = utf8::decode(text, k);
    k += cp.length;
    if (cp.value == open.value) ++depth;
    else if (cp.value == close && --depth == 0) return k;
  }
  return std::string_view::npos;
}

/// `s` without quotation marks that have no partner in it: a clause cut
/// from a sentence with an unbalanced quote (“自然风光宜人 …) must not carry
/// a mark that opens and never closes into the draft.
std::string drop_unpaired_quotes(std::string_view s) {
  std::vector<std::pair<std::size_t, std::size_t>> drop;  // byte ranges
  std::vector<std::pair<char32_t, std::size_t>> open;     // expected close, position
  for (std::size_t i = 0; i < s.size();) {
    auto const cp = utf8::decode(s, i);
    if (char32_t const c = closing_quote(cp.value)) {
      open.emplace_back(c, i);
    } else if (cp.value == 0x201D || cp.value == 0x2019 || cp.value == 0x300B || cp.value == 0x300D ||
               cp.value == 0x300F) {
      if (!open.empty() && open.back().first == cp.value) open.pop_back();
      else drop.emplace_back(i, cp.length);
    }
    i += cp.length;
  }
  for (auto const& [c, at] : open) drop.emplace_back(at, utf8::decode(s, at).length);
  if (drop.empty()) return std::string(s);
  std::sort(drop.begin(), drop.end());
  std::string out;
  std::size_t pos = 0;
  for (auto const& [at, len] : drop) {
    out.append(s.substr(pos, at - pos));
    pos = at + len;
  }
  out.append(s.substr(pos));
  return out;
}

/// What this year's summary reports on for the plan section promises[section]
/// (plan_promises(), the promises the checker looks for): the titles of its
/// items, or else the first clause of each of the first sentences of its text.
std::vector<std::string> prompts_of(text::Document const& doc, std::vector<Promise> const& promises,
                                    std::size_t section) {
  std::vector<std::string> out;
  for (auto const& p : promises) {
    if (!p.item || p.section != static_cast<int>(section)) continue;
    std::string t = trim(p.title);
    if (!t.empty()) out.push_back(std::move(t));
  }
  if (!out.empty()) return out;
  std::size_t const b = std::min(promises[section].title_end, doc.text.size());
  std::size_t const e = std::min(std::max(promises[section].end, b), doc.text.size());
  std::string_view const body(doc.text.data() + b, e - b);
  std::size_t seg = 0;
  bool in_first_clause = true;
  std::size_t clause_end = std::string_view::npos;
  auto take = [&](std::size_t end) {
    std::string_view c = grammar::trim_blanks(body.substr(seg, std::min(end, clause_end) - seg));
    if (auto m = grammar::parse_line_marker(c)) c = grammar::trim_blanks(c.substr(m->title_begin));
    else if (grammar::Marker sm; std::size_t n = grammar::parse_shi_marker(c, sm))
      c = grammar::trim_blanks(c.substr(n));
    std::string const clean = drop_unpaired_quotes(c);
    if (text::count_chars(clean) >= min_topic_chars && out.size() < max_promises_from_body) out.push_back(clean);
  };
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '\n') {
      take(i);
      seg = i + 1;
      in_first_clause = true;
      clause_end = std::string_view::npos;
      ++i;
      continue;
    }
    // A quotation is one piece of its sentence: “自然风光宜人，村庄环境宜居”
    // is not cut at its comma, nor “…。” at its full stop.  An unbalanced
    // mark (no partner on the line) quotes nothing.
    if (std::size_t const q = quote_end(body, i); q != std::string_view::npos) {
      i = q;
      continue;
    }
    grammar::PunctAt const p = grammar::punct_at(body, i);
    if (p.kind == grammar::Punct::none) {
      i += utf8::decode(body, i).length;
      continue;
    }
    if (grammar::ends_clause(p.kind)) {
      take(i);
      seg = i + p.length;
      in_first_clause = true;
      clause_end = std::string_view::npos;
    } else if (in_first_clause && (p.kind == grammar::Punct::comma || p.kind == grammar::Punct::colon)) {
      clause_end = i;
      in_first_clause = false;
    }
    i += p.length;
  }
  if (seg < body.size()) take(body.size());
  return out;
}

/// A part's heading as written last year, without its marker, years moved
/// on; none when it does not read as a heading of `role` for `year`.
std::optional<std::string> reuse_heading(Part const* p, PartRole role, int delta, int year) {
  if (!p || !p->heading) return std::nullopt;
  std::string_view h = *p->heading;
  if (p->marker && h.starts_with(p->marker->text)) h.remove_prefix(p->marker->text.size());
  h = grammar::trim_blanks(h);
  for (std::string_view colon : {"：", ":"})
    if (h.starts_with(colon)) h = grammar::trim_blanks(h.substr(colon.size()));
  std::string moved = full_width_punct(move_years(h, delta));
  auto title = grammar::match_part_title(moved);
  if (!title || title->components.empty()) return std::nullopt;
  grammar::TitleKind const want = role == PartRole::plan       ? grammar::TitleKind::plan
                                  : role == PartRole::problems ? grammar::TitleKind::problems
                                                               : grammar::TitleKind::summary;
  for (auto const& c : title->components) {
    if (c.kind != want) return std::nullopt;  // 存在问题及下步打算: not one part's heading
    if (c.year != 0 && c.year != year) return std::nullopt;
  }
  while (!moved.empty() && (moved.ends_with("：") || moved.ends_with(":") || moved.ends_with("。"))) {
    moved.resize(moved.size() - (moved.back() == ':' ? 1 : 3));
  }
  return moved;
}

bool allowed_section_family(MarkerFamily f) {
  return f == MarkerFamily::cn_dun || f == MarkerFamily::cn_paren || f == MarkerFamily::cn_shi ||
         f == MarkerFamily::arabic_dot || f == MarkerFamily::arabic_paren;
}

std::vector<StandardOutline::StyleStat const*> styles_of(StandardOutline const& m, std::string_view level) {
  std::vector<StandardOutline::StyleStat const*> out;
  for (auto const& s : m.styles)
    if (s.level == level) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(), [](auto const* a, auto const* b) { return a->share > b->share; });
  return out;
}

}  // namespace

HeadingStyle heading_style(StandardOutline const& model, DraftWords::Defaults const& d,
                           std::optional<MarkerFamily> section_override) {
  HeadingStyle st;
  // Sections.
  std::optional<MarkerFamily> section = section_override;
  for (auto const* s : styles_of(model, "section")) {
    if (section) break;
    if (auto f = grammar::style_from_name(s->marker_style); f && allowed_section_family(*f)) section = f;
  }
  if (!section)
    if (auto f = grammar::style_from_name(d.section_style); f && allowed_section_family(*f)) section = f;
  st.section = section.value_or(MarkerFamily::cn_paren);
  int const srank = grammar::conventional_rank(st.section);

  // Parts: numbered above the sections, or not numbered.
  auto part_ok = [&](std::string_view name, std::optional<MarkerFamily>& out) {
    if (name == style_unnumbered) {
      out.reset();
      return true;
    }
    auto f = grammar::style_from_name(name);
    if (!f || *f == MarkerFamily::cn_shi || grammar::conventional_rank(*f) >= srank) return false;
    out = f;
    return true;
  };
  bool found = false;
  for (auto const* s : styles_of(model, "part"))
    if ((found = part_ok(s->marker_style, st.part))) break;
  if (!found) found = part_ok(d.part_style, st.part);
  if (!found)
    st.part = srank >= grammar::conventional_rank(MarkerFamily::cn_paren) ? MarkerFamily::cn_dun : MarkerFamily::part;

  // Items: below the sections (一是 or run-in fit under any); none under 一是 sections.
  st.item.reset();
  if (st.section == MarkerFamily::cn_shi) return st;
  auto item_ok = [&](std::string_view name, std::optional<MarkerFamily>& out) {
    if (name == style_run_in) {
      out.reset();
      return true;
    }
    auto f = grammar::style_from_name(name);
    if (!f) return false;
    if (*f != MarkerFamily::cn_shi && (grammar::conventional_rank(*f) <= srank || (st.part && *f == *st.part)))
      return false;
    out = f;
    return true;
  };
  found = false;
  for (auto const* s : styles_of(model, "item"))
    if ((found = item_ok(s->marker_style, st.item))) break;
  if (!found && !item_ok(d.item_style, st.item)) st.item.reset();
  return st;
}

namespace {

/// Themes for a part: the standard outline's most common `n` that have a
/// template (else the defaults), plus `required`, in the usual order.
std::vector<std::string> choose_themes(StandardOutline const& model, TemplateSet const& templates, PartRole part, int n,
                                       std::vector<std::string> const& defaults,
                                       std::vector<std::string> const& required) {
  std::vector<std::string> chosen;
  std::map<std::string, double> position;
  auto stats = model.themes_of(part);
  for (auto const* t : stats) {
    position.emplace(t->theme, t->position);
    if (static_cast<int>(chosen.size()) < n && templates.section(part, t->theme) &&
        std::find(chosen.begin(), chosen.end(), t->theme) == chosen.end())
      chosen.push_back(t->theme);
  }
  if (chosen.empty()) {
    for (std::size_t i = 0; i < defaults.size(); ++i) {
      if (!templates.section(part, defaults[i])) continue;
      chosen.push_back(defaults[i]);
      position.emplace(defaults[i],
                       defaults.size() > 1 ? static_cast<double>(i) / static_cast<double>(defaults.size() - 1) : 0.0);
    }
  }
  for (std::size_t i = 0; i < required.size(); ++i) {
    auto const& t = required[i];
    if (t.empty() || !templates.section(part, t) || std::find(chosen.begin(), chosen.end(), t) != chosen.end())
      continue;
    chosen.push_back(t);
    // Not usual in the corpus: where it stood last year.
    position.emplace(t, required.size() > 1 ? static_cast<double>(i) / static_cast<double>(required.size() - 1) : 0.5);
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](auto const& a, auto const& b) { return position[a] < position[b]; });
  return chosen;
}

int sections_wanted(StandardOutline const& model, PartRole part, std::size_t fallback, int lo, int hi) {
  auto const* p = model.part(part);
  int n = p && p->documents > 0 ? static_cast<int>(std::lround(p->sections_mean)) : static_cast<int>(fallback);
  return std::clamp(n, lo, hi);
}

}  // namespace

/// `text` with the plan periods that ended before `year` (十四五 in a draft
/// for 2027) moved on to their successor, where the clause does not speak of
/// them as history (“十四五”以来, 与“十三五”末相比).
std::string move_terms(std::string_view text, int year) {
  PeriodTerms const& table = period_terms();
  std::string out(text);
  for (auto const& term : table.terms) {
    if (year <= term.to) continue;
    for (auto const& v : term.variants) {
      for (std::size_t at = out.find(v); at != std::string::npos; at = out.find(v, at + 1)) {
        // The clause around it, between marks.
        static constexpr std::array<std::string_view, 6> marks{"，", "。", "；", "：", "！", "？"};
        std::size_t cb = 0, ce = out.size();
        for (auto m : marks) {
          std::size_t const p = out.rfind(m, at);
          if (p != std::string::npos) cb = std::max(cb, p + m.size());
          std::size_t const q = out.find(m, at + v.size());
          if (q != std::string::npos) ce = std::min(ce, q);
        }
        std::string_view const clause = std::string_view(out).substr(cb, ce - cb);
        bool const history = std::any_of(table.history.begin(), table.history.end(), [&](std::string const& h) {
          return clause.find(h) != std::string_view::npos;
        });
        if (history) continue;
        out.replace(at, v.size(), term.successor);
      }
    }
  }
  return out;
}

std::string move_years(std::string_view text, int delta, std::optional<std::string_view> figure) {
  return rewrite_years(
      text,
      [&](grammar::YearMention const& y, std::string_view digits) {
        int const moved = y.year + delta;
        return !digits.empty() && is_ascii_digit(digits[0]) ? std::to_string(moved)
                                                            : chinese::positional_numeral(moved);
      },
      [&](std::string& out, std::string_view s) { append_blanking_figures(out, s, figure); });
}

/// The unit last year's report names most often (汤垟乡 in “2023年汤垟乡以…”):
/// two or three characters before a suffix of `words.unit_suffixes`, not one
/// of `words.not_unit_names` nor followed by one of `words.not_after_unit`
/// (乡村), seen at least twice.  "" when none is.
static std::string unit_named_in(std::string_view text, DraftWords const& words) {
  std::map<std::string, int> counts;
  // The name is counted back in three-byte characters from the suffix.
  auto is_han = [](std::string_view s, std::size_t at) {
    utf8::CodePoint const c = utf8::decode(s, at);
    return c.length == 3 && chinese::is_han(c.value);
  };
  for (std::string const& suffix : words.unit_suffixes) {
    for (std::size_t at = text.find(suffix); at != std::string_view::npos; at = text.find(suffix, at + 1)) {
      std::string_view const after = text.substr(at + suffix.size(), 3);
      if (std::find(words.not_after_unit.begin(), words.not_after_unit.end(), after) != words.not_after_unit.end())
        continue;
      for (std::size_t chars : {2u, 3u}) {
        if (at < 3 * chars) break;
        std::size_t const b = at - 3 * chars;
        bool han = true;
        for (std::size_t k = 0; k < chars; ++k) han = han && is_han(text, b + 3 * k);
        if (!han) break;
        std::string const name(text.substr(b, 3 * chars));
        bool excluded = false;
        for (auto const& no : words.not_unit_names)
          excluded = excluded || std::string_view(name).ends_with(no) || name == no;
        if (excluded) continue;
        // 东茗乡党委, 青溪镇人民政府: a name in such a context counts thrice.
        bool strong = false;
        for (auto const& ctx : words.unit_context_after)
          strong = strong || text.substr(at + suffix.size()).starts_with(ctx);
        counts[name + suffix] += strong ? 3 : 1;
      }
    }
  }
  std::string best;
  int best_n = 1;
  for (auto const& [name, n] : counts)
    // On a tie the longer name that ends with the shorter one is the name
    // (兰溪口镇, not 溪口镇).
    if (n > best_n || (n == best_n && !best.empty() && name.size() > best.size() && name.ends_with(best))) {
      best = name;
      best_n = n;
    }
  return best;
}

std::string blank_other_years(std::string_view text, int keep, std::string_view placeholder) {
  return rewrite_years(
      text,
      [&](grammar::YearMention const& y, std::string_view digits) {
        return y.year == keep ? std::string(digits) : std::string(placeholder);
      },
      [](std::string& out, std::string_view s) { out += s; });
}

int default_report_year() {
  std::time_t const t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  int const year = tm.tm_year + 1900;
  return tm.tm_mon <= 1 ? year - 1 : year;
}

StandardOutline model_from_defaults(TemplateSet const& templates) {
  auto const& d = templates.words().defaults;
  StandardOutline m;
  auto add_part = [&](PartRole r, double share, double pos, std::size_t sections) {
    StandardOutline::PartStat p;
    p.role = r;
    p.share = share;
    p.documents = share > 0 ? 1 : 0;
    p.position = pos;
    p.headed_share = (r == PartRole::preamble || r == PartRole::closing) ? 0 : 1;
    p.sections_mean = static_cast<double>(sections);
    p.sections_min = p.sections_max = static_cast<int>(sections);
    m.parts.push_back(p);
    if (share > 0) m.order.push_back(r);
  };
  add_part(PartRole::preamble, 1, 0, 0);
  add_part(PartRole::summary, 1, 0.25, d.summary.size());
  add_part(PartRole::problems, 1, 0.5, d.problems.size());
  add_part(PartRole::plan, 1, 0.75, d.plan.size());
  add_part(PartRole::closing, d.closing ? 1 : 0, 1, 0);
  for (auto const& [role, list] : {std::pair{PartRole::summary, &d.summary}, std::pair{PartRole::problems, &d.problems},
                                   std::pair{PartRole::plan, &d.plan}})
    for (std::size_t i = 0; i < list->size(); ++i) {
      StandardOutline::ThemeStat t;
      t.part = role;
      t.theme = (*list)[i];
      t.documents = 1;
      t.share = 1.0 - 0.01 * static_cast<double>(i);
      t.position = list->size() > 1 ? static_cast<double>(i) / static_cast<double>(list->size() - 1) : 0.0;
      m.themes.push_back(std::move(t));
    }
  m.styles.push_back({"part", d.part_style, 1, 1.0});
  m.styles.push_back({"section", d.section_style, 1, 1.0});
  m.styles.push_back({"item", d.item_style, 1, 1.0});
  return m;
}

Draft make_draft(StandardOutline const& model, TemplateSet const& templates, LastYear const* last,
                 DraftOptions const& options, int current_year) {
  DraftWords const& words = templates.words();
  Draft draft;

  // ---- years ----
  std::optional<int> last_report;
  if (last) {
    if (last->outline.report_year) last_report = last->outline.report_year;
    else if (last->outline.plan_year) last_report = *last->outline.plan_year - 1;
  }
  int const report = options.year.value_or(last_report ? *last_report + 1 : current_year);
  int const plan = report + 1;
  int const delta = last_report ? report - *last_report : 0;
  draft.report_year = report;
  draft.plan_year = plan;
  if (last && !last_report) draft.notes.emplace_back("无法确定上年报告的年份，其中的年份未作顺延");

  // ---- unit ----
  std::string unit = trim(options.place);
  if (unit.empty() && last && last->outline.title) {
    if (auto t = grammar::match_document_title(last->outline.title->text); t && t->begin > 0)
      unit = trim(std::string_view(last->outline.title->text).substr(0, t->begin));
  }
  if (unit.empty() && last) unit = unit_named_in(last->doc.text, words);
  if (unit.empty()) {
    unit = words.unit_placeholder;
    draft.notes.push_back("未给出单位名称，已用“" + unit + "”占位（可用 --place 指定）");
  }
  Slots slots{report, plan, unit, {}};

  // ---- styles ----
  draft.style = heading_style(model, words.defaults, options.section_style);

  // ---- last year's plan: this year's summary ----
  Part const* last_plan = last ? last->outline.find_part(PartRole::plan) : nullptr;
  struct Promised {
    std::string title;
    std::string theme;
    std::vector<std::string> promises;
  };
  std::vector<Promised> promised;
  // Per section of last year's plan; a plan written as paragraphs has no
  // sections to write this year's summary by.
  std::vector<Promise> const last_promises = last ? plan_promises(last->doc, last->outline) : std::vector<Promise>{};
  for (std::size_t k = 0; k < last_promises.size(); ++k) {
    Promise const& section = last_promises[k];
    if (section.item || section.paragraph) continue;
    Promised p;
    p.title = move_terms(plan_words_as_summary(full_width_punct(blank_other_years(trim(section.title), report,
                                                                                  words.year_placeholder)),
                                               report),
                         report);
    p.theme = section.theme;
    for (auto const& pr : prompts_of(last->doc, last_promises, k))
      p.promises.push_back(
          move_terms(plan_words_as_summary(full_width_punct(blank_other_years(pr, report, words.year_placeholder)),
                                           report),
                     report));
    promised.push_back(std::move(p));
  }
  if (last && promised.empty()) draft.notes.emplace_back("上年报告中没有找到分节的工作计划，工作总结部分按模板起草");

  // Run-in items only if every item title reads as a topic sentence.
  if (!draft.style.item && draft.style.section != MarkerFamily::cn_shi) {
    bool all_fit = true;
    for (auto const& p : promised)
      for (auto const& pr : p.promises) all_fit = all_fit && fits_run_in(pr);
    if (!all_fit) draft.style.item = MarkerFamily::cn_shi;
  }

  std::vector<std::string> required_plan;  // themes the plan must mirror
  required_plan.reserve(promised.size());
  for (auto const& p : promised) required_plan.push_back(p.theme);
  auto const lexicon = ThemeLexicon::standard();
  Outline back;
  // Twice at most: when the draft's own summary sections read as themes the
  // plan lacks (a section without its body can read differently from last
  // year's), the plan gets those too.
  for (int round = 0; round < 2; ++round) {
    draft.text.clear();
    // ---- themes ----
    draft.plan_themes = choose_themes(model, templates, PartRole::plan,
                                      sections_wanted(model, PartRole::plan, words.defaults.plan.size(),
                                                      min_plan_sections, max_plan_sections),
                                      words.defaults.plan, required_plan);
    std::vector<std::string> template_summary_themes;
    if (promised.empty())
      template_summary_themes = choose_themes(model, templates, PartRole::summary,
                                              sections_wanted(model, PartRole::summary, words.defaults.summary.size(),
                                                              min_summary_sections, max_summary_sections),
                                              words.defaults.summary, draft.plan_themes);
    std::vector<std::string> problem_themes;
    {
      int const n = sections_wanted(model, PartRole::problems, words.defaults.problems.size(), min_problem_sections,
                                    max_problem_sections);
      for (auto const* t : model.themes_of(PartRole::problems))
        if (static_cast<int>(problem_themes.size()) < n && templates.section(PartRole::problems, t->theme))
          problem_themes.push_back(t->theme);
      for (auto const& t : draft.plan_themes)
        if (static_cast<int>(problem_themes.size()) < n && templates.section(PartRole::problems, t) &&
            std::find(problem_themes.begin(), problem_themes.end(), t) == problem_themes.end())
          problem_themes.push_back(t);
    }

    // ---- text ----
    std::vector<std::string> lines;
    auto add_lines = [&](std::string_view block) {
      std::size_t pos = 0;
      while (pos < block.size()) {
        std::size_t nl = block.find('\n', pos);
        if (nl == std::string_view::npos) nl = block.size();
        if (nl > pos) lines.emplace_back(block.substr(pos, nl - pos));
        pos = nl + 1;
      }
    };

    // Title.
    std::optional<std::string> title;
    if (last && last->outline.title) {
      std::string t = move_terms(full_width_punct(move_years(last->outline.title->text, delta)), report);
      auto parsed = grammar::match_document_title(t);
      if (parsed && !options.place.empty()) {
        std::string named = unit;
        named.append(t, parsed->begin);
        t = std::move(named);
        parsed = grammar::match_document_title(t);
      }
      bool ok = parsed.has_value();
      if (parsed)
        for (auto const& c : parsed->components) {
          if (c.year == 0) continue;
          if (c.kind == grammar::TitleKind::plan ? c.year != plan
                                                 : c.kind != grammar::TitleKind::problems && c.year != report)
            ok = false;
        }
      if (ok) title = std::move(t);
    }
    lines.push_back(title ? *title : fill(words.title, slots, PartRole::summary));

    // Preamble: last year's, years moved on and figures made placeholders.
    bool preamble_done = false;
    if (last) {
      if (Part const* pre = last->outline.find_part(PartRole::preamble)) {
        std::set<std::size_t> noise;
        for (auto const& n : last->outline.noise) noise.insert(n.line);
        for (std::size_t ln = pre->line; ln <= pre->end_line && ln <= last->doc.lines.line_count(); ++ln) {
          if (noise.contains(ln) || (last->outline.title && last->outline.title->line == ln)) continue;
          std::size_t const b = last->doc.lines.line_start(ln), e = last->doc.lines.line_end(ln);
          std::string clean;
          std::size_t pos = b;
          for (auto const r : last->outline.debris) {
            if (r.end <= pos || r.begin >= e) continue;
            if (r.begin > pos) clean.append(last->doc.text, pos, r.begin - pos);
            pos = std::max(pos, r.end);
          }
          if (pos < e) clean.append(last->doc.text, pos, e - pos);
          std::string const line = trim(clean);
          if (line.empty()) continue;
          lines.push_back(
              move_terms(full_width_punct(move_years(line, delta, std::string_view(words.figure_placeholder))),
                         report));
          preamble_done = true;
        }
      }
    }
    if (!preamble_done)
      if (auto const* t = templates.part_template(PartRole::preamble)) add_lines(render(*t, slots, draft.style));

    int part_no = 0;
    auto part_heading = [&](PartRole role, std::optional<std::string> reused) {
      auto const* t = templates.part_template(role);
      std::string heading = reused ? *reused : t ? fill(t->title, slots, role) : std::string();
      if (heading.empty()) return;
      ++part_no;
      lines.push_back((draft.style.part ? marker_text(*draft.style.part, part_no) : std::string()) + heading);
      if (t && !t->lead.empty()) lines.push_back(fill(t->lead, slots, role));
    };
    auto template_section = [&](PartRole role, std::string const& theme, int ordinal) {
      auto const* t = templates.section(role, theme);
      if (!t) return false;
      add_lines(render(*t, slots, draft.style, ordinal));
      return true;
    };

    // Summary.
    part_heading(PartRole::summary, reuse_heading(last ? last->outline.find_part(PartRole::summary) : nullptr,
                                                  PartRole::summary, delta, report));
    int n = 0;
    if (!promised.empty()) {
      for (auto const& p : promised) {
        std::vector<TemplateItem> items;
        for (auto const& pr : p.promises) {
          Slots s = slots;
          s.promise = pr;
          items.push_back({pr, fill(words.promise_body, s, PartRole::summary)});
        }
        // A section without promises still asks for its report.
        std::string lead;
        if (items.empty()) {
          Slots s = slots;
          s.promise = p.title;
          lead = fill(words.promise_body, s, PartRole::summary);
        }
        for (auto& l : render_section(p.title, lead, items, draft.style, ++n)) lines.push_back(std::move(l));
      }
    } else {
      for (auto const& theme : template_summary_themes)
        if (template_section(PartRole::summary, theme, n + 1)) ++n;
    }

    // Problems.
    part_heading(PartRole::problems, reuse_heading(last ? last->outline.find_part(PartRole::problems) : nullptr,
                                                   PartRole::problems, delta, report));
    n = 0;
    for (auto const& theme : problem_themes)
      if (template_section(PartRole::problems, theme, n + 1)) ++n;

    // Plan.
    part_heading(PartRole::plan, reuse_heading(last_plan, PartRole::plan, delta, plan));
    n = 0;
    for (auto const& theme : draft.plan_themes)
      if (template_section(PartRole::plan, theme, n + 1)) ++n;

    // Closing.
    auto const* closing_stat = model.part(PartRole::closing);
    bool const closing = (closing_stat && closing_stat->share >= usual_share) ||
                         (last && last->outline.find_part(PartRole::closing));
    if (closing)
      if (auto const* t = templates.part_template(PartRole::closing)) add_lines(render(*t, slots, draft.style));

    for (auto const& l : lines) {
      draft.text += l;
      draft.text += '\n';
    }

    back = build_outline(text::document_from_text("draft", draft.text), {lexicon.get()});
    std::vector<std::string> missing;
    if (auto const* sp = back.find_part(PartRole::summary))
      for (auto const& sec : sp->sections)
        if (!sec.theme.empty() && templates.section(PartRole::plan, sec.theme) &&
            std::find(draft.plan_themes.begin(), draft.plan_themes.end(), sec.theme) == draft.plan_themes.end() &&
            std::find(missing.begin(), missing.end(), sec.theme) == missing.end())
          missing.push_back(sec.theme);
    if (missing.empty()) break;
    required_plan.insert(required_plan.end(), missing.begin(), missing.end());
  }

  // Self-check: the draft must read back as what it is meant to be.
  if (back.report_year != report || back.plan_year != plan)
    draft.notes.emplace_back("草稿自检：读回的年份与预期不符，请检查标题和各部分标题");
  for (PartRole r : {PartRole::summary, PartRole::problems, PartRole::plan})
    if (!back.find_part(r))
      draft.notes.push_back(std::string("草稿自检：读回时没有识别出“") + std::string(role_label(r)) + "”部分");
  return draft;
}

}  // namespace zongjie::draft
