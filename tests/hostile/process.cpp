#include "hostile/process.hpp"

#include "support/test_support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace zongjie::test {

namespace {

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

std::filesystem::path temp_file(char const* what) {
  std::string name =
      (std::filesystem::temp_directory_path() / (std::string("zongjie-proc-") + what + "-XXXXXX")).string();
  int const fd = ::mkstemp(name.data());
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  ::close(fd);
  return name;
}

}  // namespace

Process::Process(std::vector<std::string> const& argv, ProcessOptions const& options)
    : out_(temp_file("out")), err_(temp_file("err")), deadline_(now() + options.wall_limit_seconds) {
  std::vector<char*> args;
  for (auto const& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    int const out = ::open(out_.c_str(), O_WRONLY | O_TRUNC);
    int const err = ::open(err_.c_str(), O_WRONLY | O_TRUNC);
    int const in = ::open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0) ::_exit(127);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    for (auto const& [k, v] : options.env) {
      if (v.empty()) ::unsetenv(k.c_str());
      else ::setenv(k.c_str(), v.c_str(), 1);
    }
    // A runaway child burns CPU only so long.
    rlimit cpu{};
    cpu.rlim_cur = cpu.rlim_max = static_cast<rlim_t>(options.wall_limit_seconds) + 1;
    ::setrlimit(RLIMIT_CPU, &cpu);
    if (::geteuid() == 0 && options.as_user) {
      if (::setgid(options.as_group.value_or(*options.as_user)) != 0 || ::setuid(*options.as_user) != 0) ::_exit(126);
    }
    ::execv(args[0], args.data());
    ::_exit(127);
  }
}

Process::~Process() {
  if (!waited_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  std::error_code ec;
  std::filesystem::remove(out_, ec);
  std::filesystem::remove(err_, ec);
}

ProcessResult Process::wait() {
  ProcessResult r;
  int status = 0;
  rusage usage{};
  for (;;) {
    pid_t const done = ::wait4(pid_, &status, WNOHANG, &usage);
    if (done == pid_) break;
    if (done < 0) throw std::runtime_error("wait4 failed");
    if (now() > deadline_) {
      r.timed_out = true;
      ::kill(pid_, SIGKILL);
      ::wait4(pid_, &status, 0, &usage);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  waited_ = true;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                  static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  r.out = read_file(out_);
  r.err = read_file(err_);
  return r;
}

ProcessResult run_process(std::vector<std::string> const& argv, ProcessOptions const& options) {
  Process p(argv, options);
  return p.wait();
}

ProcessOptions isolated(std::filesystem::path const& home, double wall_limit_seconds) {
  ProcessOptions o;
  o.env = {{"HOME", home.string()},
           {"XDG_DATA_HOME", (home / "data").string()},
           {"XDG_CONFIG_HOME", (home / "config").string()},
           {"ZONGJIE_DB", ""},
           {"ZONGJIE_TEMPLATES", ""},
           {"LANG", "C.UTF-8"}};
  o.wall_limit_seconds = wall_limit_seconds;
  return o;
}

}  // namespace zongjie::test
