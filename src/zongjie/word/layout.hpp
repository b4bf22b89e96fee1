// The GB/T 9704-2012 page, in the units OOXML uses.  One place for the
// numbers and font names, so that docs/DOCX.md and the writer agree.
#pragma once

#include <array>
#include <string_view>

namespace zongjie::word::layout {

// Lengths in twentieths of a point (twips): 1 mm = 56.693 twips.
inline constexpr int page_width = 11906;    ///< A4 210 mm
inline constexpr int page_height = 16838;   ///< A4 297 mm
inline constexpr int margin_top = 2098;     ///< 天头 37 mm
inline constexpr int margin_bottom = 1984;  ///< 35 mm: 297 − 37 − 225
inline constexpr int margin_left = 1587;    ///< 订口 28 mm
inline constexpr int margin_right = 1474;   ///< 26 mm: 210 − 28 − 156
/// From the page's bottom edge to the bottom of the page-number line, so that
/// the 一字线 sit about 7 mm below the text block.
inline constexpr int footer_distance = 1440;
inline constexpr int header_distance = 851;

inline constexpr int line_pitch = 560;  ///< fixed 28 pt: 22 lines in 225 mm
/// 28 characters in 156 mm (442.2 pt): a 16 pt character narrowed by 0.25 pt
/// (15.75 pt) fits 28 times, an unnarrowed one only 27.  Stated as character
/// spacing rather than a character grid (w:docGrid linesAndChars): LibreOffice
/// gives a 16 pt character two cells of a 15.79 pt grid, halving the line.
inline constexpr int char_spacing = -5;  ///< twentieths of a point

// Sizes in half points.
inline constexpr int size_title = 44;           ///< 2号 22 pt
inline constexpr int size_body = 32;            ///< 3号 16 pt
inline constexpr int size_page_number = 28;     ///< 4号 14 pt
inline constexpr int indent_body = 640;         ///< two characters of 16 pt
inline constexpr int indent_page_number = 280;  ///< one character of 14 pt

/// A font as named in the document, then the fallbacks to try when it is
/// missing: the common Windows font of the same kind, its English name, and a
/// free font of the same shape (fontTable.xml: each names the next as
/// w:altName).
struct Font {
  std::string_view name;
  std::array<std::string_view, 3> fallbacks;
};
inline constexpr Font title_font{"方正小标宋简体", {"宋体", "SimSun", "Noto Serif CJK SC"}};
inline constexpr Font body_font{"仿宋_GB2312", {"仿宋", "FangSong", "Noto Serif CJK SC"}};
inline constexpr Font hei_font{"黑体", {"SimHei", "Noto Sans CJK SC", ""}};
inline constexpr Font kai_font{"楷体_GB2312", {"楷体", "KaiTi", "AR PL UKai CN"}};
inline constexpr Font song_font{"宋体", {"SimSun", "Noto Serif CJK SC", ""}};
inline constexpr std::string_view latin_font = "Times New Roman";

}  // namespace zongjie::word::layout
