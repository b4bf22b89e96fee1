// figure.inconsistent: the same indicator given two different values for
// the report's year within its summary (地区生产总值32.5亿元 … 地区生产总值31.8亿元).
// Only figures named at the start of their clause by four or more Han
// characters count, and none whose clause compares, splits or dates them
// (比上年增长, 其中, 1-10月, 2023年) — those are other values of the indicator.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class FigureInconsistentCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "figure.inconsistent"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
