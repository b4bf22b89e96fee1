// The corpus database when things go wrong: random bytes, a file cut short
// or with a page overwritten after learning, a newer schema version, a
// read-only file or folder, a full disk, and two `zongjie learn` at once.
// Each gives a clear error naming the database (exit status 2 from the CLI,
// never a crash), and what was learned before is still there afterwards.
#include "hostile/hostile_files.hpp"
#include "hostile/process.hpp"

#include "support/test_support.hpp"

#include "zongjie/learn/learner.hpp"
#include "zongjie/store/phrase_index.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#ifndef ZONGJIE_EXE
#error "ZONGJIE_EXE must name the zongjie executable"
#endif

using namespace zongjie;
using namespace zongjie::test;
using namespace zongjie::test::hostile;
namespace fs = std::filesystem;

namespace {

fs::path examples() { return fs::path(ZONGJIE_SOURCE_DIR) / "examples"; }
fs::path a_report() { return examples() / "qingxi-2024.txt"; }

ProcessResult run_zongjie(std::vector<std::string> args, ProcessOptions const& options) {
  args.insert(args.begin(), ZONGJIE_EXE);
  return run_process(args, options);
}

/// Rows of a one-column query; the first row is the error when the query fails.
std::vector<std::string> query(fs::path const& db, std::string const& sql) {
  sqlite3* h = nullptr;
  std::vector<std::string> rows;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    rows.push_back(std::string("open failed: ") + sqlite3_errmsg(h));
    sqlite3_close(h);
    return rows;
  }
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
    rows.push_back(std::string("error: ") + sqlite3_errmsg(h));
  } else {
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      auto const* t = sqlite3_column_text(s, 0);
      rows.emplace_back(t ? reinterpret_cast<char const*>(t) : "");
    }
    if (rc != SQLITE_DONE) rows.push_back(std::string("error: ") + sqlite3_errmsg(h));
  }
  sqlite3_finalize(s);
  sqlite3_close(h);
  return rows;
}

