// Recall and false positives over fresh drafts with planted defects
// (tests/data/check/drafts) and clean drafts (tests/data/check/clean); see
// tests/data/check/README.md.  A planted defect is found when a finding of
// its rule is on its line; any other warning or error is a false positive.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

using namespace zongjie;
namespace fs = std::filesystem;

namespace {

fs::path const data = fs::path(ZONGJIE_TEST_DATA_DIR) / "check";

std::vector<fs::path> reports(fs::path const& dir) {
  std::vector<fs::path> out;
  for (auto const& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool serious(check::Finding const& f) { return f.severity >= check::Severity::warning; }

}  // namespace

TEST_CASE("drafts: recall >= 90 % of planted defects, at most 2 false warnings or errors", "[check][drafts]") {
  std::size_t planted = 0, found = 0, false_positives = 0;
  auto const drafts = reports(data / "drafts");
  REQUIRE(drafts.size() >= 8);
  for (auto const& path : drafts) {
    auto const expected = test::read_expected(test::read_file(fs::path(path).replace_extension(".expect")));
    REQUIRE_FALSE(expected.empty());
    text::Document const doc = text::load_document(path);
    auto const findings = test::check_document(test::default_checker(), doc);
    for (auto const& e : expected) {
      ++planted;
      bool const hit = std::any_of(findings.begin(), findings.end(),
                                   [&](auto const& f) { return f.rule == e.rule && f.line == e.line; });
      if (hit) ++found;
      else std::cout << "missed  " << path.filename().string() << ':' << e.line << "  " << e.rule << '\n';
    }
    for (auto const& f : findings) {
      if (!serious(f)) continue;
      bool const planted_here = std::any_of(expected.begin(), expected.end(),
                                            [&](auto const& e) { return e.rule == f.rule && e.line == f.line; });
      if (!planted_here) {
        ++false_positives;
        std::cout << "extra   " << path.filename().string() << ':' << f.line << "  " << f.rule << "  " << f.message
                  << '\n';
      }
    }
  }
  double const recall = planted ? double(found) / double(planted) : 0.0;
  std::cout << "drafts: " << drafts.size() << " files, " << found << "/" << planted << " planted defects found (recall "
            << static_cast<int>(recall * 1000) / 10.0 << " %), " << false_positives << " false warnings/errors\n";
  CHECK(recall >= 0.9);
  CHECK(false_positives <= 2);
}

TEST_CASE("drafts: clean drafts give no warning or error", "[check][drafts]") {
  auto const clean = reports(data / "clean");
  REQUIRE(clean.size() >= 3);
  for (auto const& path : clean) {
    text::Document const doc = text::load_document(path);
    for (auto const& f : test::check_document(test::default_checker(), doc)) {
      INFO(path.filename().string() << ':' << f.line << ' ' << f.rule << ' ' << f.message);
      CHECK_FALSE(serious(f));
    }
  }
}
