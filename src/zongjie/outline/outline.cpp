#include "zongjie/outline/outline.hpp"

#include <array>

namespace zongjie {

namespace {
struct RoleInfo {
  PartRole role;
  std::string_view name;
  std::string_view label;
};
constexpr std::array<RoleInfo, part_role_count> roles{{
    {PartRole::preamble, "preamble", "开头"},
    {PartRole::summary, "summary", "工作总结"},
    {PartRole::problems, "problems", "存在问题"},
    {PartRole::plan, "plan", "工作计划"},
    {PartRole::closing, "closing", "结尾"},
}};
}  // namespace

std::string_view role_name(PartRole r) noexcept { return roles[static_cast<std::size_t>(r)].name; }
std::string_view role_label(PartRole r) noexcept { return roles[static_cast<std::size_t>(r)].label; }

std::optional<PartRole> role_from_name(std::string_view name) noexcept {
  for (auto const& r : roles)
    if (r.name == name || r.label == name) return r.role;
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
