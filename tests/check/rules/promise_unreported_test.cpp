// promise.unreported: last year's plan against this year's summary.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/promises.hpp"
#include "zongjie/check/text_scan.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace zongjie;
using test::check_text;
using test::of_rule;

namespace {
constexpr std::string_view rule = "promise.unreported";

std::filesystem::path const data = std::filesystem::path(ZONGJIE_TEST_DATA_DIR) / "check" / "promise";

check::PreviousPlan previous_of(std::string const& name) {
  text::Document const doc = text::load_document(data / name);
  return test::default_checker().prepare_previous(doc, test::outline_with_themes(doc));
}
}  // namespace

TEST_CASE("promise: last year's plan gives its sections and items", "[check][promise.unreported]") {
  auto const prev = previous_of("dongxi-2023.txt");
  auto const& p = prev.promises();
  REQUIRE(p.size() >= 5);
  std::size_t sections = 0;
  for (auto const& x : p) sections += !x.item;
  CHECK(sections == 5);
  CHECK(p.front().title.find("农业") != std::string::npos);
}

TEST_CASE("promise: each promise reported or not, as planted", "[check][promise.unreported]") {
  auto const prev = previous_of("dongxi-2023.txt");
  std::string const text = test::read_file(data / "dongxi-2024.txt");
  auto const f = of_rule(check_text(text, &prev), rule);
  auto const expected = test::read_expected(test::read_file(data / "dongxi-2024.expect"));
  // The expect file names the promises (by their line in last year's file)
  // that were not reported; a finding names its promise in its subject.
  std::vector<std::string> got, want;
  for (auto const& x : f) {
    CHECK(x.line == test::line_of(text, "一、2024年工作总结"));
    got.push_back(x.subject);
  }
  for (auto const& e : expected) {
    auto const& p = prev.promises();
    auto const at = std::find_if(p.begin(), p.end(), [&](Promise const& x) { return x.line == e.line; });
    INFO("dongxi-2023.txt:" << e.line);
    REQUIRE(at != p.end());
    want.push_back("promise:" + check::scan::normalise(at->title));
  }
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  CHECK(got == want);
}

TEST_CASE("promise: nothing without a previous report, nothing when all is reported", "[check][promise.unreported]") {
  std::string const text = test::read_file(data / "dongxi-2024.txt");
  CHECK(of_rule(check_text(text), rule).empty());
  auto const prev = previous_of("dongxi-2023.txt");
  std::string const full = test::read_file(data / "dongxi-2024-full.txt");
  CHECK(of_rule(check_text(full, &prev), rule).empty());
}
