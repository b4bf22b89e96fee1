// structure.part-order: parts out of the usual order (the plan before the
// summary, 存在问题 after the plan when the corpus puts it before).
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class PartOrderCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "structure.part-order"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
