// Fixes: only the fixed bytes change — in UTF-8, GB18030, UTF-16 with BOM,
// CRLF and CR files; line ends follow removed lines.  (Writing the file back
// is text::write_file_atomically, tested in tests/text/file_test.cpp.)
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/fix.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace zongjie;

namespace {

/// A report with one of each safe fix: half-width commas, a repeated
/// section number, inline debris and a debris line.
std::string const defective =
    "一、2024年工作总结\n"
    "（一）产业发展\n"
    "全年新引进企业5家,完成投资3.6亿元。\n"
    "（二）生态环境\n"
    "##paidbegin##完成农村改厕860户。\n"
    "（二）民生保障\n"
    "发放救助资金420万元。\n"
    "本文档编辑密码：abc123\n"
    "二、2025年工作计划\n"
    "（一）做强产业。新引进企业6家。\n"
    "（二）改善民生。新建养老服务站2个。\n";

std::string const repaired =
    "一、2024年工作总结\n"
    "（一）产业发展\n"
    "全年新引进企业5家，完成投资3.6亿元。\n"
    "（二）生态环境\n"
    "完成农村改厕860户。\n"
    "（三）民生保障\n"
    "发放救助资金420万元。\n"
    "二、2025年工作计划\n"
    "（一）做强产业。新引进企业6家。\n"
    "（二）改善民生。新建养老服务站2个。\n";

/// Length of the common prefix and of the common suffix of a and b.
std::pair<std::size_t, std::size_t> common_ends(std::string_view a, std::string_view b) {
  std::size_t p = 0;
  while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
  std::size_t q = 0;
  while (q < a.size() - p && q < b.size() - p && a[a.size() - 1 - q] == b[b.size() - 1 - q]) ++q;
  return {p, q};
}

}  // namespace

TEST_CASE("fix: every safe fix applied, text elsewhere byte-identical", "[check][fix]") {
  auto const doc = test::document(defective);
  auto const findings = test::default_checker().check(doc, test::outline_with_themes(doc));
  auto const result = check::apply_fixes(doc, findings);
  CHECK(result.text == repaired);
  CHECK(result.skipped.empty());
  // Each fix alone changes nothing before its first edit or after its last.
  std::size_t fixes = 0;
  for (auto const& f : findings) {
    if (!f.fix || !f.fix->safe) continue;
    ++fixes;
    INFO(f.rule << " line " << f.line);
    auto const one = check::apply_fixes(doc, {f});
    auto const [prefix, suffix] = common_ends(defective, one.text);
    CHECK(prefix >= f.fix->edits.front().begin);
    CHECK(suffix >= defective.size() - f.fix->edits.back().end);
    CHECK(one.text != defective);
  }
  CHECK(fixes == 4);  // half-width, duplicate, inline debris, debris line
  // Nothing fixable is left.
  for (auto const& f : test::check_text(result.text)) CHECK_FALSE((f.fix && f.fix->safe));
}

TEST_CASE("fix: unsafe fixes are only applied on request", "[check][fix]") {
  std::string const text = "在全镇营造比学赶超的浓厚范围。\n";
  auto const doc = test::document(text);
  auto const findings = test::check_text(text);
  CHECK(check::apply_fixes(doc, findings).text == text);
  CHECK(check::apply_fixes(doc, findings, false).text == "在全镇营造比学赶超的浓厚氛围。\n");
}

TEST_CASE("fix: identical edits from two rules are applied once, overlapping ones skipped", "[check][fix]") {
  auto const doc = test::document("甲乙丙丁\n");
  check::Finding a, b, c;
  a.fix = check::Fix{{{0, 3, "子"}}, true, ""};
  b.fix = check::Fix{{{0, 3, "子"}}, true, ""};
  c.fix = check::Fix{{{3, 9, "丑"}, {0, 6, "寅"}}, true, ""};
  auto const r = check::apply_fixes(doc, {a, b, c});
  CHECK(r.text == "子乙丙丁\n");
  CHECK(r.applied == std::vector<std::size_t>{0, 1});
  CHECK(r.skipped == std::vector<std::size_t>{2});
}

TEST_CASE("fix: encodings and line ends are kept, byte for byte outside the fixes", "[check][fix]") {
  struct Case {
    text::Encoding encoding;
    std::vector<text::LineEnd> ends;
  };
  using text::LineEnd;
  std::size_t const lines = 12;  // the defective report has 11 lines and a final empty one
  auto const all = [&](LineEnd e) {
    std::vector<LineEnd> v(lines, e);
    v.back() = LineEnd::none;
    return v;
  };
  std::vector<LineEnd> mixed = all(LineEnd::crlf);
  mixed[7] = LineEnd::lf;  // the debris line, which the fix removes
  mixed[2] = LineEnd::cr;
  auto const c = GENERATE_COPY(Case{text::Encoding::utf8, all(LineEnd::crlf)},
                               Case{text::Encoding::utf8_bom, all(LineEnd::lf)},
                               Case{text::Encoding::gb18030, all(LineEnd::crlf)},
                               Case{text::Encoding::utf16le, all(LineEnd::crlf)},
                               Case{text::Encoding::utf16be, all(LineEnd::cr)}, Case{text::Encoding::utf8, mixed});
  std::string const bytes = text::encode(defective, c.encoding, c.ends);
  text::Document const doc = text::document_from_bytes("report.txt", bytes);
  REQUIRE(doc.text == defective);
  auto const findings = test::default_checker().check(doc, test::outline_with_themes(doc));
  auto const result = check::apply_fixes(doc, findings);
  REQUIRE(result.text == repaired);
  // The expected bytes: the repaired text with the original line ends, the
  // removed debris line taking its line end with it.
  std::vector<LineEnd> ends = c.ends;
  ends.erase(ends.begin() + 7);
  CHECK(check::encode_fixed(doc, result) == text::encode(repaired, c.encoding, ends));
  text::Document const back = text::document_from_bytes("report.txt", check::encode_fixed(doc, result));
  CHECK(back.encoding == doc.encoding);
  CHECK(back.text == repaired);
}

TEST_CASE("fix: debris on the last line, without a final line break", "[check][fix]") {
  std::string const text = test::clean_report() + "##paidend##";
  auto const doc = test::document(text);
  auto const findings = test::default_checker().check(doc, test::outline_with_themes(doc));
  auto const r = check::apply_fixes(doc, findings);
  CHECK(r.text == test::clean_report());
  CHECK(check::encode_fixed(doc, r) == r.text);
}

TEST_CASE("fix: one pass fixes everything fixable in the drafts", "[check][fix]") {
  for (auto const& e :
       std::filesystem::directory_iterator(std::filesystem::path(ZONGJIE_TEST_DATA_DIR) / "check" / "drafts")) {
    if (e.path().extension() != ".txt") continue;
    INFO(e.path().filename().string());
    text::Document const doc = text::load_document(e.path());
    auto const result = check::apply_fixes(doc, test::default_checker().check(doc, test::outline_with_themes(doc)));
    CHECK(result.skipped.empty());
    std::size_t left = 0;
    for (auto const& f : test::check_text(result.text)) left += f.fix && f.fix->safe;
    CHECK(left == 0);
  }
}
