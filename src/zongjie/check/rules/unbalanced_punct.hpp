// punctuation.unbalanced: a quotation mark, title mark or bracket opened and
// not closed in its paragraph (“… without ”, 《 without 》, （ without ）), or
// closed without being opened.  A quotation running over several paragraphs
// in the Chinese way (each paragraph opens with “, only the last closes) is
// balanced; item markers written with a closing bracket only (1） a）) are
// not brackets.  No fix: where the mark belongs is for the writer to say.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class UnbalancedPunctCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "punctuation.unbalanced"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
