// Phrase search on the PostgreSQL corpus, with the same ranking and the same
// hits as store::PhraseIndex on SQLite for the same corpus:
//
//   3+ characters   sentences.text through pg_trgm's GIN index (ILIKE);
//   1–2 characters  trigrams cannot serve them: fold_chars, one row per
//                   character of a group of near-duplicates (B-tree on ch),
//                   then the literal text confirmed with strpos.
//
// Near-duplicates are grouped by their fold key (phrases::fold_key), stored
// with each sentence; a group's text is its first learned sentence, as the
// SQLite phrase table keeps it.  FTS5's bm25 (one phrase per query: the
// inverse document frequency is the same for all candidates and cancels in
// the normalisation) is computed here from the match count and the token
// counts; the rest of the ranking is store/phrase_rank.hpp, shared.
// Row-level security applies: a unit finds final reports and its own drafts.
#pragma once

#include "zongjie/pgstore/pg.hpp"
#include "zongjie/store/phrase_index.hpp"

#include <memory>

namespace zongjie::pgstore {

class PgPhraseSearch final : public store::PhraseSearch {
 public:
  /// Connects read-only (a standby of a multi-host URI may answer).
  explicit PgPhraseSearch(std::string const& location);
  ~PgPhraseSearch() override;
  std::vector<store::PhraseHit> search(store::PhraseQuery const& q) override;
  std::vector<store::Suggestion> suggest(store::SuggestionQuery const& q) override;
  std::size_t phrase_count() override;
  void interrupt() noexcept override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace zongjie::pgstore
