// Writing findings back into the user's own .docx (word/annotate.hpp and
// Workspace::annotate_file): comments anchored on exactly the characters
// named, through runs, hyperlinks, fields, tables and tracked changes; edits
// as tracked changes; everything else in the package left alone; and the
// comments read back (deleted or answered 忽略 → suppressed).
#include "docx/docx_fixture.hpp"
#include "docx/review_helpers.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/docx/reader.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/service/workspace.hpp"
#include "zongjie/word/annotate.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace zongjie;
using test::docx::Comment;
using test::docx::make_docx;
using test::docx::Package;
using test::docx::para;

namespace {

std::string const auto_numbering = R"(
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
      <w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)";

std::string const user_comment =
    R"(<w:comment w:id="0" w:author="张三" w:date="2024-01-02T00:00:00Z" w:initials="ZS"><w:p><w:r><w:t>原有的批注</w:t></w:r></w:p></w:comment>)";

/// A package with the things a clerk's document has: runs with properties,
/// a hyperlink, a simple and a complex field, an existing comment, the
/// user's own tracked changes, a table, Word's automatic numbering, an empty
/// paragraph.
Package rich_package() {
  Package p;
  p.numbering = auto_numbering;
  p.comments = user_comment;
  p.body =
      para("一、总体情况") +
      R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">今年完成投资,比上年</w:t></w:r><w:r><w:t>增长一成。</w:t></w:r></w:p>)"
      R"(<w:p><w:hyperlink w:anchor="x"><w:r><w:t>链接里的文字</w:t></w:r></w:hyperlink><w:r><w:t>之后</w:t></w:r></w:p>)"
      R"(<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2023年5月</w:t></w:r></w:fldSimple><w:r><w:t>的日期</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)"
      R"(<w:r><w:t>页码之后</w:t></w:r></w:p>)"
      R"(<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>已有批注的</w:t></w:r><w:commentRangeEnd w:id="0"/>)"
      R"(<w:r><w:commentReference w:id="0"/></w:r>)"
      R"(<w:ins w:id="1" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:t>插入的</w:t></w:r></w:ins>)"
      R"(<w:del w:id="2" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:delText>删除的</w:delText></w:r></w:del>)"
      R"(<w:r><w:t>句子。</w:t></w:r></w:p>)"
      R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格甲</w:t></w:r></w:p></w:tc>)"
      R"(<w:tc><w:p><w:r><w:t>单元格乙,丙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)" +
      test::docx::list_para(1, 0, "自动编号的段落") + "<w:p/>" + para("末段。");
  return p;
}

std::size_t at(std::string const& text, std::string_view needle) {
  std::size_t const i = text.find(needle);
  REQUIRE(i != std::string::npos);
  return i;
}

word::Remark remark(std::string const& text, std::string_view needle, std::string tag = {}) {
  std::size_t const b = at(text, needle);
  return {b, b + needle.size(), {"说明：" + std::string(needle)}, std::move(tag)};
}

/// The parts that differ between two packages.
std::set<std::string> changed_parts(std::string_view a, std::string_view b) {
  auto const pa = test::docx::parts(a);
  auto const pb = test::docx::parts(b);
  std::set<std::string> out;
  for (auto const& [name, bytes] : pa)
    if (!pb.contains(name) || pb.at(name) != bytes) out.insert(name);
  for (auto const& [name, bytes] : pb)
    if (!pa.contains(name)) out.insert(name);
  return out;
}

std::set<std::string> const allowed = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels",
                                       "[Content_Types].xml"};

}  // namespace

