#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace zongjie::cli {

Progress::Progress(std::string verb) : verb_(std::move(verb)), tty_(::isatty(STDERR_FILENO) != 0) {}

void Progress::update(std::size_t done, std::size_t total) {
  if (total == 0) return;
  std::size_t const percent = done * 100 / total;
  if (tty_) {
    if (percent == last_percent_ && done != total) return;
    std::cerr << "\r" << verb_ << "中… " << done << "/" << total << "（" << percent << "%）" << std::flush;
    dirty_ = true;
  } else {
    // In logs: a line every 10 %.
    if (percent / 10 == last_percent_ / 10 && done != total) return;
    std::cerr << verb_ << "进度：" << done << "/" << total << "（" << percent << "%）\n";
  }
  last_percent_ = percent;
}

void Progress::finish() {
  if (tty_ && dirty_) std::cerr << "\r\033[K" << std::flush;
  dirty_ = false;
}

void Progress::warn(std::string const& path, std::string const& reason) {
  finish();
  std::cerr << "zongjie：警告：跳过 " << (reason.rfind(path, 0) == 0 ? reason : path + "：" + reason) << '\n';
}

}  // namespace zongjie::cli
