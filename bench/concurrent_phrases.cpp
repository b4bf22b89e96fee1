// Phrase search latency with concurrent clients, on either backend:
//
//   bench_concurrent_phrases DB [CLIENTS=10] [ROUNDS=20]
//
// DB is an SQLite file or a postgresql:// URI.  Each client opens its own
// connection (pgstore::open_phrase_search) and runs the query list ROUNDS
// times; p50 and p95 are printed per query length (1–2 and 3+ characters).
// A plain program, not Google Benchmark: the figure is a percentile over
// clients running at once.
#include "zongjie/pgstore/open.hpp"
#include "zongjie/store/phrase_index.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DB [CLIENTS] [ROUNDS]\n", argv[0]);
    return 2;
  }
  std::string const db = argv[1];
  int const clients = argc > 2 ? std::atoi(argv[2]) : 10;
  int const rounds = argc > 3 ? std::atoi(argv[3]) : 20;
  std::vector<std::string> const short_queries{"党", "建", "党建", "振兴", "治理", "（", "村", "民生"};
  std::vector<std::string> const long_queries{"乡村振兴", "人居环境", "党建引领", "招商引资",
                                              "安全生产", "基层治理", "垃圾分类", "产业发展"};
  std::mutex m;
  std::vector<double> short_ms, long_ms;
  std::vector<std::thread> pool;
  for (int c = 0; c < clients; ++c)
    pool.emplace_back([&] {
      auto index = zongjie::pgstore::open_phrase_search(db);
      std::vector<double> s, l;
      for (int r = 0; r < rounds; ++r)
        for (auto const* list : {&short_queries, &long_queries})
          for (auto const& q : *list) {
            zongjie::store::PhraseQuery query;
            query.text = q;
            auto const t0 = std::chrono::steady_clock::now();
            (void)index->search(query);
            double const ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            (list == &short_queries ? s : l).push_back(ms);
          }
      std::lock_guard lock(m);
      short_ms.insert(short_ms.end(), s.begin(), s.end());
      long_ms.insert(long_ms.end(), l.begin(), l.end());
    });
  for (auto& t : pool) t.join();
  auto pct = [](std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
  };
  std::printf("clients %d, %zu searches each of 1-2 and 3+ characters\n", clients, short_ms.size());
  std::printf("1-2 characters: p50 %.1f ms  p95 %.1f ms\n", pct(short_ms, 0.5), pct(short_ms, 0.95));
  std::printf("3+ characters:  p50 %.1f ms  p95 %.1f ms\n", pct(long_ms, 0.5), pct(long_ms, 0.95));
  return 0;
}
