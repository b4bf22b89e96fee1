#include "draft_support.hpp"

#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/themes.hpp"

#include <algorithm>
#include <cstdlib>

namespace zongjie::test {

namespace fs = std::filesystem;

std::optional<fs::path> corpus_dir() {
  std::string dir;
  if (char const* env = std::getenv("ZONGJIE_CORPUS_DIR"); env && *env) dir = env;
#ifdef ZONGJIE_CORPUS_DIR
  else dir = ZONGJIE_CORPUS_DIR;
#endif
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec) || reports_in(dir).empty()) return std::nullopt;
  return fs::path(dir);
}

std::vector<fs::path> reports_in(fs::path const& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto const& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t seg = 0;
  for (std::size_t i = grammar::find_punct(text, 0); i != std::string_view::npos; i = grammar::find_punct(text, i)) {
    auto const p = grammar::punct_at(text, i);
    if (grammar::ends_clause(p.kind)) {
      std::string_view const s = grammar::trim_blanks(text.substr(seg, i - seg));
      if (!s.empty()) out.emplace_back(s);
      seg = i + p.length;
    }
    i += p.length;
  }
  std::string_view const rest = grammar::trim_blanks(text.substr(std::min(seg, text.size())));
  if (!rest.empty()) out.emplace_back(rest);
  return out;
}

LastReport::LastReport(fs::path const& file) : doc(text::load_document(file)) {
  auto const themes = ThemeLexicon::standard();
  outline = build_outline(doc, {themes.get()});
}

ReadBack::ReadBack(std::string const& text) : doc(text::document_from_text("draft.txt", text)) {
  auto const themes = ThemeLexicon::standard();
  outline = build_outline(doc, {themes.get()});
}

std::vector<check::Finding> findings(ReadBack const& d, StandardOutline const& model, std::string const& prefix) {
  check::CheckerOptions options;
  options.model = model;
  check::Checker const checker(std::move(options));
  std::vector<check::Finding> out;
  for (auto& f : checker.check(d.doc, d.outline))
    if (f.rule.starts_with(prefix)) out.push_back(std::move(f));
  return out;
}

std::string describe(std::vector<check::Finding> const& f) {
  std::string s;
  for (auto const& x : f) s += std::to_string(x.line) + ": " + x.rule + " " + x.message + "\n";
  return s;
}

}  // namespace zongjie::test
