#include "zongjie/outline/outline.hpp"

#include "zongjie/data/labels.hpp"

#include <array>

namespace zongjie {

namespace {
struct RoleInfo {
  PartRole role;
  std::string_view name;
};
constexpr std::array<RoleInfo, part_role_count> roles{{
    {PartRole::preamble, "preamble"},
    {PartRole::summary, "summary"},
    {PartRole::problems, "problems"},
    {PartRole::plan, "plan"},
    {PartRole::closing, "closing"},
}};
}  // namespace

std::string_view role_name(PartRole r) noexcept { return roles[static_cast<std::size_t>(r)].name; }
std::string_view role_label(PartRole r) noexcept { return data::label("part_role", role_name(r)); }

std::optional<PartRole> role_from_name(std::string_view name) noexcept {
  for (auto const& r : roles)
    if (r.name == name || role_label(r.role) == name) return r.role;
  return std::nullopt;
}

Part const* Outline::find_part(PartRole r) const noexcept {
  for (auto const& p : parts)
    if (p.role == r) return &p;
  return nullptr;
}

int Outline::part_at(std::size_t offset) const noexcept {
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (offset >= parts[i].begin && offset < parts[i].end) return static_cast<int>(i);
  return -1;
}

}  // namespace zongjie
