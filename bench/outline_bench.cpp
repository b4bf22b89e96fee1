// Outline throughput: decoding plus building the outline of one report, on
// one core.  Reported as bytes per second (MB/s).
//
//   bench_outline [--benchmark_filter=…] [REPORT.txt …]
//
// Without files it uses the examples/ reports of the source tree.
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

namespace {

std::vector<std::string>& inputs() {
  static std::vector<std::string> files;
  return files;
}

std::vector<std::string> load_all() {
  std::vector<std::string> bytes;
  for (auto const& f : inputs()) bytes.push_back(zongjie::text::read_file_bytes(f));
  return bytes;
}

void BM_Decode(benchmark::State& state) {
  auto const bytes = load_all();
  std::size_t total = 0;
  for (auto _ : state) {
    for (auto const& b : bytes) {
      auto d = zongjie::text::document_from_bytes("bench", b);
      benchmark::DoNotOptimize(d.text.data());
      total += b.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(total));
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

void BM_Outline(benchmark::State& state) {
  auto const bytes = load_all();
  auto const themes = zongjie::ThemeLexicon::standard();
  std::size_t total = 0;
  for (auto _ : state) {
    for (auto const& b : bytes) {
      auto d = zongjie::text::document_from_bytes("bench", b);
      auto o = zongjie::build_outline(d, {themes.get()});
      benchmark::DoNotOptimize(o.parts.data());
      total += b.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(total));
}
BENCHMARK(BM_Outline)->Unit(benchmark::kMillisecond);

void BM_OutlineAndSentences(benchmark::State& state) {
  auto const bytes = load_all();
  auto const themes = zongjie::ThemeLexicon::standard();
  std::size_t total = 0;
  for (auto _ : state) {
    for (auto const& b : bytes) {
      auto d = zongjie::text::document_from_bytes("bench", b);
      auto o = zongjie::build_outline(d, {themes.get()});
      auto s = zongjie::split_sentences(d, o);
      benchmark::DoNotOptimize(s.data());
      total += b.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(total));
}
BENCHMARK(BM_OutlineAndSentences)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i) inputs().emplace_back(argv[i]);
  if (inputs().empty())
    for (auto const& e : std::filesystem::directory_iterator(std::string(ZONGJIE_SOURCE_DIR) + "/examples"))
      if (e.path().extension() == ".txt") inputs().push_back(e.path().string());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
