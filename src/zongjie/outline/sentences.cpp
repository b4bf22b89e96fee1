#include "zongjie/outline/sentences.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace zongjie {

std::string_view sentence_kind_name(SentenceKind k) noexcept {
  switch (k) {
    case SentenceKind::heading: return "heading";
    case SentenceKind::item: return "item";
    default: return "body";
  }
}

namespace {

class Splitter {
 public:
  Splitter(text::Document const& doc, Outline const& outline) : doc_(doc), text_(doc.text), outline_(outline) {
    for (auto const& n : outline.noise) noise_lines_.insert(n.line);
    for (auto const& p : outline.parts)
      for (auto const& s : p.sections)
        for (auto const& i : s.items) item_offsets_.insert(i.offset);
  }

  std::vector<Sentence> run() {
    // About one sentence per 40 characters of Chinese text: reserved once,
    // a pasted 50 MB line does not grow the vector a few dozen times.
    constexpr std::size_t bytes_per_sentence = 120;
    out_.reserve(doc_.text.size() / bytes_per_sentence + 16);
    for (auto const& part : outline_.parts) {
      for (std::size_t line = part.line; line <= part.end_line && line <= doc_.lines.line_count(); ++line) {
        if (noise_lines_.contains(line)) continue;
        if (line == part.line && part.heading) continue;  // a part heading is not reusable text
        split_line(part, line);
      }
    }
    return std::move(out_);
  }

 private:
  void split_line(Part const& part, std::size_t line) {
    std::size_t const b = doc_.lines.line_start(line);
    std::size_t const e = doc_.lines.line_end(line);
    std::size_t seg = b;
    std::string_view const upto(text_.data(), e);
    for (std::size_t i = grammar::find_punct(upto, b); i != std::string_view::npos; i = grammar::find_punct(upto, i)) {
      grammar::PunctAt const p = grammar::punct_at(text_, i);
      i += p.length;
      if (!grammar::ends_clause(p.kind)) continue;
      emit(part, seg, i - p.length);
      seg = i;
    }
    emit(part, seg, e);
  }

  /// A sentence text[b, e): drop debris and a leading marker, cut over-long runs.
  void emit(Part const& part, std::size_t b, std::size_t e) {
    // The debris is in text order (line by line, left to right): the first
    // range that ends after b is found by bisection, not by a walk over all
    // of it for every sentence.
    auto r = std::lower_bound(outline_.debris.begin(), outline_.debris.end(), b,
                              [](grammar::ByteRange const& d, std::size_t at) { return d.end <= at; });
    // Most sentences have none: they are read in place, the others copied without it.
    std::string_view clean = text_.substr(b, e - b);
    if (r != outline_.debris.end() && r->begin < e) {
      clean_.clear();
      std::size_t pos = b;
      for (; r != outline_.debris.end() && r->begin < e; ++r) {
        if (r->end <= pos) continue;
        if (r->begin > pos) clean_.append(text_.substr(pos, r->begin - pos));
        pos = std::max(pos, r->end);
      }
      if (pos < e) clean_.append(text_.substr(pos, e - pos));
      clean = clean_;
    }
    std::string_view s = grammar::trim_blanks(clean);
    std::size_t const lead = static_cast<std::size_t>(s.data() - clean.data());
    std::size_t const start = b + lead;  // exact when no debris preceded the text
    bool const item = item_offsets_.contains(start);
    if (auto m = grammar::parse_line_marker(s)) s = grammar::trim_blanks(s.substr(m->title_begin));
    else if (grammar::Marker sm; std::size_t n = grammar::parse_shi_marker(s, sm))
      s = grammar::trim_blanks(s.substr(n));
    while (!s.empty()) {
      std::string_view const piece = cut(s);
      add(part, piece, start, item);
      s = grammar::trim_blanks(s.substr(piece.size()));
      while (!s.empty()) {
        grammar::PunctAt const p = grammar::punct_at(s, 0);
        if (p.kind != grammar::Punct::comma) break;
        s.remove_prefix(p.length);
      }
    }
  }

  /// `s` itself when short enough; else the first piece of it: up to the
  /// last comma within the limit, or exactly the limit.
  static std::string_view cut(std::string_view s) {
    // Short enough for sure (at most 4 bytes a character): no need to look
    // at each character (a run of megabytes is cut by the walk below).
    if (s.size() <= max_sentence_chars ||
        (s.size() <= 4 * max_sentence_chars && text::count_chars(s) <= max_sentence_chars))
      return s;
    std::size_t chars = 0;
    std::size_t last_comma = 0;
    std::size_t i = 0;
    while (i < s.size() && chars < max_sentence_chars) {
      grammar::PunctAt const p = grammar::punct_at(s, i);
      if (p.kind == grammar::Punct::comma) last_comma = i;
      i += p.length ? p.length : utf8::sequence_length(s[i]);
      ++chars;
    }
    if (i >= s.size()) return s;
    return s.substr(0, last_comma > 0 ? last_comma : i);
  }

  void add(Part const& part, std::string_view text, std::size_t offset, bool item) {
    if (text::count_chars(text) < min_sentence_chars) return;
    Sentence s;
    s.text = std::string(text);
    s.offset = offset;
    s.line = doc_.lines.line_of(offset);
    s.part = part.role;
    // The sections of a part are in text order: the last one that starts
    // at or before the sentence, when the sentence is inside it.
    auto const next = std::upper_bound(part.sections.begin(), part.sections.end(), offset,
                                       [](std::size_t at, Section const& sec) { return at < sec.offset; });
    if (next != part.sections.begin()) {
      Section const& sec = *std::prev(next);
      if (offset < sec.end) {
        s.section = static_cast<int>(std::prev(next) - part.sections.begin());
        s.theme = sec.theme;
        if (offset < sec.body_begin) s.kind = SentenceKind::heading;
      }
    }
    if (item) s.kind = SentenceKind::item;
    out_.push_back(std::move(s));
  }

  text::Document const& doc_;
  std::string_view text_;
  Outline const& outline_;
  std::unordered_set<std::size_t> noise_lines_;
  std::unordered_set<std::size_t> item_offsets_;
  std::vector<Sentence> out_;
  std::string clean_;  ///< a sentence with its debris left out
};

}  // namespace

std::vector<Sentence> split_sentences(text::Document const& doc, Outline const& outline) {
  return Splitter(doc, outline).run();
}

}  // namespace zongjie
