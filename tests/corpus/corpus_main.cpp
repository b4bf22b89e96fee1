// zongjie_corpus_tests: the user's real reports against their hand-checked
// gold outlines.
//
//   zongjie_corpus_tests [CORPUS_DIR]
//
// CORPUS_DIR (else $ZONGJIE_CORPUS_DIR) holds the reports and gold/*.json.
// For every gold file: title line, years, parts (role, line, heading) and
// sections (part, line, ordinal, title) must agree exactly, items (section
// line, line, ordinal, title) at least 95 %, noise lines exactly; titles are
// compared after folding half-/full-width punctuation.
//
// Exit status: 0 all agree, 1 a difference (printed), 77 no corpus (CTest
// shows the test as skipped, see SKIP_RETURN_CODE in tests/CMakeLists.txt).
#include "support/gold.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace {
constexpr int skip_status = 77;
constexpr double min_item_agreement = 0.95;
}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  if (argc > 1 && argv[1][0] != '\0') dir = argv[1];
  else if (char const* env = std::getenv("ZONGJIE_CORPUS_DIR")) dir = env;
  if (argc > 2) {
    std::cerr << "用法：zongjie_corpus_tests [语料目录]\n";
    return 2;
  }

  std::error_code ec;
  if (dir.empty() || !fs::is_directory(fs::path(dir) / "gold", ec)) {
    std::cout << "跳过：找不到语料目录 " << (dir.empty() ? std::string("（未指定）") : dir)
              << "（需要其中有 gold/ 子目录；用 -DZONGJIE_CORPUS_DIR=… 或环境变量 ZONGJIE_CORPUS_DIR 指定）\n";
    return skip_status;
  }

  std::vector<zongjie::test::GoldComparison> const results =
      zongjie::test::compare_gold_dir(fs::path(dir) / "gold", {fs::path(dir)});
  if (results.empty()) {
    std::cout << "跳过：" << dir << "/gold 中没有 .json 金标准文件\n";
    return skip_status;
  }

  int failed = 0;
  for (auto const& r : results) {
    bool const ok = r.error.empty() && r.field_diffs.empty() && r.parts_with_heading.exact() && r.sections.exact() &&
                    r.items.agreement() >= min_item_agreement;
    if (ok) {
      std::cout << "ok    " << r.gold_file;
      if (!r.items.exact()) std::cout << "  (items " << r.items.matched << "/" << r.items.gold << ")";
      std::cout << '\n';
      continue;
    }
    ++failed;
    std::cout << "FAIL  " << r.describe();
    if (r.error.empty() && r.items.agreement() < min_item_agreement)
      std::cout << "    items agree " << static_cast<int>(r.items.agreement() * 1000) / 10.0 << " % < 95 %\n";
  }
  std::cout << '\n' << zongjie::test::describe_totals(zongjie::test::totals(results));
  std::cout << (failed ? std::to_string(failed) + " of " + std::to_string(results.size()) + " reports differ from gold\n"
                       : "all " + std::to_string(results.size()) + " reports agree with gold\n");
  return failed ? 1 : 0;
}
