// year.mismatch: the title and the part headings disagree about the years
// (a title for 2023/2024 over a 2022年工作总结 heading, a plan heading that
// is not the year after the summary's).
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class YearMismatchCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "year.mismatch"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
