// zongjie_corpus_tests: the user's real reports against their hand-checked
// gold outlines.
//
//   zongjie_corpus_tests [CORPUS_DIR]
//   zongjie_corpus_tests --data-set DIR
//
// CORPUS_DIR (else $ZONGJIE_CORPUS_DIR) holds the reports and gold/*.json.
// For every gold file: title line, years, parts (role, line, heading) and
// sections (part, line, ordinal, title) must agree exactly, items (section
// line, line, ordinal, title) at least 95 %, noise lines exactly; titles are
// compared after folding half-/full-width punctuation.
//
// --data-set DIR: real published reports nobody here wrote (their gold made
// by hand by other people, with conventions of their own): over the whole
// set, parts and sections F1 at least 0.95, items at least 0.85, and the
// report and plan year right in every report.
//
// Exit status: 0 all agree, 1 a difference (printed) or a gold/ folder
// without gold files, 77 no corpus (CTest shows the test as skipped, see
// SKIP_RETURN_CODE in tests/CMakeLists.txt).
#include "support/gold.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string_view>

namespace fs = std::filesystem;

namespace {
constexpr int skip_status = 77;
constexpr double min_item_agreement = 0.95;
constexpr double min_data_set_part_f1 = 0.95;
constexpr double min_data_set_section_f1 = 0.95;
constexpr double min_data_set_item_f1 = 0.85;

int check_data_set(std::vector<zongjie::test::GoldComparison> const& results) {
  auto const t = zongjie::test::totals(results);
  int years_wrong = 0;
  for (auto const& r : results) {
    bool const year_diff = std::any_of(r.field_diffs.begin(), r.field_diffs.end(),
                                       [](std::string const& d) { return d.find("year") != std::string::npos; });
    years_wrong += year_diff || !r.error.empty();
    std::cout << (r.error.empty() ? "" : "ERROR ") << r.gold_file << "  parts " << r.parts.f1() << "  sections "
              << r.sections.f1() << "  items " << r.items.f1() << (year_diff ? "  YEARS DIFFER" : "") << '\n';
    for (auto const& d : r.part_diffs) std::cout << "    " << d << '\n';
    for (auto const& d : r.section_diffs) std::cout << "    " << d << '\n';
  }
  std::cout << '\n' << zongjie::test::describe_totals(t);
  bool const ok = t.parts.f1() >= min_data_set_part_f1 && t.sections.f1() >= min_data_set_section_f1 &&
                  t.items.f1() >= min_data_set_item_f1 && years_wrong == 0 && t.errors == 0;
  std::cout << "parts F1 " << t.parts.f1() << " (>= " << min_data_set_part_f1 << "), sections F1 " << t.sections.f1()
            << " (>= " << min_data_set_section_f1 << "), items F1 " << t.items.f1() << " (>= " << min_data_set_item_f1
            << "), years wrong in " << years_wrong << " of " << results.size() << (ok ? ": ok\n" : ": FAIL\n");
  return ok ? 0 : 1;
}
}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  bool data_set = false;
  if (argc > 2 && std::string_view(argv[1]) == "--data-set") {
    data_set = true;
    dir = argv[2];
  } else if (argc > 1 && argv[1][0] != '\0') {
    dir = argv[1];
  } else if (char const* env = std::getenv("ZONGJIE_CORPUS_DIR")) {
    dir = env;
  }
  if (argc > (data_set ? 3 : 2)) {
    std::cerr << "用法：zongjie_corpus_tests [语料目录] | --data-set 目录\n";
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
    // The folder is there but holds nothing to compare: broken data, not absent data.
    std::cout << "失败：" << dir << "/gold 中没有 .json 金标准文件\n";
    return 1;
  }
  if (data_set) return check_data_set(results);

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
  std::cout << (failed
                    ? std::to_string(failed) + " of " + std::to_string(results.size()) + " reports differ from gold\n"
                    : "all " + std::to_string(results.size()) + " reports agree with gold\n");
  return failed ? 1 : 0;
}
