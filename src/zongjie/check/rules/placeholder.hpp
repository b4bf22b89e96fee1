// placeholder.unfilled: placeholders left in the draft (XX乡, ×××, *乡,
// x村, 某某, 【】, ____, 21.X%), as described in templates/check/placeholders.tsv.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class PlaceholderCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "placeholder.unfilled"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
