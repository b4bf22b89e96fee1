// Looking into annotated packages: parts, comments, what each comment is
// anchored on, and the document with every tracked change rejected.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::test::docx {

/// Every entry of a package, inflated.
std::map<std::string, std::string> parts(std::string_view package);

struct Comment {
  std::string id;
  std::string author;
  std::string initials;
  std::string date;
  std::string text;  ///< paragraphs joined with '\n'
};
/// The comments of word/comments.xml, in order.
std::vector<Comment> comments(std::string_view package);

/// Comment id → the text between its commentRangeStart and commentRangeEnd
/// (w:t and w:tab of runs not deleted, '\n' between paragraphs).
std::map<std::string, std::string> anchored_text(std::string_view package);

/// The package with every tracked change rejected: w:ins dropped, w:del
/// unwrapped with its w:delText turned back into w:t.
std::string reject_all(std::string_view package);

/// The text zongjie reads from a package (tracked changes accepted).
std::string read_text(std::string_view package);

}  // namespace zongjie::test::docx
