// The checker's core API, shared by `zongjie check` and the editor: build a
// Checker once (model and rule data loaded), then call check() on every
// pause in typing — it only reads the document and its outline.
#pragma once

#include "zongjie/check/check.hpp"
#include "zongjie/check/finding.hpp"
#include "zongjie/check/promises.hpp"
#include "zongjie/check/rule_data.hpp"
#include "zongjie/corpus/standard_outline.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::check {

struct CheckerOptions {
  /// What reports usually look like; none: builtin_standard_outline().
  std::optional<StandardOutline> model;
  /// The theme lexicon the outlines were built with; none: the standard one.
  std::shared_ptr<ThemeLexicon const> themes;
  /// The office lexicon (corpus_lexicon()); none: no names are known.
  std::shared_ptr<OfficeLexicon const> lexicon;
  /// Rule data; none: RuleData::standard().
  std::optional<RuleData> data;
};

/// An unknown rule id given to Checker::set_severity.
class UnknownRule : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

class Checker {
 public:
  explicit Checker(CheckerOptions options = {});
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;

  /// Every finding, ordered by position.  Never throws on odd text.
  std::vector<Finding> check(text::Document const& doc, Outline const& outline,
                             PreviousPlan const* previous = nullptr) const;

  /// Last year's report, prepared once for promise tracking (--previous).
  PreviousPlan prepare_previous(text::Document const& doc, Outline const& outline) const;

  /// Sets the severity of every message of `rule` (Severity::off turns it
  /// off); throws UnknownRule naming it.
  void set_severity(std::string_view rule, Severity severity);
  /// Back to the catalog's severities.
  void reset_severities();

  /// The ids of the registered checks, in registration order.
  std::vector<std::string> rule_ids() const;
  StandardOutline const& model() const noexcept { return model_; }
  RuleData const& data() const noexcept { return data_; }

 private:
  struct Registered;
  StandardOutline model_;
  RuleData data_;
  std::vector<Registered> checks_;
};

}  // namespace zongjie::check
