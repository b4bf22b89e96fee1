// Phase 2: the title block — the title (also letter-spaced, 政 府 工 作 报 告,
// or on two lines), the dateline (——2023年1月30日在…会议上), the speaker
// line, and the salutation (各位代表：) where the preamble starts.  Web
// captures put site navigation before the title: with a salutation to
// anchor on, what stands before the title is debris.
#include "zongjie/outline/build/context.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>

namespace zongjie::build {

namespace {

/// How far down a salutation is looked for: navigation can be long.
constexpr std::size_t max_block_lines = 80;
/// A paragraph of body text: a sentence stop and some length.
constexpr std::size_t min_body_chars = 40;
/// A speaker line: 保定市人民政府市长 闫继红, or the name alone.
constexpr std::size_t max_speaker_chars = 30;
/// Paragraphs of text a salutation may follow and still open the body.
constexpr std::size_t max_paragraphs_before_salutation = 2;

/// Title-block lines are short: only a line's opening is looked at.
constexpr std::size_t block_line_window = 600;

std::string_view opening(std::string_view s) {
  if (s.size() <= block_line_window) return s;
  std::size_t cut = block_line_window;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

bool has_sentence_stop(std::string_view s) {
  s = opening(s);
  return s.find("。") != npos || s.find("！") != npos || s.find("？") != npos || s.find("；") != npos;
}

bool is_body_paragraph(std::string_view s) {
  return has_sentence_stop(s) && text::count_chars(opening(s)) >= min_body_chars;
}

/// 政 府 工 作 报 告 → 政府工作报告: blanks between single characters removed.
std::string close_letter_spacing(std::string_view s) {
  std::string out;
  std::size_t blanks = 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t const b = grammar::blank_at(s, i)) {
      ++blanks;
      i += b;
      continue;
    }
    std::size_t const len = utf8::sequence_length(s[i]);
    out.append(s.substr(i, len));
    ++chars;
    i += len;
  }
  // Letter-spaced: about one blank run per character.
  return blanks * 2 + 2 >= chars ? out : std::string(s);
}

std::optional<grammar::PartTitle> document_title(std::string_view s) {
  s = grammar::trim_blanks(s);
  // A title does not end in a colon: 2015年工作回顾： heads what follows.
  if (s.ends_with("：") || s.ends_with(":")) return std::nullopt;
  if (s.size() > 200 || (s.find("。") != npos && s.find("。") + 3 < s.size())) return std::nullopt;
  std::string const closed = close_letter_spacing(s);
  return grammar::match_document_title(closed);
}

bool is_speaker_line(std::string_view s) {
  if (s.size() > 4 * max_speaker_chars) return false;
  if (has_sentence_stop(s) || s.find("，") != npos) return false;
  std::size_t const chars = text::count_chars(s);
  if (chars > max_speaker_chars) return false;
  if (chars <= 4) return true;  // the name alone
  // A title and a name: …区长　　张天喜
  for (std::size_t i = 0; i < s.size();)
    if (std::size_t const b = grammar::blank_at(s, i)) return i > 0 && i + b < s.size();
    else ++i;
  return false;
}

/// 2026年1月12日 → 2026, 1.
void read_date(std::string_view s, int& year, int& month) {
  std::vector<grammar::YearMention> ys;
  grammar::find_years(s, ys);
  if (ys.empty()) return;
  year = ys.front().year;
  std::size_t p = ys.front().end;
  int m = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') m = m * 10 + (s[p++] - '0');
  if (m >= 1 && m <= 12 && s.substr(p).starts_with("月")) month = m;
}

/// 2025年政府工作回顾 on the first line, with 2026年主要工作 as a heading
/// line further down: the first is the summary's heading, not a title.
bool bare_part_heading(Context const& ctx, std::size_t i, grammar::PartTitle const& words) {
  Line const& l = ctx.lines[i];
  if (!l.part_title || words.begin != 0 || l.marker) return false;
  for (std::size_t j = i + 1; j < ctx.lines.size(); ++j) {
    Line const& o = ctx.lines[j];
    if (!ctx.is_text(j) || !o.heading_line || !o.part_title || o.marker) continue;
    auto const& a = o.part_title->components.front();
    auto const& b = words.components.front();
    if (a.kind != b.kind || (a.year > 0 && b.year > 0 && a.year != b.year)) return true;
  }
  return false;
}

}  // namespace

