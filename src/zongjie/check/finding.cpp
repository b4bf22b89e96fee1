#include "zongjie/check/finding.hpp"

#include <array>

namespace zongjie::check {

namespace {
struct SeverityInfo {
  Severity severity;
  std::string_view name;
  std::string_view label;
};
constexpr std::array<SeverityInfo, 4> severities{{
    {Severity::off, "off", "关闭"},
    {Severity::info, "info", "提示"},
    {Severity::warning, "warning", "警告"},
    {Severity::error, "error", "错误"},
}};
}  // namespace

std::string_view severity_name(Severity s) noexcept { return severities[static_cast<std::size_t>(s)].name; }
std::string_view severity_label(Severity s) noexcept { return severities[static_cast<std::size_t>(s)].label; }

std::optional<Severity> severity_from_name(std::string_view name) noexcept {
  for (auto const& s : severities)
    if (s.name == name) return s.severity;
  return std::nullopt;
}

}  // namespace zongjie::check
