// Helpers of the structure checks: the usual order of parts, where a missing
// part would go, whether a stretch of text holds anything but blanks and debris.
#pragma once

#include "zongjie/check/check.hpp"

#include <utility>
#include <vector>

namespace zongjie::check::structure {

/// The model's order of parts, else preamble, summary, problems, plan, closing.
std::vector<PartRole> usual_order(StandardOutline const& model);
/// Rank of `role` in `order` (order.size() when absent).
std::size_t rank(std::vector<PartRole> const& order, PartRole role);

/// Where a missing part would start: the first line of the first part that
/// usually follows it, else the last line of the document.
std::pair<std::size_t, std::size_t> expected_place(Context const& ctx, PartRole role);

/// The first line of a part (its heading line when it has one), as a byte range.
std::pair<std::size_t, std::size_t> first_line(Context const& ctx, Part const& part);

/// The section's title names a part of its own (存在的困难和问题 as the last
/// section of the summary): the outline keeps it as a section, but the
/// report has that part.
std::optional<PartRole> section_names_part(Section const& s);

/// [begin, end) holds text other than blanks, line breaks and debris.
bool has_text(Context const& ctx, std::size_t begin, std::size_t end);

}  // namespace zongjie::check::structure
