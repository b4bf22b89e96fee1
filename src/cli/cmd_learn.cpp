// zongjie learn PATH... [--db FILE|postgresql://…] [--threads N] [--quiet] [--draft]
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"

#include "zongjie/pgstore/pg.hpp"
#include "zongjie/service/workspace.hpp"

#include <ostream>

namespace zongjie::cli {

int cmd_learn(Argv const& argv, Io& io) {
  Args const args(argv, {"--db", "--threads"}, {"--quiet", "--draft"});
  if (args.positional().empty()) throw UsageError("需要至少一个文件或文件夹");
  std::string const db = corpus_location(args).path;
  Progress progress("学习", io);
  LearnOptions options;
  for (auto const& p : args.positional()) options.inputs.emplace_back(p);
  options.threads = static_cast<unsigned>(args.integer("--threads", 1, 64).value_or(0));
  if (!args.flag("--quiet")) options.on_progress = [&](LearnProgress const& p) { progress.update(p.done, p.total); };
  options.on_warning = [&](std::string const& path, std::string const& reason) { progress.warn(path, reason); };
  service::ServerLearnOptions server;
  server.draft = args.flag("--draft");  // on a server: the unit's own drafts, not final reports
  service::LearnSummary const s = service::learn(db, options, server);
  LearnResult const& r = s.result;
  progress.finish();
  io.err << "学习完成：共 " << r.files << " 个文件，新学习或更新 " << r.learned << " 篇，未变化跳过 " << r.unchanged
         << " 篇";
  if (r.failed) io.err << "，无法读取 " << r.failed << " 篇（见上方警告）";
  io.err << "。语料库现有 " << s.documents << " 篇报告：" << pgstore::redact(db) << '\n';  // no password shown
  // Nothing usable at all is an error for scripts; some bad files are not.
  return r.files > 0 && r.learned + r.unchanged == 0 ? 2 : 0;
}

}  // namespace zongjie::cli
