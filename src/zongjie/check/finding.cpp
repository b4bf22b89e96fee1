#include "zongjie/check/finding.hpp"

#include "zongjie/data/labels.hpp"

#include <array>

namespace zongjie::check {

namespace {
struct SeverityInfo {
  Severity severity;
  std::string_view name;
};
constexpr std::array<SeverityInfo, 4> severities{{
    {Severity::off, "off"},
    {Severity::info, "info"},
    {Severity::warning, "warning"},
    {Severity::error, "error"},
}};
}  // namespace

std::string_view severity_name(Severity s) noexcept { return severities[static_cast<std::size_t>(s)].name; }
std::string_view severity_label(Severity s) noexcept { return data::label("severity", severity_name(s)); }

std::optional<Severity> severity_from_name(std::string_view name) noexcept {
  for (auto const& s : severities)
    if (s.name == name) return s.severity;
  return std::nullopt;
}

}  // namespace zongjie::check
