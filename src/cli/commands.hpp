// The subcommands of `zongjie`.  Each takes the arguments after its name and
// returns the exit status (0 ok, 1 error findings, 2 bad usage or input).
#pragma once

#include <string>
#include <vector>

namespace zongjie::cli {

using Argv = std::vector<std::string>;

int cmd_outline(Argv const& argv);
int cmd_learn(Argv const& argv);
int cmd_stats(Argv const& argv);
int cmd_check(Argv const& argv);
int cmd_ignore(Argv const& argv);
int cmd_export(Argv const& argv);
int cmd_phrases(Argv const& argv);
int cmd_suggest(Argv const& argv);
int cmd_draft(Argv const& argv);
int cmd_templates(Argv const& argv);

}  // namespace zongjie::cli
