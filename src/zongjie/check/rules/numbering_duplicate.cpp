#include "zongjie/check/rules/numbering_duplicate.hpp"

#include "zongjie/check/rules/numbering_report.hpp"

namespace zongjie::check {

void NumberingDuplicateCheck::run(Context const& ctx, Sink& out) const {
  numbering::report_problems(
      ctx, out, [](numbering::Problem const& p) { return p.kind == numbering::Problem::Kind::duplicate; },
      // Where the outline is unsure of the level (a heading it did not place,
      // a sibling marker it put elsewhere), the repetition may be its own
      // misreading: a warning, and no renumbering.
      [](numbering::Problem const&, numbering::Level const& level) {
        return level.certain ? "repeated" : "repeated_uncertain";
      });
}

}  // namespace zongjie::check
