// numbering.duplicate: the same ordinal twice at one level (一、二、三、三、),
// fixed by renumbering the level.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class NumberingDuplicateCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "numbering.duplicate"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
