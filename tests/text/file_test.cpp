// text::write_file_atomically: content replaced whole, permissions kept
// for a file replaced, the umask's for a new one, nothing left behind.
#include "support/test_support.hpp"

#include "zongjie/text/document.hpp"
#include "zongjie/text/file.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace zongjie;

namespace {

struct TempDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() / ("zongjie-file-" + std::to_string(::getpid()));
  TempDir() {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path, ec);
  }
  std::size_t entries() const {
    std::size_t n = 0;
    for ([[maybe_unused]] auto const& e : std::filesystem::directory_iterator(path)) ++n;
    return n;
  }
};

mode_t mode_of(std::filesystem::path const& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

/// Sets the umask for one scope.
struct Umask {
  mode_t old;
  explicit Umask(mode_t m) : old(::umask(m)) {}
  ~Umask() { ::umask(old); }
};

}  // namespace

TEST_CASE("file: a replaced file keeps its mode", "[text][file]") {
  TempDir dir;
  auto const file = dir.path / "report.txt";
  std::ofstream(file, std::ios::binary) << "旧内容，比新内容长得多的旧内容\n";
  auto const mode = GENERATE(mode_t{0640}, mode_t{0600}, mode_t{0444}, mode_t{0755});
  INFO(std::oct << mode);
  REQUIRE(::chmod(file.c_str(), mode) == 0);
  Umask const umask(022);
  text::write_file_atomically(file, "新内容\n");
  CHECK(test::read_file(file) == "新内容\n");
  CHECK(mode_of(file) == mode);
  CHECK(dir.entries() == 1);  // no temporary file left
}

TEST_CASE("file: a new file gets the umask's default mode", "[text][file]") {
  TempDir dir;
  auto const [mask, want] = GENERATE(std::pair<mode_t, mode_t>{022, 0644}, std::pair<mode_t, mode_t>{027, 0640},
                                     std::pair<mode_t, mode_t>{077, 0600}, std::pair<mode_t, mode_t>{002, 0664});
  INFO(std::oct << mask);
  auto const file = dir.path / "draft.txt";
  std::filesystem::remove(file);
  {
    Umask const umask(mask);
    text::write_file_atomically(file, "");
  }
  CHECK(test::read_file(file).empty());
  CHECK(mode_of(file) == want);
  CHECK(dir.entries() == 1);
}

TEST_CASE("file: a symlink's target is replaced, the link stays", "[text][file]") {
  TempDir dir;
  auto const target = dir.path / "real.txt";
  auto const link = dir.path / "link.txt";
  std::ofstream(target, std::ios::binary) << "旧";
  REQUIRE(::chmod(target.c_str(), 0640) == 0);
  std::filesystem::create_symlink(target.filename(), link);
  text::write_file_atomically(link, "新");
  CHECK(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
  CHECK(test::read_file(target) == "新");
  CHECK(mode_of(target) == 0640);
  CHECK(dir.entries() == 2);
}

TEST_CASE("file: errors name the file and leave nothing behind", "[text][file]") {
  TempDir dir;
  auto const missing = dir.path / "no-such-folder" / "x.txt";
  try {
    text::write_file_atomically(missing, "x");
    FAIL("no error");
  } catch (text::InputError const& e) {
    CHECK(e.path() == missing.string());
    CHECK(std::string(e.what()).find("x.txt") != std::string::npos);
  }
  if (::geteuid() != 0) {  // root writes into a read-only folder anyway
    auto const file = dir.path / "kept.txt";
    std::ofstream(file, std::ios::binary) << "原样";
    REQUIRE(::chmod(dir.path.c_str(), 0500) == 0);
    CHECK_THROWS_AS(text::write_file_atomically(file, "改"), text::InputError);
    REQUIRE(::chmod(dir.path.c_str(), 0700) == 0);
    CHECK(test::read_file(file) == "原样");
    CHECK(dir.entries() == 1);
  }
}
