#include "zongjie/check/rules/numbering_duplicate.hpp"

#include "zongjie/check/rules/numbering_report.hpp"

namespace zongjie::check {

void NumberingDuplicateCheck::run(Context const& ctx, Sink& out) const {
  numbering::report_problems(
      ctx, out, [](numbering::Problem const& p) { return p.kind == numbering::Problem::Kind::duplicate; },
      [](numbering::Problem const&) { return "repeated"; });
}

}  // namespace zongjie::check
