#include "zongjie/check/rules/placeholder.hpp"

namespace zongjie::check {

void PlaceholderCheck::run(Context const& ctx, Sink& out) const {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  ctx.data.placeholders->find(ctx.text(), found);
  for (auto const& [b, e] : found) {
    if (ctx.in_debris(b, e)) continue;
    if (ctx.data.lexicon && ctx.data.lexicon->in_trusted_name(ctx.text(), b, e)) continue;
    Hit hit;
    hit.begin = b;
    hit.end = e;
    hit.message = "unfilled";
    hit.args = {{"text", std::string(ctx.text().substr(b, e - b))}};
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
