// Last year's promises: the plan part of a report read as the work it
// promised — each plan section and each of its items, or, in a plan
// written as paragraphs, each paragraph.  One definition for the checker
// (which looks for each promise in this year's summary) and the draft
// (which writes this year's summary from them).
#pragma once

#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace zongjie {

struct Promise {
  std::string title;     ///< the heading or item title as written
  std::size_t line = 0;  ///< 1-based, in last year's file
  bool item = false;     ///< an item under a section (else a section or a paragraph)
  int section = -1;      ///< for items: index of their section's promise
  std::string theme;
  // Where it is written in last year's text, bytes:
  std::size_t begin = 0;      ///< its heading (or paragraph) starts
  std::size_t title_end = 0;  ///< its heading ends (a paragraph's first clause)
  std::size_t end = 0;        ///< its text ends
  bool paragraph = false;     ///< a paragraph of a plan without sections
};

/// The promises of every plan part of `outline`, in text order: a section,
/// then its items; a plan without sections gives its paragraphs (the first
/// one, the year's general aims, only when it stands alone).
std::vector<Promise> plan_promises(text::Document const& doc, Outline const& outline);

}  // namespace zongjie
