// Hostile files through the real `zongjie` executable: outline and check
// on a few hundred of them, learn of the whole folder.  Exit status 0, 1 or
// 2 only, 2 exactly when the in-process pipeline refuses the file, and then
// a message naming it; learning stores every readable file and names every
// other one in a warning.
#include "hostile/hostile_files.hpp"
#include "hostile/pipeline.hpp"
#include "hostile/process.hpp"

#include "support/test_support.hpp"

#include "zongjie/learn/learner.hpp"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>
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

/// Rows of a one-column query.
std::vector<std::string> query(fs::path const& db, char const* sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, sql, -1, &s, nullptr) == SQLITE_OK);
  std::vector<std::string> rows;
  while (sqlite3_step(s) == SQLITE_ROW) rows.emplace_back(reinterpret_cast<char const*>(sqlite3_column_text(s, 0)));
  sqlite3_finalize(s);
  sqlite3_close(h);
  return rows;
}

bool is_file(fs::path const& p) {
  std::error_code ec;
  return fs::is_regular_file(fs::symlink_status(p, ec));
}

/// A fresh folder with a home for zongjie and the generated hostile text
/// files and Word documents in text/ and docx/.
struct Generated {
  fs::path dir, home;
  std::vector<HostileFile> text, docx;
};
Generated generate(std::string const& name) {
  Generated g;
  g.dir = fresh_dir(name);
  g.home = g.dir / "home";
  fs::create_directories(g.home);
  fs::create_directories(g.dir / "text");
  fs::create_directories(g.dir / "docx");
  g.text = text_files(g.dir / "text");
  g.docx = docx_files(g.dir / "docx");
  return g;
}

}  // namespace

TEST_CASE("zongjie outline and check on hostile files: exit 0, 1 or 2, the file named on 2", "[hostile][cli]") {
  auto const [dir, home, text, docx] = generate("cli");
  // Every 5th text file (all groups are interleaved), the file-system
  // oddities, and the Word documents with a name.
  std::vector<HostileFile> chosen;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i % 5 == 0 || text[i].group.rfind("fs-", 0) == 0) chosen.push_back(text[i]);
  for (std::size_t i = 0; i < docx.size(); ++i)
    if (i % 4 == 0 ||
        (docx[i].group != "docx-truncated" && docx[i].group != "docx-damaged" && docx[i].group != "docx-bad-xml"))
      chosen.push_back(docx[i]);
  REQUIRE(chosen.size() >= 250);

  auto const exe = std::string(ZONGJIE_EXE);
  auto const env = isolated(home, 60);
  std::size_t runs = 0, refused = 0;
  double slowest = 0;
  for (auto const& f : chosen) {
    Outcome const in_process = run_pipeline(f.path);
    std::string const path = f.path.string();
    INFO(f.group << ": " << path << (in_process.accepted ? " (read in process)" : " (refused in process)"));
    for (char const* command : {"outline", "check"}) {
      ProcessResult const r = run_process({exe, command, path, "--format", "json"}, env);
      ++runs;
      INFO("zongjie " << command << " → exit " << r.exit_code << ", signal " << r.signal << "\n" << r.err);
      REQUIRE_FALSE(r.timed_out);
      REQUIRE(r.signal == 0);
      if (std::string_view(command) == "outline") CHECK((r.exit_code == 0 || r.exit_code == 2));
      else CHECK((r.exit_code == 0 || r.exit_code == 1 || r.exit_code == 2));
      CHECK((r.exit_code == 2) == !in_process.accepted);
      if (r.exit_code == 2) {
        CHECK(r.err.find(path + "：") != std::string::npos);
        ++refused;
      }
      // The run as a whole, start-up included.
      CHECK(r.cpu_seconds < 2.0 * time_scale);
      slowest = std::max(slowest, r.cpu_seconds);
    }
  }
  std::cout << chosen.size() << " files, " << runs << " runs of zongjie, " << refused << " refused, slowest " << slowest
            << " s CPU\n";
  remove_unless_kept(dir);
}

TEST_CASE("zongjie learn of a folder of hostile files stores every readable file and names every other",
          "[hostile][cli]") {
  auto const [dir, home, text, docx] = generate("learn");
  std::vector<HostileFile> files = text;
  files.insert(files.end(), docx.begin(), docx.end());
  fs::path const db = dir / "corpus.db";

  ProcessOptions env = isolated(home, 60);
  env.wall_limit_seconds = 300;
  ProcessResult const r = run_process({ZONGJIE_EXE, "learn", (dir / "text").string(), (dir / "docx").string(), "--db",
                                       db.string(), "--quiet"},
                                      env);
  INFO(r.err.substr(0, 4000));
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.exit_code == 0);
  CHECK(query(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
  auto const stored_rows = query(db, "SELECT path FROM documents");
  std::set<std::string> const stored(stored_rows.begin(), stored_rows.end());

  std::size_t readable = 0, warned = 0;
  for (auto const& f : files) {
    if (!is_file(f.path)) continue;  // folders, links, FIFOs: not walked into the corpus as files
    std::string const canonical = fs::weakly_canonical(f.path).string();
    Outcome const o = run_pipeline(f.path);
    bool const learnable = o.accepted && fs::file_size(f.path) > 0 && fs::file_size(f.path) <= max_learn_bytes;
    bool const named = r.err.find(f.path.string()) != std::string::npos || r.err.find(canonical) != std::string::npos;
    INFO(f.group << ": " << f.path.string() << (o.accepted ? " (read in process)" : " (refused: " + o.message + ")"));
    if (learnable) {
      CHECK(stored.count(canonical) == 1);
      ++readable;
    } else {
      CHECK(stored.count(canonical) == 0);
      CHECK(named);
      ++warned;
    }
  }
  CHECK(stored.size() == readable);
  std::cout << files.size() << " files learned: " << readable << " stored, " << warned << " warned about, "
            << r.cpu_seconds << " s CPU\n";
  remove_unless_kept(dir);
}
