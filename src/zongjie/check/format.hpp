// Findings as the CLI prints them (and as scripts read them): text for
// people, JSON (the DESIGN contract), and gcc's one-line form for editors
// and CI.  Kept apart from the checks.
#pragma once

#include "zongjie/check/finding.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace zongjie::check {

/// [{"rule","severity","line","column","message","suggestion"?, …}]; each
/// object also carries "file", "end_line", "end_column" and "fixable".
nlohmann::ordered_json findings_to_json(std::vector<Finding> const& findings, std::string const& file);
/// FILE:LINE:COL: severity: message [rule], one per line.
std::string findings_to_gcc(std::vector<Finding> const& findings, std::string const& file);
/// For people, in Chinese: one finding a line with its suggestion indented below.
std::string findings_to_text(std::vector<Finding> const& findings, std::string const& file);

}  // namespace zongjie::check
