// Phase 5: items, the level below a section, in this order of preference:
//   1. line-start numbering of a deeper family than the section's;
//   2. run-in topic sentences that open the section's paragraphs, when two
//      or more paragraphs open with one (强化投资拉动。聚焦…); 一是 inside
//      those paragraphs is a level deeper still;
//   3. 一是/二是/一要 at line starts or inside the text;
//   4. run-in topic sentences anywhere in the section's paragraphs, after
//      。 or ！ (…促进高质量发展。优势产业多点突破。…), kept only where they
//      are parallel: two or more, of like length, without figures, each
//      followed by a body sentence.
#include "zongjie/outline/build/context.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace zongjie::build {

namespace {

using grammar::MarkerFamily;
using grammar::Punct;

/// Run-in topic sentences (人居环境更加宜居。) are short.
constexpr std::size_t min_topic_chars = 4;
constexpr std::size_t max_topic_chars = 16;
/// A paragraph-opening sentence with a comma (以…为突破，着力建设…) is an
/// item only when the section's paragraphs all open alike.
constexpr std::size_t max_opener_chars = 32;
constexpr std::size_t max_opener_commas = 1;
/// Three-character topics (抓一产。) only where they open paragraphs.
constexpr std::size_t min_opener_chars = 3;
/// Parallel topics differ in length by at most this many characters from
/// their median (or half the median, if more).
constexpr std::size_t topic_length_spread = 4;

struct Topic {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t chars = 0;
  bool paragraph_start = false;
};

bool has_digit(std::string_view s) {
  for (char c : s)
    if ((c >= '0' && c <= '9') || c == '%') return true;
  // Full-width digits ０…９ (EF BC 90 … 99) and ％ (EF BC 85).
  for (std::size_t p = s.find("\xEF\xBC"); p != npos; p = s.find("\xEF\xBC", p + 1))
    if (p + 2 < s.size()) {
      auto const b = static_cast<unsigned char>(s[p + 2]);
      if ((b >= 0x90 && b <= 0x99) || b == 0x85) return true;
    }
  return false;
}

class ItemFinder {
 public:
  ItemFinder(Context& ctx, Section& section) : ctx_(ctx), lines_(ctx.lines), section_(section) {}

  void run() {
    heading_ = section_.line - 1;
    last_ = std::min(lines_.size(), section_.end_line);  // index one past the last line
    if (deeper_numbering()) return;
    // Openers need two paragraphs below the heading: a one-paragraph section
    // (most 一是… sections) goes straight to its markers.
    // And only paragraphs whose first sentence is short can open with one.
    constexpr std::size_t opener_reach = 4 * (max_opener_chars + 8);
    std::size_t paragraphs = 0;
    for (std::size_t i = heading_ + 1; i < last_ && paragraphs < 2; ++i) {
      if (!ctx_.is_text(i) || lines_[i].marker) continue;
      std::string_view const head = ctx_.content(i).substr(0, opener_reach);
      paragraphs += head.size() < opener_reach || head.find("。") != npos || head.find("！") != npos;
    }
    std::optional<std::vector<Topic>> topics;
    if (paragraphs >= 2) {
      topics = collect_topics();
      std::size_t const openers = static_cast<std::size_t>(
          std::count_if(topics->begin(), topics->end(), [](Topic const& t) { return t.paragraph_start; }));
      if (openers >= 2) {
        for (Topic const& t : *topics)
          if (t.paragraph_start) add_topic(t);
        return;
      }
      if (long_openers()) return;
    }
    if (section_.marker.marker.family != MarkerFamily::cn_shi && shi_items()) return;
    if (!topics) topics = collect_topics();
    parallel_topics(std::move(*topics));
  }

