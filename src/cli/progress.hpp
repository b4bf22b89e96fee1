// Progress and warnings on the error stream for long commands.
#pragma once

#include "cli/commands.hpp"

#include <cstddef>
#include <string>

namespace zongjie::cli {

class Progress {
 public:
  /// `verb` is what is being done ("学习", "统计").
  Progress(std::string verb, Io& io);

  void update(std::size_t done, std::size_t total);
  /// Clears the progress line (on a terminal) before other output.
  void finish();
  void warn(std::string const& path, std::string const& reason);

 private:
  std::string verb_;
  Io& io_;
  std::size_t last_percent_ = 101;
  bool dirty_ = false;
};

}  // namespace zongjie::cli
