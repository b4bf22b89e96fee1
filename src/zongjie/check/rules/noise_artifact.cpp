#include "zongjie/check/rules/noise_artifact.hpp"

#include "zongjie/grammar/grammar.hpp"

namespace zongjie::check {

namespace {
/// At most this many characters of the debris in the message.
constexpr std::size_t shown_bytes = 60;

std::string shown(std::string_view s) {
  if (s.size() <= shown_bytes) return std::string(s);
  std::size_t cut = shown_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}
}  // namespace

void NoiseArtifactCheck::run(Context const& ctx, Sink& out) const {
  std::string_view const text = ctx.text();
  auto const& lines = ctx.doc.lines;
  for (auto const& n : ctx.outline.noise) {
    std::size_t const ls = lines.line_start(n.line);
    std::size_t const le = lines.line_end(n.line);
    std::string_view const line = text.substr(ls, le - ls);
    std::size_t const lead = grammar::leading_blanks(line);
    std::size_t const b = ls + lead;
    std::size_t const e = ls + lead + grammar::trim_blanks(line.substr(lead)).size();
    // Delete the whole line with its line break (the last line has none:
    // the line before keeps its own).
    Edit const edit{ls, le < text.size() ? le + 1 : le, ""};
    Hit hit;
    hit.begin = b;
    hit.end = e;
    hit.message = "line";
    hit.args = {{"text", shown(text.substr(b, e - b))}};
    hit.fix = Fix{{edit}, true, ctx.data.catalog->word("fix.delete_line", {{"line", std::to_string(n.line)}})};
    out.add(std::move(hit));
  }
  for (auto const& r : ctx.outline.debris) {
    std::string_view const d = text.substr(r.begin, r.end - r.begin);
    Hit hit;
    hit.begin = r.begin;
    hit.end = r.end;
    hit.message = "inline";
    hit.args = {{"text", shown(d)}};
    hit.fix = Fix{{{r.begin, r.end, ""}}, true, ctx.data.catalog->word("fix.delete", {{"text", shown(d)}})};
    out.add(std::move(hit));
  }
}

}  // namespace zongjie::check
