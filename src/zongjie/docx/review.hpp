// How zongjie marks what it writes into a user's .docx (word/annotate.hpp),
// so that reading the package again knows its own comments.
#pragma once

#include <string_view>

namespace zongjie::docx {

/// Author of the comments and tracked changes zongjie writes.
inline constexpr std::string_view review_author = "总结检查";
inline constexpr std::string_view review_initials = "ZJ";
/// A zongjie comment's last paragraph: this label, then the finding's tag.
inline constexpr std::string_view review_tag_label = "总结检查标记 ";
/// Hidden bookmarks "_ZJ_<tag>" record which findings were annotated.
inline constexpr std::string_view review_bookmark_prefix = "_ZJ_";
/// A reply (or a comment on the same place) that begins with this dismisses
/// a zongjie comment.
inline constexpr std::string_view review_dismiss_word = "忽略";

}  // namespace zongjie::docx
