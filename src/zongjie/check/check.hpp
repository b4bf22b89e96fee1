// What one check sees and how it reports.  A check is a small class with an
// id (`area.rule-name`, see docs/CHECKS.md) that reads the Context and hands Hits
// to a Sink; the Checker turns hits into Findings (severity from the catalog
// and the user's overrides, message text, line/column, suppression subject).
// Checks are registered in register_checks.cpp.
#pragma once

#include "zongjie/check/catalog.hpp"
#include "zongjie/check/finding.hpp"
#include "zongjie/check/rule_data.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/grammar/ast.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/text/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

class PreviousPlan;

struct Context {
  text::Document const& doc;
  Outline const& outline;
  StandardOutline const& model;
  RuleData const& data;
  PreviousPlan const* previous = nullptr;  ///< last year's plan (--previous), if given
  /// Byte ranges that are not report text (debris lines and debris inside
  /// lines), sorted: word-level checks leave them alone.
  std::vector<grammar::ByteRange> const& not_text;

  std::string_view text() const noexcept { return doc.text; }
  /// [begin, end) overlaps a range of not_text.
  bool in_debris(std::size_t begin, std::size_t end) const noexcept;
  /// The whole line (1-based) is debris.
  bool is_noise_line(std::size_t line) const noexcept;
};

/// What a check reports; the Checker makes a Finding of it.
struct Hit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view message;  ///< key of the message in the rule's catalog entry
  MessageArgs args;
  std::optional<std::string> suggestion;
  std::optional<Fix> fix;
  /// Suppression subject; "" means: the sentence around `begin` and the text of [begin, end).
  std::string subject;
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void add(Hit hit) = 0;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view id() const noexcept = 0;
  virtual void run(Context const& ctx, Sink& out) const = 0;
};

}  // namespace zongjie::check
