// libFuzzer target: decoding, the outline builder, sentences and the JSON
// output.  Checks the outline's own invariants on every input.
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <cstdint>
#include <cstdlib>

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  static auto const themes = zongjie::ThemeLexicon::standard();
  zongjie::text::Document doc;
  try {
    doc = zongjie::text::document_from_bytes("fuzz", std::string_view(reinterpret_cast<char const*>(data), size));
  } catch (zongjie::text::InputError const&) {
    return 0;
  }
  zongjie::Outline const o = zongjie::build_outline(doc, {themes.get()});
  std::size_t const lines = doc.lines.line_count();
  std::size_t prev_line = 0;
  for (auto const& p : o.parts) {
    require(p.line >= 1 && p.line <= lines && p.line >= prev_line);
    require(p.begin <= p.end && p.end <= doc.text.size());
    prev_line = p.line;
    for (auto const& s : p.sections) {
      require(s.line >= p.line && s.line <= lines && s.column >= 1);
      require(s.offset >= p.begin && s.offset < p.end);
      require(s.body_begin <= doc.text.size() && s.end <= p.end);
      for (auto const& i : s.items) require(i.line >= s.line && i.line <= lines && i.column >= 1);
    }
  }
  for (auto const& s : zongjie::split_sentences(doc, o)) require(s.line >= 1 && s.line <= lines && !s.text.empty());
  auto const json = zongjie::outline_to_json(o, "fuzz").dump();
  require(!json.empty());
  return 0;
}
