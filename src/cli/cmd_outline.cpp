#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/corpus/learner.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <filesystem>
#include <iostream>

namespace zongjie::cli {

namespace {
/// Section themes come from templates/themes.tsv refined with the terms
/// learned from the corpus: the --db one, else the default database if it
/// exists.  A broken default database does not stop the outline.
std::shared_ptr<ThemeLexicon const> themes_for(Args const& args) {
  if (auto db = args.value("--db")) {
    store::CorpusStore store(*db, store::CorpusStore::Mode::read_only);
    return corpus_themes(&store);
  }
  std::string const db = store::default_database_path();
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) return ThemeLexicon::standard();
  try {
    store::CorpusStore store(db, store::CorpusStore::Mode::read_only);
    return corpus_themes(&store);
  } catch (store::StoreError const& e) {
    std::cerr << "zongjie outline：提示：未使用语料库的主题词（" << e.what() << "）\n";
    return ThemeLexicon::standard();
  }
}
}  // namespace

int cmd_outline(Argv const& argv) {
  Args const args(argv, {"--format", "--db"}, {});
  std::string const format = args.choice("--format", {"text", "json"});
  if (args.positional().size() != 1) throw UsageError("需要一个文件：zongjie outline FILE [--format text|json]");
  std::string const& file = args.positional().front();
  text::Document const doc = text::load_document(file);
  auto const themes = themes_for(args);
  Outline const outline = build_outline(doc, {themes.get()});
  for (auto const& note : doc.notes) std::cerr << "zongjie outline：" << file << "：" << note << '\n';
  if (format == "json") std::cout << outline_to_json(outline, file).dump(1) << '\n';
  else std::cout << outline_to_text(outline, file);
  return 0;
}

}  // namespace zongjie::cli