TEST_CASE("comments anchor on exactly the characters named", "[docx][annotate]") {
  std::string const in = make_docx(rich_package());
  std::string const text = test::docx::read_text(in);
  REQUIRE(text.find("1.自动编号的段落") != std::string::npos);

  word::AnnotateRequest req;
  req.date = "2026-01-02T03:04:05Z";
  req.remarks = {remark(text, "比上年增长"),  remark(text, "链接里"),     remark(text, "5月"),
                 remark(text, "7页码"),       remark(text, "插入的句子"), remark(text, "单元格乙"),
                 remark(text, "1.", "abc123")};
  std::size_t const link_line = at(text, "链接里");
  req.remarks.push_back({link_line + 3, link_line + 3, {"零宽"}, {}});  // zero width: its line
  std::size_t const empty_line = at(text, "\n\n") + 1;
  req.remarks.push_back({empty_line, empty_line, {"空段"}, {}});
  auto const r = word::annotate_docx(in, req);
  CHECK(r.comments == req.remarks.size());
  CHECK(r.notes.empty());

  // The text reads as before; only the four parts changed.
  CHECK(test::docx::read_text(r.package) == text);
  auto const changed = changed_parts(in, r.package);
  for (auto const& name : changed) CHECK(allowed.count(name) == 1);
  CHECK(changed.count("word/comments.xml") == 1);

  auto const cs = test::docx::comments(r.package);
  REQUIRE(cs.size() == req.remarks.size() + 1);
  CHECK(cs[0].id == "0");
  CHECK(cs[0].author == "张三");
  std::set<std::string> ids;
  for (auto const& c : cs) ids.insert(c.id);
  CHECK(ids.size() == cs.size());
  for (std::string const taken : {"1", "2"}) CHECK_FALSE(ids.contains(taken));  // the tracked changes' ids

  auto const anchored = test::docx::anchored_text(r.package);
  CHECK(anchored.at("0") == "已有批注的");
  std::vector<std::string> const expected = {"比上年增长",     "链接里",           "5月",
                                             "7页码",          "插入的句子",       "单元格乙",
                                             "自动编号的段落", "链接里的文字之后", ""};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    Comment const& c = cs[i + 1];
    INFO(i << " " << c.text);
    CHECK(c.author == "总结检查");
    CHECK(c.initials == "ZJ");
    CHECK(c.date == "2026-01-02T03:04:05Z");
    CHECK(anchored.at(c.id) == expected[i]);
  }
  CHECK(cs[7].text == "说明：1.\n总结检查标记 abc123");
  CHECK(test::docx::parts(r.package).at("word/document.xml").find("w:name=\"_ZJ_abc123\"") != std::string::npos);
}

TEST_CASE("a package without comments gains the part, its relationship and content type", "[docx][annotate]") {
  std::string const in = make_docx(para("一、工作回顾") + para("正文一句。"));
  std::string const text = test::docx::read_text(in);
  word::AnnotateRequest req;
  req.date = "2026-01-02T03:04:05Z";
  req.remarks = {remark(text, "正文")};
  auto const r = word::annotate_docx(in, req);
  auto const p = test::docx::parts(r.package);
  CHECK(p.at("word/_rels/document.xml.rels").find("relationships/comments\" Target=\"comments.xml\"") !=
        std::string::npos);
  CHECK(p.at("[Content_Types].xml").find("/word/comments.xml") != std::string::npos);
  CHECK(test::docx::anchored_text(r.package).begin()->second == "正文");
  // Annotating the annotated package again extends its comments.
  auto const again = word::annotate_docx(r.package, req);
  CHECK(test::docx::comments(again.package).size() == 2);
  CHECK(test::docx::comments(again.package)[0].id != test::docx::comments(again.package)[1].id);
}

