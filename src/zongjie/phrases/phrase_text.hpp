// Text functions of the phrase index: the key under which near-duplicate
// sentences fold together, the one-character-per-token form that serves 1–2
// character queries, and the set phrases (parallel phrases, quoted slogans)
// found inside a sentence.  Pure functions, no database: the store calls them
// while it learns, the phrase index while it answers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::phrases {

/// The sentence as compared for folding: blanks and punctuation (ASCII and
/// full width, CJK symbols, quotation marks) dropped, full-width letters and
/// digits made ASCII, ASCII lower-cased, and every run of digits replaced by
/// one '#'.  Two sentences that differ only in years, figures, punctuation or
/// spacing — the same sentence reused in another year's report — give the
/// same folded text.  Figures are kept as written where they are the
/// phrase rather than a count in it: in a text with fewer than two letters or
/// Han characters (“14361”, “2025”), and in digits joined by '+' (“1+6”,
/// “4+2” 工作法), so number slogans never fold into one another.
std::string fold_text(std::string_view sentence);
/// 64-bit hash of fold_text() (of the sentence itself when nothing is left),
/// stored as the phrase's unique key.
std::int64_t fold_key(std::string_view sentence);

/// A character FTS5's unicode61 tokenizer keeps as (part of) a token:
/// letters and digits (Han, ASCII and full-width, other alphabets), not
/// punctuation, symbols or emoji.  A short query without one cannot use the
/// per-character index.
bool is_token_char(char32_t c) noexcept;

/// Every code point followed by a space, blanks dropped: 党建引领 → "党 建 引 领 ".
/// Indexed with FTS5's unicode61 tokenizer this makes each character a token,
/// so a 1–2 character query is a one- or two-token phrase query.
std::string spaced_chars(std::string_view text);

/// `s` as an FTS5 string literal: in double quotes, inner quotes doubled, so
/// that nothing in user text (OR, NEAR, *, parentheses, column filters) is
/// ever parsed as query syntax.
std::string fts5_string(std::string_view s);

enum class SetPhraseKind : std::uint8_t {
  parallel,  ///< 固成果、促振兴 / 凝心聚力，真抓实干: 2–4 clauses of 3 or 4 Han characters
  slogan,    ///< “八八战略”: a short quotation
};
std::string_view set_phrase_kind_name(SetPhraseKind k) noexcept;

struct SetPhrase {
  std::string text;  ///< as written, separators and quotation marks included
  SetPhraseKind kind = SetPhraseKind::parallel;
  std::size_t offset = 0;  ///< bytes into the sentence
};

/// Set phrases in one sentence, in order.  Parallel phrases are maximal runs
/// of two to four complete clauses (bounded by clause punctuation, not by a
/// quotation mark) of the same length, 3 or 4 Han characters each, joined by
/// 、 or ，.  Slogans are “…” quotations of 2–20 characters without a full stop.
std::vector<SetPhrase> find_set_phrases(std::string_view sentence);

}  // namespace zongjie::phrases
