// Helpers shared by the tests: fixtures in memory, golden-file pairs, and the
// small conversions the expectations are written in (characters, not bytes).
// No Catch2 here, so that the corpus runner (a plain program) can use it too.
#pragma once

#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::test {

/// The whole file; throws std::runtime_error naming it.
std::string read_file(std::filesystem::path const& path);

/// CPU time of this process in seconds.  Time limits are checked on it, not
/// on the wall clock, so that other work on the machine cannot fail them.
double cpu_seconds();
/// Factor for time limits: the sanitizer build (ZONGJIE_SANITIZE) is slow.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr double time_scale = 20.0;
#else
inline constexpr double time_scale = 1.0;
#endif

/// A document from UTF-8 text in memory, as the editor would hand it over.
text::Document document(std::string utf8, std::string path = "fixture.txt");
/// The outline of UTF-8 text in memory (no theme lexicon).
Outline outline_of(std::string utf8);

/// Number of characters (code points) in s[0, byte).
std::size_t char_offset(std::string_view s, std::size_t byte);

/// 1-based line and character column of the first occurrence of `needle` in
/// `text` (counted here, independently of text::LineIndex); throws when absent.
std::size_t line_of(std::string_view text, std::string_view needle);
std::size_t column_of(std::string_view text, std::string_view needle);

/// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九 (1…99), written
/// independently of the grammar's own numeral table.
std::string chinese_numeral(int n);

/// Full- and half-width punctuation folded to full width
/// (, ; : ( ) ! ? → ，；：（）！？) and surrounding blanks trimmed.
std::string fold_punct(std::string_view s);

/// One golden pair: line i of `<name>.input` is expected to give line i of
/// `<name>.expect`.  Input lines are unescaped (see unescape()); expect lines
/// are taken as written, with trailing blanks removed.
struct GoldenPair {
  std::string name;
  std::vector<std::string> input;
  std::vector<std::string> expect;
};
GoldenPair load_golden(std::filesystem::path const& dir, std::string const& name);

/// Escapes in .input lines, for what an editor would mangle or hide:
/// \t (tab), \s (space), \u{HEX} (any code point), \\ (a backslash).
std::string unescape(std::string_view line);
/// Printable form of a line for messages: tabs, NUL and blanks made visible.
std::string visible(std::string_view s);

}  // namespace zongjie::test
