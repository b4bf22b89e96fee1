// time.outdated-term: a term whose period or validity ended before the year
// of the part it stands in, written as the current line — 实施“十四五”规划
// in a plan for 2027, 学习贯彻党的十九大精神 in 2024, 扶贫办 in 2022.
// History and comparison (“十三五”以来, 与“十三五”末相比, “十四五”时期累计)
// are left alone.  The terms and cue words are in templates/check/terms.tsv.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class OutdatedTermCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "time.outdated-term"; }
  void run(Context const& ctx, Sink& out) const override;
};

/// The year a part speaks of: the plan year for the plan and the closing,
/// the report (summary) year for the others; nullopt when unknown.
std::optional<int> part_year(Outline const& o, Part const& part) noexcept;

}  // namespace zongjie::check
