// numbering.mixed-style: markers of one family written two ways at one
// level across the report ((一) beside （二）, 1. beside 2、, 第一、 beside
// 第二，), fixed by writing the odd ones like the majority.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class NumberingMixedStyleCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "numbering.mixed-style"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