TEST_CASE("edits become tracked changes: accepted gives the fix, rejected the input", "[docx][annotate]") {
  std::string const in = make_docx(rich_package());
  std::string const text = test::docx::read_text(in);
  std::size_t const comma1 = at(text, "投资,") + std::string_view("投资").size();
  std::size_t const comma2 = at(text, "乙,") + std::string_view("乙").size();
  std::size_t const marker = at(text, "1.自动");
  std::size_t const last = at(text, "末段");
  word::AnnotateRequest req;
  req.date = "2026-01-02T03:04:05Z";
  req.changes = {{{comma1, comma1 + 1, "，"}},
                 {{comma2, comma2 + 1, "，"}},
                 {{marker, marker + 2, "一、"}},                             // Word's own numbering: not text
                 {{last, last + 3, "末一段"}, {last + 6, last + 6, "完"}}};  // a replacement and an insertion
  auto const r = word::annotate_docx(in, req);
  REQUIRE(r.change_written == std::vector<bool>{true, true, false, true});

  std::vector<check::Edit> applied;
  for (std::size_t g : {0, 1, 3})
    for (auto const& e : req.changes[g]) applied.push_back({e.begin, e.end, e.replacement});
  std::sort(applied.begin(), applied.end(), [](auto const& a, auto const& b) { return a.begin < b.begin; });
  CHECK(test::docx::read_text(r.package) == check::apply_edits(text, applied));
  CHECK(test::docx::read_text(test::docx::reject_all(r.package)) == test::docx::read_text(test::docx::reject_all(in)));

  std::string const xml = test::docx::parts(r.package).at("word/document.xml");
  // The inserted comma keeps the bold of the run it replaces text in, and so
  // do both halves of the split run.
  CHECK(xml.find(R"(<w:ins w:id=)") != std::string::npos);
  CHECK(xml.find(R"(w:author="总结检查")") != std::string::npos);
  CHECK(xml.find(R"(<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">，</w:t></w:r>)") != std::string::npos);
  CHECK(test::docx::find_all(xml, "<w:b/>").size() == 4);  // 今年完成投资 / , deleted / ， inserted / 比上年
  CHECK(xml.find(R"(<w:delText xml:space="preserve">,</w:delText>)") != std::string::npos);
  for (auto const& name : changed_parts(in, r.package)) CHECK(allowed.count(name) == 1);
}

TEST_CASE("a document annotated, then commented on: deleted or 忽略 comments suppress their findings",
          "[docx][annotate]") {
  auto const dir = test::docx::temp_dir("annotate-review");
  Package p;
  p.body = para("关于2023年工作总结") + para("一、工作回顾") + para("今年完成了任务,效果很好,群众满意。") +
           para("二、明年计划") + para("继续做好各项工作。");
  test::docx::write_file(dir / "in.docx", make_docx(p));
  auto ws = service::Workspace::builtin();
  service::AnnotateRequest req;
  req.date = "2026-01-02T03:04:05Z";
  auto const first = ws.annotate_file(dir / "in.docx", dir / "out.docx", req);
  auto const& findings = first.check.findings;
  REQUIRE(findings.size() >= 2);
  CHECK(first.comments == findings.size());
  std::string const out = [&] {
    std::ifstream f(dir / "out.docx", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }();

  // Read back untouched: the same findings, none suppressed, no comment text.
  auto const again = ws.check_file(dir / "out.docx", {});
  CHECK(again.findings.size() == findings.size());
  CHECK(again.suppressed == 0);
  CHECK(again.document.text == first.check.document.text);

  auto parts = test::docx::parts(out);
  std::string comments = parts.at("word/comments.xml");
  std::string const tag0 = service::review_tag(findings[0]);
  std::string const tag1 = service::review_tag(findings[1]);
  auto const comment_of = [&](std::string const& tag) {
    std::size_t const t = comments.find(tag);
    REQUIRE(t != std::string::npos);
    std::size_t const b = comments.rfind("<w:comment ", t);
    std::size_t const e = comments.find("</w:comment>", t) + std::string_view("</w:comment>").size();
    return std::pair{b, e};
  };
  auto const rewrite = [&](std::string const& doc_xml, std::string const& comments_xml) {
    std::string const bytes =
        docx::rewrite_package(out, {{"word/document.xml", doc_xml}, {"word/comments.xml", comments_xml}});
    test::docx::write_file(dir / "edited.docx", bytes);
    return ws.check_file(dir / "edited.docx", {});
  };

  SECTION("the comment deleted") {
    auto const [b, e] = comment_of(tag0);
    std::string edited = comments;
    edited.erase(b, e - b);
    auto const r = rewrite(parts.at("word/document.xml"), edited);
    CHECK(r.suppressed == 1);
    REQUIRE(r.findings.size() == findings.size() - 1);
    for (auto const& f : r.findings) CHECK(service::review_tag(f) != tag0);
  }
  SECTION("answered 忽略 by a comment on the same place") {
    std::string const id = [&] {
      auto const [b, e] = comment_of(tag1);
      std::size_t const q = comments.find("w:id=\"", b) + 6;
      return comments.substr(q, comments.find('"', q) - q);
    }();
    std::string doc_xml = parts.at("word/document.xml");
    std::size_t const start = doc_xml.find("<w:commentRangeStart w:id=\"" + id + "\"");
    REQUIRE(start != std::string::npos);
    doc_xml.insert(start, R"(<w:commentRangeStart w:id="900" />)");
    std::string edited = comments;
    edited.insert(
        edited.rfind("</w:comments>"),
        R"(<w:comment w:id="900" w:author="李四" w:date="2026-01-03T00:00:00Z"><w:p><w:r><w:t>忽略：原文如此</w:t></w:r></w:p></w:comment>)");
    auto const r = rewrite(doc_xml, edited);
    CHECK(r.suppressed == 1);
    for (auto const& f : r.findings) CHECK(service::review_tag(f) != tag1);
  }
  SECTION("answered 忽略 by a reply (commentsExtended)") {
    auto const [b, e] = comment_of(tag1);
    std::string edited = comments;
    std::size_t const last_p = edited.rfind("<w:p>", e);
    edited.replace(last_p, 5, R"(<w:p w14:paraId="0A0B0C0D">)");
    edited.replace(edited.find("<w:comments "), 12,
                   R"(<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" )");
    edited.insert(
        edited.rfind("</w:comments>"),
        R"(<w:comment w:id="901" w:author="李四"><w:p w14:paraId="1A1B1C1D"><w:r><w:t>忽略</w:t></w:r></w:p></w:comment>)");
    std::string const ext =
        R"(<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">)"
        R"(<w15:commentEx w15:paraId="1A1B1C1D" w15:paraIdParent="0A0B0C0D" w15:done="0"/></w15:commentsEx>)";
    std::string rels = parts.at("word/_rels/document.xml.rels");
    rels.insert(
        rels.rfind("</Relationships>"),
        R"(<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>)");
    std::string const bytes = docx::rewrite_package(out, {{"word/comments.xml", edited},
                                                          {"word/_rels/document.xml.rels", rels},
                                                          {"word/commentsExtended.xml", ext}});
    test::docx::write_file(dir / "edited.docx", bytes);
    auto const r = ws.check_file(dir / "edited.docx", {});
    CHECK(r.suppressed == 1);
    for (auto const& f : r.findings) CHECK(service::review_tag(f) != tag1);
  }
  SECTION("a reply that does not begin with 忽略 suppresses nothing") {
    std::string edited = comments;
    edited.insert(
        edited.rfind("</w:comments>"),
        R"(<w:comment w:id="902" w:author="李四"><w:p><w:r><w:t>已改，不必忽略</w:t></w:r></w:p></w:comment>)");
    auto const r = rewrite(parts.at("word/document.xml"), edited);
    CHECK(r.suppressed == 0);
    CHECK(r.findings.size() == findings.size());
  }
}

TEST_CASE("annotating a text file is refused with a clear error", "[docx][annotate]") {
  auto const dir = test::docx::temp_dir("annotate-text");
  test::docx::write_file(dir / "in.txt", "一、工作回顾\n正文。\n");
  auto ws = service::Workspace::builtin();
  CHECK_THROWS_WITH(ws.annotate_file(dir / "in.txt", dir / "out.docx", {}), Catch::Contains("Word 文档"));
  CHECK_FALSE(std::filesystem::exists(dir / "out.docx"));
}

TEST_CASE("deleting whole lines deletes the paragraph marks too", "[docx][annotate]") {
  std::string const in = make_docx(para("第一段。") + para("##残留##") + para("第三段。") + para("末尾残留"));
  std::string const text = test::docx::read_text(in);
  REQUIRE(text == "第一段。\n##残留##\n第三段。\n末尾残留");
  std::size_t const debris = at(text, "##残留##");
  std::size_t const tail = at(text, "\n末尾");
  word::AnnotateRequest req;
  req.date = "2026-01-02T03:04:05Z";
  req.changes = {{{debris, debris + std::string_view("##残留##\n").size(), ""}},  // a line and its break
                 {{tail, text.size(), ""}}};                                      // the break before the last line
  auto const r = word::annotate_docx(in, req);
  REQUIRE(r.change_written == std::vector<bool>{true, true});
  CHECK(test::docx::read_text(r.package) == "第一段。\n第三段。");
  CHECK(test::docx::read_text(test::docx::reject_all(r.package)) == text);
  CHECK(test::docx::parts(r.package).at("word/document.xml").find("<w:rPr><w:del ") != std::string::npos);
}

TEST_CASE("a replacement across a paragraph break, or into a table row's break, stays a comment", "[docx][annotate]") {
  std::string const in = make_docx(para("甲乙") + para("丙丁") +
                                   R"(<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格一</w:t></w:r></w:p></w:tc></w:tr>)"
                                   R"(<w:tr><w:tc><w:p><w:r><w:t>格二</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)");
  std::string const text = test::docx::read_text(in);
  std::size_t const b = at(text, "\n丙");
  std::size_t const row = at(text, "一\n格") + std::string_view("一").size();
  word::AnnotateRequest req;
  req.changes = {{{b, b + 1, "，"}}, {{row, row + 1, ""}}};
  auto const r = word::annotate_docx(in, req);
  CHECK(r.change_written == std::vector<bool>{false, false});
  CHECK(test::docx::read_text(r.package) == text);
}
