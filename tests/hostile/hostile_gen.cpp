// Writes the generated hostile files to a folder, for timing them outside the
// tests (bench/annotate_hostile.sh): `zongjie_hostile_gen docx|text|big DIR`
// prints one line per file, "group<TAB>path".
#include "hostile/hostile_files.hpp"

#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
  using namespace zongjie::test::hostile;
  if (argc != 3) {
    std::cerr << "usage: zongjie_hostile_gen docx|text|big DIR\n";
    return 2;
  }
  std::filesystem::path const dir = argv[2];
  std::filesystem::create_directories(dir);
  std::vector<HostileFile> files;
  if (std::strcmp(argv[1], "docx") == 0) files = docx_files(dir);
  else if (std::strcmp(argv[1], "text") == 0) files = text_files(dir);
  else if (std::strcmp(argv[1], "big") == 0) files = big_files(dir);
  else {
    std::cerr << "unknown set: " << argv[1] << "\n";
    return 2;
  }
  for (auto const& f : files) std::cout << f.group << '\t' << f.path.string() << '\n';
  return 0;
}
