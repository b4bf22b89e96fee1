// The baseline for `zongjie learn` (issue: learning 10,000 reports takes at
// most 1.5× a bare FTS5 insert of the same sentences): every sentence that a
// learned database holds, inserted into one FTS5 trigram table of a new
// database, in one transaction, with the store's own settings (WAL,
// synchronous = NORMAL, a 64 MB page cache, temporary data in memory, a
// checkpoint every 16,384 pages: src/zongjie/store/corpus_store.cpp).  The sentences are read into memory first and that
// read is not timed; nothing is parsed, folded or related.
//
//   bench_fts_baseline LEARNED.db OUT.db
//
// Prints one line of key=value pairs: sentences, bytes (of text), seconds
// (wall, insert and commit), cpu_seconds, db_bytes (OUT.db after the
// commit and a checkpoint).
#include <sqlite3.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

[[noreturn]] void die(sqlite3* db, char const* what) {
  std::fprintf(stderr, "bench_fts_baseline: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
  std::exit(2);
}

void exec(sqlite3* db, char const* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) die(db, sql);
}

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_fts_baseline LEARNED.db OUT.db\n");
    return 2;
  }
  std::vector<std::string> sentences;
  std::size_t bytes = 0;
  {
    sqlite3* src = nullptr;
    if (sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) die(src, argv[1]);
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(src, "SELECT text FROM sentences ORDER BY id", -1, &s, nullptr) != SQLITE_OK)
      die(src, "SELECT text FROM sentences");
    while (sqlite3_step(s) == SQLITE_ROW) {
      auto const* t = reinterpret_cast<char const*>(sqlite3_column_text(s, 0));
      sentences.emplace_back(t ? t : "");
      bytes += sentences.back().size();
    }
    sqlite3_finalize(s);
    sqlite3_close(src);
  }

  std::filesystem::remove(argv[2]);
  std::filesystem::remove(std::string(argv[2]) + "-wal");
  std::filesystem::remove(std::string(argv[2]) + "-shm");
  auto const t0 = std::chrono::steady_clock::now();
  double const c0 = cpu_seconds();
  sqlite3* db = nullptr;
  if (sqlite3_open(argv[2], &db) != SQLITE_OK) die(db, argv[2]);
  exec(db, "PRAGMA journal_mode = WAL");
  exec(db, "PRAGMA synchronous = NORMAL");
  exec(db, "PRAGMA cache_size = -65536");
  exec(db, "PRAGMA wal_autocheckpoint = 16384");
  exec(db, "PRAGMA temp_store = MEMORY");
  exec(db, "CREATE VIRTUAL TABLE sentences USING fts5(text, tokenize='trigram')");
  exec(db, "BEGIN");
  sqlite3_stmt* ins = nullptr;
  if (sqlite3_prepare_v2(db, "INSERT INTO sentences(text) VALUES (?)", -1, &ins, nullptr) != SQLITE_OK)
    die(db, "INSERT");
  for (auto const& t : sentences) {
    sqlite3_bind_text(ins, 1, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);
    if (sqlite3_step(ins) != SQLITE_DONE) die(db, "INSERT");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  exec(db, "COMMIT");
  exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  sqlite3_close(db);
  double const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double const cpu = cpu_seconds() - c0;
  std::printf("sentences=%zu bytes=%zu seconds=%.3f cpu_seconds=%.3f db_bytes=%llu\n", sentences.size(), bytes, seconds,
              cpu, static_cast<unsigned long long>(std::filesystem::file_size(argv[2])));
  return 0;
}
