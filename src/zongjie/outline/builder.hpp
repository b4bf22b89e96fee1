// Reading a decoded report into its Outline.
#pragma once

#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

namespace zongjie {

class ThemeLexicon;
class PartHeadingLexicon;

struct OutlineOptions {
  /// Lexicon for section themes; no themes are assigned when null.
  ThemeLexicon const* themes = nullptr;
  /// Part headings learned from a corpus; only the grammar's part titles
  /// (and the document's own structure) are used when null.
  PartHeadingLexicon const* part_headings = nullptr;
};

/// Builds the outline of `doc`.  Never throws on odd text: any UTF-8 gives an
/// outline (possibly just a preamble).
Outline build_outline(text::Document const& doc, OutlineOptions const& options = {});

}  // namespace zongjie
