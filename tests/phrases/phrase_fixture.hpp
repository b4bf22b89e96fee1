// Test fixtures of the phrase index: invented reports of three years written
// to a scratch folder and learned into a scratch database.
#pragma once

#include "zongjie/store/phrase_index.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace zongjie::test {

/// A folder removed with everything in it when the object goes.
class ScratchDir {
 public:
  explicit ScratchDir(std::string const& tag);
  ~ScratchDir();
  ScratchDir(ScratchDir const&) = delete;
  ScratchDir& operator=(ScratchDir const&) = delete;
  std::filesystem::path const& path() const noexcept { return path_; }
  std::filesystem::path write(std::string const& name, std::string const& text) const;

 private:
  std::filesystem::path path_;
};

/// One invented report of the unit 东湖镇 for `year`, with `extra` sentences
/// appended to its environment section (each ends in 。).
std::string fixture_report(int year, std::vector<std::string> const& extra = {});

/// A fresh, empty corpus for one test: the file corpus.db in `dir`, or,
/// when ZONGJIE_TEST_PG_DIR names the tests' throwaway PostgreSQL cluster
/// (tests/pg), a new database on it.  Without that cluster's folder the
/// test program exits with 77, which CTest shows as skipped.
std::string fresh_location(std::filesystem::path const& dir);
inline std::string fresh_location(ScratchDir const& dir) { return fresh_location(dir.path()); }

/// Whether the tests run against PostgreSQL (ZONGJIE_TEST_PG_DIR set).
bool on_server();

/// A phrase search of `location` on its backend.
std::unique_ptr<store::PhraseSearch> open_search(std::string const& location);

/// The three fixture reports (2020, 2022, 2024) learned into a database.
struct LearnedFixture {
  LearnedFixture();
  ScratchDir dir{"phrases"};
  std::string location;                        ///< fresh_location(dir)
  std::map<int, std::filesystem::path> files;  ///< by year
};

/// Learns `inputs` into the corpus at `location` (created when missing), on its backend.
void learn_into(std::string const& location, std::vector<std::filesystem::path> const& inputs);

/// The report folder of ZONGJIE_CORPUS_DIR (environment, else the build's
/// setting), or none when it is absent.
std::optional<std::filesystem::path> corpus_dir();

/// Line `line` (1-based) of a report file, decoded.
std::string line_of_file(std::filesystem::path const& file, std::size_t line);

}  // namespace zongjie::test
