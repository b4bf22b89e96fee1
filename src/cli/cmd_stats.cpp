#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"

#include "zongjie/corpus/learner.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <iostream>

namespace zongjie::cli {

int cmd_stats(Argv const& argv) {
  Args const args(argv, {"--db", "--format", "--threads"}, {});
  std::string const format = args.choice("--format", {"text", "json"});
  StandardOutline model;
  if (!args.positional().empty()) {
    if (args.value("--db")) throw UsageError("给出文件时不能同时用 --db");
    // The standard outline of these files, parsed now; nothing is stored.
    Progress progress("统计");
    std::vector<std::filesystem::path> inputs(args.positional().begin(), args.positional().end());
    auto const files = collect_report_files(inputs, [&](auto const& p, auto const& r) { progress.warn(p, r); });
    auto const themes = ThemeLexicon::standard();
    StandardOutlineBuilder builder;
    std::size_t good = 0;
    parse_in_parallel(files, *themes, false, static_cast<unsigned>(args.integer("--threads", 1, 64).value_or(0)),
                      nullptr, [&](ParseOutcome& o) {
                        if (o.report) {
                          builder.add(summarize(o.report->outline));
                          ++good;
                        } else {
                          progress.warn(o.path.string(), o.error);
                        }
                      });
    if (files.empty() || good == 0) {
      std::cerr << "zongjie stats：没有可统计的报告\n";
      return 2;
    }
    model = builder.finish();
  } else {
    store::CorpusStore store(database_path(args), store::CorpusStore::Mode::read_only);
    auto stored = store.load_model();
    if (!stored) {
      StandardOutlineBuilder builder;
      store.for_each_summary([&](DocSummary const& d) { builder.add(d); });
      stored = builder.finish();
    }
    model = std::move(*stored);
  }
  if (format == "json") std::cout << to_json(model).dump(1) << '\n';
  else std::cout << to_text(model);
  return 0;
}

}  // namespace zongjie::cli
