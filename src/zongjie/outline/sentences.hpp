// Splitting a report into sentences for the phrase index: each with its line,
// part, section and theme, markers and debris removed.
#pragma once

#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <string>
#include <vector>

namespace zongjie {

enum class SentenceKind : std::uint8_t { body, heading, item };
std::string_view sentence_kind_name(SentenceKind k) noexcept;

struct Sentence {
  std::string text;
  std::size_t line = 0;
  std::size_t offset = 0;  ///< bytes into the document text
  PartRole part = PartRole::preamble;
  int section = -1;   ///< index of the section in its part, -1 outside sections
  std::string theme;  ///< the section's theme
  SentenceKind kind = SentenceKind::body;
};

/// Sentences shorter than this (in characters) are not worth reusing.
inline constexpr std::size_t min_sentence_chars = 4;
/// Longer runs are cut at commas (or hard) so that one pasted 50 MB line does
/// not become one 50 MB "sentence".
inline constexpr std::size_t max_sentence_chars = 300;

std::vector<Sentence> split_sentences(text::Document const& doc, Outline const& outline);

}  // namespace zongjie
