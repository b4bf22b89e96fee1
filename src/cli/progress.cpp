#include "cli/progress.hpp"

#include <ostream>

namespace zongjie::cli {

Progress::Progress(std::string verb, Io& io) : verb_(std::move(verb)), io_(io) {}

void Progress::update(std::size_t done, std::size_t total) {
  if (total == 0) return;
  std::size_t const percent = done * 100 / total;
  if (io_.err_is_terminal) {
    if (percent == last_percent_ && done != total) return;
    io_.err << "\r" << verb_ << "中… " << done << "/" << total << "（" << percent << "%）" << std::flush;
    dirty_ = true;
  } else {
    // In logs: a line every 10 %.
    if (percent / 10 == last_percent_ / 10 && done != total) return;
    io_.err << verb_ << "进度：" << done << "/" << total << "（" << percent << "%）\n";
  }
  last_percent_ = percent;
}

void Progress::finish() {
  if (io_.err_is_terminal && dirty_) io_.err << "\r\033[K" << std::flush;
  dirty_ = false;
}

void Progress::warn(std::string const& path, std::string const& reason) {
  finish();
  io_.err << "zongjie：警告：跳过 " << (reason.rfind(path, 0) == 0 ? reason : path + "：" + reason) << '\n';
}

}  // namespace zongjie::cli
