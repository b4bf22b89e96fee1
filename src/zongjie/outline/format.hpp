// The outline as JSON (the contract of docs/OUTLINE.md) and as text for people.
#pragma once

#include "zongjie/outline/outline.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace zongjie {

/// {"file","title","report_year","plan_year","parts":[…],"noise":[…]} per docs/OUTLINE.md.
nlohmann::ordered_json outline_to_json(Outline const& outline, std::string const& file);
/// An indented tree in Chinese, one heading per line, with line numbers.
std::string outline_to_text(Outline const& outline, std::string const& file);

}  // namespace zongjie
