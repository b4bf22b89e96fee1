// Progress and warnings on stderr for long commands.
#pragma once

#include <cstddef>
#include <string>

namespace zongjie::cli {

class Progress {
 public:
  /// `verb` is what is being done ("学习", "统计").
  explicit Progress(std::string verb);
  void update(std::size_t done, std::size_t total);
  /// Clears the progress line (on a terminal) before other output.
  void finish();
  void warn(std::string const& path, std::string const& reason);

 private:
  std::string verb_;
  bool tty_;
  std::size_t last_percent_ = 101;
  bool dirty_ = false;
};

}  // namespace zongjie::cli
