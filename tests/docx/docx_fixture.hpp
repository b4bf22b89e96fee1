// Word documents made by the tests: WordprocessingML written by hand and
// zipped in memory, so that every feature the reader handles has a package
// that shows it.
#pragma once

#include "zongjie/docx/reader.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace zongjie::test::docx {

/// The parts of a hand-made package; empty parts are left out.
struct Package {
  std::string body;                ///< the content of <w:body>
  std::string numbering;           ///< the content of <w:numbering>
  std::string styles;              ///< the content of <w:styles>
  bool with_relationships = true;  ///< _rels/.rels and word/_rels/document.xml.rels
  std::string comments;            ///< the content of <w:comments> (word/comments.xml, linked)
  std::string comments_extended;   ///< the content of <w15:commentsEx> (word/commentsExtended.xml, linked)
};

/// The .docx bytes of `p` (namespaces w, r, mc, wp, wps, a, v declared).
std::string make_docx(Package const& p);
/// A package with just `body`.
std::string make_docx(std::string body);

/// <w:p> with one run of `text` (xml:space preserved); `ppr` goes in <w:pPr>.
std::string para(std::string_view text, std::string_view ppr = "");
/// A paragraph of list `num_id` at level `ilvl`.
std::string list_para(int num_id, int ilvl, std::string_view text);

/// A fresh empty folder under the temporary directory.
std::filesystem::path temp_dir(std::string const& name);
/// Writes `bytes` to `path`.
void write_file(std::filesystem::path const& path, std::string_view bytes);

/// The offsets of every occurrence of `needle` in `hay`.
std::vector<std::size_t> find_all(std::string_view hay, std::string_view needle);

}  // namespace zongjie::test::docx
