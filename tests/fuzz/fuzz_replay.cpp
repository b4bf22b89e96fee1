// Replays every file of tests/fuzz/regressions/<target>/ through the same
// code as the libFuzzer target (fuzz_targets.cpp), in the normal build: the
// inputs that once crashed, leaked or hung stay fixed.
//
//   fuzz_replay TARGET FOLDER
//
// Exit 0 when every file passes; a broken promise aborts (as in the fuzzer);
// a file that takes 2 s of CPU time or more (the fuzzer's -timeout=2; 20×
// that in the sanitizer build) fails; an empty or missing folder fails too.
#include "fuzz_targets.hpp"

#include "support/test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc != 3) {
    std::cerr << "usage: fuzz_replay decode|outline|check|docx FOLDER\n";
    return 2;
  }
  std::string const target = argv[1];
  fs::path const dir = argv[2];
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto const& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().filename().string().front() != '.') files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "fuzz_replay: no inputs in " << dir << '\n';
    return 1;
  }
  double const limit = 2.0 * zongjie::test::time_scale;
  int slow = 0;
  for (auto const& f : files) {
    std::string const bytes = zongjie::test::read_file(f);
    double const t0 = zongjie::test::cpu_seconds();
    if (!zongjie::fuzz::run_target(target, bytes)) {
      std::cerr << "fuzz_replay: unknown target " << target << '\n';
      return 2;
    }
    double const took = zongjie::test::cpu_seconds() - t0;
    std::cout << target << ": " << f.filename().string() << " (" << bytes.size() << " bytes) " << took << " s CPU\n";
    if (took >= limit) {
      std::cerr << "fuzz_replay: " << f << " took " << took << " s of CPU time (limit " << limit << " s)\n";
      ++slow;
    }
  }
  std::cout << target << ": " << files.size() << " inputs replayed\n";
  return slow ? 1 : 0;
}
