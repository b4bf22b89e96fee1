// zongjie ignore: suppressions kept beside the corpus database (on a server, in its ignores table).
//   ignore add FILE --rule ID [--line N[:COL]] [--previous F] [--db DB]
//   ignore list [FILE] [--db DB] [--format text|json]
//   ignore remove ID... [--db DB]
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/service/workspace.hpp"

#include <charconv>
#include <algorithm>
#include <ostream>

namespace zongjie::cli {

namespace {

/// "12" or "12:5".
std::pair<std::size_t, std::size_t> parse_line(std::string const& s) {
  std::size_t line = 0, column = 0;
  auto const colon = s.find(':');
  std::string const l = s.substr(0, colon);
  auto [p, ec] = std::from_chars(l.data(), l.data() + l.size(), line);
  bool ok = ec == std::errc() && p == l.data() + l.size() && line > 0;
  if (ok && colon != std::string::npos) {
    std::string const c = s.substr(colon + 1);
    auto [q, ec2] = std::from_chars(c.data(), c.data() + c.size(), column);
    ok = ec2 == std::errc() && q == c.data() + c.size() && column > 0;
  }
  if (!ok) throw UsageError("--line 应为行号或 行号:列号，而不是“" + s + "”");
  return {line, column};
}

int add(Args const& args, Io& io) {
  if (args.positional().size() != 2)
    throw UsageError("需要一个文件：zongjie ignore add FILE --rule 规则 [--line 行[:列]]");
  std::string const file = args.positional()[1];
  auto const rule = args.value("--rule");
  if (!rule) throw UsageError("需要 --rule 规则（见 zongjie check 输出中方括号里的规则名）");

  service::Workspace const workspace = service::Workspace::open(corpus_location(args));
  auto const ids = workspace.checker().rule_ids();
  if (std::find(ids.begin(), ids.end(), *rule) == ids.end()) throw UsageError("未知的规则“" + *rule + "”");

  check::SuppressionStore store = workspace.suppressions();
  text::Document const doc = workspace.load(file);
  Outline const outline = workspace.outline(doc);
  check::DocumentKey const key = service::Workspace::document_key(file, outline);
  auto const line_spec = args.value("--line");
  if (!line_spec) {
    int const id = store.add_rule(key, *rule);
    store.save();
    io.out << "已对 " << file << " 关闭规则 " << *rule << "（编号 " << id << "，撤销：zongjie ignore remove " << id
           << "）\n";
    return 0;
  }
  auto const [line, column] = parse_line(*line_spec);
  std::optional<check::PreviousPlan> previous;
  if (auto const prev = args.value("--previous")) previous = workspace.previous_plan(*prev);
  auto const findings = workspace.check(doc, outline, previous ? &*previous : nullptr);
  std::size_t added = 0;
  for (auto const& f : findings) {
    if (f.rule != *rule || f.line != line) continue;
    if (column && !(f.column <= column && (column < f.end_column || column == f.column))) continue;
    int const id = store.add_finding(key, f);
    io.out << "已忽略 " << file << ':' << f.line << ':' << f.column << "　" << f.message << "　[" << f.rule
           << "]（编号 " << id << "）\n";
    ++added;
  }
  if (added == 0) {
    io.err << "zongjie ignore：" << file << " 第 " << line << " 行"
           << (column ? "第 " + std::to_string(column) + " 列" : "") << "没有 " << *rule << " 的问题\n";
    return 2;
  }
  store.save();
  return 0;
}

int list(Args const& args, Io& io) {
  if (args.positional().size() > 2) throw UsageError("用法：zongjie ignore list [FILE]");
  service::Workspace const workspace = service::Workspace::open(corpus_location(args));
  check::SuppressionStore const store = workspace.suppressions();
  std::vector<check::Suppression> entries = store.entries();
  if (args.positional().size() == 2) {
    // The report's own title finds entries made under another name; a file
    // that is gone is still listed by its path.
    std::string const& file = args.positional()[1];
    check::DocumentKey key = check::document_key(file);
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec))
      key = service::Workspace::document_key(file, workspace.outline(workspace.load(file)));
    entries = store.entries_of(key);
  }
  if (args.choice("--format", {"text", "json"}) == "json") {
    auto out = nlohmann::ordered_json::array();
    for (auto const& s : entries)
      out.push_back({{"id", s.id},
                     {"document", s.document},
                     {"rule", s.rule},
                     {"whole_rule", s.subject.empty()},
                     {"note", s.note},
                     {"added", s.added}});
    io.out << out.dump(1) << '\n';
    return 0;
  }
  if (entries.empty()) {
    io.out << "没有忽略项（" << store.file().string() << "）\n";
    return 0;
  }
  for (auto const& s : entries) {
    io.out << s.id << "　" << s.document << "　" << s.rule << "　";
    if (s.subject.empty()) io.out << "（整条规则）";
    else io.out << s.note;
    if (!s.added.empty()) io.out << "　" << s.added;
    io.out << '\n';
  }
  return 0;
}

int remove(Args const& args, Io& io) {
  if (args.positional().size() < 2)
    throw UsageError("需要编号：zongjie ignore remove 编号...（编号见 zongjie ignore list）");
  check::SuppressionStore store = service::Workspace::open(corpus_location(args)).suppressions();
  int status = 0;
  for (std::size_t i = 1; i < args.positional().size(); ++i) {
    std::string const& s = args.positional()[i];
    int id = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec != std::errc() || p != s.data() + s.size()) throw UsageError("编号应为数字，而不是“" + s + "”");
    if (store.remove(id)) {
      io.out << "已撤销忽略项 " << id << '\n';
    } else {
      io.err << "zongjie ignore：没有编号为 " << id << " 的忽略项\n";
      status = 2;
    }
  }
  store.save();
  return status;
}

}  // namespace

int cmd_ignore(Argv const& argv, Io& io) {
  Args const args(argv, {"--db", "--rule", "--line", "--previous", "--format"}, {});
  if (args.positional().empty()) throw UsageError("需要子命令 add、list 或 remove");
  std::string const& sub = args.positional().front();
  if (sub == "add") return add(args, io);
  if (sub == "list") return list(args, io);
  if (sub == "remove") return remove(args, io);
  throw UsageError("未知的子命令“" + sub + "”（应为 add、list 或 remove）");
}

}  // namespace zongjie::cli
