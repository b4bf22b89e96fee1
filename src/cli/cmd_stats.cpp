#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"

#include "zongjie/learn/learner.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <iostream>
#include <optional>
#include <string>
#include <vector>

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
    // Each file's summary is a few hundred bytes: the parsing threads keep
    // them in file order, and they are added once all are in.
    std::vector<std::optional<DocSummary>> summaries(files.size());
    std::vector<std::string> errors(files.size());
    parse_each(files, *themes, static_cast<unsigned>(args.integer("--threads", 1, 64).value_or(0)),
               [&](std::size_t i, ParseOutcome& o) {
                 if (o.report) summaries[i] = summarize(o.report->outline);
                 else errors[i] = std::move(o.error);
               });
    StandardOutlineBuilder builder;
    std::size_t good = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      if (summaries[i]) {
        builder.add(*summaries[i]);
        ++good;
      } else {
        progress.warn(files[i].string(), errors[i]);
      }
    }
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