 private:
  bool deeper_numbering() {
    MarkerFamily const fam = section_.marker.marker.family;
    std::array<int, grammar::marker_family_count> count{};
    if (!section_.inline_marker) {
      for (std::size_t i = heading_ + 1; i < last_; ++i)
        if (ctx_.is_text(i) && lines_[i].marker && lines_[i].marker->marker.family != fam &&
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
    if (!below) return false;
    for (std::size_t i = heading_ + 1; i < last_; ++i) {
      Line const& l = lines_[i];
      if (!ctx_.is_text(i) || !l.marker || l.marker->marker.family != *below) continue;
      Item item;
      item.offset = l.marker->begin;
      item.marker = ctx_.written(l.marker->marker, l.marker->begin, l.marker->end);
      item.title = ctx_.clean(l.marker->title_begin, ctx_.first_full_stop(l.marker->title_begin, l.end));
      place(item);
      section_.items.push_back(std::move(item));
    }
    return true;
  }

  bool shi_items() {
    auto const shi = inline_shi_markers(ctx_, section_.body_begin, section_.end);
    if (shi.empty()) return false;
    for (auto const& m : shi) {
      Item item;
      item.offset = m.offset;
      item.marker = ctx_.written(m.marker, m.offset, m.offset + m.length);
      item.inline_marker = lines_[ctx_.doc.lines.line_of(m.offset) - 1].content != m.offset;
      item.title = ctx_.clean(m.offset + m.length, m.title_end);
      place(item);
      section_.items.push_back(std::move(item));
    }
    return true;
  }

  /// Short sentences with no inner comma that open a paragraph or follow
  /// 。/！/；, each followed by its body in the same paragraph or on the next
  /// line.  A line that is a topic alone (产业发展提质增效) counts too.
  std::vector<Topic> collect_topics() const {
    std::vector<Topic> topics;
    std::string_view const text = ctx_.text;
    for (std::size_t i = heading_; i < last_; ++i) {
      if (!ctx_.is_text(i)) continue;
      Line const& l = lines_[i];
      if (i != heading_ && l.marker) continue;
      std::size_t start = i == heading_ ? section_.body_begin : l.content;
      if (section_.inline_marker && i == heading_) start = section_.body_begin;
      if (start >= l.end) continue;
      start += grammar::leading_blanks(text.substr(start, l.end - start));
      // The first sentence after a section's own title does not open a
      // paragraph, nor does a line that goes on with the sentence before it
      // (web captures break lines inside sentences).
      bool const paragraph = i != heading_ && previous_line_complete(i);
      // An inline section (一是…) ends inside its line.
      std::size_t const line_end = std::min(l.end, std::max(section_.end, start));
      std::size_t seg = start;
      bool inner_comma = false;
      std::string_view const upto = text.substr(0, line_end);
      if (start >= line_end) continue;
      for (std::size_t j = grammar::find_punct(upto, start); j != npos; j = grammar::find_punct(upto, j)) {
        grammar::PunctAt const p = grammar::punct_at(text, j);
        std::size_t const next = j + p.length;
        if (p.kind == Punct::comma || p.kind == Punct::colon) inner_comma = true;
        if (!grammar::ends_clause(p.kind)) {
          j = next;
          continue;
        }
        bool const ends_right = p.kind == Punct::full_stop || p.kind == Punct::exclamation;
        std::size_t const after = next + grammar::leading_blanks(text.substr(next, line_end - next));
        // Four bytes a character at most: longer clauses cannot be topics.
        if (ends_right && !inner_comma && j - seg <= 4 * (max_topic_chars + 8)) {
          std::size_t const chars = j - seg < min_opener_chars ? 0 : topic_chars(text, seg, j);
          bool const body_follows = after < line_end || (seg == start && next_line_is_body(i));
          bool const opens = seg == start && paragraph;
          if (chars >= (opens ? min_opener_chars : min_topic_chars) && chars <= max_topic_chars && body_follows &&
              !grammar::is_salutation(text.substr(seg, next - seg)))
            topics.push_back({seg, j, chars, opens});
        }
        seg = after;
        inner_comma = false;
        j = after;
      }
      // A topic alone on its line without a full stop: 产业发展提质增效
      if (seg == start && !inner_comma && paragraph && l.content_end - seg <= 4 * (max_topic_chars + 8) &&
          next_line_is_body(i)) {
        std::size_t const chars = topic_chars(text, seg, l.content_end);
        if (chars >= min_topic_chars && chars <= max_topic_chars) topics.push_back({seg, l.content_end, chars, true});
      }
    }
    return topics;
  }

  /// Paragraphs that all open alike with one short sentence of a comma or
  /// two (立足于绿水青山变金山银山，大力发展壮大旅游产业。…): in parallel,
  /// each opener is an item.
  bool long_openers() {
    std::string_view const text = ctx_.text;
    std::vector<Topic> found;
    std::size_t paragraphs = 0;
    for (std::size_t i = heading_ + 1; i < last_; ++i) {
      if (!ctx_.is_text(i) || lines_[i].marker) continue;
      ++paragraphs;
      Line const& l = lines_[i];
      std::size_t const stop = ctx_.first_full_stop(l.content, l.content_end);
      if (stop >= l.content_end) continue;  // no body after it
      std::string_view const sentence = text.substr(l.content, stop - l.content);
      if (sentence.size() > 4 * (max_opener_chars + 8)) continue;
      std::size_t const chars = topic_chars(text, l.content, stop);
      std::size_t commas = 0;
      bool other_stop = false;
      for (std::size_t p = grammar::find_punct(sentence, 0); p != npos; p = grammar::find_punct(sentence, p + 1)) {
        Punct const k = grammar::punct_at(sentence, p).kind;
        if (k == Punct::comma) ++commas;
        else if (k != Punct::dun) other_stop = true;
      }
      if (other_stop || commas > max_opener_commas || chars < min_topic_chars || chars > max_opener_chars ||
          has_digit(sentence))
        continue;
      found.push_back({l.content, stop, chars, true});
    }
    // Most paragraphs open this way, and at least two.
    if (found.size() < 2 || 3 * found.size() < 2 * paragraphs) return false;
    for (Topic const& t : found) add_topic(t);
    return true;
  }

  /// Topics anywhere, kept where they are parallel: like lengths, no figures,
  /// a longer sentence after each.
  void parallel_topics(std::vector<Topic> topics) {
    std::string_view const text = ctx_.text;
    std::erase_if(topics, [&](Topic const& t) {
      if (has_digit(text.substr(t.begin, t.end - t.begin))) return true;
      // The body that follows is longer than the topic itself.
      std::size_t const after = t.end + 3;
      std::size_t const line_end = lines_[ctx_.doc.lines.line_of(t.begin) - 1].end;
      if (after >= line_end) return false;
      std::size_t const stop = ctx_.first_full_stop(after, line_end);
      // Four bytes a character at most: a long run of bytes is a longer sentence.
      if (stop - after > 4 * t.chars + 12) return false;
      return topic_chars(text, after, stop) < t.chars;
    });
    if (topics.size() < 2) return;
    std::vector<std::size_t> lengths;
    lengths.reserve(topics.size());
    for (Topic const& t : topics) lengths.push_back(t.chars);
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
    std::size_t const median = lengths[lengths.size() / 2];
    std::size_t const spread = std::max(topic_length_spread, median / 2);
    std::erase_if(topics, [&](Topic const& t) { return t.chars + spread < median || t.chars > median + spread; });
    if (topics.size() < 2) return;
    for (Topic const& t : topics) add_topic(t);
  }

  void add_topic(Topic const& t) {
    Item item;
    item.offset = t.begin;
    item.title = ctx_.clean(t.begin, t.end);
    place(item);
    section_.items.push_back(std::move(item));
  }

  /// The text line before line i ends a sentence (or is a heading).
  bool previous_line_complete(std::size_t i) const {
    std::size_t p = i;
    while (p > 0 && !ctx_.is_text(p - 1)) --p;
    if (p == 0) return true;
    --p;
    if (p <= heading_ || lines_[p].marker || lines_[p].heading_line) return true;
    std::string_view const s = ctx_.content(p);
    for (std::string_view end : {"。", "！", "？", "；", "：", "…", "”", "’", "）", "!", "?", ";", ":", ")"})
      if (s.ends_with(end)) return true;
    return false;
  }

  bool next_line_is_body(std::size_t i) const {
    auto const next = ctx_.next_text_line(i, last_);
    return next && !lines_[*next].marker;
  }

  void place(Item& item) {
    auto const pos = ctx_.position(item.offset);
    item.line = pos.line;
    item.column = pos.column;
  }

  Context& ctx_;
  std::vector<Line> const& lines_;
  Section& section_;
  std::size_t heading_ = 0;
  std::size_t last_ = 0;
};

}  // namespace

void find_items(Context& ctx, Section& section) { ItemFinder(ctx, section).run(); }

}  // namespace zongjie::build
