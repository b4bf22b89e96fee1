// structure.empty-section: a heading with no body — a section heading
// followed straight by the next heading while its siblings have text, or a
// part heading with nothing under it.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class EmptySectionCheck final : public Check {
 public:
  /// Longer "headings" are sentences in their own right (a list of tasks), not headings.
  static constexpr std::size_t max_heading_chars = 40;

  std::string_view id() const noexcept override { return "structure.empty-section"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
