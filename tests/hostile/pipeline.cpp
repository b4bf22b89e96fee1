#include "hostile/pipeline.hpp"

#include "support/test_support.hpp"

#include "zongjie/check/checker.hpp"
#include "zongjie/check/format.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <algorithm>
#include <stdexcept>

namespace zongjie::test::hostile {

Outcome run_pipeline(std::filesystem::path const& path) {
  // Made once, as the CLI makes them once per run.
  static auto const themes = ThemeLexicon::standard();
  static check::Checker const checker = [] {
    check::CheckerOptions options;
    options.themes = themes;
    return check::Checker(std::move(options));
  }();
  Outcome o;
  double t = cpu_seconds();
  auto const lap = [&t] {  // CPU seconds since the last lap
    double const now = cpu_seconds();
    double const took = now - t;
    t = now;
    return took;
  };
  double read = 0;
  try {
    text::Document const doc = text::load_document(path);
    read = lap();
    Outline const outline = build_outline(doc, {themes.get()});
    double const outlined = lap();
    std::vector<Sentence> const sentences = split_sentences(doc, outline);
    double const split = lap();
    std::vector<check::Finding> const findings = checker.check(doc, outline);
    double const checked = lap();
    std::string const json = outline_to_json(outline, path.string()).dump();
    double const outline_json = lap();
    std::string const found = check::findings_to_json(findings, path.string()).dump();
    double const findings_json = lap();
    if (json.empty() || found.empty()) throw std::logic_error("empty JSON");
    o.cpu_seconds = read + outlined + std::max({outline_json, split, checked + findings_json});
    o.accepted = true;
    o.lines = doc.lines.line_count();
    o.findings = findings.size();
    if (doc.text.size() <= 1024 * 1024) o.text = doc.text;
  } catch (text::InputError const& e) {
    o.message = e.what();
    o.error_path = e.path();
    o.cpu_seconds = read + lap();
  }
  return o;
}

}  // namespace zongjie::test::hostile
