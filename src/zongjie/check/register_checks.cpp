#include "zongjie/check/register_checks.hpp"

#include "zongjie/check/rules/confusable.hpp"
#include "zongjie/check/rules/empty_section.hpp"
#include "zongjie/check/rules/figure_below_target.hpp"
#include "zongjie/check/rules/figure_inconsistent.hpp"
#include "zongjie/check/rules/half_width_punct.hpp"
#include "zongjie/check/rules/missing_part.hpp"
#include "zongjie/check/rules/name_variant.hpp"
#include "zongjie/check/rules/noise_artifact.hpp"
#include "zongjie/check/rules/numbering_duplicate.hpp"
#include "zongjie/check/rules/numbering_mixed_style.hpp"
#include "zongjie/check/rules/numbering_skip.hpp"
#include "zongjie/check/rules/outdated_term.hpp"
#include "zongjie/check/rules/part_order.hpp"
#include "zongjie/check/rules/placeholder.hpp"
#include "zongjie/check/rules/promise_unreported.hpp"
#include "zongjie/check/rules/relative_word.hpp"
#include "zongjie/check/rules/stale_year.hpp"
#include "zongjie/check/rules/unbalanced_punct.hpp"
#include "zongjie/check/rules/unmirrored_theme.hpp"
#include "zongjie/check/rules/year_mismatch.hpp"

namespace zongjie::check {

std::vector<std::unique_ptr<Check const>> make_checks() {
  std::vector<std::unique_ptr<Check const>> c;
  c.push_back(std::make_unique<MissingPartCheck>());
  c.push_back(std::make_unique<PartOrderCheck>());
  c.push_back(std::make_unique<UnmirroredThemeCheck>());
  c.push_back(std::make_unique<EmptySectionCheck>());
  c.push_back(std::make_unique<NumberingDuplicateCheck>());
  c.push_back(std::make_unique<NumberingSkipCheck>());
  c.push_back(std::make_unique<NumberingMixedStyleCheck>());
  c.push_back(std::make_unique<PlaceholderCheck>());
  c.push_back(std::make_unique<StaleYearCheck>());
  c.push_back(std::make_unique<YearMismatchCheck>());
  c.push_back(std::make_unique<HalfWidthPunctCheck>());
  c.push_back(std::make_unique<UnbalancedPunctCheck>());
  c.push_back(std::make_unique<NoiseArtifactCheck>());
  c.push_back(std::make_unique<ConfusableCheck>());
  c.push_back(std::make_unique<NameVariantCheck>());
  c.push_back(std::make_unique<PromiseCheck>());
  c.push_back(std::make_unique<OutdatedTermCheck>());
  c.push_back(std::make_unique<RelativeWordCheck>());
  c.push_back(std::make_unique<FigureBelowTargetCheck>());
  c.push_back(std::make_unique<FigureInconsistentCheck>());
  return c;
}

}  // namespace zongjie::check
