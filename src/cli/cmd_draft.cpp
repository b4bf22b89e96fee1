// zongjie draft [--from LAST_YEAR_FILE] [--year Y] [--place NAME] [--db FILE] [--style S] [-o OUT]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/service/workspace.hpp"

#include <ostream>

namespace zongjie::cli {

int cmd_draft(Argv const& argv, Io& io) {
  Args const args(argv, {"--from", "--year", "--place", "--db", "--style", "-o", "--output"}, {});
  if (!args.positional().empty())
    throw UsageError("多余的参数：" + args.positional().front() + "（上年报告请用 --from 给出）");

  service::DraftRequest request;
  if (auto y = args.integer("--year", 1949, 2999)) request.options.year = static_cast<int>(*y);
  request.options.place = args.value("--place").value_or("");
  request.options.section_style = section_style_option(args);
  if (auto from = args.value("--from")) request.last_year = *from;
  auto const out = args.value("-o") ? args.value("-o") : args.value("--output");

  service::Workspace const workspace = service::Workspace::open(corpus_location(args));
  for (auto const& note : workspace.notes()) io.err << "zongjie draft：" << note << '\n';
  draft::Draft const d = workspace.draft(request);
  for (auto const& note : d.notes) io.err << "zongjie draft：" << note << '\n';
  if (out) {
    service::save_text(*out, d.text);
    io.err << "已写入 " << *out << "（" << d.report_year << "年工作总结及" << d.plan_year << "年工作计划的草稿）\n";
  } else {
    io.out << d.text;
  }
  return 0;
}

}  // namespace zongjie::cli
