// structure.unmirrored-theme: a theme the summary reports on that the plan
// does not take up again, or a plan section whose theme the summary never
// mentions.  Sections correspond by theme (any strong theme of both) or by
// a word their titles share, never by position.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class UnmirroredThemeCheck final : public Check {
 public:
  /// A theme is strong in a section when it scores at least this share of the section's best.
  static constexpr double strong_share = 0.5;
  static constexpr int min_score = 3;

  std::string_view id() const noexcept override { return "structure.unmirrored-theme"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
