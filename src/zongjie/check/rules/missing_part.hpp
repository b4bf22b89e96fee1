// structure.missing-part: a part the report should have is absent — the
// summary or the plan (error), or a part most reports of the corpus have,
// such as 存在问题 when its share is at least one half (warning).
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class MissingPartCheck final : public Check {
 public:
  /// A part that at least this share of the corpus has is expected.
  static constexpr double usual_share = 0.5;

  std::string_view id() const noexcept override { return "structure.missing-part"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
