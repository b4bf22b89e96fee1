// year.stale: a year that does not fit the report's years — the plan for
// 2024 still saying 2023年底前完成, the 2023 summary still planning for
// 2023年上半年 or reporting 截至2022年10月底, a summary calling a later year
// done.  History and comparisons (比2022年增长, 自2019年以来, 2022年度荣誉)
// are left alone.  The cue words are in templates/check/years.tsv.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class StaleYearCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "year.stale"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
