// ZIP packages in memory, through libzip: reading with hard limits on what
// may be inflated (zip bombs), and building a package to bytes.
#pragma once

#include "zongjie/docx/error.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::docx {

/// Bounds on what reading a package may cost.  A report's document.xml is a
/// few hundred KB; these leave room for long documents with heavy markup.
struct ReadLimits {
  std::size_t max_part_bytes = 32u * 1024u * 1024u;   ///< one part, inflated
  std::size_t max_total_bytes = 64u * 1024u * 1024u;  ///< all parts read, inflated
  /// Inflated : compressed.  Word's XML deflates 5–20×, and even a run of
  /// empty paragraphs stays far below this; a bomb is at ~1000×.
  std::size_t max_ratio = 200;
  /// The ratio is only judged past this many inflated bytes (small parts
  /// may compress well and cost nothing).
  std::size_t ratio_floor = 1u * 1024u * 1024u;
  std::size_t max_entries = 20000;  ///< central-directory entries
  int max_depth = 256;              ///< element nesting the body walk follows
};

/// A package opened from bytes that stay owned by the caller.
class ZipReader {
 public:
  /// Throws DocxError when `bytes` are not a readable ZIP archive.
  ZipReader(std::string_view bytes, ReadLimits const& limits);
  ~ZipReader();
  ZipReader(ZipReader const&) = delete;
  ZipReader& operator=(ZipReader const&) = delete;

  /// Whether a part exists (names compared case-insensitively, as OPC does).
  bool contains(std::string_view name) const;
  /// The inflated part, or nullopt when absent.  Throws DocxError when the
  /// part is encrypted, damaged, or would pass a limit (declared size,
  /// bytes counted while inflating, ratio, total budget).
  std::optional<std::string> read(std::string_view name);
  /// The names of the entries, in the order they are stored.
  std::vector<std::string> names() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Builds a package in memory.  Parts are stored in the order added.
class ZipWriter {
 public:
  ZipWriter();
  ~ZipWriter();
  ZipWriter(ZipWriter const&) = delete;
  ZipWriter& operator=(ZipWriter const&) = delete;

  void add(std::string name, std::string data, bool compress = true);
  /// The archive's bytes.  The writer is spent afterwards.
  std::string finish();

 private:
  std::vector<std::pair<std::string, std::string>> parts_;
  std::vector<bool> compress_;
};

/// `package` (a ZIP archive) with the parts of `replaced` replaced (or
/// added, after the others); every other entry is copied as it is stored,
/// compressed bytes and headers, without being inflated again.  Throws
/// DocxError when the package cannot be opened or written.
/// `compress` false stores the replaced parts uncompressed.
std::string rewrite_package(std::string_view package, std::vector<std::pair<std::string, std::string>> const& replaced,
                            bool compress = true);

}  // namespace zongjie::docx