void exec(fs::path const& db, std::string const& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  char* err = nullptr;
  int const rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

bool intact(fs::path const& db) { return query(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"}; }
std::size_t documents(fs::path const& db) { return std::stoul(query(db, "SELECT count(*) FROM documents").at(0)); }
std::set<std::string> stored_paths(fs::path const& db) {
  auto const rows = query(db, "SELECT path FROM documents");
  return {rows.begin(), rows.end()};
}

/// `count` distinct reports in `dir` (the examples with a numbered line each).
std::vector<fs::path> make_reports(fs::path const& dir, std::size_t count, std::string const& tag) {
  fs::create_directories(dir);
  auto const& base = base_reports();
  std::vector<fs::path> out;
  for (std::size_t i = 0; i < count; ++i) {
    fs::path const p = dir / (tag + "-" + std::to_string(i) + ".txt");
    write_bytes(p, base[i % base.size()] + "\n（" + tag + " 第 " + std::to_string(i) + " 篇）\n");
    out.push_back(fs::weakly_canonical(p));
  }
  return out;
}

/// A database learned from examples/ by the CLI (checkpointed: the CLI has exited).
fs::path learned_db(fs::path const& dir, ProcessOptions const& env) {
  fs::path const db = dir / "corpus.db";
  ProcessResult const r = run_zongjie({"learn", examples().string(), "--db", db.string(), "--quiet"}, env);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // Before anything opens it again: a read-only connection leaves a -wal
  // file behind, the CLI's own connection must not.
  REQUIRE(!fs::exists(db.string() + "-wal"));
  REQUIRE(intact(db));
  return db;
}

/// A command on a damaged database: it ends by itself with 0, 1 or 2, and
/// a 2 comes with a message naming the database.
void survives(std::vector<std::string> const& args, fs::path const& db, ProcessOptions const& env) {
  ProcessResult const r = run_zongjie(args, env);
  INFO("zongjie " << args.at(0) << " → exit " << r.exit_code << " signal " << r.signal << "\n" << r.err);
  REQUIRE_FALSE(r.timed_out);
  CHECK(r.signal == 0);
  CHECK((r.exit_code == 0 || r.exit_code == 1 || r.exit_code == 2));
  if (r.exit_code == 2) CHECK(r.err.find(db.string()) != std::string::npos);
}

/// The same, and it must fail with `reason` in its message.
ProcessResult refused(std::vector<std::string> const& args, fs::path const& db, std::string const& reason,
                      ProcessOptions const& env) {
  ProcessResult r = run_zongjie(args, env);
  INFO("zongjie " << args.at(0) << " → exit " << r.exit_code << " signal " << r.signal << "\n" << r.err);
  REQUIRE_FALSE(r.timed_out);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(db.string()) != std::string::npos);
  CHECK_THAT(r.err, Catch::Contains(reason));
  return r;
}

/// Every command that reads a database must refuse `db` with `reason`.
void refused_by_every_command(fs::path const& db, std::string const& reason, ProcessOptions const& env) {
  refused({"learn", a_report().string(), "--db", db.string()}, db, reason, env);
  refused({"check", a_report().string(), "--db", db.string()}, db, reason, env);
  refused({"stats", "--db", db.string()}, db, reason, env);
  refused({"phrases", "乡村振兴", "--db", db.string()}, db, reason, env);
}

/// The message of the StoreError `f` throws; fails when it does not throw one.
template <typename F>
std::string store_error(F&& f) {
  try {
    f();
  } catch (store::StoreError const& e) {
    return e.what();
  }
  FAIL("no StoreError");
  return {};
}

std::string bytes_of(fs::path const& p) { return read_file(p); }

}  // namespace

TEST_CASE("random bytes as the database: a clear error, and the file is left alone", "[store][fault]") {
  auto const dir = fresh_dir("db-random");
  auto const env = isolated(dir, 120);
  Rng rng(seed());
  for (std::string const& prefix : {std::string(), std::string("SQLite format 3\0", 16)}) {
    fs::path const db = dir / (prefix.empty() ? "random.db" : "random-header.db");
    std::string bytes = prefix;
    while (bytes.size() < 64 * 1024) bytes += static_cast<char>(rng.next());
    write_bytes(db, bytes);
    INFO(db.string());

    std::string const why =
        store_error([&] { store::CorpusStore s(db.string(), store::CorpusStore::Mode::read_write); });
    CHECK(why.rfind(db.string() + "：", 0) == 0);
    CHECK((why.find("损坏") != std::string::npos || why.find("不是") != std::string::npos));
    (void)store_error([&] { store::CorpusStore s(db.string(), store::CorpusStore::Mode::read_only); });
    (void)store_error([&] { store::PhraseIndex p(db.string()); });

    refused_by_every_command(db, "数据库", env);
    CHECK(bytes_of(db) == bytes);  // not "repaired" into an empty corpus
  }
  remove_unless_kept(dir);
}

TEST_CASE("a database cut short after learning: clear errors, no crash", "[store][fault]") {
  auto const dir = fresh_dir("db-truncated");
  auto const env = isolated(dir, 120);
  fs::path const good = learned_db(dir, env);
  std::string const whole = bytes_of(good);
  for (std::size_t keep : {whole.size() / 2, whole.size() / 5, std::size_t{4096 + 100}, std::size_t{100}}) {
    fs::path const db = dir / ("cut-" + std::to_string(keep) + ".db");
    write_bytes(db, std::string_view(whole).substr(0, keep));
    INFO(db.string() << " (" << keep << " of " << whole.size() << " bytes)");
    CHECK_FALSE(intact(db));
    survives({"learn", a_report().string(), "--db", db.string(), "--quiet"}, db, env);
    survives({"check", a_report().string(), "--db", db.string()}, db, env);
    survives({"stats", "--db", db.string(), "--format", "json"}, db, env);
    survives({"phrases", "乡村振兴", "--db", db.string()}, db, env);
  }
  remove_unless_kept(dir);
}

TEST_CASE("a database with a page overwritten: clear errors, no crash", "[store][fault]") {
  auto const dir = fresh_dir("db-page");
  auto const env = isolated(dir, 120);
  fs::path const good = learned_db(dir, env);
  std::string const whole = bytes_of(good);
  std::size_t const page = 4096;
  REQUIRE(whole.size() >= 8 * page);
  Rng rng(seed() + 1);
  std::size_t corrupt = 0;
  for (std::size_t n = 1; n < whole.size() / page; n += 1 + whole.size() / page / 12) {
    fs::path const db = dir / ("page-" + std::to_string(n) + ".db");
    std::string bytes = whole;
    for (std::size_t i = n * page; i < (n + 1) * page; ++i) bytes[i] = static_cast<char>(rng.next());
    write_bytes(db, bytes);
    INFO(db.string() << " (page " << n + 1 << " of " << whole.size() / page << ")");
    corrupt += !intact(db);
    survives({"learn", a_report().string(), "--db", db.string(), "--quiet"}, db, env);
    survives({"check", a_report().string(), "--db", db.string()}, db, env);
    survives({"stats", "--db", db.string()}, db, env);
    survives({"phrases", "乡村振兴", "--db", db.string()}, db, env);
  }
  CHECK(corrupt >= 8);  // the damage is real
  remove_unless_kept(dir);
}

TEST_CASE("a database from a newer zongjie is refused and left as it is", "[store][fault]") {
  auto const dir = fresh_dir("db-newer");
  auto const env = isolated(dir, 120);
  fs::path const db = learned_db(dir, env);
  exec(db, "UPDATE meta SET value = '" + std::to_string(store::CorpusStore::schema_version + 1) +
               "' WHERE key = 'schema_version'; PRAGMA wal_checkpoint(TRUNCATE);");
  std::string const before = bytes_of(db);
  std::size_t const docs = documents(db);

  std::string const why = store_error([&] { store::CorpusStore s(db.string(), store::CorpusStore::Mode::read_write); });
  CHECK_THAT(why, Catch::Contains("更新版本"));
  CHECK_THAT(store_error([&] { store::CorpusStore s(db.string(), store::CorpusStore::Mode::read_only); }),
             Catch::Contains("更新版本"));
  refused_by_every_command(db, "更新版本", env);
  CHECK(bytes_of(db) == before);
  CHECK(documents(db) == docs);
  remove_unless_kept(dir);
}

TEST_CASE("a read-only database and a read-only folder: learning is refused clearly, reading still works",
          "[store][fault]") {
  // Root ignores permissions: the commands then run as nobody.
  bool const root = ::geteuid() == 0;
  uid_t const nobody = 65534;
  auto const dir = fresh_dir("db-readonly");
  ::chmod(dir.c_str(), 0755);
  auto env = isolated(dir / "home", 120);
  fs::create_directories(dir / "home");
  fs::path const db = learned_db(dir, env);
  std::size_t const docs = documents(db);
  if (root) {
    env.as_user = nobody;
    env.as_group = nobody;
    ::chown((dir / "home").c_str(), nobody, nobody);
  }
  // The report must be readable by nobody: a copy in the test folder.
  fs::path const report = dir / "report.txt";
  fs::copy_file(a_report(), report);
  ::chmod(report.c_str(), 0644);

  SECTION("the file") {
    ::chmod(db.c_str(), 0444);
    ProcessResult const r = refused({"learn", report.string(), "--db", db.string()}, db, "数据库", env);
    CHECK((r.err.find("只读") != std::string::npos || r.err.find("权限") != std::string::npos));
    survives({"check", report.string(), "--db", db.string()}, db, env);
    ProcessResult const s = run_zongjie({"stats", "--db", db.string()}, env);
    INFO(s.err);
    CHECK(s.exit_code == 0);
  }
  SECTION("the folder") {
    fs::path const sub = dir / "locked";
    fs::create_directories(sub);
    fs::path const inner = sub / "corpus.db";
    fs::copy_file(db, inner);
    if (root) ::chown(inner.c_str(), nobody, nobody);
    ::chmod(inner.c_str(), 0644);
    ::chmod(sub.c_str(), 0555);
    ProcessResult const r = refused({"learn", report.string(), "--db", inner.string()}, inner, "数据库", env);
    survives({"check", report.string(), "--db", inner.string()}, inner, env);
    ProcessResult const s = run_zongjie({"stats", "--db", inner.string()}, env);
    INFO(s.err);
    CHECK(s.exit_code == 0);
    ::chmod(sub.c_str(), 0755);
    CHECK(intact(inner));
    CHECK(documents(inner) == docs);
  }
  ::chmod(db.c_str(), 0644);
  CHECK(intact(db));
  CHECK(documents(db) == docs);
  remove_unless_kept(dir);
}

TEST_CASE("a full disk (max_page_count): the batch fails with 磁盘已满, what was learned stays", "[store][fault]") {
  auto const dir = fresh_dir("db-full");
  auto const env = isolated(dir, 120);
  fs::path const db = learned_db(dir, env);
  std::size_t const docs = documents(db);
  auto const more = make_reports(dir / "more", 60, "更多");
  {
    store::CorpusStore store(db.string(), store::CorpusStore::Mode::read_write);
    store::Statement pages(store.database(), "PRAGMA page_count");
    pages.step();
    store.database().exec("PRAGMA max_page_count = " + std::to_string(pages.column_int64(0) + 4));
    LearnOptions options;
    options.inputs = {dir / "more"};
    options.threads = 1;
    std::string const why = store_error([&] { (void)learn(store, options); });
    CHECK_THAT(why, Catch::Contains("磁盘已满"));
    CHECK(why.rfind(db.string() + "：", 0) == 0);
  }
  CHECK(intact(db));
  CHECK(documents(db) == docs);
  // Room again: learning works and keeps everything.
  ProcessResult const r = run_zongjie({"learn", (dir / "more").string(), "--db", db.string(), "--quiet"}, env);
  CHECK(r.exit_code == 0);
  CHECK(intact(db));
  CHECK(documents(db) == docs + more.size());
  remove_unless_kept(dir);
}

TEST_CASE("a full disk (a small tmpfs): learn fails with 磁盘已满, what was learned stays", "[store][fault][tmpfs]") {
  auto const dir = fresh_dir("db-tmpfs");
  fs::path const mnt = dir / "mnt";
  fs::create_directories(mnt);
  if (::geteuid() != 0 || ::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=3m") != 0) {
    WARN("cannot mount a tmpfs here (needs root): the max_page_count test stands in for it");
    remove_unless_kept(dir);
    return;
  }
  struct Unmount {
    fs::path p;
    ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
  } unmount{mnt};
  auto const env = isolated(dir, 120);
  fs::path const db = mnt / "corpus.db";
  ProcessResult const first = run_zongjie({"learn", examples().string(), "--db", db.string(), "--quiet"}, env);
  REQUIRE(first.exit_code == 0);
  std::size_t const docs = documents(db);
  auto const more = make_reports(dir / "more", 60, "更多");

  // Fill the disk to the last block.
  {
    std::ofstream filler(mnt / "filler", std::ios::binary);
    std::string const block(4096, 'x');
    while (filler.write(block.data(), static_cast<std::streamsize>(block.size())) && filler.flush()) {
    }
  }
  ProcessResult const full = run_zongjie({"learn", (dir / "more").string(), "--db", db.string(), "--quiet"}, env);
  INFO(full.err);
  CHECK(full.exit_code == 2);
  CHECK(full.signal == 0);
  CHECK(full.err.find(db.string()) != std::string::npos);
  CHECK_THAT(full.err, Catch::Contains("磁盘已满"));
  fs::remove(mnt / "filler");
  CHECK(intact(db));
  CHECK(documents(db) == docs);

  ProcessResult const again = run_zongjie({"learn", (dir / "more").string(), "--db", db.string(), "--quiet"}, env);
  INFO(again.err);
  CHECK(again.exit_code == 0);
  CHECK(intact(db));
  CHECK(documents(db) == docs + more.size());
  unmount = {};
  ::umount2(mnt.c_str(), MNT_DETACH);
  remove_unless_kept(dir);
}

TEST_CASE("two zongjie learn at once into one database: both finish or one says why, nothing is lost",
          "[store][fault][concurrent]") {
  auto const dir = fresh_dir("db-concurrent");
  auto const env = isolated(dir, 120);
  auto const a = make_reports(dir / "a", 150, "甲");
  auto const b = make_reports(dir / "b", 150, "乙");
  std::set<std::string> all;
  for (auto const& p : a) all.insert(p.string());
  for (auto const& p : b) all.insert(p.string());

  /// Runs both learns at once; one that fails must say the database is busy
  /// and is then run again alone.
  auto both = [&](fs::path const& db, fs::path const& first, fs::path const& second) {
    std::vector<std::string> const one = {ZONGJIE_EXE, "learn", first.string(), "--db", db.string(), "--quiet"};
    std::vector<std::string> const two = {ZONGJIE_EXE, "learn", second.string(), "--db", db.string(), "--quiet"};
    Process p1(one, env), p2(two, env);
    ProcessResult const r1 = p1.wait();
    ProcessResult const r2 = p2.wait();
    for (auto const* r : {&r1, &r2}) {
      INFO("exit " << r->exit_code << " signal " << r->signal << "\n" << r->err);
      REQUIRE_FALSE(r->timed_out);
      CHECK(r->signal == 0);
      CHECK((r->exit_code == 0 || r->exit_code == 2));
      if (r->exit_code == 2) {
        CHECK(r->err.find(db.string()) != std::string::npos);
        CHECK_THAT(r->err, Catch::Contains("占用"));
      }
    }
    if (r1.exit_code == 2) CHECK(run_process(one, env).exit_code == 0);
    if (r2.exit_code == 2) CHECK(run_process(two, env).exit_code == 0);
    return (r1.exit_code == 0) + (r2.exit_code == 0);
  };

  int finished = 0;
  for (int round = 0; round < 3; ++round) {
    INFO("round " << round << ": a new database");
    fs::path const db = dir / ("new-" + std::to_string(round) + ".db");
    finished += both(db, dir / "a", dir / "b");
    CHECK(intact(db));
    CHECK(stored_paths(db) == all);
  }
  {
    INFO("an existing database, the files changed since");
    fs::path const db = dir / "new-0.db";
    for (auto const& p : a) write_bytes(p, read_file(p) + "补充一句。\n");
    for (auto const& p : b) write_bytes(p, read_file(p) + "补充一句。\n");
    finished += both(db, dir / "a", dir / "b");
    CHECK(intact(db));
    CHECK(stored_paths(db) == all);
    CHECK(std::stoul(query(db, "SELECT count(*) FROM documents WHERE byte_size > 0").at(0)) == all.size());
  }
  {
    INFO("the same folder twice at once");
    fs::path const db = dir / "new-1.db";
    for (auto const& p : a) write_bytes(p, read_file(p) + "再补一句。\n");
    finished += both(db, dir / "a", dir / "a");
    CHECK(intact(db));
    CHECK(stored_paths(db) == all);
  }
  std::cout << "concurrent learns: " << finished << " of 10 finished without waiting their turn\n";
  remove_unless_kept(dir);
}
