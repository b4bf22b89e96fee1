// Writing a report as a Word document laid out to GB/T 9704-2012 (党政机关
// 公文格式): A4, 37/35/28/26 mm margins, 22 lines of 28 characters, title in
// 2号 小标宋, body in 3号 仿宋, headings by level, "— 1 —" page numbers.
#pragma once

#include "zongjie/docx/error.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace zongjie::word {

struct ExportOptions {
  std::string title;   ///< the title in the file's properties; default: the report's title line
  std::string author;  ///< dc:creator; may stay empty
};

/// The .docx package of `doc`, as bytes.  Every line becomes one paragraph
/// with its text unchanged (markers stay text, not Word numbering), so reading
/// the package back gives `doc.text` again.  `outline` (of `doc`) decides the
/// paragraph styles: the title line → 标题 (Title), part headings → 标题 1,
/// sections → 标题 2, items with a marker at the line start → 标题 3, all
/// with outline levels for Word's navigation pane.  Characters Word cannot
/// hold (control characters other than tab) are left out and reported in
/// `notes`.
std::string render_docx(text::Document const& doc, Outline const& outline, ExportOptions const& options = {},
                        std::vector<std::string>* notes = nullptr);

/// Builds the outline of `doc`, renders it and writes `out` atomically (a
/// temporary file beside it, flushed, then renamed over it).  Returns the
/// notes of render_docx.  Throws DocxError naming `out` when it cannot be
/// written.
std::vector<std::string> export_docx(text::Document const& doc, std::filesystem::path const& out,
                                     ExportOptions const& options = {});

}  // namespace zongjie::word
