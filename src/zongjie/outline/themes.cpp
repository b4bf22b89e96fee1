#include "zongjie/outline/themes.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/util/tsv.hpp"

#include <algorithm>
#include <charconv>
#include <mutex>

namespace zongjie {

ThemeLexicon ThemeLexicon::parse(std::string_view tsv, std::string const& source) {
  ThemeLexicon lex;
  for (auto const& row : util::parse_tsv(tsv)) {
    if (row.fields.size() < 2 || row.fields[0].empty())
      throw util::DataError(source, row.line, "应为“主题<TAB>关键词 关键词 …”");
    for (std::size_t f = 1; f < row.fields.size(); ++f) {
      for (std::string_view word : util::split_words(row.fields[f])) {
        int weight = 1;
        if (auto const star = word.rfind('*'); star != std::string_view::npos && star > 0) {
          std::string_view const w = word.substr(star + 1);
          auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), weight);
          if (ec != std::errc() || p != w.data() + w.size() || weight < 1 || weight > 100)
            throw util::DataError(source, row.line, "权重无效：" + std::string(word));
          word = word.substr(0, star);
        }
        lex.add_term(word, row.fields[0], weight);
      }
    }
  }
  lex.finish();
  return lex;
}

std::shared_ptr<ThemeLexicon const> ThemeLexicon::standard() {
  static std::once_flag once;
  static std::shared_ptr<ThemeLexicon const> lexicon;
  std::call_once(once, [] {
    lexicon = std::make_shared<ThemeLexicon const>(parse(data::load("themes.tsv"), data::origin("themes.tsv")));
  });
  return lexicon;
}

int ThemeLexicon::theme_index(std::string_view theme) const noexcept {
  auto it = std::find(themes_.begin(), themes_.end(), theme);
  return it == themes_.end() ? -1 : static_cast<int>(it - themes_.begin());
}

void ThemeLexicon::add_term(std::string_view term, std::string_view theme, int weight) {
  if (term.empty()) return;
  int t = theme_index(theme);
  if (t < 0) {
    themes_.emplace_back(theme);
    t = static_cast<int>(themes_.size()) - 1;
  }
  terms_.push_back({std::string(term), static_cast<std::uint32_t>(t), weight});
}

void ThemeLexicon::finish() {
  matcher_ = util::WordMatcher{};
  for (std::uint32_t i = 0; i < terms_.size(); ++i) matcher_.add(terms_[i].text, i);
  matcher_.build();
}

std::vector<int> ThemeLexicon::score(std::string_view title, std::string_view body) const {
  std::vector<int> scores(themes_.size(), 0);
  matcher_.scan(title, [&](std::size_t, std::size_t, std::uint32_t term) {
    scores[terms_[term].theme] += 3 * terms_[term].weight;
  });
  std::vector<std::uint8_t> seen(terms_.size(), 0);
  matcher_.scan(body, [&](std::size_t, std::size_t, std::uint32_t term) {
    if (seen[term] < 3) {
      ++seen[term];
      scores[terms_[term].theme] += terms_[term].weight;
    }
  });
  return scores;
}

std::string_view ThemeLexicon::classify(std::string_view title, std::string_view body, int min_score) const {
  std::vector<int> const s = score(title, body);
  auto const best = std::max_element(s.begin(), s.end());
  if (best == s.end() || *best < min_score) return {};
  return themes_[static_cast<std::size_t>(best - s.begin())];
}

}  // namespace zongjie
