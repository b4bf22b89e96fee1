// Promise tracking: last year's plan (its sections and items) matched against
// this year's summary.  A promise counts as reported when a part of the
// summary shares enough of its wording (runs of three Chinese characters
// beyond generic words), names what it named in quotation marks, or repeats
// its figures next to its theme.
#pragma once

#include "zongjie/check/figures.hpp"
#include "zongjie/check/rule_data.hpp"
#include "zongjie/outline/outline.hpp"
#include "zongjie/outline/promises.hpp"
#include "zongjie/text/document.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace zongjie::check {

class PreviousPlan {
 public:
  /// Share of a promise's content characters that must reappear in one part
  /// of the summary (title characters count twice).
  static constexpr double reported_share = 0.3;

  /// Last year's report; its plan part gives the promises (plan_promises(),
  /// the ones the draft writes its summary from).  A report without a plan
  /// gives none.
  PreviousPlan(text::Document const& doc, Outline const& outline, RuleData const& data);

  std::string const& path() const noexcept { return path_; }
  std::vector<Promise> const& promises() const noexcept { return promises_; }

  /// Per promise: how well this year's report (its preamble, summary and
  /// problems parts) covers it, 0…1 and above (theme bonus).
  std::vector<double> coverage(text::Document const& doc, Outline const& outline, RuleData const& data) const;
  /// A figure last year's plan set as a target (新建5个, 增长8%), with its line.
  struct Target {
    Figure figure;
    std::size_t line = 0;   ///< 1-based, in last year's file
    bool ceiling = false;   ///< a limit (控制在3%以内): less is not short of it
    bool forecast = false;  ///< an expectation (增长7%左右, 预期目标), not a promised task
  };
  std::vector<Target> const& targets() const noexcept { return targets_; }

  /// Per promise: reported or not.
  std::vector<bool> reported(text::Document const& doc, Outline const& outline, RuleData const& data) const;

 private:
  struct Terms {
    std::vector<std::uint64_t> trigrams;  ///< per content position: the trigram starting there (0 for none)
    std::vector<std::uint8_t> weight;     ///< per content position: 2 in the title, 1 in the body
    std::vector<std::string> quoted;      ///< “names” of two characters or more
    std::vector<std::string> figures;     ///< 150亩, 9条: numbers with their unit
    double total = 0;
  };
  std::string path_;
  std::vector<Promise> promises_;
  std::vector<Terms> terms_;
  std::vector<Target> targets_;
};

}  // namespace zongjie::check
