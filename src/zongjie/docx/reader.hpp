// Reading the text of a Word document (.docx) into lines, as the outline
// needs it: paragraphs in order with Word's automatic numbering written out.
#pragma once

#include "zongjie/docx/error.hpp"
#include "zongjie/docx/zip.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace zongjie::docx {

struct Extracted {
  /// UTF-8, one line per paragraph (a soft line break starts a new line),
  /// lines separated by '\n', no trailing '\n' after the last paragraph.
  std::string text;
  /// What the reader flattened or left out, one sentence each for the user
  /// ("第 12—15 行来自表格……"); never part of `text`.
  std::vector<std::string> notes;
  /// Tags of findings zongjie once wrote as comments (docx/review.hpp) whose
  /// comment the user has since deleted, or answered with a reply beginning
  /// 忽略: the checker leaves them out as it does ignored ones.
  std::vector<std::string> dismissed;
};

/// Whether `bytes` (named `path`) should be read as a Word document: a .docx
/// or .docm name, or the magic bytes of a ZIP archive or of an OLE2 compound
/// file (an encrypted .docx, or an old .doc).
bool looks_like_docx(std::string_view path, std::string_view bytes) noexcept;

/// The text of a .docx held in `bytes`.  Tracked changes are read as
/// accepted (insertions kept, deletions and moved-away text dropped), tables
/// are flattened one row per line with cells separated by a tab, text boxes
/// follow the paragraph they are anchored in, a table of contents is left
/// out.  Throws DocxError, with a message in Chinese, for anything that is
/// not a readable .docx: not a ZIP, a damaged or truncated archive, no main
/// document part, malformed XML, an encrypted document, an old .doc, or a part
/// that would inflate past `limits`.
Extracted read_docx(std::string_view bytes, ReadLimits const& limits = {});

}  // namespace zongjie::docx
