// Keeping the phrase index in step with the sentences: the store calls this
// for every sentence it inserts, inside the same transaction.
//
// The index (tables in store/corpus_store.cpp's schema) works on distinct
// sentences, not on every stored sentence: a learned corpus repeats itself
// (the same sentence reused year after year, in ten thousand generated
// reports the same paragraphs thousands of times), and searching and ranking
// one row per distinct sentence is what keeps a query in milliseconds.
//
//   phrases          one row per distinct sentence (fold_key()), with its first
//                    written form, the form spaced one character per token,
//                    flags, and counts kept by triggers on `sentences`
//   phrases_fts      FTS5 trigram index over phrases.text: queries of 3+ characters
//   phrases_chars    FTS5 unicode61 index over phrases.chars, where every
//                    character is a token: queries of 1–2 characters as phrase
//                    queries ("党 建"), an index lookup instead of a scan
//   phrase_contexts  per phrase, part, theme and year: how many sentences; the
//                    filters and suggestions read this small table
//   set_phrases      parallel phrases and quoted slogans found in phrases,
//   phrase_sets      and which phrases contain them
//   suggestions      the most used set phrases and sentences per part and
//                    theme, refilled with the model (rebuild_suggestions)
//
// Inserts go through here; every delete (re-learning a file, removing one)
// is handled by triggers, so the counts stay right whichever way a sentence
// row disappears.
#pragma once

#include "zongjie/store/sqlite.hpp"

#include <cstdint>
#include <memory>
#include <string_view>

namespace zongjie::store {

/// Flags of a phrase (phrases.flags).
inline constexpr std::int64_t phrase_lead = 1;  ///< used as a section heading or an item's topic sentence
inline constexpr std::int64_t phrase_set = 2;   ///< contains a set phrase

class PhraseWriter {
 public:
  explicit PhraseWriter(store::Database& db);
  ~PhraseWriter();
  PhraseWriter(PhraseWriter const&) = delete;
  PhraseWriter& operator=(PhraseWriter const&) = delete;

  /// The phrase row for a sentence about to be inserted, created (with its
  /// set phrases) when it is new.  `lead`: the sentence is a heading or an
  /// item.  The caller stores the id in sentences.phrase_id; the counts are
  /// then updated by the insert trigger.
  std::int64_t phrase_for(std::string_view text, bool lead);

 private:
  struct Statements;
  store::Database& db_;
  std::unique_ptr<Statements> st_;
};

/// Refills the suggestions table from the phrase index: per part and theme
/// (and per part over all themes), the most used set phrases and sentences.
/// Called by the store when it rebuilds the model, in the same transaction.
void rebuild_suggestions(store::Database& db);

}  // namespace zongjie::store
