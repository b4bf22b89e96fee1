// figure.below-target (with --previous): a figure last year's plan set
// (新建5个, 完成1000亩, 增长8%, 投资2.3亿元) reported lower in this year's
// summary (新建3个) with no reason given nearby (因, 由于, 受…影响, 未完成,
// 正在 …).  Units are normalised (万元/亿元, 亩/公顷); a target met or
// exceeded anywhere in the summary, or a limit (控制在3%以内), is not reported.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class FigureBelowTargetCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "figure.below-target"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
