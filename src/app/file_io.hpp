// Reading and writing the user's report files: decoding and encoding come
// from the core (GB18030 stays GB18030, line ends are kept); writes are
// atomic (QSaveFile).  Errors carry a Chinese message naming the file.
#pragma once

#include "zongjie/text/encoding.hpp"

#include <QString>
#include <QStringList>

#include <stdexcept>
#include <memory>
#include <vector>

namespace zongjie::text {
struct Document;
}

namespace zongjie::app {

/// A file the editor cannot read or write; what() is the message for the UI.
class FileError : public std::runtime_error {
 public:
  explicit FileError(QString const& message) : std::runtime_error(message.toStdString()), message_(message) {}
  QString const& message() const noexcept { return message_; }

 private:
  QString message_;
};

/// The editor opens reports, not archives: far above any real report, far
/// below what makes a QTextDocument unusable.
inline constexpr qint64 max_editor_bytes = 16 * 1024 * 1024;

struct LoadedFile {
  QString path;
  QString text;  ///< '\n' between lines
  text::Encoding encoding = text::Encoding::utf8;
  std::vector<text::LineEnd> line_ends;
  bool from_docx = false;
  QStringList notes;  ///< what reading a .docx left out, for the user
  /// The document as read (UTF-8 text, line index): the first analysis of
  /// the opened text uses it instead of encoding, validating and indexing
  /// the same text again.  Null when the editor's text would differ from it.
  std::shared_ptr<text::Document const> document;
};

/// Reads and decodes `path` (.txt in any encoding the core knows; .docx once
/// the core has a reader).  Throws FileError.
LoadedFile load_report_file(QString const& path);

/// Encodes `text` ('\n' lines) in `encoding` with `line_ends` and writes it
/// atomically.  Throws FileError (the old file is left as it was).
void save_text_file(QString const& path, QString const& text, text::Encoding encoding,
                    std::vector<text::LineEnd> const& line_ends);

/// Writes bytes atomically through QSaveFile.  Throws FileError.
void write_file_atomically(QString const& path, QByteArray const& bytes);

/// "UTF-8" … as the user sees it.
QString encoding_label(text::Encoding e);

}  // namespace zongjie::app
