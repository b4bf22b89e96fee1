#include "zongjie/outline/sentences.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <algorithm>
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

std::size_t char_length(char lead) noexcept {
  auto const c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

class Splitter {
 public:
  Splitter(text::Document const& doc, Outline const& outline) : doc_(doc), text_(doc.text), outline_(outline) {
    for (auto const& n : outline.noise) noise_lines_.insert(n.line);
    for (auto const& p : outline.parts)
      for (auto const& s : p.sections)
        for (auto const& i : s.items) item_offsets_.insert(i.offset);
  }

  std::vector<Sentence> run() {
    for (auto const& part : outline_.parts) {
      for (std::size_t line = part.line; line <= part.end_line && line <= doc_.lines.line_count(); ++line) {
        if (noise_lines_.count(line)) continue;
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
    std::string clean;
    std::size_t pos = b;
    for (auto const r : outline_.debris) {
      if (r.end <= pos || r.begin >= e) continue;
      if (r.begin > pos) clean.append(text_.substr(pos, r.begin - pos));
      pos = std::max(pos, r.end);
    }
    if (pos < e) clean.append(text_.substr(pos, e - pos));
    std::string_view s = grammar::trim_blanks(clean);
    std::size_t const lead = static_cast<std::size_t>(s.data() - clean.data());
    std::size_t const start = b + lead;  // exact when no debris preceded the text
    bool const item = item_offsets_.count(start) != 0;
    if (auto m = grammar::parse_line_marker(s)) s = grammar::trim_blanks(s.substr(m->title_begin));
    else if (grammar::Marker sm; std::size_t n = grammar::parse_shi_marker(s, sm)) s = grammar::trim_blanks(s.substr(n));
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
    std::size_t chars = 0;
    std::size_t last_comma = 0;
    std::size_t i = 0;
    while (i < s.size() && chars < max_sentence_chars) {
      grammar::PunctAt const p = grammar::punct_at(s, i);
      if (p.kind == grammar::Punct::comma) last_comma = i;
      i += p.length ? p.length : char_length(s[i]);
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
    for (std::size_t k = 0; k < part.sections.size(); ++k) {
      Section const& sec = part.sections[k];
      if (offset < sec.offset || offset >= sec.end) continue;
      s.section = static_cast<int>(k);
      s.theme = sec.theme;
      if (offset < sec.body_begin) s.kind = SentenceKind::heading;
      break;
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
};

}  // namespace

std::vector<Sentence> split_sentences(text::Document const& doc, Outline const& outline) {
  return Splitter(doc, outline).run();
}

}  // namespace zongjie
