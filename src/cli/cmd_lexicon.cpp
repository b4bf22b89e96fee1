// zongjie lexicon: the office lexicon (place, unit, project and person names
// learned from the corpus, plus what staff added or removed).
//   lexicon [--kind K] [--db DB] [--format text|json]
//   lexicon add WORD --kind K [--db DB]
//   lexicon remove WORD [--db DB]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/service/workspace.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace zongjie::cli {

namespace {

std::string kind_choices() {
  std::string s;
  for (NameKind k : all_name_kinds) {
    if (!s.empty()) s += "、";
    s += std::string(name_kind_label(k)) + "（" + std::string(name_kind_id(k)) + "）";
  }
  return s;
}

std::optional<NameKind> kind_option(Args const& args) {
  auto const v = args.value("--kind");
  if (!v) return std::nullopt;
  auto const k = name_kind_from(*v);
  if (!k) throw UsageError("未知的种类“" + *v + "”，应为 " + kind_choices());
  return k;
}

std::string_view source_label(NameSource s) { return s == NameSource::staff ? "人工添加" : "学习"; }

}  // namespace

int cmd_lexicon(Argv const& argv, Io& io) {
  Args const args(argv, {"--db", "--kind", "--format"}, {});
  std::string const db = corpus_location(args).path;
  auto const& pos = args.positional();
  if (!pos.empty() && pos[0] == "add") {
    if (pos.size() != 2) throw UsageError("需要一个名称：zongjie lexicon add 名称 --kind 种类");
    auto const kind = kind_option(args);
    if (!kind) throw UsageError("需要 --kind 种类，可以是 " + kind_choices());
    try {
      service::lexicon_add(db, pos[1], *kind);
    } catch (service::LexiconError const& e) {
      throw UsageError(e.what());
    }
    io.out << "已把“" << pos[1] << "”作为" << name_kind_label(*kind) << "加入词表\n";
    return 0;
  }
  if (!pos.empty() && pos[0] == "remove") {
    if (pos.size() != 2) throw UsageError("需要一个名称：zongjie lexicon remove 名称");
    if (args.value("--kind")) throw UsageError("remove 不用 --kind");
    try {
      service::lexicon_remove(db, pos[1]);
    } catch (service::LexiconError const& e) {
      throw UsageError(e.what());
    }
    io.out << "已从词表中删除“" << pos[1] << "”（重新学习后也不再加入）\n";
    return 0;
  }
  if (!pos.empty()) throw UsageError("未知的子命令“" + pos[0] + "”，应为 add 或 remove，或不加子命令列出词表");
  std::string const format = args.choice("--format", {"text", "json"});
  auto const entries = service::lexicon_entries(db, kind_option(args));
  if (format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (auto const& e : entries)
      out.push_back({{"word", e.word},
                     {"kind", name_kind_id(e.kind)},
                     {"count", e.count},
                     {"documents", e.documents},
                     {"source", e.source == NameSource::staff ? "staff" : "learned"}});
    io.out << out.dump(1) << '\n';
    return 0;
  }
  if (entries.empty()) {
    io.err << "词表是空的：先用 zongjie learn 学习往年报告，或用 zongjie lexicon add 添加名称\n";
    return 0;
  }
  io.out << "名称\t种类\t次数\t报告数\t来源\n";
  for (auto const& e : entries)
    io.out << e.word << '\t' << name_kind_label(e.kind) << '\t' << e.count << '\t' << e.documents << '\t'
           << source_label(e.source) << '\n';
  return 0;
}

}  // namespace zongjie::cli
