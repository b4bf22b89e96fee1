// Writing back into the user's own Word package: remarks as Word comments
// anchored on the characters they name, edits as tracked changes (w:del /
// w:ins), everything else in the package left as it was (docs/DOCX.md,
// "Annotating").  Knows nothing of the checker: the service layer turns
// findings into remarks and fixes into edits.
#pragma once

#include "zongjie/docx/error.hpp"
#include "zongjie/docx/review.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::word {

using docx::review_author;
using docx::review_bookmark_prefix;
using docx::review_initials;
using docx::review_tag_label;

/// One comment: bytes [begin, end) of the text read from the package
/// (docx::read_docx); an empty range is anchored on its whole line.
struct Remark {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> paragraphs;  ///< the comment's text, one paragraph each
  std::string tag;                      ///< [0-9a-z]+, "" for none: the last paragraph and a hidden bookmark
};

/// Replace bytes [begin, end) of the read text with `replacement`.
struct TextEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;
};

struct AnnotateRequest {
  std::vector<Remark> remarks;
  /// Groups of edits (one group per fix), sorted by begin, not overlapping
  /// one another; a group becomes tracked changes whole or not at all.
  std::vector<std::vector<TextEdit>> changes;
  std::string date;  ///< w:date, "YYYY-MM-DDThh:mm:ssZ"
};

struct AnnotateResult {
  std::string package;               ///< the new .docx bytes
  std::size_t comments = 0;          ///< comments written
  std::size_t kept = 0;              ///< remarks already there as zongjie's comments, not written again
  std::vector<bool> change_written;  ///< per group of `changes`: written as tracked changes
  std::vector<std::string> notes;    ///< remarks that could not be anchored, etc., for the user
};

/// `package` with the remarks as comments (author 总结检查, initials ZJ) and
/// the edits as tracked changes.  A remark the package already holds as a
/// zongjie comment (author 总结检查, the same tag, anchored on the same text)
/// is not written again (AnnotateResult::kept); zongjie's comments on remarks
/// no longer made are left as they are.  Only the main document part, the comments
/// part (created or extended, ids never clashing), the main part's
/// relationships and [Content_Types].xml change; every other entry is copied
/// as stored.  An edit that touches text the package does not hold as text
/// (a marker of Word's automatic numbering, a paragraph break, text inside
/// alternate content) is not written; its group's change_written is false.
/// Throws DocxError for a package read_docx would refuse.
AnnotateResult annotate_docx(std::string_view package, AnnotateRequest const& request);

}  // namespace zongjie::word
