// zongjie check: findings for one or more reports, optionally fixed in place.
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/check/format.hpp"
#include "zongjie/service/workspace.hpp"

#include <ostream>

namespace zongjie::cli {

namespace {

/// --rule ID=off|info|warning|error, repeatable.
void apply_rule_options(Args const& args, check::Checker& checker) {
  for (auto const& spec : args.values("--rule")) {
    auto const eq = spec.find('=');
    if (eq == std::string::npos) throw UsageError("--rule 应写成 规则=级别，例如 --rule punctuation.half-width=off");
    std::string const id = spec.substr(0, eq);
    auto const level = check::severity_from_name(spec.substr(eq + 1));
    if (!level) throw UsageError("--rule " + spec + "：级别应为 off、info、warning 或 error");
    try {
      checker.set_severity(id, *level);
    } catch (check::UnknownRule const&) {
      std::string known;
      for (auto const& r : checker.rule_ids()) known += "\n  " + r;
      std::string message = "--rule：未知的规则“";
      message.append(id).append("”，可用的规则有：").append(known);
      throw UsageError(message);
    }
  }
}

struct Counts {
  std::size_t error = 0, warning = 0, info = 0;
  void add(std::vector<check::Finding> const& fs) {
    for (auto const& f : fs) {
      if (f.severity == check::Severity::error) ++error;
      else if (f.severity == check::Severity::warning) ++warning;
      else if (f.severity == check::Severity::info) ++info;
    }
  }
};

}  // namespace

int cmd_check(Argv const& argv, Io& io) {
  Args const args(argv, {"--db", "--previous", "--format", "--rule", "--annotate"}, {"--fix", "--no-ignore"},
                  {"--rule"});
  std::string const format = args.choice("--format", {"text", "json", "gcc"});
  if (args.positional().empty())
    throw UsageError(
        "需要至少一个文件：zongjie check FILE... [--db FILE] [--previous 去年报告] [--format text|json|gcc] "
        "[--annotate OUT.docx]");

  service::Workspace workspace = service::Workspace::open(corpus_location(args));
  for (auto const& note : workspace.notes()) io.err << "zongjie check：" << note << '\n';
  apply_rule_options(args, workspace.checker());

  std::optional<check::PreviousPlan> previous;
  if (auto const prev = args.value("--previous")) {
    previous = workspace.previous_plan(*prev);
    if (previous->promises().empty())
      io.err << "zongjie check：" << *prev << "：没有找到工作计划部分，无法核对去年的承诺\n";
  }
  std::optional<check::SuppressionStore> ignored;
  if (!args.flag("--no-ignore")) ignored.emplace(workspace.suppressions());

  service::CheckRequest request;
  request.previous = previous ? &*previous : nullptr;
  request.ignores = ignored ? &*ignored : nullptr;
  request.fix = args.flag("--fix");

  if (auto const annotate = args.value("--annotate")) {
    // The findings into the user's own .docx: comments, and with --fix the
    // safe fixes as tracked changes; the input is left as it is.
    if (args.positional().size() != 1)
      throw UsageError("--annotate 只能用于一个 Word 文档：zongjie check IN.docx --annotate OUT.docx [--fix]");
    std::string const& file = args.positional().front();
    service::AnnotateRequest ar;
    ar.previous = request.previous;
    ar.ignores = request.ignores;
    ar.fix = request.fix;
    std::optional<service::AnnotateOutcome> r;
    try {
      r = workspace.annotate_file(file, *annotate, ar);
    } catch (text::InputError const& e) {
      io.err << "zongjie check：" << e.what() << '\n';
      return 2;
    }
    for (auto const& note : r->check.document.notes) io.err << "zongjie check：" << file << "：" << note << '\n';
    for (auto const& note : r->notes) io.err << "zongjie check：" << file << "：" << note << '\n';
    for (auto const& f : r->comment_only)
      io.err << "zongjie check：" << file << ':' << f.line << ':' << f.column
             << "：修复未写成修订（所改的文字不在正文中，例如 Word 自动编号），仅以批注给出　[" << f.rule << "]\n";
    auto const& findings = r->check.findings;
    if (format == "json") io.out << check::findings_to_json(findings, file).dump(1) << '\n';
    else if (format == "gcc") io.out << check::findings_to_gcc(findings, file);
    else io.out << check::findings_to_text(findings, file);
    std::ostream& notes = format == "json" ? io.err : io.out;
    notes << *annotate << "：已写入批注 " << r->comments << " 条";
    if (request.fix) notes << "，修订 " << r->changed.size() << " 处";
    if (r->kept) notes << "（文档中已有的 " << r->kept << " 条批注未重复写入）";
    if (r->check.suppressed) notes << "（另有 " << r->check.suppressed << " 处已忽略）";
    notes << '\n';
    Counts c;
    c.add(findings);
    return c.error > 0 ? 1 : 0;
  }

  bool bad_input = false;
  Counts total;
  auto json = nlohmann::ordered_json::array();
  std::ostream& notes = format == "json" ? io.err : io.out;
  for (auto const& file : args.positional()) {
    std::optional<service::CheckOutcome> r;
    try {
      r = workspace.check_file(file, request);
    } catch (text::InputError const& e) {
      io.err << "zongjie check：" << e.what() << '\n';
      bad_input = true;
      continue;
    }
    // What reading a .docx flattened or left out (tables, text boxes).
    for (auto const& note : r->document.notes) io.err << "zongjie check：" << file << "：" << note << '\n';
    if (r->fix_refused) io.err << "zongjie check：" << file << "：Word 文档不能自动修复，请在编辑器中修改\n";
    for (auto const& f : r->fixed)
      notes << file << ':' << f.line << ':' << f.column << "　已修复　" << f.fix->description << "　[" << f.rule
            << "]\n";

    auto const& findings = r->findings;
    total.add(findings);
    if (format == "json") {
      for (auto& j : check::findings_to_json(findings, file)) json.push_back(std::move(j));
    } else if (format == "gcc") {
      io.out << check::findings_to_gcc(findings, file);
    } else {
      io.out << check::findings_to_text(findings, file);
      Counts c;
      c.add(findings);
      if (findings.empty()) io.out << file << "：没有发现问题";
      else io.out << file << "：错误 " << c.error << "，警告 " << c.warning << "，提示 " << c.info;
      if (r->suppressed) io.out << "（另有 " << r->suppressed << " 处已忽略，见 zongjie ignore list）";
      io.out << "\n\n";
    }
  }
  if (format == "json") io.out << json.dump(1) << '\n';
  if (bad_input) return 2;
  return total.error > 0 ? 1 : 0;
}

}  // namespace zongjie::cli
