// promise.unreported: with last year's report (--previous), a section or item
// of last year's plan that this year's summary does not report on.  The
// finding points at this year's summary and names the promise and where it
// was made (file:line).  A section left out entirely is one finding, not one
// per item.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class PromiseCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "promise.unreported"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
