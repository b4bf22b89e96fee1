#include "zongjie/check/rules/missing_part.hpp"

#include "zongjie/check/rules/structure_util.hpp"

#include <algorithm>
#include <cmath>

namespace zongjie::check {

namespace {

bool title_names(Outline const& o, grammar::TitleKind k) {
  if (!o.title) return false;
  return std::any_of(o.title->components.begin(), o.title->components.end(), [&](auto const& c) { return c.kind == k; });
}

/// The title names parts (工作总结 / 工作计划) but not this one, and not the
/// whole report (工作报告): the writer meant a one-part document.
bool title_leaves_out(Outline const& o, PartRole role) {
  if (!o.title || o.title->components.empty() || title_names(o, grammar::TitleKind::report)) return false;
  auto const kind = role == PartRole::plan ? grammar::TitleKind::plan : grammar::TitleKind::summary;
  return !title_names(o, kind);
}

}  // namespace

void MissingPartCheck::run(Context const& ctx, Sink& out) const {
  auto const& o = ctx.outline;
  auto const has = [&](PartRole r) {
    if (o.find_part(r)) return true;
    for (auto const& p : o.parts)
      for (auto const& s : p.sections)
        if (structure::section_names_part(s) == r) return true;
    return false;
  };
  auto const share_of = [&](PartRole r) -> std::optional<double> {
    if (ctx.model.documents == 0) return std::nullopt;
    auto const* p = ctx.model.part(r);
    return p ? p->share : 0.0;
  };
  for (PartRole const role : {PartRole::summary, PartRole::problems, PartRole::plan}) {
    if (has(role)) continue;
    auto const share = share_of(role);
    bool const required = role != PartRole::problems;
    // Summary and plan are what a yearly report is; a corpus where most
    // reports lack one of them says otherwise.
    if (required && share && *share < usual_share) continue;
    if (!required && (!share || *share < usual_share)) continue;
    auto const [b, e] = structure::expected_place(ctx, role);
    Hit hit;
    hit.begin = b;
    hit.end = e;
    hit.subject = "part:" + std::string(role_name(role));
    hit.args = {{"part", std::string(role_label(role))}};
    if (!required) {
      hit.message = "usual";
      hit.args.emplace_back("share", std::to_string(static_cast<int>(std::lround(*share * 100))) + "%");
    } else if (title_leaves_out(o, role)) {
      hit.message = "not_in_title";
    } else {
      hit.message = "required";
    }
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
