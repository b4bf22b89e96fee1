// A decoded report: its UTF-8 text and a line/column index over it.
#pragma once

#include "zongjie/text/encoding.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::text {

/// 1-based line and 1-based column in characters (code points).
struct Position {
  std::size_t line = 0;
  std::size_t column = 0;
};

/// Turns byte offsets into lines and character columns.  Byte offsets are the
/// unit everywhere in the core; this is the one place that converts them.
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  std::size_t line_count() const noexcept { return starts_.size(); }
  /// 1-based line of a byte offset.
  std::size_t line_of(std::size_t offset) const noexcept;
  /// Line and character column of a byte offset into the indexed `text`.
  Position position(std::string_view text, std::size_t offset) const noexcept;
  /// Byte offset where 1-based `line` starts (text size for lines past the end).
  std::size_t line_start(std::size_t line) const noexcept;
  /// Byte offset one past the end of `line`, excluding its '\n'.
  std::size_t line_end(std::size_t line) const noexcept;

 private:
  // Only offsets: the index stays valid when the document (and its string) moves.
  std::vector<std::size_t> starts_;
  std::size_t size_ = 0;
};

/// A report read from disk (or from an editor buffer).
struct Document {
  std::string path;  ///< as given by the user, for messages
  Encoding encoding = Encoding::utf8;
  std::vector<LineEnd> line_ends;
  std::string text;
  LineIndex lines;
  std::uint64_t content_hash = 0;  ///< of the original bytes
  std::size_t byte_size = 0;       ///< of the original bytes
  /// What reading left out or flattened, for the user (a .docx's tables,
  /// text boxes, accepted revisions …); never part of `text`.
  std::vector<std::string> notes;
  /// A .docx zongjie annotated: tags of the findings whose comment the user
  /// deleted or answered with 忽略 (docx::Extracted::dismissed).
  std::vector<std::string> dismissed_reviews;

  std::string_view line(std::size_t one_based) const noexcept;
  Position position(std::size_t offset) const noexcept { return lines.position(text, offset); }
};

/// An input that cannot be used, with the file and the place named.
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, std::string const& message)
      : std::runtime_error(path + "：" + message), path_(std::move(path)) {}
  std::string const& path() const noexcept { return path_; }

 private:
  std::string path_;
};

/// Builds a document from raw bytes (decodes; throws InputError naming `path`).
/// A Word document (.docx name, or ZIP/OLE2 magic bytes) is read with
/// docx::read_docx and gets Encoding::docx.
Document document_from_bytes(std::string path, std::string_view bytes);
/// Builds a document from UTF-8 text already in memory (an editor buffer).
Document document_from_text(std::string path, std::string const& text);
/// Reads and decodes a file (.txt, .docx).
Document load_document(std::filesystem::path const& path);
/// Reads a whole file; throws InputError.
std::string read_file_bytes(std::filesystem::path const& path);

/// 64-bit FNV-1a, used to recognise unchanged files.
std::uint64_t content_hash(std::string_view bytes) noexcept;

/// Number of code points in `s`.
std::size_t count_chars(std::string_view s) noexcept;

}  // namespace zongjie::text
