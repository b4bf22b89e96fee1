// Documents written by a real office suite: examples/*.txt and the user's
// corpus converted to .docx by LibreOffice once per test run (the CTest
// fixture docx:office-convert, tests/docx/convert_office.cmake), then
// annotated.  Registered by hand (tests/docx/CMakeLists.txt) with the
// converted folder; skipped when LibreOffice is not installed.
#include "docx/review_helpers.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/service/workspace.hpp"
#include "zongjie/word/annotate.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

using namespace zongjie;
namespace fs = std::filesystem;

namespace {

std::string slurp(fs::path const& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

std::vector<fs::path> converted() {
  char const* dir = std::getenv("ZONGJIE_OFFICE_DIR");
  REQUIRE(dir != nullptr);
  std::vector<fs::path> out;
  for (auto const& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".docx" && e.path().filename().string().find(".annotated") == std::string::npos)
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  REQUIRE_FALSE(out.empty());
  return out;
}

std::string trim_newlines(std::string s) {
  while (!s.empty() && s.front() == '\n') s.erase(0, 1);
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

std::set<std::string> const allowed = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels",
                                       "[Content_Types].xml"};

}  // namespace

TEST_CASE("LibreOffice documents annotated: one comment per finding, on its text, nothing else changed", "[office]") {
  auto ws = service::Workspace::builtin();
  for (auto const& in : converted()) {
    INFO(in.string());
    std::string const bytes = slurp(in);
    fs::path const out = fs::path(in).replace_extension(".annotated.docx");
    service::AnnotateRequest req;
    auto const r = ws.annotate_file(in, out, req);
    auto const& findings = r.check.findings;
    std::string const annotated = slurp(out);
    std::string const& text = r.check.document.text;

    CHECK(r.comments == findings.size());
    CHECK(test::docx::read_text(annotated) == test::docx::read_text(bytes));
    auto const pin = test::docx::parts(bytes);
    auto const pout = test::docx::parts(annotated);
    for (auto const& [name, content] : pin)
      if (!allowed.contains(name)) {
        INFO(name);
        CHECK(pout.count(name) == 1);
        CHECK(pout.at(name) == content);
      }
    for (auto const& [name, content] : pout) CHECK((pin.count(name) == 1 || allowed.count(name) == 1));

    auto const comments = test::docx::comments(annotated);
    auto const anchored = test::docx::anchored_text(annotated);
    REQUIRE(comments.size() == findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
      auto const& f = findings[i];
      INFO(f.rule << " " << f.line << ":" << f.column);
      CHECK(comments[i].author == "总结检查");
      CHECK(comments[i].text.find(f.rule) != std::string::npos);
      std::string expected = text.substr(f.begin, f.end - f.begin);
      if (trim_newlines(expected).empty()) {  // zero width: its line
        std::size_t const b = f.begin == 0 ? 0 : text.rfind('\n', f.begin - 1) + 1;
        std::size_t const e = std::min(text.find('\n', f.begin), text.size());
        expected = text.substr(b, e - b);
      }
      CHECK(trim_newlines(anchored.at(comments[i].id)) == trim_newlines(expected));
    }
  }
}

TEST_CASE("LibreOffice documents annotated with fixes: accepted is check --fix, rejected is the input", "[office]") {
  auto ws = service::Workspace::builtin();
  for (auto const& in : converted()) {
    INFO(in.string());
    std::string const bytes = slurp(in);
    fs::path const out = fs::path(in).replace_extension(".annotated-fix.docx");
    service::AnnotateRequest req;
    req.fix = true;
    auto const r = ws.annotate_file(in, out, req);
    std::string const annotated = slurp(out);
    // What `check --fix` makes of the same text.
    check::FixResult const fixed = check::apply_fixes(r.check.document, r.check.findings);
    CHECK(r.comment_only.empty());  // no automatic numbering in these documents
    CHECK(r.changed.size() == fixed.applied.size());
    CHECK(test::docx::read_text(annotated) == fixed.text);
    CHECK(test::docx::read_text(test::docx::reject_all(annotated)) == test::docx::read_text(bytes));
  }
}
