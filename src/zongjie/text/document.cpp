#include "zongjie/text/document.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

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
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::size_t count_chars(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Document document_from_bytes(std::string path, std::string_view bytes) {
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

Document document_from_text(std::string path, std::string text) {
  Document d;
  d.path = std::move(path);
  std::size_t const bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos)
    throw InputError(d.path, "UTF-8 编码无效（第 " + std::to_string(bad) + " 字节）");
  // Editor buffers may still hold '\r' from a paste.
  Decoded decoded = decode(text);
  d.encoding = Encoding::utf8;
  d.line_ends = std::move(decoded.line_ends);
  d.text = std::move(decoded.text);
  d.lines = LineIndex(d.text);
  d.content_hash = content_hash(text);
  d.byte_size = text.size();
  return d;
}

std::string read_file_bytes(std::filesystem::path const& path) {
  std::error_code ec;
  auto const status = std::filesystem::status(path, ec);
  if (ec) throw InputError(path.string(), "无法读取：" + ec.message());
  if (std::filesystem::is_directory(status)) throw InputError(path.string(), "这是一个文件夹，不是文件");
  if (!std::filesystem::is_regular_file(status)) throw InputError(path.string(), "不是普通文件");
  auto const size = std::filesystem::file_size(path, ec);
  if (ec) throw InputError(path.string(), "无法读取：" + ec.message());
  if (size > max_input_bytes)
    throw InputError(path.string(), "文件过大（" + std::to_string(size / (1024 * 1024)) + " MB，上限 " +
                                        std::to_string(max_input_bytes / (1024 * 1024)) + " MB）");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), std::string("无法打开：") + std::strerror(errno));
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in && !in.eof()) throw InputError(path.string(), "读取失败");
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

Document load_document(std::filesystem::path const& path) {
  std::string const bytes = read_file_bytes(path);
  return document_from_bytes(path.string(), bytes);
}

}  // namespace zongjie::text
