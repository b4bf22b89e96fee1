// noise.artifact: download or paste debris left in the text (##paidbegin##,
// 本文档编辑密码…, page numbers, web page metadata), as the grammar knows it;
// fixed by deleting it.
#pragma once

#include "zongjie/check/check.hpp"

namespace zongjie::check {

class NoiseArtifactCheck final : public Check {
 public:
  std::string_view id() const noexcept override { return "noise.artifact"; }
  void run(Context const& ctx, Sink& out) const override;
};

}  // namespace zongjie::check
