#include "zongjie/check/confusables.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/util/tsv.hpp"

#include <algorithm>

namespace zongjie::check {

namespace {
constexpr std::string_view ellipsis = "…";

std::pair<std::string, std::string> split_pair(std::string_view s) {
  std::size_t const p = s.find(ellipsis);
  if (p == std::string_view::npos) return {std::string(s), {}};
  return {std::string(s.substr(0, p)), std::string(s.substr(p + ellipsis.size()))};
}

/// The clause ends at 。！？； or a line end, looked for at most this many
/// bytes on (far more than a sentence): a pasted line of megabytes without a
/// 。 must not be read to its end for each head of a pair (即…，又).
constexpr std::size_t tail_reach = 1024;
std::size_t clause_limit(std::string_view text, std::size_t pos) {
  std::size_t end = std::min(text.size(), pos + tail_reach);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return scan::sentence_end(text.substr(0, end), pos);
}
}  // namespace

std::string ConfusableLexicon::Entry::shown_wrong() const {
  return wrong_tail.empty() ? wrong : wrong + std::string(ellipsis) + wrong_tail;
}
std::string ConfusableLexicon::Entry::shown_right() const {
  return right_tail.empty() && wrong_tail.empty() ? right : right + std::string(ellipsis) + right_tail;
}

ConfusableLexicon ConfusableLexicon::parse(std::string_view tsv, std::string const& source) {
  ConfusableLexicon lex;
  for (auto const& row : util::parse_tsv(tsv)) {
    if (row.fields.size() < 3 || row.fields[0].empty() || row.fields[1].empty() || row.fields[2].empty())
      throw util::DataError(source, row.line, "应为“错误写法<TAB>正确写法<TAB>例句[<TAB>例外 …]”");
    Entry e;
    std::string_view wrong = row.fields[0];
    if (wrong.starts_with('^')) {
      e.clause_start = true;
      wrong.remove_prefix(1);
    }
    if (wrong.ends_with('#')) {
      e.digit_after = true;
      wrong.remove_suffix(1);
    }
    std::tie(e.wrong, e.wrong_tail) = split_pair(wrong);
    std::tie(e.right, e.right_tail) = split_pair(row.fields[1]);
    if (e.wrong.empty() || e.right.empty()) throw util::DataError(source, row.line, "错误写法和正确写法都不能为空");
    if (e.wrong_tail.empty() != e.right_tail.empty() && !e.wrong_tail.empty())
      throw util::DataError(source, row.line, "前后呼应的词应两边都写“…”");
    e.example = std::string(row.fields[2]);
    if (e.example.find(e.wrong) == std::string::npos)
      throw util::DataError(source, row.line, "例句中没有错误写法“" + e.wrong + "”");
    if (row.fields.size() > 3)
      for (auto w : util::split_words(row.fields[3])) {
        if (w.find(e.wrong) == std::string_view::npos)
          throw util::DataError(source, row.line, "例外“" + std::string(w) + "”不含错误写法");
        e.exceptions.emplace_back(w);
      }
    e.line = row.line;
    lex.entries_.push_back(std::move(e));
  }
  for (std::uint32_t i = 0; i < lex.entries_.size(); ++i) lex.matcher_.add(lex.entries_[i].wrong, i);
  lex.matcher_.build();
  return lex;
}

bool ConfusableLexicon::excepted(std::string_view text, std::size_t begin, Entry const& e) const noexcept {
  for (auto const& x : e.exceptions) {
    std::size_t const at = x.find(e.wrong);
    if (begin >= at && text.compare(begin - at, x.size(), x) == 0) return true;
  }
  return false;
}

void ConfusableLexicon::find(std::string_view text, std::vector<Match>& out) const {
  std::size_t taken_until = 0;  // overlapping matches: the first (and longest) wins
  matcher_.scan(text, [&](std::size_t b, std::size_t e, std::uint32_t id) {
    if (b < taken_until) return;
    Entry const& entry = entries_[id];
    if (excepted(text, b, entry)) return;
    if (entry.digit_after) {
      auto const next = utf8::decode(text, e);
      if (!scan::is_ascii_digit(next.value) && !chinese::is_full_width_digit(next.value)) return;
    }
    if (entry.clause_start) {
      std::size_t p = b;
      // Skip blanks back to what precedes the word.
      for (;;) {
        auto const c = utf8::decode_before(text, p);
        if (c.length == 0 || !(c.value == ' ' || c.value == '\t' || c.value == 0x3000)) break;
        p -= c.length;
      }
      auto const prev = utf8::decode_before(text, p);
      if (prev.length != 0 && prev.value != '\n' &&
          (chinese::is_han(prev.value) || scan::is_ascii_letter(prev.value) || scan::is_ascii_digit(prev.value)))
        return;
    }
    Match m{b, e, e, e, id};
    if (!entry.wrong_tail.empty()) {
      std::size_t const limit = clause_limit(text, e);
      std::size_t const t = text.substr(0, limit).find(entry.wrong_tail, e);
      if (t == std::string_view::npos) return;
      m.tail_begin = t;
      m.tail_end = t + entry.wrong_tail.size();
    }
    out.push_back(m);
    taken_until = e;
  });
}

}  // namespace zongjie::check
