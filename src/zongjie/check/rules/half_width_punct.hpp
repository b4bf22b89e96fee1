// punctuation.half-width: ASCII , ; : ( ) ? ! used in Chinese text — next to
// Chinese characters, not inside numbers (1,000  10:30), URLs or Latin
// words.  One finding per line, fixed by writing them full width (and
// dropping the ASCII space that followed a comma).
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class HalfWidthPunctCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "punctuation.half-width"; }
  void run(Context const& ctx, Sink& out) const override;
};

/// The half-width punctuation of `line` that should be full width, as edits
/// (offsets into `line`); `debris` (ranges of the line) is looked through
/// when deciding what a mark stands next to.  Exposed for tests.
std::vector<Edit> half_width_edits(std::string_view line,
                                   std::vector<std::pair<std::size_t, std::size_t>> const& debris = {});

}  // namespace zongjie::check
