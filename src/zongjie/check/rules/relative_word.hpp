// time.relative-word: 今年/明年/去年/上年/本年度 that contradict the part's
// year.  A report written at year end says 今年 for the summary year and 明年
// for the plan; one delivered early in the next year (a 政府工作报告) says 去年
// and 今年.  The convention is read from the report's own usage (at least two
// uses and twice as many as the other convention has); the minority is reported.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class RelativeWordCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "time.relative-word"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
