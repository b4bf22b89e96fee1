// wording.name-variant: a place, unit, project or person name one character
// away from a name of the office lexicon that the corpus uses far more
// often (马家弄 / 马家垄): probably a misspelling, with the known name as the
// suggestion.  Thresholds in OfficeLexicon (corpus/lexicon.hpp) and
// docs/CHECKS.md.  Inactive without a learned lexicon.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class NameVariantCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "wording.name-variant"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
