// Reading WordprocessingML whatever prefix a part binds its namespaces to:
// the reader (docx/reader.cpp) and the writer into a user's own package
// (word/annotate.cpp) look elements and attributes up by local name.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace zongjie::docx {

/// The element's name without its prefix ("w:t" → "t").
inline std::string_view local_name(pugi::xml_node n) {
  std::string_view const name = n.name();
  std::size_t const colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// The value of the first attribute whose name without prefix is `local`; "" when none.
inline std::string_view attr_local(pugi::xml_node n, std::string_view local) {
  for (auto a : n.attributes()) {
    std::string_view const name = a.name();
    std::size_t const colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

/// Appends the text of every w:t under `n` (at most 64 levels down).
inline void all_text(pugi::xml_node n, std::string& out, int depth = 0) {
  if (depth > 64) return;
  for (auto c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    if (local_name(c) == "t") out += c.text().get();
    else all_text(c, out, depth + 1);
  }
}

}  // namespace zongjie::docx
