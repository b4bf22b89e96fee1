// The reader's text with, for every byte of it, where in document.xml it came
// from: what writing back into the user's own package (word/annotate.hpp)
// needs to put a comment or a tracked change on exactly the characters a
// finding names.
#pragma once

#include "zongjie/docx/reader.hpp"

#include <pugixml.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::docx {

/// Where one byte of the text came from.  `node` is the w:t whose decoded
/// text holds it at byte `offset`, or the element that stands for it (w:tab,
/// w:br, w:cr, w:sym, w:noBreakHyphen: `offset` is then the byte within what
/// it stands for).  A null `node` is text the reader made up: list markers of
/// Word's automatic numbering, line breaks between paragraphs, the tabs and
/// spaces that join table cells, U+FFFD for bytes that were not UTF-8.
struct Origin {
  pugi::xml_node node;
  std::uint32_t offset = 0;
};

/// A main document part parsed keeping everything that serialising it again
/// needs (declaration, comments, processing instructions, whitespace), and
/// its text read exactly as read_docx reads it.
struct TracedBody {
  std::string main_part;      ///< the part's name in the package ("word/document.xml")
  std::string comments_part;  ///< the comments part the main part links to, "" when none
  pugi::xml_document document;
  Extracted extracted;
  std::vector<Origin> origin;  ///< one per byte of extracted.text
  /// One per line of extracted.text: the paragraph (w:p) it came from; null
  /// for a table row joined from several.
  std::vector<pugi::xml_node> line_paragraph;
};

/// Reads `bytes` as read_docx does, keeping the parsed main part and the
/// origin of every byte.  Throws DocxError as read_docx does.
std::unique_ptr<TracedBody> read_traced(std::string_view bytes, ReadLimits const& limits = {});

/// pugixml parse options that keep a part as it was written.
inline constexpr unsigned int keep_all_parse = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                                               pugi::parse_comments | pugi::parse_pi | pugi::parse_doctype;

}  // namespace zongjie::docx
