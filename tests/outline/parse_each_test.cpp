// parse_each(): every file handed over once, with its index, whatever the
// number of threads; unreadable files as errors; an exception from the
// callback stops the run and reaches the caller.
#include "zongjie/learn/learner.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace zongjie;

namespace {

struct Folder {
  fs::path dir = fs::temp_directory_path() / ("zongjie-parse-each-" + std::to_string(::getpid()));
  Folder() { fs::create_directories(dir); }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path write(std::string const& name, std::string const& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  }
};

}  // namespace

TEST_CASE("parse_each hands every file over once, with its index", "[corpus][parse-each]") {
  Folder f;
  std::vector<fs::path> files;
  for (int i = 0; i < 37; ++i)
    files.push_back(f.write("r" + std::to_string(i) + ".txt", "东山镇" + std::to_string(2000 + i) +
                                                                  "年工作总结\n一、党建工作\n全年召开会议" +
                                                                  std::to_string(i + 1) + "次。\n"));
  files.insert(files.begin() + 5, f.dir / "missing.txt");
  files.insert(files.begin() + 20, f.write("empty.txt", ""));
  auto const themes = ThemeLexicon::standard();
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    INFO(threads << " threads");
    std::vector<int> seen(files.size(), 0);
    std::vector<std::optional<int>> years(files.size());
    std::vector<std::string> errors(files.size());
    std::mutex mutex;  // `seen` is shared; slots per index are not
    parse_each(files, *themes, threads, [&](std::size_t i, ParseOutcome& o) {
      {
        std::lock_guard lock(mutex);
        ++seen.at(i);
      }
      CHECK(o.path == files[i]);
      if (o.report) years[i] = o.report->outline.report_year;
      else errors[i] = o.error;
    });
    CHECK(std::count(seen.begin(), seen.end(), 1) == static_cast<long>(files.size()));
    for (std::size_t i = 0, r = 0; i < files.size(); ++i) {
      if (i == 5 || i == 20) {
        CHECK_FALSE(years[i]);
        CHECK_THAT(errors[i], Catch::Contains(files[i].filename().string()));
        continue;
      }
      CHECK(years[i] == 2000 + static_cast<int>(r++));
    }
  }
}

TEST_CASE("parse_each: an exception from the callback reaches the caller", "[corpus][parse-each]") {
  Folder f;
  std::vector<fs::path> files;
  for (int i = 0; i < 50; ++i) files.push_back(f.write("r" + std::to_string(i) + ".txt", "一、党建工作\n内容。\n"));
  auto const themes = ThemeLexicon::standard();
  // One thread: the files after the failing one are never handed over.
  int calls = 0;
  CHECK_THROWS_WITH(parse_each(files, *themes, 1,
                               [&](std::size_t i, ParseOutcome&) {
                                 ++calls;
                                 if (i == 3) throw std::runtime_error("stop at 3");
                               }),
                    "stop at 3");
  CHECK(calls == 4);
  // Several threads: the first exception reaches the caller once every thread
  // has stopped, and no file is handed over twice. (How many files the other
  // threads finish meanwhile depends on scheduling and is not asserted.)
  std::vector<std::atomic<int>> handed(files.size());
  CHECK_THROWS_WITH(parse_each(files, *themes, 4,
                               [&](std::size_t i, ParseOutcome&) {
                                 ++handed[i];
                                 if (i == 3 || i == 7) throw std::runtime_error("stop at " + std::to_string(i));
                               }),
                    Catch::Contains("stop at"));
  CHECK(handed[3].load() == 1);
  for (auto const& h : handed) CHECK(h.load() <= 1);
  // No files: no call, no thread trouble.
  int empty_calls = 0;
  parse_each({}, *themes, 4, [&](std::size_t, ParseOutcome&) { ++empty_calls; });
  CHECK(empty_calls == 0);
}
