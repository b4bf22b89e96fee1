#include "zongjie/service/model_source.hpp"

#include "zongjie/check/checker.hpp"
#include "zongjie/learn/learner.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <filesystem>

namespace zongjie::service {

ModelSource load_model(std::optional<std::string> const& database) {
  ModelSource out;
  std::string path = database ? *database : store::default_database_path();
  std::error_code ec;
  if (!database && !std::filesystem::exists(path, ec)) {
    out.model = check::default_model();
    out.themes = ThemeLexicon::standard();
    out.part_headings = std::make_shared<PartHeadingLexicon>();
    return out;
  }
  store::CorpusStore store(path, store::CorpusStore::Mode::read_only);
  auto model = store.load_model();
  if (!model) {
    StandardOutlineBuilder builder;
    store.for_each_summary([&](DocSummary const& d) { builder.add(d); });
    model = builder.finish();
  }
  out.database = path;
  if (model->documents == 0) {
    out.model = check::default_model();
    out.themes = ThemeLexicon::standard();
    out.part_headings = std::make_shared<PartHeadingLexicon>();
  } else {
    out.model = std::move(*model);
    out.themes = corpus_themes(&store);
    out.part_headings = corpus_part_headings(&store);
  }
  return out;
}

}  // namespace zongjie::service
