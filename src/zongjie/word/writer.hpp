// Writing a report as a Word document laid out to GB/T 9704-2012 (党政机关
// 公文格式): A4, 37/35/28/26 mm margins, 22 lines of 28 characters, title in
// 2号 小标宋, body in 3号 仿宋, headings by level, "— 1 —" page numbers.
#pragma once

#include "zongjie/docx/error.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
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

/// Where a title too long for one line of 2号 characters (GB/T 9704: 156 mm)
/// should go on to its second line, as a byte offset into `title`; nullopt
/// when it fits on one line (or needs more than two).  The break goes where
/// the meaning allows — before 及/和/暨/与/以及, else before the second year
/// (2024年…) — choosing the most even pair of lines that both fit; with no
/// such place, the title is halved.  The last line never holds one
/// character alone.  The writer keeps the text as it is and narrows the title
/// paragraph (equal left and right indents) so that Word wraps it there.
std::optional<std::size_t> title_break(std::string_view title);

/// Builds the outline of `doc`, renders it and writes `out` atomically (a
/// temporary file beside it, flushed, then renamed over it).  Returns the
/// notes of render_docx.  Throws DocxError naming `out` when it cannot be
/// written.
std::vector<std::string> export_docx(text::Document const& doc, std::filesystem::path const& out,
                                     ExportOptions const& options = {});

}  // namespace zongjie::word
