#include "zongjie/check/fix.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>

namespace zongjie::check {

std::string apply_edits(std::string_view text, std::vector<Edit> const& edits) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  for (auto const& e : edits) {
    out.append(text.substr(pos, e.begin - pos));
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text.substr(pos));
  return out;
}

FixResult apply_fixes(text::Document const& doc, std::vector<Finding> const& findings, bool safe_only) {
  FixResult r;
  std::map<std::size_t, Edit> accepted;  // by begin
  auto const overlaps = [&](Edit const& e) {
    auto it = accepted.lower_bound(e.begin);
    if (it != accepted.end() && it->second.begin < std::max(e.end, e.begin + 1)) return true;
    if (it != accepted.begin() && std::prev(it)->second.end > e.begin) return true;
    return false;
  };
  auto const same = [&](Edit const& e) {
    auto it = accepted.find(e.begin);
    return it != accepted.end() && it->second == e;
  };
  for (std::size_t i = 0; i < findings.size(); ++i) {
    auto const& f = findings[i];
    if (!f.fix || f.fix->edits.empty() || (safe_only && !f.fix->safe)) continue;
    bool ok = true;
    for (auto const& e : f.fix->edits)
      if (e.end < e.begin || e.end > doc.text.size() || (!same(e) && overlaps(e))) ok = false;
    if (!ok) {
      r.skipped.push_back(i);
      continue;
    }
    for (auto const& e : f.fix->edits)
      if (!same(e)) accepted.emplace(e.begin, e);
    r.applied.push_back(i);
  }
  std::vector<Edit> edits;
  edits.reserve(accepted.size());
  for (auto& [b, e] : accepted) edits.push_back(e);
  r.text = apply_edits(doc.text, edits);

  // Line ends: a removed line break joins two lines, and the joined line ends
  // as the later one did; an added one ends like most lines of the file.
  r.line_ends = doc.line_ends;
  r.line_ends.resize(std::max(r.line_ends.size(), doc.lines.line_count()), text::dominant_line_end(doc.line_ends));
  std::vector<bool> drop(r.line_ends.size(), false);
  std::vector<std::pair<std::size_t, std::size_t>> inserts;  // (line index, count)
  for (auto const& e : edits) {
    for (std::size_t q = doc.text.find('\n', e.begin); q != std::string::npos && q < e.end; q = doc.text.find('\n', q + 1))
      drop[doc.lines.line_of(q) - 1] = true;
    if (auto const n = static_cast<std::size_t>(std::count(e.replacement.begin(), e.replacement.end(), '\n')))
      inserts.emplace_back(doc.lines.line_of(e.begin) - 1, n);
  }
  std::vector<text::LineEnd> ends;
  ends.reserve(r.line_ends.size());
  auto ins = inserts.begin();
  for (std::size_t l = 0; l < r.line_ends.size(); ++l) {
    for (; ins != inserts.end() && ins->first == l; ++ins)
      ends.insert(ends.end(), ins->second, text::dominant_line_end(doc.line_ends));
    if (!drop[l]) ends.push_back(r.line_ends[l]);
  }
  r.line_ends = std::move(ends);
  return r;
}

std::string encode_fixed(text::Document const& doc, FixResult const& result) {
  return text::encode(result.text, doc.encoding, result.line_ends);
}

void write_file_atomically(std::filesystem::path const& path, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::path target = path;
  if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec))) {
    target = std::filesystem::canonical(path, ec);
    if (ec) throw text::InputError(path.string(), "无法解析符号链接：" + ec.message());
  }
  std::filesystem::path const dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".zongjie-XXXXXX")).string();
  int const fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw text::InputError(path.string(), std::string("无法在同一文件夹中创建临时文件：") + std::strerror(errno));
  auto fail = [&](std::string const& what) {
    int const err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw text::InputError(path.string(), what + std::strerror(err));
  };
  struct stat st{};
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
    ::unlink(tmpl.c_str());
    throw text::InputError(path.string(), std::string("写入失败：") + std::strerror(err));
  }
  if (::rename(tmpl.c_str(), target.c_str()) != 0) {
    int const err = errno;
    ::unlink(tmpl.c_str());
    throw text::InputError(path.string(), std::string("无法替换原文件：") + std::strerror(err));
  }
}

}  // namespace zongjie::check
