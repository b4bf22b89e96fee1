// The subcommands of `zongjie`, a library the executable and the tests call.
// Each takes the arguments after its name, writes to the given streams and
// returns the exit status (0 ok, 1 error findings, 2 bad usage or input).
// A command only parses its arguments, calls the service layer
// (zongjie/service/workspace.hpp) and formats what it returns.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace zongjie::cli {

using Argv = std::vector<std::string>;

/// Where a command writes: results to `out`, notes, warnings and progress
/// to `err`.  `err_is_terminal`: progress is drawn in place.
struct Io {
  std::ostream& out;
  std::ostream& err;
  bool err_is_terminal = false;
};

/// `zongjie ARGV...` (ARGV without the program name): the command's status,
/// with usage, store and input errors reported on io.err as exit status 2.
int run(Argv const& argv, Io& io);

int cmd_outline(Argv const& argv, Io& io);
int cmd_learn(Argv const& argv, Io& io);
int cmd_stats(Argv const& argv, Io& io);
int cmd_check(Argv const& argv, Io& io);
int cmd_ignore(Argv const& argv, Io& io);
int cmd_export(Argv const& argv, Io& io);
int cmd_phrases(Argv const& argv, Io& io);
int cmd_suggest(Argv const& argv, Io& io);
int cmd_draft(Argv const& argv, Io& io);
int cmd_templates(Argv const& argv, Io& io);
int cmd_lexicon(Argv const& argv, Io& io);

}  // namespace zongjie::cli
