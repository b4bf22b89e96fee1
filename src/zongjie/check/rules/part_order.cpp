#include "zongjie/check/rules/part_order.hpp"

#include "zongjie/check/rules/structure_util.hpp"

namespace zongjie::check {

void PartOrderCheck::run(Context const& ctx, Sink& out) const {
  auto const order = structure::usual_order(ctx.model);
  Part const* latest = nullptr;  // the part with the highest rank so far
  for (auto const& p : ctx.outline.parts) {
    std::size_t const r = structure::rank(order, p.role);
    if (r >= order.size()) continue;  // a role the corpus never has: no usual place
    if (latest && r < structure::rank(order, latest->role) && p.role != latest->role) {
      auto const [b, e] = structure::first_line(ctx, p);
      Hit hit;
      hit.begin = b;
      hit.end = e;
      hit.message = "before";
      hit.args = {{"part", std::string(role_label(p.role))}, {"other", std::string(role_label(latest->role))}};
      hit.subject = "order:" + std::string(role_name(p.role)) + "<" + std::string(role_name(latest->role));
      out.add(std::move(hit));
      continue;
    }
    if (!latest || r > structure::rank(order, latest->role)) latest = &p;
  }
}

}  // namespace zongjie::check
