// Phrase search and suggestions on a learned corpus database: latency of one
// query as the editor would issue it (one PhraseIndex kept open), by query
// length, reported as p50/p95 in milliseconds.
//
//   ZONGJIE_PHRASES_DB=/tmp/gen10k.db bench_phrases [--benchmark_filter=…]
//
// With ZONGJIE_PHRASES_QUERIES (one query per line) it also times those
// queries one by one (BM_Query/…), for bench/phrases_vs_grep.sh.
//
// The database is built by bench/phrases_vs_grep.sh (gen_corpus.py 10,000
// reports, then zongjie learn).  Queries are cut from the stored sentences
// themselves (runs of Han characters at spread-out positions), so they have
// hits, as typed words do; a fixed stride makes the set the same every run.
#include "zongjie/store/phrase_index.hpp"
#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

std::string db_path() {
  if (char const* p = std::getenv("ZONGJIE_PHRASES_DB"); p && *p) return p;
  return "/tmp/gen10k.db";
}

/// `count` queries of `chars` Han characters, cut from stored sentences.
std::vector<std::string> make_queries(std::size_t chars, std::size_t count) {
  using namespace zongjie;
  store::CorpusStore store(db_path(), store::CorpusStore::Mode::read_only);
  std::int64_t max_id = 0;
  {
    store::Statement s(store.database(), "SELECT max(id) FROM sentences");
    if (s.step()) max_id = s.column_int64(0);
  }
  std::vector<std::string> out;
  store::Statement get(store.database(), "SELECT text FROM sentences WHERE id >= ? ORDER BY id LIMIT 1");
  std::int64_t const stride = std::max<std::int64_t>(1, max_id / static_cast<std::int64_t>(count * 2));
  for (std::int64_t id = 1; id <= max_id && out.size() < count; id += stride) {
    get.bind(1, id);
    if (!get.step()) break;
    std::string const text = get.column_text(0);
    get.reset();
    // Starting at a position that depends on the id, the first run of
    // `chars` Han characters.
    std::vector<std::pair<std::size_t, std::size_t>> cps;  // offset, length
    for (std::size_t i = 0; i < text.size();) {
      auto const cp = utf8::decode(text, i);
      cps.emplace_back(i, chinese::is_han(cp.value) ? cp.length : 0);
      i += cp.length;
    }
    if (cps.size() < chars) continue;
    std::size_t const start = static_cast<std::size_t>(id) % (cps.size() - chars + 1);
    for (std::size_t k = start; k + chars <= cps.size(); ++k) {
      bool ok = true;
      for (std::size_t m = k; m < k + chars; ++m) ok = ok && cps[m].second > 0;
      if (!ok) continue;
      std::size_t const b = cps[k].first;
      std::size_t const e = cps[k + chars - 1].first + cps[k + chars - 1].second;
      out.push_back(text.substr(b, e - b));
      break;
    }
  }
  return out;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t const i = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
  return v[i];
}

void report(benchmark::State& state, std::vector<double> const& ms, std::size_t hits) {
  state.counters["p50_ms"] = percentile(ms, 0.50);
  state.counters["p95_ms"] = percentile(ms, 0.95);
  state.counters["max_ms"] = ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
  state.counters["hits_per_query"] = ms.empty() ? 0 : static_cast<double>(hits) / static_cast<double>(ms.size());
}

/// False (and the benchmark skipped) when there is no database to query.
bool have_database(benchmark::State& state, std::string const& hint = {}) {
  if (std::filesystem::exists(db_path())) return true;
  state.SkipWithError(("no database at " + db_path() + hint).c_str());
  return false;
}

/// Runs call(k) for iteration k, timing each call, and reports the
/// latencies and the hits per call (call returns the hits).
template <typename Call>
void timed_queries(benchmark::State& state, Call&& call) {
  std::vector<double> ms;
  std::size_t k = 0, hits = 0;
  for (auto _ : state) {
    auto const t0 = std::chrono::steady_clock::now();
    auto const r = call(k++);
    auto const t1 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(r.data());
    hits += r.size();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  report(state, ms, hits);
}

void BM_PhraseSearch(benchmark::State& state) {
  if (!have_database(state, " (run bench/phrases_vs_grep.sh first)")) return;
  auto const queries = make_queries(static_cast<std::size_t>(state.range(0)), 300);
  if (queries.empty()) {
    state.SkipWithError("no queries could be cut from the database");
    return;
  }
  zongjie::store::PhraseIndex index(db_path());
  timed_queries(state, [&](std::size_t k) {
    zongjie::store::PhraseQuery q;
    q.text = queries[k % queries.size()];
    q.limit = 20;
    return index.search(q);
  });
}
BENCHMARK(BM_PhraseSearch)
    ->ArgName("chars")
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Arg(4)
    ->Arg(6)
    ->Iterations(600)
    ->Unit(benchmark::kMillisecond);

/// With filters: part and theme, as the editor's search box inside a section.
void BM_PhraseSearchFiltered(benchmark::State& state) {
  if (!have_database(state)) return;
  auto const queries = make_queries(static_cast<std::size_t>(state.range(0)), 300);
  zongjie::store::PhraseIndex index(db_path());
  timed_queries(state, [&](std::size_t k) {
    zongjie::store::PhraseQuery q;
    q.text = queries[k % queries.size()];
    q.part = zongjie::PartRole::plan;
    q.theme = "党建";
    return index.search(q);
  });
}
BENCHMARK(BM_PhraseSearchFiltered)->ArgName("chars")->Arg(2)->Arg(4)->Iterations(300)->Unit(benchmark::kMillisecond);

void BM_Suggest(benchmark::State& state) {
  if (!have_database(state)) return;
  zongjie::store::PhraseIndex index(db_path());
  std::vector<std::pair<zongjie::PartRole, std::string>> const places{
      {zongjie::PartRole::summary, "党建"}, {zongjie::PartRole::plan, "经济发展"}, {zongjie::PartRole::plan, "民生"},
      {zongjie::PartRole::summary, ""},     {zongjie::PartRole::plan, "生态环境"}, {zongjie::PartRole::problems, ""}};
  timed_queries(state, [&](std::size_t k) {
    auto const& [part, theme] = places[k % places.size()];
    zongjie::store::SuggestionQuery q;
    q.part = part;
    q.theme = theme;
    q.section_title = "聚焦高质量发展";
    return index.suggest(q);
  });
}
BENCHMARK(BM_Suggest)->Iterations(120)->Unit(benchmark::kMillisecond);

/// One fixed query, repeated: for bench/phrases_vs_grep.sh, which compares
/// it with grep on the same query (ZONGJIE_PHRASES_QUERIES, one per line).
void BM_Query(benchmark::State& state, std::string const& query) {
  if (!have_database(state)) return;
  zongjie::store::PhraseIndex index(db_path());
  zongjie::store::PhraseQuery q;
  q.text = query;
  timed_queries(state, [&](std::size_t) { return index.search(q); });
}

}  // namespace

int main(int argc, char** argv) {
  if (char const* list = std::getenv("ZONGJIE_PHRASES_QUERIES"); list && *list) {
    std::string const all = list;
    std::size_t pos = 0;
    while (pos <= all.size()) {
      std::size_t nl = all.find('\n', pos);
      if (nl == std::string::npos) nl = all.size();
      std::string const q = all.substr(pos, nl - pos);
      if (!q.empty())
        benchmark::RegisterBenchmark(("BM_Query/" + q).c_str(), BM_Query, q)
            ->Iterations(50)
            ->Unit(benchmark::kMillisecond);
      pos = nl + 1;
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
