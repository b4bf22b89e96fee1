#include "zongjie/check/rule_data.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/util/tsv.hpp"

#include <mutex>

namespace zongjie::check {

StopWords StopWords::parse(std::string_view text) {
  StopWords s;
  for (auto const& row : util::parse_tsv(text))
    for (auto const& f : row.fields)
      for (auto w : util::split_words(f)) s.words_.emplace_back(w);
  for (std::uint32_t i = 0; i < s.words_.size(); ++i) s.matcher_.add(s.words_[i], i);
  s.matcher_.build();
  return s;
}

void StopWords::mark(std::string_view text, std::vector<bool>& mask) const {
  mask.assign(text.size(), false);
  matcher_.scan(text, [&](std::size_t b, std::size_t e, std::uint32_t) {
    for (std::size_t i = b; i < e; ++i) mask[i] = true;
  });
}

RuleData const& RuleData::standard() {
  static std::once_flag once;
  static RuleData data;
  std::call_once(once, [] {
    auto load = [](char const* name) { return std::pair{data::load(name), data::origin(name)}; };
    RuleData d;
    d.catalog = Catalog::standard();
    {
      auto [text, origin] = load("check/placeholders.tsv");
      d.placeholders = std::make_shared<PlaceholderPatterns const>(PlaceholderPatterns::parse(text, origin));
    }
    {
      auto [text, origin] = load("check/confusables.tsv");
      d.confusables = std::make_shared<ConfusableLexicon const>(ConfusableLexicon::parse(text, origin));
    }
    {
      auto [text, origin] = load("check/years.tsv");
      d.years = std::make_shared<YearCues const>(YearCues::parse(text, origin));
    }
    {
      auto [text, origin] = load("check/terms.tsv");
      d.terms = std::make_shared<TermTable const>(TermTable::parse(text, origin));
    }
    {
      auto [text, origin] = load("check/figures.tsv");
      d.figures = std::make_shared<FigureTable const>(FigureTable::parse(text, origin));
    }
    d.stop_words = std::make_shared<StopWords const>(StopWords::parse(data::load("check/promise_stopwords.txt")));
    d.themes = ThemeLexicon::standard();
    data = std::move(d);
  });
  return data;
}

}  // namespace zongjie::check
