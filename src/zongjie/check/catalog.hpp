// The rules of `zongjie check` as data (templates/check/rules.json): each
// rule's default severity, its name and explanation, and its messages (with
// {placeholders}), optionally each with a severity of its own.  Users change
// severities and wording by editing a copy of the file, not the code.
#pragma once

#include "zongjie/check/finding.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zongjie::check {

/// Values for the {name} placeholders of a message.
using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;

struct RuleInfo {
  struct Message {
    std::string key;
    std::optional<Severity> severity;  ///< none: the rule's
    std::string text;
  };
  std::string id;
  Severity severity = Severity::warning;
  std::string title;        ///< short name, in Chinese
  std::string description;  ///< what it catches, in Chinese
  std::vector<Message> messages;

  Message const* message(std::string_view key) const noexcept;
};

class Catalog {
 public:
  /// Parses rules.json; throws util::DataError naming `source`.
  static Catalog parse(std::string_view json, std::string const& source);
  /// templates/check/rules.json (the user's copy if any), parsed once.
  static std::shared_ptr<Catalog const> standard();

  RuleInfo const* find(std::string_view id) const noexcept;
  std::vector<RuleInfo> const& rules() const noexcept { return rules_; }

  /// A shared piece of wording ("words" in rules.json: level names, fix
  /// descriptions); the key itself when missing.
  std::string word(std::string_view key) const;
  /// word(key) with its {placeholders} filled.
  std::string word(std::string_view key, MessageArgs const& args) const;

 private:
  std::vector<RuleInfo> rules_;
  std::vector<std::pair<std::string, std::string>> words_;
};

/// `text` with every {name} replaced by its value in `args` (unknown names stay).
std::string format_message(std::string_view text, MessageArgs const& args);

}  // namespace zongjie::check
