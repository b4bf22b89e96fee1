#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"

#include "zongjie/learn/learner.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <iostream>

namespace zongjie::cli {

int cmd_learn(Argv const& argv) {
  Args const args(argv, {"--db", "--threads"}, {"--quiet"});
  if (args.positional().empty()) throw UsageError("需要至少一个文件或文件夹");
  std::string const db = database_path(args);
  store::CorpusStore store(db, store::CorpusStore::Mode::read_write);

  Progress progress("学习");
  LearnOptions options;
  for (auto const& p : args.positional()) options.inputs.emplace_back(p);
  options.threads = static_cast<unsigned>(args.integer("--threads", 1, 64).value_or(0));
  if (!args.flag("--quiet")) options.on_progress = [&](LearnProgress const& p) { progress.update(p.done, p.total); };
  options.on_warning = [&](std::string const& path, std::string const& reason) { progress.warn(path, reason); };
  LearnResult const r = learn(store, options);
  progress.finish();

  std::cerr << "学习完成：共 " << r.files << " 个文件，新学习或更新 " << r.learned << " 篇，未变化跳过 " << r.unchanged
            << " 篇";
  if (r.failed) std::cerr << "，无法读取 " << r.failed << " 篇（见上方警告）";
  std::cerr << "。语料库现有 " << store.document_count() << " 篇报告：" << db << '\n';
  // Nothing usable at all is an error for scripts; some bad files are not.
  return r.files > 0 && r.learned + r.unchanged == 0 ? 2 : 0;
}

}  // namespace zongjie::cli
