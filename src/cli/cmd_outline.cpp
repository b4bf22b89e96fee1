#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/themes.hpp"

#include <iostream>

namespace zongjie::cli {

int cmd_outline(Argv const& argv) {
  Args const args(argv, {"--format"}, {});
  std::string const format = args.choice("--format", {"text", "json"});
  if (args.positional().size() != 1) throw UsageError("需要一个文件：zongjie outline FILE [--format text|json]");
  std::string const& file = args.positional().front();
  text::Document const doc = text::load_document(file);
  auto const themes = ThemeLexicon::standard();
  Outline const outline = build_outline(doc, {themes.get()});
  if (format == "json") std::cout << outline_to_json(outline, file).dump(1) << '\n';
  else std::cout << outline_to_text(outline, file);
  return 0;
}

}  // namespace zongjie::cli
