// Test fixtures of the phrase index: invented reports of three years written
// to a scratch folder and learned into a scratch database.
#pragma once

#include "zongjie/store/phrase_index.hpp"
#include "zongjie/store/corpus_store.hpp"

#include <filesystem>
#include <map>
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

/// The three fixture reports (2020, 2022, 2024) learned into a database.
struct LearnedFixture {
  LearnedFixture();
  ScratchDir dir{"phrases"};
  std::filesystem::path db;
  std::map<int, std::filesystem::path> files;  ///< by year
};

/// Learns `inputs` into the database `db` (created when missing).
void learn_into(std::filesystem::path const& db, std::vector<std::filesystem::path> const& inputs);

/// The report folder of ZONGJIE_CORPUS_DIR (environment, else the build's
/// setting), or none when it is absent.
std::optional<std::filesystem::path> corpus_dir();

/// Line `line` (1-based) of a report file, decoded.
std::string line_of_file(std::filesystem::path const& file, std::size_t line);

}  // namespace zongjie::test
