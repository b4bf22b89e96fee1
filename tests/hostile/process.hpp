// Running the real executables from a test: output captured in files (no
// pipe to fill up), CPU time of the child from wait4, a wall-clock deadline
// after which the child is killed (a hang fails the test instead of stalling
// it), optionally as another user (root ignores file permissions).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace zongjie::test {

struct ProcessOptions {
  /// Set in the child (an empty value unsets the variable).
  std::vector<std::pair<std::string, std::string>> env;
  double wall_limit_seconds = 120;
  /// Run as this uid/gid (only when the test runs as root).
  std::optional<uid_t> as_user;
  std::optional<gid_t> as_group;
};

struct ProcessResult {
  int exit_code = -1;  ///< -1 when killed by a signal
  int signal = 0;      ///< the signal that ended it, 0 if none
  bool timed_out = false;
  std::string out, err;
  double cpu_seconds = 0;  ///< user + system time of the child
};

/// A started child.
class Process {
 public:
  Process(std::vector<std::string> const& argv, ProcessOptions const& options = {});
  ~Process();
  Process(Process const&) = delete;
  Process& operator=(Process const&) = delete;
  /// Waits for the child (killing it past the deadline) and collects its output.
  ProcessResult wait();

 private:
  pid_t pid_ = -1;
  std::filesystem::path out_, err_;
  double deadline_ = 0;
  bool waited_ = false;
};

/// Starts and waits.
ProcessResult run_process(std::vector<std::string> const& argv, ProcessOptions const& options = {});

/// Options for running zongjie away from the user's own data: HOME and the
/// XDG folders under `home`, no ZONGJIE_DB or ZONGJIE_TEMPLATES, a UTF-8 locale.
ProcessOptions isolated(std::filesystem::path const& home, double wall_limit_seconds);

}  // namespace zongjie::test
