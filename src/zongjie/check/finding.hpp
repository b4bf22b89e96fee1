// The one diagnostic record of `zongjie check` (and of the editor's
// underlines): rule id, severity, byte range, line/column, message, optional
// suggestion, optional fix as edits on the document text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

enum class Severity : std::uint8_t { off, info, warning, error };

/// "off", "info", "warning", "error".
std::string_view severity_name(Severity s) noexcept;
std::optional<Severity> severity_from_name(std::string_view name) noexcept;
/// As people read it: 提示, 警告, 错误.
std::string_view severity_label(Severity s) noexcept;

/// Replace text[begin, end) (bytes of Document::text) with `replacement`.
struct Edit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;

  friend bool operator==(Edit const&, Edit const&) = default;
};

struct Fix {
  std::vector<Edit> edits;  ///< sorted by begin, not overlapping
  /// Mechanical and always right (punctuation width, renumbering, debris):
  /// `check --fix` applies only these; the editor offers every fix.
  bool safe = false;
  std::string description;  ///< what it does, in Chinese
};

struct Finding {
  std::string rule;  ///< "area.rule-name", see docs/CHECKS.md
  Severity severity = Severity::warning;
  std::size_t begin = 0;  ///< bytes into Document::text
  std::size_t end = 0;
  std::size_t line = 0;    ///< 1-based
  std::size_t column = 0;  ///< 1-based, in characters
  std::size_t end_line = 0;
  std::size_t end_column = 0;  ///< one past the last character
  std::string message;
  std::optional<std::string> suggestion;
  std::optional<Fix> fix;
  /// What the finding is about, independent of where it is: the normalised
  /// sentence and the flagged words (or, for structure findings, the part or
  /// promise named).  Suppressions are keyed by rule + subject.
  std::string subject;
};

}  // namespace zongjie::check
