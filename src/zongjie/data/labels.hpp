// What users read for the program's own names: part roles, severities,
// outline levels, marker styles, phrase kinds.  One data file,
// templates/labels.json, keyed by the names the program and its files use
// ("summary", "error", "section" …); the layers above wrap these in typed
// functions (role_label(PartRole), severity_label(Severity) …).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zongjie::data {

/// The label of `key` in `group` ("part_role", "severity", "level",
/// "marker_style", "phrase_kind"); `key` itself when the file has none.
/// Read once from templates/labels.json (a user's copy first; the built-in
/// one when that copy is unreadable).  The view stays valid for the
/// program's lifetime.
std::string_view label(std::string_view group, std::string_view key) noexcept;

/// The (key, label) pairs of `group` in the file's order; empty when unknown.
std::vector<std::pair<std::string, std::string>> const& labels(std::string_view group) noexcept;

}  // namespace zongjie::data
