// zongjie_check_fix_property: `check --fix` on real reports, as properties.
//
//   zongjie_check_fix_property [--no-errors] DIR
//
// For every .txt report in DIR (the user's corpus, or the published reports
// of ../shared/realworld), read at run time and never copied:
//   1. the fixed text differs from the original only inside the edits of
//      the fixes that were applied (every byte outside them is kept, in
//      order), and written back in the document's encoding it reads back
//      as the same text;
//   2. the outline of the fixed text has the same parts (roles, headings)
//      and sections (count and titles, in their normal form);
//   3. checking the fixed text finds nothing new (by rule and flagged text);
//   4. with --no-errors: no error-severity finding but noise.artifact (the
//      reports are correct published text; their web debris is real).
//
// Exit status: 0 all hold, 1 a failure (printed) or DIR without reports, 77
// DIR absent (CTest shows the test as skipped, see SKIP_RETURN_CODE).
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/check/text_scan.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

namespace fs = std::filesystem;
using namespace zongjie;

namespace {
constexpr int skip_status = 77;

int failures = 0;

void fail(std::string const& name, std::string const& what) {
  std::cout << "FAIL  " << name << ": " << what << '\n';
  ++failures;
}

/// Property 1: outside the applied edits every byte is kept.
void check_diff(std::string const& name, text::Document const& doc, std::vector<check::Finding> const& findings,
                check::FixResult const& fixed) {
  std::vector<check::Edit> edits;
  for (std::size_t i : fixed.applied)
    for (auto const& e : findings[i].fix->edits) edits.push_back(e);
  std::sort(edits.begin(), edits.end(), [](auto const& a, auto const& b) { return a.begin < b.begin; });
  edits.erase(std::unique(edits.begin(), edits.end()), edits.end());
  std::string_view const before = doc.text;
  std::string_view const after = fixed.text;
  std::size_t pos = 0;      // in before
  std::size_t shifted = 0;  // the same place in after
  auto const kept = [&](std::size_t from, std::size_t to) {
    if (after.substr(shifted, to - from) != before.substr(from, to - from))
      fail(name, "bytes " + std::to_string(from) + "–" + std::to_string(to) + " changed outside every fix");
    shifted += to - from;
  };
  for (auto const& e : edits) {
    if (e.begin < pos) {
      fail(name, "overlapping edits applied at byte " + std::to_string(e.begin));
      return;
    }
    kept(pos, e.begin);
    if (after.substr(shifted, e.replacement.size()) != e.replacement)
      fail(name, "edit at byte " + std::to_string(e.begin) + " not applied as given");
    shifted += e.replacement.size();
    pos = e.end;
  }
  kept(pos, before.size());
  if (shifted != after.size()) fail(name, "the fixed text is longer than its edits say");
  // Written in the file's encoding and line ends, it reads back as the fixed text.
  text::Document const back = text::document_from_bytes(doc.path, check::encode_fixed(doc, fixed));
  if (back.text != fixed.text) fail(name, "the fixed bytes do not read back as the fixed text");
}

std::string part_key(Part const& p) {
  return std::string(role_name(p.role)) + " " + (p.heading ? check::scan::normalise(*p.heading) : std::string("-"));
}

/// Property 2: the same parts and sections.
void check_outline(std::string const& name, Outline const& a, Outline const& b) {
  if (a.parts.size() != b.parts.size()) {
    fail(name, "parts " + std::to_string(a.parts.size()) + " → " + std::to_string(b.parts.size()));
    return;
  }
  for (std::size_t i = 0; i < a.parts.size(); ++i) {
    auto const& pa = a.parts[i];
    auto const& pb = b.parts[i];
    if (part_key(pa) != part_key(pb)) fail(name, "part " + part_key(pa) + " → " + part_key(pb));
    if (pa.sections.size() != pb.sections.size()) {
      fail(name, "sections of " + part_key(pa) + ": " + std::to_string(pa.sections.size()) + " → " +
                     std::to_string(pb.sections.size()));
      continue;
    }
    for (std::size_t s = 0; s < pa.sections.size(); ++s)
      if (check::scan::normalise(pa.sections[s].title) != check::scan::normalise(pb.sections[s].title))
        fail(name, "section “" + pa.sections[s].title + "” → “" + pb.sections[s].title + "”");
  }
}

/// What a finding is about, where fixes elsewhere cannot move it: the
/// flagged text (normalised) or, for structure findings, the subject.
std::string finding_key(check::Finding const& f) {
  std::size_t const bar = f.subject.find("｜");
  return f.rule + " " + (bar == std::string::npos ? f.subject : f.subject.substr(bar));
}

/// Property 3: nothing new after fixing.
void check_no_new(std::string const& name, std::vector<check::Finding> const& before,
                  std::vector<check::Finding> const& after) {
  std::map<std::string, int> count;
  for (auto const& f : before) ++count[finding_key(f)];
  for (auto const& f : after)
    if (--count[finding_key(f)] < 0)
      fail(name, "new after --fix: line " + std::to_string(f.line) + " " + f.rule + "  " + f.message);
}

}  // namespace

int main(int argc, char** argv) {
  bool no_errors = false;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    std::string const a = argv[i];
    if (a == "--no-errors") no_errors = true;
    else dir = a;
  }
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) {
    std::cout << "跳过：找不到报告目录：" << (dir.empty() ? std::string("（未指定）") : dir) << "\n";
    return skip_status;
  }
  std::vector<fs::path> files;
  for (auto const& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  if (files.empty()) {
    // The folder is there but holds no report: broken data, not absent data.
    std::cout << "失败：" << dir << " 中没有 .txt 报告\n";
    return 1;
  }
  std::sort(files.begin(), files.end());
  auto const& checker = test::default_checker();
  for (auto const& path : files) {
    std::string const name = path.filename().string();
    int const failures_before = failures;
    text::Document const doc = text::load_document(path);
    Outline const outline = test::outline_with_themes(doc);
    auto const findings = checker.check(doc, outline);
    std::size_t errors = 0;
    for (auto const& f : findings) {
      if (f.severity != check::Severity::error) continue;
      ++errors;
      if (no_errors && f.rule != "noise.artifact")
        fail(name, "error on published text: line " + std::to_string(f.line) + " " + f.rule + "  " + f.message);
    }
    auto const fixed = check::apply_fixes(doc, findings);
    check_diff(name, doc, findings, fixed);
    text::Document const fixed_doc = test::document(fixed.text, path.string());
    Outline const fixed_outline = test::outline_with_themes(fixed_doc);
    check_outline(name, outline, fixed_outline);
    check_no_new(name, findings, checker.check(fixed_doc, fixed_outline));
    std::cout << (failures == failures_before ? "ok    " : "      ") << name << ": " << findings.size() << " findings, "
              << errors << " errors, " << fixed.applied.size() << " fixes applied\n";
  }
  std::cout << (failures ? std::to_string(failures) + " failures\n" : "all properties hold\n");
  return failures ? 1 : 0;
}
