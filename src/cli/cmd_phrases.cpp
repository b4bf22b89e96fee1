// zongjie phrases QUERY …   and   zongjie suggest --part ROLE …
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/service/workspace.hpp"

#include <ostream>

namespace zongjie::cli {

namespace {

PartRole part_option(Args const& args, bool required) {
  auto v = args.value("--part");
  if (!v) {
    if (required) throw UsageError("需要 --part：preamble、summary、problems、plan 或 closing");
    return PartRole::summary;
  }
  auto r = role_from_name(*v);
  if (!r)
    throw UsageError(
        "--part 只能是 preamble、summary、problems、plan、closing（或 开头、工作总结、存在问题、工作计划、结尾），而不是“" +
        *v + "”");
  return *r;
}

std::string where(PartRole part, std::string const& theme, std::optional<int> year) {
  std::string s(role_label(part));
  if (!theme.empty()) s += "·" + theme;
  if (year) s += "　" + std::to_string(*year) + "年";
  return s;
}

}  // namespace

int cmd_phrases(Argv const& argv, Io& io) {
  // The query is literal text: anything that is not one of our options is
  // part of it, even when it starts with '-' ("-OR-", "--" then words).
  // Only words shaped like an option we do not know ("--lmit") are refused.
  std::set<std::string> const options{"--db", "--theme", "--part", "--year", "--limit", "--format"};
  Argv opts;
  std::string query;
  bool have_query = false;
  auto add_query = [&](std::string const& s) {
    query += have_query ? " " + s : s;
    have_query = true;
  };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string const& a = argv[i];
    if (a == "--") {
      for (++i; i < argv.size(); ++i) add_query(argv[i]);
      break;
    }
    std::string const name = a.substr(0, a.find('='));
    if (options.contains(name)) {
      opts.push_back(a);
      if (name == a && i + 1 < argv.size()) opts.push_back(argv[++i]);
      continue;
    }
    bool const option_shaped = a.size() > 2 && a.starts_with("--") &&
                               a.find_first_not_of("abcdefghijklmnopqrstuvwxyz-", 2) == std::string::npos;
    if (option_shaped) throw UsageError("未知选项：" + a + "（要搜索以 -- 开头的文字，请写在 -- 之后）");
    add_query(a);
  }
  Args const args(opts, options, {});
  if (!have_query) throw UsageError("需要要查找的文字：zongjie phrases 文字");
  std::string const format = args.choice("--format", {"text", "json"});

  store::PhraseQuery q;
  q.text = query;
  if (args.value("--part")) q.part = part_option(args, true);
  q.theme = args.value("--theme").value_or("");
  if (auto y = args.integer("--year", 1900, 2999)) q.year = static_cast<int>(*y);
  q.limit = static_cast<std::size_t>(args.integer("--limit", 1, 10000).value_or(20));

  service::Workspace workspace = service::Workspace::open(corpus_location(args));
  auto const hits = workspace.phrases().search(q);
  if (format == "json") {
    io.out << store::to_json(hits).dump(1) << '\n';
    return 0;
  }
  if (hits.empty()) {
    std::string const shown = store::normalize_query(query);
    if (shown.empty()) io.err << "查询为空，没有可查找的文字\n";
    else io.err << "没有找到包含“" << shown << "”的句子\n";
    return 0;
  }
  for (std::size_t i = 0; i < hits.size(); ++i) {
    auto const& h = hits[i];
    io.out << i + 1 << ". " << h.text << "\n    " << h.file << ':' << h.line << "　" << where(h.part, h.theme, h.year);
    if (h.count > 1) io.out << "　（共 " << h.count << " 处）";
    io.out << '\n';
  }
  return 0;
}

int cmd_suggest(Argv const& argv, Io& io) {
  Args const args(argv, {"--db", "--part", "--theme", "--section", "--limit", "--format"}, {});
  if (!args.positional().empty()) throw UsageError("不接受位置参数：" + args.positional().front());
  std::string const format = args.choice("--format", {"text", "json"});
  store::SuggestionQuery q;
  q.part = part_option(args, true);
  q.theme = args.value("--theme").value_or("");
  q.section_title = args.value("--section").value_or("");
  q.limit = static_cast<std::size_t>(args.integer("--limit", 1, 10000).value_or(20));

  service::Workspace workspace = service::Workspace::open(corpus_location(args));
  auto const list = workspace.phrases().suggest(q);
  if (format == "json") {
    io.out << store::to_json(list).dump(1) << '\n';
    return 0;
  }
  if (list.empty()) {
    io.err << "语料库中没有" << role_label(q.part) << (q.theme.empty() ? "" : "·" + q.theme) << "可复用的句子\n";
    return 0;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto const& s = list[i];
    io.out << i + 1 << ". 〔" << store::suggestion_kind_label(s.kind) << "〕" << s.text << "　（用过 " << s.count
           << " 次）\n";
    for (auto const& src : s.sources) {
      io.out << "    " << src.file << ':' << src.line;
      if (src.year) io.out << "　" << *src.year << "年";
      io.out << '\n';
    }
  }
  return 0;
}

}  // namespace zongjie::cli
