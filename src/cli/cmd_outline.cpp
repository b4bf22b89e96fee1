#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/learn/learner.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/part_headings.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <filesystem>
#include <iostream>

namespace zongjie::cli {

namespace {
/// What reading a report takes from the corpus: section themes from
/// templates/themes.tsv refined with the learned terms, and the part headings
/// of the learned reports — from the --db database, else the default one if
/// it exists.  A broken default database does not stop the outline.
struct CorpusLexicons {
  std::shared_ptr<ThemeLexicon const> themes = ThemeLexicon::standard();
  std::shared_ptr<PartHeadingLexicon const> part_headings;
};

CorpusLexicons lexicons_for(Args const& args) {
  auto from = [](std::string const& path) {
    store::CorpusStore store(path, store::CorpusStore::Mode::read_only);
    return CorpusLexicons{corpus_themes(&store), corpus_part_headings(&store)};
  };
  if (auto db = args.value("--db")) return from(*db);
  std::string const db = store::default_database_path();
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) return {};
  try {
    return from(db);
  } catch (store::StoreError const& e) {
    std::cerr << "zongjie outline：提示：未使用语料库的主题词和部分标题（" << e.what() << "）\n";
    return {};
  }
}
}  // namespace

int cmd_outline(Argv const& argv) {
  Args const args(argv, {"--format", "--db"}, {});
  std::string const format = args.choice("--format", {"text", "json"});
  if (args.positional().size() != 1) throw UsageError("需要一个文件：zongjie outline FILE [--format text|json]");
  std::string const& file = args.positional().front();
  text::Document const doc = text::load_document(file);
  auto const lexicons = lexicons_for(args);
  Outline const outline = build_outline(doc, {lexicons.themes.get(), lexicons.part_headings.get()});
  for (auto const& note : doc.notes) std::cerr << "zongjie outline：" << file << "：" << note << '\n';
  if (format == "json") std::cout << outline_to_json(outline, file).dump(1) << '\n';
  else std::cout << outline_to_text(outline, file);
  return 0;
}

}  // namespace zongjie::cli
