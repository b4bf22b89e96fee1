// Plain result types of the grammar.  No Spirit here: the rest of the core
// includes this file and grammar.hpp only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace zongjie::grammar {

/// The kind of a heading marker, i.e. the level family it belongs to.
/// Variants that only differ in punctuation ((一) and （一）, 1. and 1、) share
/// a family; the punctuation is kept in MarkerPunct so that mixing them can be
/// reported.
enum class MarkerFamily : std::uint8_t {
  part,          ///< 第一部分：
  di,            ///< 第一、 第二，
  cn_dun,        ///< 一、
  cn_paren,      ///< （一） (一)
  cn_shi,        ///< 一是
  arabic_dot,    ///< 1. 1． 1、 and a bare "1 " whose dot was lost
  arabic_paren,  ///< （1） (1) 1） ⑴
  circled,       ///< ①
};
inline constexpr int marker_family_count = 8;

/// The punctuation a marker was written with.
enum class MarkerPunct : std::uint8_t {
  colon_full,    ///< 第一部分：
  colon_ascii,   ///< 第一部分:
  space,         ///< 第一部分 … / bare "1 "
  dun,           ///< 、
  comma_full,    ///< 第二，
  comma_ascii,   ///< 第二,
  dot_full,      ///< 1．
  dot_ascii,     ///< 1.
  paren_full,    ///< （一）
  paren_ascii,   ///< (一)
  paren_mixed,   ///< （一) or (一）
  rparen_full,   ///< 1）
  rparen_ascii,  ///< 1)
  shi,           ///< 一是
  glyph,         ///< ① ⑴: the number is the glyph
};

struct Marker {
  MarkerFamily family{};
  MarkerPunct punct{};
  int ordinal = 0;
};

/// A marker found at the start of a line.  Offsets are bytes into the line
/// passed to the parser.
struct LineMarker {
  Marker marker;
  std::size_t begin = 0;        ///< first byte of the marker (after leading blanks)
  std::size_t end = 0;          ///< one past the marker's punctuation
  std::size_t title_begin = 0;  ///< first byte of the heading text (blanks skipped)
};

/// Which part a title names.
enum class TitleKind : std::uint8_t { summary,
                                      problems,
                                      plan,
                                      report };

/// One part title; a heading may join several (2023年工作总结及2024年工作思路).
struct TitleComponent {
  TitleKind kind{};
  int year = 0;  ///< the year written in it, 0 when none
};

struct PartTitle {
  std::vector<TitleComponent> components;
  std::size_t begin = 0;  ///< byte where the title starts in the text given (after a unit name)
};

/// A year written in the text (2023年, 2023年度, 二〇二三年).
struct YearMention {
  std::size_t begin = 0;  ///< bytes, relative to the text scanned
  std::size_t end = 0;
  int year = 0;
};

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

}  // namespace zongjie::grammar
