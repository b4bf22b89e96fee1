#include "zongjie/check/rules/numbering_skip.hpp"

#include "zongjie/check/rules/numbering_report.hpp"

namespace zongjie::check {

void NumberingSkipCheck::run(Context const& ctx, Sink& out) const {
  numbering::report_problems(
      ctx, out, [](numbering::Problem const& p) { return p.kind != numbering::Problem::Kind::duplicate; },
      [](numbering::Problem const& p, numbering::Level const&) {
        return p.kind == numbering::Problem::Kind::start ? "start" : "gap";
      });
}

}  // namespace zongjie::check
