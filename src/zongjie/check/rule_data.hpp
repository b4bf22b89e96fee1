// Everything the checks read from templates/: the rule catalog and the word
// lists.  Loaded once (the user's copies in ~/.config/zongjie/templates/ take
// precedence) and shared by every Checker.
#pragma once

#include "zongjie/check/catalog.hpp"
#include "zongjie/check/confusables.hpp"
#include "zongjie/check/figures.hpp"
#include "zongjie/check/placeholders.hpp"
#include "zongjie/check/terms.hpp"
#include "zongjie/check/year_cues.hpp"
#include "zongjie/corpus/lexicon.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/util/word_matcher.hpp"

#include <memory>
#include <string>
#include <vector>

namespace zongjie::check {

/// Generic words of official writing (推进, 加强, 全面 …) that say nothing
/// about what a promise was: left out when matching last year's plan against
/// this year's summary.  templates/check/promise_stopwords.txt.
class StopWords {
 public:
  /// One or more words a line, separated by blanks; '#' starts a comment line.
  static StopWords parse(std::string_view text);
  /// Marks the bytes of `text` covered by a stop word (mask has text.size() entries).
  void mark(std::string_view text, std::vector<bool>& mask) const;
  std::size_t size() const noexcept { return words_.size(); }

 private:
  std::vector<std::string> words_;
  util::WordMatcher matcher_;
};

struct RuleData {
  std::shared_ptr<Catalog const> catalog;
  std::shared_ptr<PlaceholderPatterns const> placeholders;
  std::shared_ptr<ConfusableLexicon const> confusables;
  std::shared_ptr<YearCues const> years;
  std::shared_ptr<TermTable const> terms;
  std::shared_ptr<FigureTable const> figures;
  std::shared_ptr<StopWords const> stop_words;
  std::shared_ptr<ThemeLexicon const> themes;
  /// The office lexicon learned from the corpus; null without a database
  /// (wording.name-variant is then inactive).
  std::shared_ptr<OfficeLexicon const> lexicon;

  /// The built-in data (or the user's copies), parsed once; `themes` is the
  /// standard lexicon.  Throws util::DataError on a malformed user copy.
  static RuleData const& standard();
};

}  // namespace zongjie::check