void find_title_block(Context& ctx) {
  std::size_t first = 0;
  while (first < ctx.lines.size() && !ctx.is_text(first)) ++first;
  ctx.content_start = first;
  if (first >= ctx.lines.size()) return;

  // The block ends at a salutation, a numbered or part-title line, or body text.
  std::optional<std::size_t> salutation;
  std::size_t stop = ctx.lines.size();
  std::size_t seen = 0;
  std::size_t body_paragraphs = 0;
  std::optional<std::size_t> first_body;
  for (std::size_t i = first; i < ctx.lines.size() && seen < max_block_lines; ++i) {
    if (!ctx.is_text(i)) continue;
    ++seen;
    Line const& l = ctx.lines[i];
    std::string_view const s = ctx.content(i);
    if (grammar::is_salutation(s)) {
      salutation = i;
      stop = i;
      break;
    }
    if (l.marker || (l.part_title && !document_title(s))) {
      stop = i;
      break;
    }
    // Body text ends the block, unless a salutation follows soon (a site's
    // banner motto above a captured page).
    if (is_body_paragraph(s) && ++body_paragraphs > max_paragraphs_before_salutation) {
      stop = first_body.value_or(i);
      break;
    }
    if (is_body_paragraph(s) && !first_body) first_body = i;
  }
  if (!salutation && first_body) stop = std::min(stop, *first_body);
  if (stop == ctx.lines.size() && !salutation) stop = std::min(stop, first + 1);

  // The title: the last line in the block that reads as one (a web capture
  // may repeat the headline above it); a two-line title is joined.
  std::optional<std::size_t> title;
  std::optional<grammar::PartTitle> title_words;
  std::string title_text;
  std::optional<std::size_t> dateline;
  for (std::size_t i = first; i < stop; ++i) {
    if (!ctx.is_text(i)) continue;
    std::string_view const s = ctx.content(i);
    if (grammar::is_dateline(s)) {
      if (!dateline) dateline = i;
      continue;
    }
    if (dateline) continue;  // the title stands above the dateline
    if (auto t = document_title(s)) {
      title = i;
      title_words = std::move(t);
      title_text = close_letter_spacing(grammar::trim_blanks(s));
      continue;
    }
    // 东山镇人民政府 / 2023年工作总结 on two lines.
    if (auto const next = ctx.next_text_line(i, stop); next && !title) {
      std::string joined = std::string(s) + std::string(ctx.content(*next));
      if (auto t = document_title(joined); t && text::count_chars(joined) <= 48) {
        title = *next;
        title_words = std::move(t);
        title_text = close_letter_spacing(joined);
        i = *next;
      }
    }
  }

  if (dateline) read_date(ctx.content(*dateline), ctx.dateline_year, ctx.dateline_month);
  if (title && bare_part_heading(ctx, *title, *title_words)) title.reset();
  if (title) {
    // "2023年工作总结" alone, followed straight by 一、…, is the summary's heading.
    bool const bare_summary = title_words->begin == 0 && title_words->components.size() == 1 &&
                              title_words->components[0].kind == grammar::TitleKind::summary;
    if (bare_summary && !salutation && !dateline) {
      auto const next = ctx.next_text_line(*title, ctx.lines.size());
      if (next && ctx.lines[*next].marker && ctx.lines[*next].marker->marker.family != grammar::MarkerFamily::cn_shi)
        title.reset();
    }
  }
  if (title) {
    ctx.outline.title = Title{title_text, ctx.lines[*title].no, title_words->components};
    ctx.lines[*title].part_title.reset();
  }

  if (salutation) {
    // Whatever stands above the title in a block closed by a salutation is
    // page chrome (site navigation, a repeated headline).
    if (title) {
      for (std::size_t i = first; i < *title; ++i) {
        if (!ctx.is_text(i) || (dateline && i >= *dateline)) continue;
        ctx.lines[i].kind = LineKind::noise;
        ctx.outline.noise.push_back({ctx.lines[i].no, std::string(grammar::trim_blanks(ctx.content(i)))});
      }
      std::sort(ctx.outline.noise.begin(), ctx.outline.noise.end(),
                [](NoiseLine const& a, NoiseLine const& b) { return a.line < b.line; });
    }
    ctx.content_start = *salutation;
    return;
  }

  // Without a salutation the block is the title, the dateline and the
  // speaker line, in that order; the body starts after them.
  std::size_t i = first;
  auto skip_to_next = [&] { i = ctx.next_text_line(i, ctx.lines.size()).value_or(ctx.lines.size()); };
  if (title && i == *title) skip_to_next();
  else if (title && *title > i && *title < stop) {
    // A two-line title: its first line too.
    i = *title;
    skip_to_next();
  }
  bool after_dateline = false;
  while (i < ctx.lines.size() && ctx.is_text(i) && grammar::is_dateline(ctx.content(i))) {
    after_dateline = true;
    skip_to_next();
  }
  if (after_dateline && i < ctx.lines.size() && ctx.is_text(i) && !ctx.lines[i].marker && !ctx.lines[i].part_title &&
      is_speaker_line(ctx.content(i)))
    skip_to_next();
  ctx.content_start = i;
}

}  // namespace zongjie::build
