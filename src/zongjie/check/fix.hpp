// Applying fixes: edits on the decoded text, then the bytes written back in
// the document's own encoding and line ends, atomically (a temporary file in
// the same folder, renamed over the original).
#pragma once

#include "zongjie/check/finding.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

struct FixResult {
  std::string text;                      ///< the new UTF-8 text ('\n' line ends)
  std::vector<text::LineEnd> line_ends;  ///< one per line of `text`, following removed lines
  std::vector<std::size_t> applied;      ///< indices (into the findings) whose fix was applied
  std::vector<std::size_t> skipped;      ///< fixes left out because they overlap one applied before
};

/// Applies the fixes of `findings` to `doc` in order (only the safe ones
/// unless `safe_only` is false).  Edits identical to one already applied are
/// shared (two rules may propose the same); a fix that overlaps an applied
/// one is skipped whole.
FixResult apply_fixes(text::Document const& doc, std::vector<Finding> const& findings, bool safe_only = true);

/// `text` with sorted, non-overlapping `edits` applied.
std::string apply_edits(std::string_view text, std::vector<Edit> const& edits);

/// The bytes of a fixed document: its encoding (BOM included) and its line
/// ends, line by line.
std::string encode_fixed(text::Document const& doc, FixResult const& result);

}  // namespace zongjie::check
