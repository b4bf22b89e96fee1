// The one place that lists the checks (no static self-registration: a static
// library would drop it).
#pragma once

#include "zongjie/check/check.hpp"

#include <memory>
#include <vector>

namespace zongjie::check {

/// One instance of every check, in the order of the rule table of docs/CHECKS.md.
std::vector<std::unique_ptr<Check const>> make_checks();

}  // namespace zongjie::check
