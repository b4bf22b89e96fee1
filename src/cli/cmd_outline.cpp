// zongjie outline FILE [--db FILE] [--format text|json]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/outline/format.hpp"
#include "zongjie/service/workspace.hpp"

#include <ostream>

namespace zongjie::cli {

int cmd_outline(Argv const& argv, Io& io) {
  Args const args(argv, {"--format", "--db"}, {});
  std::string const format = args.choice("--format", {"text", "json"});
  if (args.positional().size() != 1) throw UsageError("需要一个文件：zongjie outline FILE [--format text|json]");
  std::string const& file = args.positional().front();
  // Section themes refined with the corpus's terms, part headings it has seen.
  service::Workspace const workspace = service::Workspace::open(corpus_location(args));
  text::Document const doc = workspace.load(file);
  Outline const outline = workspace.outline(doc);
  for (auto const& note : workspace.notes()) io.err << "zongjie outline：提示：" << note << '\n';
  for (auto const& note : doc.notes) io.err << "zongjie outline：" << file << "：" << note << '\n';
  if (format == "json") io.out << outline_to_json(outline, file).dump(1) << '\n';
  else io.out << outline_to_text(outline, file);
  return 0;
}

}  // namespace zongjie::cli
