// The outline builder: the phases of zongjie/outline/build/, in order (see
// build/context.hpp for what each does).
#include "zongjie/outline/builder.hpp"

#include "zongjie/outline/build/context.hpp"

namespace zongjie {

Outline build_outline(text::Document const& doc, OutlineOptions const& options) {
  build::Context ctx(doc, options);
  build::read_lines(ctx);
  build::find_title_block(ctx);
  build::find_parts(ctx);
  for (auto& part : ctx.outline.parts)
    for (auto& section : part.sections) build::find_items(ctx, section);
  build::assign_themes(ctx);
  build::find_years(ctx);
  return std::move(ctx.outline);
}

}  // namespace zongjie
