// zongjie stats PATH... | --db FILE|postgresql://… [--unit ROLE] [--format text|json]
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"

#include "zongjie/service/workspace.hpp"

#include <ostream>

namespace zongjie::cli {

int cmd_stats(Argv const& argv, Io& io) {
  Args const args(argv, {"--db", "--format", "--threads", "--unit"}, {});
  std::string const format = args.choice("--format", {"text", "json"});
  StandardOutline model;
  if (!args.positional().empty()) {
    if (args.value("--db")) throw UsageError("给出文件时不能同时用 --db");
    // The standard outline of these files, parsed now; nothing is stored.
    Progress progress("统计", io);
    std::vector<std::filesystem::path> inputs(args.positional().begin(), args.positional().end());
    auto built = service::model_of_files(inputs, static_cast<unsigned>(args.integer("--threads", 1, 64).value_or(0)),
                                         [&](std::string const& p, std::string const& r) { progress.warn(p, r); });
    if (!built) {
      io.err << "zongjie stats：没有可统计的报告\n";
      return 2;
    }
    model = std::move(*built);
  } else if (auto const unit = args.value("--unit")) {
    model = service::stored_model_of_unit(corpus_location(args).path, *unit);
  } else {
    model = service::stored_model(corpus_location(args).path);
  }
  if (format == "json") io.out << to_json(model).dump(1) << '\n';
  else io.out << to_text(model);
  return 0;
}

}  // namespace zongjie::cli
