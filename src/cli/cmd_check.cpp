// zongjie check: findings for one or more reports, optionally fixed in place.
#include "cli/args.hpp"
#include "cli/commands.hpp"

#include "zongjie/check/checker.hpp"
#include "zongjie/check/fix.hpp"
#include "zongjie/check/format.hpp"
#include "zongjie/service/model_source.hpp"
#include "zongjie/check/suppression.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <iostream>

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
      throw UsageError("--rule：未知的规则“" + id + "”，可用的规则有：" + known);
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

int cmd_check(Argv const& argv) {
  Args const args(argv, {"--db", "--previous", "--format", "--rule"}, {"--fix", "--no-ignore"}, {"--rule"});
  std::string const format = args.choice("--format", {"text", "json", "gcc"});
  if (args.positional().empty())
    throw UsageError("需要至少一个文件：zongjie check FILE... [--db FILE] [--previous 去年报告] [--format text|json|gcc]");

  service::ModelSource source = service::load_model(args.value("--db"));
  check::CheckerOptions options;
  options.model = std::move(source.model);
  options.themes = source.themes;
  check::Checker checker(std::move(options));
  apply_rule_options(args, checker);
  OutlineOptions const outline_options = source.outline_options();

  std::optional<check::PreviousPlan> previous;
  if (auto const prev = args.value("--previous")) {
    text::Document const doc = text::load_document(*prev);
    previous = checker.prepare_previous(doc, build_outline(doc, outline_options));
    if (previous->promises().empty())
      std::cerr << "zongjie check：" << *prev << "：没有找到工作计划部分，无法核对去年的承诺\n";
  }

  std::optional<check::SuppressionStore> ignored;
  if (!args.flag("--no-ignore")) {
    ignored.emplace(check::SuppressionStore::path_for_database(database_path(args)));
  }

  bool bad_input = false;
  Counts total;
  auto json = nlohmann::ordered_json::array();
  std::ostream& notes = format == "json" ? std::cerr : std::cout;
  for (auto const& file : args.positional()) {
    std::optional<text::Document> doc;
    try {
      doc = text::load_document(file);
    } catch (text::InputError const& e) {
      std::cerr << "zongjie check：" << e.what() << '\n';
      bad_input = true;
      continue;
    }
    // What reading a .docx flattened or left out (tables, text boxes).
    for (auto const& note : doc->notes) std::cerr << "zongjie check：" << file << "：" << note << '\n';
    Outline outline = build_outline(*doc, outline_options);
    std::vector<check::Finding> findings = checker.check(*doc, outline, previous ? &*previous : nullptr);
    check::DocumentKey const key = check::document_key(file, outline);
    std::size_t suppressed = ignored ? ignored->filter(key, findings) : 0;

    if (args.flag("--fix")) {
      check::FixResult const fixed = check::apply_fixes(*doc, findings);
      if (!fixed.applied.empty() && doc->encoding == text::Encoding::docx) {
        std::cerr << "zongjie check：" << file << "：Word 文档不能自动修复，请在编辑器中修改\n";
      } else if (!fixed.applied.empty()) {
        try {
          check::write_file_atomically(file, check::encode_fixed(*doc, fixed));
        } catch (text::InputError const& e) {
          std::cerr << "zongjie check：" << e.what() << '\n';
          bad_input = true;
          continue;
        }
        for (std::size_t i : fixed.applied) {
          auto const& f = findings[i];
          notes << file << ':' << f.line << ':' << f.column << "　已修复　" << f.fix->description << "　[" << f.rule
                << "]\n";
        }
        // What is left, as the file now reads.
        doc = text::load_document(file);
        outline = build_outline(*doc, outline_options);
        findings = checker.check(*doc, outline, previous ? &*previous : nullptr);
        suppressed = ignored ? ignored->filter(key, findings) : 0;
      }
    }

    total.add(findings);
    if (format == "json") {
      for (auto& j : check::findings_to_json(findings, file)) json.push_back(std::move(j));
    } else if (format == "gcc") {
      std::cout << check::findings_to_gcc(findings, file);
    } else {
      std::cout << check::findings_to_text(findings, file);
      Counts c;
      c.add(findings);
      if (findings.empty()) std::cout << file << "：没有发现问题";
      else std::cout << file << "：错误 " << c.error << "，警告 " << c.warning << "，提示 " << c.info;
      if (suppressed) std::cout << "（另有 " << suppressed << " 处已忽略，见 zongjie ignore list）";
      std::cout << "\n\n";
    }
  }
  if (format == "json") std::cout << json.dump(1) << '\n';
  if (bad_input) return 2;
  return total.error > 0 ? 1 : 0;
}

}  // namespace zongjie::cli
