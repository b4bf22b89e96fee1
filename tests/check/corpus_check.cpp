// zongjie_check_corpus: the checker on the user's real reports.
//
//   zongjie_check_corpus [CORPUS_DIR] EXPECTED_TSV
//
// CORPUS_DIR (else $ZONGJIE_CORPUS_DIR) holds the reports.  EXPECTED_TSV lists
// their real defects as file<TAB>rule<TAB>line.  Checked twice: with the
// built-in standard outline (no database) and with the standard outline
// learned from the corpus itself.  Each expected finding must be there, and no
// error-severity finding may appear that is not expected.
//
// Exit status: 0 all as expected, 1 a difference (printed) or a report of
// EXPECTED_TSV missing from the corpus, 77 no corpus folder (CTest shows the
// test as skipped, see SKIP_RETURN_CODE).
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/corpus/standard_outline.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace zongjie;

namespace {
constexpr int skip_status = 77;

struct Row {
  std::string file, rule;
  std::size_t line = 0;
};

std::vector<Row> read_rows(fs::path const& path) {
  std::vector<Row> rows;
  std::istringstream in(test::read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    Row r;
    std::string n;
    std::getline(f, r.file, '\t');
    std::getline(f, r.rule, '\t');
    std::getline(f, n);
    r.line = std::stoul(n);
    rows.push_back(std::move(r));
  }
  return rows;
}

int run(std::string const& label, check::Checker const& checker, std::map<std::string, text::Document> const& docs,
        std::vector<Row> const& expected) {
  int failures = 0;
  for (auto const& [name, doc] : docs) {
    auto const findings = test::check_document(checker, doc);
    std::size_t want = 0, got = 0;
    for (auto const& e : expected) {
      if (e.file != name) continue;
      ++want;
      bool const hit = std::any_of(findings.begin(), findings.end(),
                                   [&](auto const& f) { return f.rule == e.rule && f.line == e.line; });
      if (hit) {
        ++got;
      } else {
        std::cout << "FAIL  [" << label << "] " << name << ':' << e.line << " expected " << e.rule << " not found\n";
        ++failures;
      }
    }
    std::size_t errors = 0, warnings = 0;
    for (auto const& f : findings) {
      errors += f.severity == check::Severity::error;
      warnings += f.severity == check::Severity::warning;
      if (f.severity != check::Severity::error) continue;
      bool const known = std::any_of(expected.begin(), expected.end(), [&](auto const& e) {
        return e.file == name && e.rule == f.rule && e.line == f.line;
      });
      if (!known) {
        std::cout << "FAIL  [" << label << "] " << name << ':' << f.line << ':' << f.column << " unexpected error "
                  << f.rule << "  " << f.message << '\n';
        ++failures;
      }
    }
    std::cout << "      [" << label << "] " << name << ": " << got << "/" << want << " expected found; " << errors
              << " errors, " << warnings << " warnings in all\n";
  }
  return failures;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  fs::path expected_file;
  if (argc == 3) {
    dir = argv[1];
    expected_file = argv[2];
  } else if (argc == 2) {
    expected_file = argv[1];
  } else {
    std::cerr << "用法：zongjie_check_corpus [语料目录] 预期结果.tsv\n";
    return 2;
  }
  if (dir.empty())
    if (char const* env = std::getenv("ZONGJIE_CORPUS_DIR")) dir = env;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) {
    std::cout << "跳过：找不到语料目录 " << (dir.empty() ? std::string("（未指定）") : dir)
              << "（用 -DZONGJIE_CORPUS_DIR=… 或环境变量 ZONGJIE_CORPUS_DIR 指定）\n";
    return skip_status;
  }
  auto const expected = read_rows(expected_file);
  std::map<std::string, text::Document> docs;
  for (auto const& e : expected) {
    if (docs.count(e.file)) continue;
    fs::path const p = fs::path(dir) / e.file;
    if (!fs::exists(p, ec)) {
      // The corpus is there but not the report the expectations name: a
      // renamed or lost report must not turn the whole test into a skip.
      std::cout << "失败：语料目录 " << dir << " 中没有 " << e.file << "\n";
      return 1;
    }
    docs.emplace(e.file, text::load_document(p));
  }
  int failures = run("built-in model", test::default_checker(), docs, expected);

  StandardOutlineBuilder builder;
  for (auto const& [name, doc] : docs) builder.add(summarize(test::outline_with_themes(doc)));
  check::CheckerOptions options;
  options.model = builder.finish();
  check::Checker const learned(std::move(options));
  failures += run("learned model", learned, docs, expected);

  std::cout << (failures ? std::to_string(failures) + " differences\n"
                         : "all expected findings, no unexpected error\n");
  return failures ? 1 : 0;
}
