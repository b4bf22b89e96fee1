#include "zongjie/outline/promises.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

namespace zongjie {

std::vector<Promise> plan_promises(text::Document const& doc, Outline const& outline) {
  std::string_view const text = doc.text;
  std::vector<Promise> out;
  for (auto const& part : outline.parts) {
    if (part.role != PartRole::plan) continue;
    if (part.sections.empty()) {
      std::vector<std::pair<std::size_t, std::size_t>> paras;
      std::size_t first_line = doc.lines.line_of(part.begin) + (part.heading ? 1 : 0);
      for (std::size_t line = first_line; line <= part.end_line && line <= doc.lines.line_count(); ++line) {
        std::size_t const b = doc.lines.line_start(line), e = doc.lines.line_end(line);
        if (!grammar::trim_blanks(text.substr(b, e - b)).empty()) paras.emplace_back(b, e);
      }
      for (std::size_t k = paras.size() > 1 ? 1 : 0; k < paras.size(); ++k) {
        auto const [b, e] = paras[k];
        // The title of a paragraph: up to its first punctuation other than 、.
        std::size_t title_end = e;
        for (std::size_t i = grammar::find_punct(text.substr(0, e), b); i != std::string_view::npos;
             i = grammar::find_punct(text.substr(0, e), i + 1))
          if (grammar::punct_at(text, i).kind != grammar::Punct::dun) {
            title_end = i;
            break;
          }
        Promise p;
        p.title = std::string(grammar::trim_blanks(text.substr(b, title_end - b)));
        p.line = doc.lines.line_of(b);
        p.begin = b;
        p.title_end = title_end;
        p.end = e;
        p.paragraph = true;
        out.push_back(std::move(p));
      }
      continue;
    }
    for (auto const& s : part.sections) {
      Promise p;
      p.title = s.title;
      p.line = s.line;
      p.theme = s.theme;
      p.begin = s.offset;
      p.title_end = std::min(s.body_begin, s.end);
      p.end = s.end;
      int const section_index = static_cast<int>(out.size());
      out.push_back(std::move(p));
      for (std::size_t k = 0; k < s.items.size(); ++k) {
        Item const& it = s.items[k];
        std::size_t const end = k + 1 < s.items.size() ? s.items[k + 1].offset : s.end;
        Promise ip;
        ip.title = it.title;
        ip.line = it.line;
        ip.item = true;
        ip.section = section_index;
        ip.theme = s.theme;
        ip.begin = it.offset;
        ip.title_end = std::min(end, it.offset + (it.marker ? it.marker->text.size() : 0) + it.title.size());
        ip.end = end;
        out.push_back(std::move(ip));
      }
    }
  }
  return out;
}

}  // namespace zongjie
