// zongjie: the command-line front end.  The commands are a library
// (cli/commands.hpp); this only hands them the process's streams.
#include "cli/commands.hpp"

#include <unistd.h>

#include <iostream>

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  zongjie::cli::Io io{std::cout, std::cerr, ::isatty(STDERR_FILENO) != 0};
  return zongjie::cli::run(zongjie::cli::Argv(argv + 1, argv + argc), io);
}
