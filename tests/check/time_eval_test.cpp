// Recall and false findings of the time and figure rules over fresh short
// drafts (tests/data/check/time_figures): dNN.txt with planted defects
// (dNN.expect: rule and line), okNN.txt with legitimate history,
// comparisons and consistent usage (empty .expect).  X.prev.txt, when there,
// is last year's report (--previous).  Only the findings of these rules count.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/promises.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <memory>

using namespace zongjie;
namespace fs = std::filesystem;

TEST_CASE("time and figure rules: recall >= 90 %, at most 2 false findings", "[check][time.outdated-term]") {
  constexpr std::array<std::string_view, 4> rules{"time.outdated-term", "time.relative-word", "figure.below-target",
                                                  "figure.inconsistent"};
  fs::path const dir = fs::path(ZONGJIE_TEST_DATA_DIR) / "check" / "time_figures";
  std::vector<fs::path> files;
  for (auto const& e : fs::directory_iterator(dir)) {
    std::string const name = e.path().filename().string();
    if (e.path().extension() == ".txt" && !name.ends_with(".prev.txt")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 30);
  std::size_t planted = 0, found = 0, false_findings = 0, legit = 0;
  for (auto const& path : files) {
    auto const expected = test::read_expected(test::read_file(fs::path(path).replace_extension(".expect")));
    legit += expected.empty();
    text::Document const doc = text::load_document(path);
    fs::path const prev_path = fs::path(path).replace_extension(".prev.txt");
    std::unique_ptr<check::PreviousPlan> prev;
    if (fs::exists(prev_path)) {
      text::Document const last = text::load_document(prev_path);
      prev = std::make_unique<check::PreviousPlan>(
          test::default_checker().prepare_previous(last, test::outline_with_themes(last)));
    }
    auto const findings = test::check_document(test::default_checker(), doc, prev.get());
    auto const ours = [&](check::Finding const& f) {
      return std::find(rules.begin(), rules.end(), f.rule) != rules.end();
    };
    for (auto const& e : expected) {
      ++planted;
      bool const hit = std::any_of(findings.begin(), findings.end(),
                                   [&](auto const& f) { return f.rule == e.rule && f.line == e.line; });
      if (hit) ++found;
      else std::cout << "missed  " << path.filename().string() << ':' << e.line << "  " << e.rule << '\n';
    }
    for (auto const& f : findings) {
      if (!ours(f) || f.severity < check::Severity::warning) continue;
      bool const planted_here = std::any_of(expected.begin(), expected.end(),
                                            [&](auto const& e) { return e.rule == f.rule && e.line == f.line; });
      if (!planted_here) {
        ++false_findings;
        std::cout << "extra   " << path.filename().string() << ':' << f.line << "  " << f.rule << "  " << f.message
                  << '\n';
      }
    }
  }
  double const recall = planted ? double(found) / double(planted) : 0.0;
  std::cout << "time/figure drafts: " << files.size() << " files (" << legit << " legitimate), " << found << "/"
            << planted << " planted defects found (recall " << static_cast<int>(recall * 1000) / 10.0 << " %), "
            << false_findings << " false warnings/errors\n";
  CHECK(planted >= 20);
  CHECK(legit >= 8);
  CHECK(recall >= 0.9);
  CHECK(false_findings <= 2);
}
