#include "file_io.hpp"

#include "zongjie/text/document.hpp"
#include "zongjie/text/file.hpp"

#include <QFileInfo>

#include <filesystem>

namespace zongjie::app {

namespace {
std::filesystem::path fs_path(QString const& path) { return std::filesystem::path(path.toStdString()); }
}  // namespace

QString encoding_label(text::Encoding e) {
  auto const n = text::encoding_name(e);
  return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

LoadedFile load_report_file(QString const& path) {
  QFileInfo const info(path);
  QString const name = info.fileName();
  if (!info.exists()) throw FileError(QStringLiteral("无法打开“%1”：文件不存在").arg(name));
  if (info.isDir()) throw FileError(QStringLiteral("无法打开“%1”：这是一个文件夹").arg(name));
  if (info.size() > max_editor_bytes)
    throw FileError(QStringLiteral("无法打开“%1”：文件过大（%2 MB），编辑器只打开 %3 MB 以内的报告")
                        .arg(name)
                        .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(max_editor_bytes / (1024 * 1024)));
  text::Document doc;
  try {
    doc = text::load_document(fs_path(path));
  } catch (text::InputError const& e) {
    // The core names the path and the place; the UI names the file.
    QString reason = QString::fromUtf8(e.what());
    QString const prefix = QString::fromStdString(e.path()) + QStringLiteral("：");
    if (reason.startsWith(prefix)) reason = reason.mid(prefix.size());
    throw FileError(QStringLiteral("无法打开“%1”：%2").arg(name, reason));
  } catch (std::exception const& e) {
    throw FileError(QStringLiteral("无法打开“%1”：%2").arg(name, QString::fromUtf8(e.what())));
  }
  LoadedFile f;
  f.path = info.absoluteFilePath();
  f.text = QString::fromStdString(doc.text);
  f.encoding = doc.encoding;
  f.line_ends = doc.line_ends;
  f.from_docx = doc.encoding == text::Encoding::docx;
  for (auto const& n : doc.notes) f.notes.push_back(QString::fromStdString(n));
  // The editor's text turns U+2028/U+2029 into line breaks (QTextDocument
  // blocks): then it is not this text any more.
  if (doc.text.find("\xE2\x80\xA8") == std::string::npos && doc.text.find("\xE2\x80\xA9") == std::string::npos)
    f.document = std::make_shared<text::Document const>(std::move(doc));
  return f;
}

void write_file_atomically(QString const& path, QByteArray const& bytes) {
  // The core's writer, as `zongjie check --fix` and `zongjie draft -o` use:
  // a temporary file and a rename; a replaced file keeps its permissions.
  try {
    text::write_file_atomically(std::filesystem::path(path.toStdString()),
                                std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
  } catch (std::exception const& e) {
    throw FileError(QStringLiteral("无法保存“%1”：%2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
  }
}

void save_text_file(QString const& path, QString const& text, text::Encoding encoding,
                    std::vector<text::LineEnd> const& line_ends) {
  if (encoding == text::Encoding::docx)
    throw FileError(
        QStringLiteral("“%1”是 Word 文档：请用“另存为”存成文本，或用“导出 Word”").arg(QFileInfo(path).fileName()));
  std::string bytes;
  try {
    bytes = text::encode(text.toStdString(), encoding, line_ends);
  } catch (std::exception const& e) {
    throw FileError(QStringLiteral("无法保存“%1”：%2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
  }
  write_file_atomically(path, QByteArray::fromStdString(bytes));
}

}  // namespace zongjie::app
