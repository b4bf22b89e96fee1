#include "zongjie/check/rules/numbering_skip.hpp"

#include "zongjie/check/rules/numbering_report.hpp"

namespace zongjie::check {

void NumberingSkipCheck::run(Context const& ctx, Sink& out) const {
  for (auto const& level : numbering::levels(ctx.outline, ctx.text()))
    for (auto const& p : numbering::problems(level)) {
      if (p.kind == numbering::Problem::Kind::duplicate) continue;
      Hit hit = numbering::problem_hit(*ctx.data.catalog, level, p, ctx.text());
      hit.message = p.kind == numbering::Problem::Kind::start ? "start" : "gap";
      out.add(std::move(hit));
    }
}

}  // namespace zongjie::check
