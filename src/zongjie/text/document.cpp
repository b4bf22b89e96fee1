#include "zongjie/text/document.hpp"

#include "zongjie/docx/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace zongjie::text {

LineIndex::LineIndex(std::string_view text) : size_(text.size()) {
  starts_.reserve(text.size() / 40 + 1);
  starts_.push_back(0);
  for (std::size_t pos = text.find('\n'); pos != std::string_view::npos; pos = text.find('\n', pos + 1))
    starts_.push_back(pos + 1);
}

std::size_t LineIndex::line_of(std::size_t offset) const noexcept {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(it - starts_.begin());
}

Position LineIndex::position(std::string_view text, std::size_t offset) const noexcept {
  std::size_t const line = line_of(offset);
  std::size_t const start = starts_[line - 1];
  offset = std::min(offset, text.size());
  return {line, count_chars(text.substr(start, offset - start)) + 1};
}

std::size_t LineIndex::line_start(std::size_t line) const noexcept {
  if (line == 0) return 0;
  return line <= starts_.size() ? starts_[line - 1] : size_;
}

std::size_t LineIndex::line_end(std::size_t line) const noexcept {
  if (line >= starts_.size()) return size_;
  return starts_[line] - 1;
}

std::string_view Document::line(std::size_t one_based) const noexcept {
  std::size_t const b = lines.line_start(one_based);
  std::size_t const e = lines.line_end(one_based);
  return std::string_view(text).substr(b, e >= b ? e - b : 0);
}

std::uint64_t content_hash(std::string_view bytes) noexcept {
  // Eight bytes per step, multiply–xorshift mixing: for recognising unchanged
  // files, not for security.
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = 0x243F6A8885A308D3ULL ^ (bytes.size() * k);
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  h = (h ^ tail) * k;
  h ^= h >> 32;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 31);
}

std::size_t count_chars(std::string_view s) noexcept {
  // Characters are the bytes that are not continuation bytes (10xxxxxx);
  // counted eight bytes at a time, since columns on a pasted line of
  // megabytes are counted from its start.
  constexpr std::uint64_t high = 0x8080808080808080ULL;
  std::size_t continuation = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // Bit 7 of each byte set, and bit 6 clear (moved up to bit 7).
    // One bit per byte at bit 0; the multiplication sums the eight bytes
    // into the top one (no popcnt instruction on baseline x86-64).
    std::uint64_t const ones = (w & ~(w << 1) & high) >> 7;
    continuation += static_cast<std::size_t>((ones * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

namespace {

Document document_from_docx(std::string path, std::string_view bytes) {
  docx::Extracted x;
  try {
    x = docx::read_docx(bytes);
  } catch (docx::DocxError const& e) {
    throw InputError(std::move(path), e.what());
  }
  Document d;
  d.path = std::move(path);
  d.encoding = Encoding::docx;
  d.text = std::move(x.text);
  d.lines = LineIndex(d.text);
  d.line_ends.assign(d.lines.line_count(), LineEnd::lf);
  d.line_ends.back() = LineEnd::none;
  d.content_hash = content_hash(bytes);
  d.byte_size = bytes.size();
  d.notes = std::move(x.notes);
  d.dismissed_reviews = std::move(x.dismissed);
  return d;
}

}  // namespace

Document document_from_bytes(std::string path, std::string_view bytes) {
  if (docx::looks_like_docx(path, bytes)) return document_from_docx(std::move(path), bytes);
  Decoded decoded;
  try {
    decoded = decode(bytes);
  } catch (DecodeError const& e) {
    throw InputError(std::move(path), e.what());
  }
  Document d;
  d.path = std::move(path);
  d.encoding = decoded.encoding;
  d.line_ends = std::move(decoded.line_ends);
  d.text = std::move(decoded.text);
  d.lines = LineIndex(d.text);
  d.content_hash = content_hash(bytes);
  d.byte_size = bytes.size();
  return d;
}

Document document_from_text(std::string path, std::string const& text) {
  Document d;
  d.path = std::move(path);
  std::size_t const bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) throw InputError(d.path, "UTF-8 编码无效（第 " + std::to_string(bad) + " 字节）");
  // Editor buffers may still hold '\r' from a paste.
  Decoded decoded;
  try {
    decoded = decode(text);
  } catch (DecodeError const& e) {
    throw InputError(d.path, e.what());
  }
  d.encoding = Encoding::utf8;
  d.line_ends = std::move(decoded.line_ends);
  d.text = std::move(decoded.text);
  d.lines = LineIndex(d.text);
  d.content_hash = content_hash(text);
  d.byte_size = text.size();
  return d;
}

std::string read_file_bytes(std::filesystem::path const& path) {
  // POSIX calls: one open, one fstat, reads, one close.  Learning thousands
  // of small files spends more time in the kernel than in parsing otherwise.
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is rejected
  // below as not a regular file.
  int const fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    int const err = errno;
    if (err == ENOENT) throw InputError(path.string(), "文件不存在");
    if (err == EACCES) throw InputError(path.string(), "没有读取权限");
    throw InputError(path.string(), std::string("无法打开：") + std::strerror(err));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw InputError(path.string(), std::string("无法读取：") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw InputError(path.string(), "这是一个文件夹，不是文件");
  if (!S_ISREG(st.st_mode)) throw InputError(path.string(), "不是普通文件");
  auto const size = static_cast<std::size_t>(st.st_size);
  if (size > max_input_bytes)
    throw InputError(path.string(), "文件过大（" + std::to_string(size / (1024 * 1024)) + " MB，上限 " +
                                        std::to_string(max_input_bytes / (1024 * 1024)) + " MB）");
  std::string bytes(size, '\0');
  std::size_t got = 0;
  while (got < size) {
    ssize_t const r = ::read(fd, bytes.data() + got, size - got);
    if (r < 0) {
      if (errno == EINTR) continue;
      throw InputError(path.string(), std::string("读取失败：") + std::strerror(errno));
    }
    if (r == 0) break;  // the file shrank while we read it
    got += static_cast<std::size_t>(r);
  }
  bytes.resize(got);
  return bytes;
}

Document load_document(std::filesystem::path const& path) {
  std::string const bytes = read_file_bytes(path);
  return document_from_bytes(path.string(), bytes);
}

}  // namespace zongjie::text
