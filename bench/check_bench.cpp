// Checker speed: one check() of a 30 KB report with a learned model, on one
// core — what the editor runs on every pause in typing.  Reported per call
// (median of the repetitions is the figure in docs/PERFORMANCE.md).
//
//   bench_check [--benchmark_filter=…] [REPORT.txt [LAST_YEAR.txt]]
//
// Without files, the report is stitched from the sections of the examples/
// and tests/data/reports/ reports of the source tree (summary, problems and
// plan sections of several reports, renumbered, to about 30 KB, with a few
// defects a draft would have), and the model is learned from those reports.
//
// With ZONGJIE_BENCH_DB naming a learned corpus (a file or postgresql://…),
// BM_CheckWithLexicon checks the same report with that corpus's office
// lexicon (wording.name-variant and the quieting of the wording rules).
#include "zongjie/check/checker.hpp"
#include "zongjie/check/promises.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/learn/learner.hpp"
#include "zongjie/pgstore/open.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace zongjie;

namespace {

constexpr std::size_t target_bytes = 30 * 1024;

struct Setup {
  text::Document report;
  Outline outline;
  std::optional<check::Checker> checker;
  std::optional<check::PreviousPlan> previous;
  std::optional<check::Checker> lexicon_checker;  ///< with the lexicon of $ZONGJIE_BENCH_DB
  std::size_t lexicon_names = 0;
};

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> out;
  for (char const* dir : {"/examples", "/tests/data/reports"})
    for (auto const& e : fs::directory_iterator(std::string(ZONGJIE_SOURCE_DIR) + dir))
      if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string chinese_ordinal(int n) {
  static char const* const digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::string s;
  if (n >= 20) s += digits[n / 10];
  if (n >= 10) s += "十";
  s += digits[n % 10];
  return s;
}

/// Section bodies of one role from the parsed reports, without their markers.
std::vector<std::string> section_texts(std::vector<std::pair<text::Document, Outline>> const& parsed, PartRole role) {
  std::vector<std::string> out;
  for (auto const& [doc, outline] : parsed)
    for (auto const& part : outline.parts) {
      if (part.role != role) continue;
      for (auto const& s : part.sections) {
        if (s.inline_marker) continue;
        std::size_t const b = s.offset + s.marker.text.size();
        std::string text = doc.text.substr(b, s.end - b);
        while (!text.empty() && text.back() == '\n') text.pop_back();
        out.push_back(std::move(text));
      }
    }
  return out;
}

Setup& setup() {
  static Setup s;
  return s;
}

void prepare(std::vector<std::string> const& args) {
  auto const themes = ThemeLexicon::standard();
  std::vector<std::pair<text::Document, Outline>> parsed;
  StandardOutlineBuilder learned;
  for (auto const& f : corpus_files()) {
    text::Document d = text::load_document(f);
    Outline o = build_outline(d, {themes.get()});
    learned.add(summarize(o));
    parsed.emplace_back(std::move(d), std::move(o));
  }
  check::CheckerOptions options;
  options.model = learned.finish();
  options.themes = themes;
  if (char const* db = std::getenv("ZONGJIE_BENCH_DB"); db && *db) {
    auto const store = pgstore::open_store(db, store::Store::Mode::read_only);
    check::CheckerOptions with_lexicon = options;
    with_lexicon.lexicon = corpus_lexicon(store.get());
    setup().lexicon_names = with_lexicon.lexicon->entries().size();
    setup().lexicon_checker.emplace(std::move(with_lexicon));
  }
  setup().checker.emplace(std::move(options));

  if (!args.empty()) {
    setup().report = text::load_document(args[0]);
  } else {
    auto const summary = section_texts(parsed, PartRole::summary);
    auto const plan = section_texts(parsed, PartRole::plan);
    std::string r =
        "丰源镇2024年工作总结及2025年工作计划\n"
        "2024年，丰源镇在县委县政府的坚强领导下，坚持稳中求进工作总基调，截止目前各项工作取得新进展。\n"
        "一、2024年工作总结\n";
    for (std::size_t i = 0; i < summary.size() && r.size() < target_bytes * 6 / 10; ++i)
      r += "（" + chinese_ordinal(static_cast<int>(i) + 1) + "）" + summary[i] + "\n";
    r += "二、存在的问题\n一是产业结构仍较单一,抗风险能力不强；二是XX村基础设施欠账较多；三是干部队伍能力有待提升。\n"
         "三、2025年工作计划\n";
    for (std::size_t i = 0; i < plan.size() && r.size() < target_bytes; ++i)
      r += "（" + chinese_ordinal(static_cast<int>(i) + 1) + "）" + plan[i] + "\n";
    setup().report = text::document_from_text("bench-report.txt", std::move(r));
  }
  setup().outline = build_outline(setup().report, {themes.get()});
  fs::path const prev = args.size() > 1 ? fs::path(args[1])
                                        : fs::path(ZONGJIE_SOURCE_DIR) / "tests/data/check/promise/dongxi-2023.txt";
  text::Document const p = text::load_document(prev);
  setup().previous.emplace(setup().checker->prepare_previous(p, build_outline(p, {themes.get()})));
}

void BM_Check(benchmark::State& state) {
  auto const& s = setup();
  std::size_t findings = 0;
  for (auto _ : state) {
    auto f = s.checker->check(s.report, s.outline);
    findings = f.size();
    benchmark::DoNotOptimize(f.data());
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["KB"] = static_cast<double>(s.report.text.size()) / 1024.0;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.report.text.size()));
}
BENCHMARK(BM_Check)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);

void BM_CheckWithLexicon(benchmark::State& state) {
  auto const& s = setup();
  if (!s.lexicon_checker) {
    state.SkipWithError("ZONGJIE_BENCH_DB not set");
    return;
  }
  std::size_t findings = 0;
  for (auto _ : state) {
    auto f = s.lexicon_checker->check(s.report, s.outline);
    findings = f.size();
    benchmark::DoNotOptimize(f.data());
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["names"] = static_cast<double>(s.lexicon_names);
}
BENCHMARK(BM_CheckWithLexicon)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);

void BM_OutlineAndCheck(benchmark::State& state) {
  auto const& s = setup();
  auto const themes = ThemeLexicon::standard();
  for (auto _ : state) {
    Outline o = build_outline(s.report, {themes.get()});
    auto f = s.checker->check(s.report, o);
    benchmark::DoNotOptimize(f.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.report.text.size()));
}
BENCHMARK(BM_OutlineAndCheck)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);

void BM_CheckWithPrevious(benchmark::State& state) {
  auto const& s = setup();
  for (auto _ : state) {
    auto f = s.checker->check(s.report, s.outline, &*s.previous);
    benchmark::DoNotOptimize(f.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.report.text.size()));
}
BENCHMARK(BM_CheckWithPrevious)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);

void BM_CheckerConstruction(benchmark::State& state) {
  auto const model = setup().checker->model();
  for (auto _ : state) {
    check::CheckerOptions options;
    options.model = model;
    check::Checker c(std::move(options));
    benchmark::DoNotOptimize(&c);
  }
}
BENCHMARK(BM_CheckerConstruction)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  prepare(std::vector<std::string>(argv + 1, argv + argc));
  std::cerr << "report: " << setup().report.text.size() << " bytes, " << setup().outline.parts.size() << " parts\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
