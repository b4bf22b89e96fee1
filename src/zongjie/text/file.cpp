#include "zongjie/text/file.hpp"

#include "zongjie/text/document.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>

namespace zongjie::text {

namespace {

/// Creates a new temporary file next to `target` with mode 0666, which the
/// kernel reduces by the umask: unlike mkstemp (always 0600), a new file
/// then gets the permissions any new file would.  The umask is not read
/// (umask() sets it too, which is not safe with threads).
int create_temporary(std::filesystem::path const& target, std::string& name) {
  static std::atomic<unsigned> counter{0};
  std::filesystem::path const dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  auto const seed = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count());
  for (int attempt = 0; attempt < 100; ++attempt) {
    unsigned long long const tag = (seed ^ (static_cast<unsigned long long>(::getpid()) << 32)) + counter++ * 7919ULL;
    name = (dir / ("." + target.filename().string() + ".zongjie-" + std::to_string(tag % 1000000007ULL))).string();
    int const fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

}  // namespace

void write_file_atomically(std::filesystem::path const& path, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::path target = path;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))) {
    target = std::filesystem::canonical(path, ec);
    if (ec) throw InputError(path.string(), "无法解析符号链接：" + ec.message());
  }
  std::string tmp;
  int const fd = create_temporary(target, tmp);
  if (fd < 0) throw InputError(path.string(), std::string("无法在同一文件夹中创建临时文件：") + std::strerror(errno));
  auto const fail = [&](std::string const& what) {
    int const err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    throw InputError(path.string(), what + std::strerror(err));
  };
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && ::fchmod(fd, st.st_mode & 07777) != 0) fail("无法设置权限：");
  for (std::size_t done = 0; done < bytes.size();) {
    ssize_t const n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("写入失败：");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) fail("写入磁盘失败：");
  if (::close(fd) != 0) {
    int const err = errno;
    ::unlink(tmp.c_str());
    throw InputError(path.string(), std::string("写入失败：") + std::strerror(err));
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    int const err = errno;
    ::unlink(tmp.c_str());
    throw InputError(path.string(), std::string("无法替换原文件：") + std::strerror(err));
  }
}

}  // namespace zongjie::text
