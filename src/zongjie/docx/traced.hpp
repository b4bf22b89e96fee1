// The reader's text with, for every stretch of it, where in document.xml it
// came from: what writing back into the user's own package (word/annotate.hpp)
// needs to put a comment or a tracked change on exactly the characters a
// finding names.
#pragma once

#include "zongjie/docx/reader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
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

/// Bytes of the text from `at` up to the next span's `at` (the last span: up
/// to the end of the text) came from `node`, in order, starting at its byte
/// `offset` (a null node: made up, see Origin).  One span per w:t or special
/// element read, split where the reader dropped a character inside it.
struct Span {
  std::size_t at = 0;
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
  /// Where the text came from: sorted by `at`, the first at 0, covering
  /// every byte of extracted.text (empty when the text is).
  std::vector<Span> spans;
  /// One per line of extracted.text: the paragraph (w:p) it came from; null
  /// for a table row joined from several.
  std::vector<pugi::xml_node> line_paragraph;

  /// The span holding byte `i` of the text (i < text size).
  std::size_t span_index(std::size_t i) const {
    auto const it =
        std::upper_bound(spans.begin(), spans.end(), i, [](std::size_t x, Span const& s) { return x < s.at; });
    return static_cast<std::size_t>(it - spans.begin()) - 1;
  }
  /// One past the last byte of span `k`.
  std::size_t span_end(std::size_t k) const { return k + 1 < spans.size() ? spans[k + 1].at : extracted.text.size(); }
  /// Where byte `i` of the text came from.
  Origin origin(std::size_t i) const {
    Span const& s = spans[span_index(i)];
    if (!s.node) return {};
    return {s.node, static_cast<std::uint32_t>(s.offset + (i - s.at))};
  }
};

/// Reads `bytes` as read_docx does, keeping the parsed main part and the
/// origin of every byte.  Throws DocxError as read_docx does.
std::unique_ptr<TracedBody> read_traced(std::string_view bytes, ReadLimits const& limits = {});

/// pugixml parse options that keep a part as it was written.
inline constexpr unsigned int keep_all_parse = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                                               pugi::parse_comments | pugi::parse_pi | pugi::parse_doctype;

}  // namespace zongjie::docx
