// wording.confusable: a known confusable of official writing (浓厚范围 →
// 浓厚氛围, 截止目前 → 截至目前, 即…又 → 既…又) from templates/check/confusables.tsv.
// The replacement is offered as a quick fix, not applied by --fix: a word
// list cannot be sure of the meaning.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class ConfusableCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "wording.confusable"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
