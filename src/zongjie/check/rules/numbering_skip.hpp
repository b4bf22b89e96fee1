// numbering.skip: a gap in the numbering of one level (一、二、四、) or a
// sequence that does not start at one, fixed by renumbering the level.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class NumberingSkipCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "numbering.skip"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
