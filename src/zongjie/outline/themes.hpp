// Themes of sections (党建, 经济发展, 生态环境 …) from the lexicon in
// templates/themes.tsv, refined with terms learned from the corpus.
#pragma once

#include "zongjie/util/word_matcher.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie {

class ThemeLexicon {
 public:
  struct Term {
    std::string text;
    std::uint32_t theme = 0;
    int weight = 1;
  };

  /// Parses the themes.tsv format; throws util::DataError naming `source` and the line.
  static ThemeLexicon parse(std::string_view tsv, std::string const& source);
  /// templates/themes.tsv (the user's copy if any, else the built-in one), parsed once.
  static std::shared_ptr<ThemeLexicon const> standard();

  /// Adds a term (used when refining from the corpus); unknown themes are added.
  void add_term(std::string_view term, std::string_view theme, int weight);
  /// Compiles the matcher; call after the last add_term().
  void finish();

  std::vector<std::string> const& themes() const noexcept { return themes_; }
  std::vector<Term> const& terms() const noexcept { return terms_; }
  int theme_index(std::string_view theme) const noexcept;

  /// Score per theme for a section: title hits count three times, each body
  /// term at most three times.
  std::vector<int> score(std::string_view title, std::string_view body) const;
  /// The best theme, or "" when no theme scores at least `min_score`.
  std::string_view classify(std::string_view title, std::string_view body, int min_score = 3) const;

 private:
  std::vector<std::string> themes_;
  std::vector<Term> terms_;
  util::WordMatcher matcher_;
};

}  // namespace zongjie
