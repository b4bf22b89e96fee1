// A document zongjie annotated comes back: annotated again (no second
// comment for a finding already there), or saved by Word or WPS with replies
// and resolved comments in the forms they write them (commentsExtended:
// w15:paraIdParent, w15:done; the reply's text split over runs, blanks and a
// full-width colon around 忽略).  The packages are built here by hand from
// zongjie's own output, the way those programs rewrite it.
#include "docx/docx_fixture.hpp"
#include "docx/review_helpers.hpp"

#include "zongjie/docx/zip.hpp"
#include "zongjie/service/workspace.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

using namespace zongjie;
using test::docx::make_docx;
using test::docx::Package;
using test::docx::para;

namespace {

std::string slurp(std::filesystem::path const& file) {
  std::ifstream f(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

/// Three findings on three lines: two half-width commas and a missing part.
Package report() {
  Package p;
  p.body = para("关于2023年工作总结") + para("一、工作回顾") + para("今年完成了任务,效果很好。") +
           para("全年群众满意度提高,达到九成。") + para("二、明年计划") + para("继续做好各项工作。");
  return p;
}

std::string save(pugi::xml_document const& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

/// comments.xml as Word 2013 and later (and WPS) save it: every paragraph
/// gets a w14:paraId and w14:textId.
struct Saved {
  std::string comments;
  std::map<std::string, std::string> para_of;  ///< finding tag → paraId of its comment's last paragraph
  std::map<std::string, std::string> id_of;    ///< finding tag → comment id
  std::vector<std::string> all_paras;          ///< the last paraId of every comment
};

Saved as_word_saves(std::string const& comments_xml) {
  pugi::xml_document d;
  REQUIRE(d.load_buffer(comments_xml.data(), comments_xml.size(), pugi::parse_default | pugi::parse_declaration));
  pugi::xml_node root = d.document_element();
  root.append_attribute("xmlns:w14") = "http://schemas.microsoft.com/office/word/2010/wordml";
  Saved s;
  int n = 0x3A000001;
  for (pugi::xml_node c : root.children("w:comment")) {
    std::string last, tag;
    for (pugi::xml_node p : c.children("w:p")) {
      char id[9];
      std::snprintf(id, sizeof id, "%08X", n++);
      p.prepend_attribute("w14:textId") = "77777777";
      p.prepend_attribute("w14:paraId") = id;
      last = id;
      std::string text;
      for (pugi::xml_node r : p.children("w:r")) text += r.child("w:t").text().get();
      if (text.rfind("总结检查标记 ", 0) == 0) tag = text.substr(std::string_view("总结检查标记 ").size());
    }
    s.all_paras.push_back(last);
    if (!tag.empty()) {
      s.para_of[tag] = last;
      s.id_of[tag] = c.attribute("w:id").value();
    }
  }
  s.comments = save(d);
  return s;
}

constexpr std::string_view w15_ns = "http://schemas.microsoft.com/office/word/2012/wordml";

/// A commentsExtended part: one w15:commentEx per (paraId, parent, done).
std::string comments_extended(std::vector<std::tuple<std::string, std::string, bool>> const& entries) {
  std::string x = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                  R"(<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
                  R"(xmlns:w15=")" +
                  std::string(w15_ns) + R"(" mc:Ignorable="w15">)";
  for (auto const& [para, parent, done] : entries) {
    x += R"(<w15:commentEx w15:paraId=")" + para + '"';
    if (!parent.empty()) x += R"( w15:paraIdParent=")" + parent + '"';
    x += std::string(R"( w15:done=")") + (done ? "1" : "0") + R"("/>)";
  }
  return x + "</w15:commentsEx>";
}

/// The relationships and content types Word adds with the w15/w16 parts.
std::pair<std::string, std::string> link_parts(std::map<std::string, std::string> const& parts, bool with_ids) {
  std::string rels = parts.at("word/_rels/document.xml.rels");
  std::string types = parts.at("[Content_Types].xml");
  auto const add = [&](std::string const& id, std::string const& type, std::string const& file,
                       std::string const& content) {
    rels.insert(rels.rfind("</Relationships>"),
                R"(<Relationship Id=")" + id + R"(" Type=")" + type + R"(" Target=")" + file + R"("/>)");
    types.insert(types.rfind("</Types>"),
                 R"(<Override PartName="/word/)" + file + R"(" ContentType=")" + content + R"("/>)");
  };
  add("rId90", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml");
  if (with_ids) {
    add("rId91", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds", "commentsIds.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml");
    add("rId92", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
        "commentsExtensible.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml");
  }
  return {rels, types};
}

/// A reply comment (id 500, paraId 6C2A0001) whose one paragraph holds `runs`.
std::string reply_comment(std::string const& runs) {
  return R"(<w:comment w:id="500" w:author="李四" w:date="2026-01-03T09:00:00Z" w:initials="LS">)"
         R"(<w:p w14:paraId="6C2A0001" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>)"
         R"(<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>)" +
         runs + "</w:p></w:comment>";
}

struct Fixture {
  std::filesystem::path dir;
  service::Workspace ws = service::Workspace::builtin();
  std::vector<check::Finding> findings;
  std::string annotated;
  std::map<std::string, std::string> parts;
  Saved saved;

  explicit Fixture(std::string const& name) : dir(test::docx::temp_dir(name)) {
    test::docx::write_file(dir / "in.docx", make_docx(report()));
    service::AnnotateRequest req;
    req.date = "2026-01-02T03:04:05Z";
    auto const r = ws.annotate_file(dir / "in.docx", dir / "out.docx", req);
    findings = r.check.findings;
    REQUIRE(findings.size() == 3);
    REQUIRE(r.comments == 3);
    annotated = slurp(dir / "out.docx");
    parts = test::docx::parts(annotated);
    saved = as_word_saves(parts.at("word/comments.xml"));
    REQUIRE(saved.para_of.size() == 3);
  }

  std::string tag(std::size_t i) const { return service::review_tag(findings[i]); }

  /// check of the package with these parts replaced.
  service::CheckOutcome check(std::vector<std::pair<std::string, std::string>> const& replaced) const {
    test::docx::write_file(dir / "edited.docx", docx::rewrite_package(annotated, replaced));
    return ws.check_file(dir / "edited.docx", {});
  }

  /// The document with a reply to the comment of `tag`: its range at the
  /// same place as the parent's (as Word writes it), or at the end of the
  /// last paragraph (only commentsExtended links the two).
  std::string document_with_reply(std::string const& tag, bool same_place, bool start_before = false) const {
    std::string doc = parts.at("word/document.xml");
    std::string const parent = saved.id_of.at(tag);
    std::string const start = R"(<w:commentRangeStart w:id=")" + parent + R"("/>)";
    std::string const ref = R"(<w:commentReference w:id=")" + parent + R"("/></w:r>)";
    std::string const end_and_ref =
        R"(<w:commentRangeEnd w:id="500"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>)"
        R"(<w:commentReference w:id="500"/></w:r>)";
    if (same_place) {
      std::size_t const s = doc.find(start);
      REQUIRE(s != std::string::npos);
      doc.insert(start_before ? s : s + start.size(), R"(<w:commentRangeStart w:id="500"/>)");
      std::size_t const r = doc.find(ref);
      REQUIRE(r != std::string::npos);
      doc.insert(r + ref.size(), end_and_ref);
    } else {
      std::size_t const last = doc.rfind("</w:p>");
      REQUIRE(last != std::string::npos);
      doc.insert(last, R"(<w:commentRangeStart w:id="500"/>)" + end_and_ref);
    }
    return doc;
  }

  /// comments.xml (as Word saves it) with `comment` appended.
  std::string comments_with(std::string const& comment) const {
    std::string c = saved.comments;
    c.insert(c.rfind("</w:comments>"), comment);
    return c;
  }

  /// commentsExtended for every comment (none done), the reply to `tag` last.
  std::string extended_with_reply(std::string const& tag, bool reply_done = false) const {
    std::vector<std::tuple<std::string, std::string, bool>> entries;
    for (auto const& p : saved.all_paras) entries.emplace_back(p, "", false);
    entries.emplace_back("6C2A0001", saved.para_of.at(tag), reply_done);
    return comments_extended(entries);
  }

  bool reported(std::vector<check::Finding> const& fs, std::string const& t) const {
    return std::any_of(fs.begin(), fs.end(), [&](check::Finding const& f) { return service::review_tag(f) == t; });
  }
};

std::string const word_ids = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w16cid:commentsIds )"
                             R"(xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"/>)";
std::string const word_extensible =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w16cex:commentsExtensible )"
    R"(xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex"/>)";

}  // namespace

TEST_CASE("annotating an annotated document adds no second comment per finding", "[docx][annotate][review]") {
  auto const dir = test::docx::temp_dir("annotate-twice");
  test::docx::write_file(dir / "in.docx", make_docx(report()));
  auto ws = service::Workspace::builtin();
  service::AnnotateRequest req;
  req.date = "2026-01-02T03:04:05Z";
  auto const first = ws.annotate_file(dir / "in.docx", dir / "once.docx", req);
  REQUIRE(first.check.findings.size() == 3);
  CHECK(first.comments == 3);
  CHECK(first.kept == 0);

  SECTION("annotated twice: the same three comments") {
    auto const second = ws.annotate_file(dir / "once.docx", dir / "twice.docx", req);
    CHECK(second.check.findings.size() == 3);
    CHECK(second.comments == 0);
    CHECK(second.kept == 3);
    std::string const twice = slurp(dir / "twice.docx");
    CHECK(test::docx::comments(twice).size() == 3);
    CHECK(test::docx::anchored_text(twice) == test::docx::anchored_text(slurp(dir / "once.docx")));
    // With --fix: the fixes become tracked changes, the comments stay single.
    req.fix = true;
    auto const fixed = ws.annotate_file(dir / "twice.docx", dir / "fixed.docx", req);
    CHECK(fixed.comments == 0);
    CHECK(fixed.kept == 3);
    CHECK(fixed.changed.size() == 2);
    CHECK(test::docx::comments(slurp(dir / "fixed.docx")).size() == 3);
  }
  SECTION("one finding fixed by the user: its comment is left, the others are not repeated") {
    std::string const once = slurp(dir / "once.docx");
    std::string doc = test::docx::parts(once).at("word/document.xml");
    // The comment split the runs: the comma is a w:t of its own, the first one.
    std::size_t const comma = doc.find(">,</w:t>");
    REQUIRE(comma != std::string::npos);
    doc.replace(comma + 1, 1, "，");
    test::docx::write_file(dir / "edited.docx", docx::rewrite_package(once, {{"word/document.xml", doc}}));
    auto const again = ws.annotate_file(dir / "edited.docx", dir / "again.docx", req);
    CHECK(again.check.findings.size() == 2);
    CHECK(again.comments == 0);
    CHECK(again.kept == 2);
    auto const cs = test::docx::comments(slurp(dir / "again.docx"));
    REQUIRE(cs.size() == 3);  // the fixed finding's comment too: never deleted
    for (auto const& c : cs) CHECK(c.author == "总结检查");
  }
  SECTION("a finding on other text gets its own comment") {
    // The comma of line 4 moved: another sentence, another finding; the old
    // comment stays where it was.
    std::string const once = slurp(dir / "once.docx");
    std::string doc = test::docx::parts(once).at("word/document.xml");
    std::size_t const comma = doc.find(">,</w:t>", doc.find(">,</w:t>") + 1);  // the second comma's own w:t
    REQUIRE(comma != std::string::npos);
    doc.erase(comma + 1, 1);
    std::size_t const at = doc.find("达到九成");
    REQUIRE(at != std::string::npos);
    doc.insert(at + std::string_view("达到").size(), ",");
    test::docx::write_file(dir / "moved.docx", docx::rewrite_package(once, {{"word/document.xml", doc}}));
    auto const again = ws.annotate_file(dir / "moved.docx", dir / "again.docx", req);
    CHECK(again.check.findings.size() == 3);
    CHECK(again.kept == 2);
    CHECK(again.comments == 1);
    CHECK(test::docx::comments(slurp(dir / "again.docx")).size() == 4);
  }
}

TEST_CASE("replies and resolved comments as Word and WPS save them", "[docx][annotate][review]") {
  Fixture f("review-replies");
  std::string const tag = f.tag(0);
  std::string const rels_word = link_parts(f.parts, true).first;
  std::string const types_word = link_parts(f.parts, true).second;
  std::string const rels_wps = link_parts(f.parts, false).first;
  std::string const types_wps = link_parts(f.parts, false).second;

  SECTION("saved by Word without a reply: nothing suppressed") {
    auto const r = f.check({{"word/comments.xml", f.saved.comments},
                            {"word/commentsExtended.xml", comments_extended({{f.saved.all_paras[0], "", false},
                                                                             {f.saved.all_paras[1], "", false},
                                                                             {f.saved.all_paras[2], "", false}})},
                            {"word/commentsIds.xml", word_ids},
                            {"word/commentsExtensible.xml", word_extensible},
                            {"word/_rels/document.xml.rels", rels_word},
                            {"[Content_Types].xml", types_word}});
    CHECK(r.suppressed == 0);
    CHECK(r.findings.size() == 3);
  }
  SECTION("Word 2013+: a reply with its own range, linked by paraIdParent, 忽略 split over runs") {
    std::string const runs = R"(<w:r><w:t>忽</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>略：已核实</w:t></w:r>)";
    auto const r = f.check({{"word/document.xml", f.document_with_reply(tag, true)},
                            {"word/comments.xml", f.comments_with(reply_comment(runs))},
                            {"word/commentsExtended.xml", f.extended_with_reply(tag)},
                            {"word/commentsIds.xml", word_ids},
                            {"word/commentsExtensible.xml", word_extensible},
                            {"word/_rels/document.xml.rels", rels_word},
                            {"[Content_Types].xml", types_word}});
    CHECK(r.suppressed == 1);
    CHECK(r.findings.size() == 2);
    CHECK_FALSE(f.reported(r.findings, tag));
  }
  SECTION("WPS: only commentsExtended links the reply (its range elsewhere); blanks before 忽略") {
    std::string const runs = R"(<w:r><w:t xml:space="preserve"> 　</w:t></w:r><w:r><w:t>忽略：已核实</w:t></w:r>)";
    auto const r = f.check({{"word/document.xml", f.document_with_reply(tag, false)},
                            {"word/comments.xml", f.comments_with(reply_comment(runs))},
                            {"word/commentsExtended.xml", f.extended_with_reply(tag)},
                            {"word/_rels/document.xml.rels", rels_wps},
                            {"[Content_Types].xml", types_wps}});
    CHECK(r.suppressed == 1);
    CHECK_FALSE(f.reported(r.findings, tag));
  }
  SECTION("the same reply without commentsExtended answers nothing") {
    std::string const runs = R"(<w:r><w:t>忽略：已核实</w:t></w:r>)";
    auto const r = f.check({{"word/document.xml", f.document_with_reply(tag, false)},
                            {"word/comments.xml", f.comments_with(reply_comment(runs))}});
    CHECK(r.suppressed == 0);
    CHECK(f.reported(r.findings, tag));
  }
  SECTION("a reply that does not begin with 忽略 suppresses nothing") {
    std::string const runs = R"(<w:r><w:t>已改。不忽略</w:t></w:r>)";
    auto const r = f.check({{"word/document.xml", f.document_with_reply(tag, true)},
                            {"word/comments.xml", f.comments_with(reply_comment(runs))},
                            {"word/commentsExtended.xml", f.extended_with_reply(tag)},
                            {"word/_rels/document.xml.rels", rels_wps},
                            {"[Content_Types].xml", types_wps}});
    CHECK(r.suppressed == 0);
    CHECK(r.findings.size() == 3);
  }
  SECTION("LibreOffice 7.4: the reply's range starts just before its parent's, no commentsExtended, no paraId") {
    std::string c = f.parts.at("word/comments.xml");
    c.insert(c.rfind("</w:comments>"),
             R"(<w:comment w:id="500" w:author="李四" w:date="2026-01-03T09:00:00Z" w:initials="LS"><w:p>)"
             R"(<w:r><w:rPr><w:kern w:val="0"/></w:rPr><w:t>忽</w:t></w:r><w:r><w:rPr><w:kern w:val="0"/></w:rPr>)"
             R"(<w:t>略：已核实</w:t></w:r></w:p></w:comment>)");
    auto const r = f.check({{"word/document.xml", f.document_with_reply(tag, true, true)}, {"word/comments.xml", c}});
    CHECK(r.suppressed == 1);
    CHECK_FALSE(f.reported(r.findings, tag));
  }
  SECTION("LibreOffice 7.4 resolved: one commentEx, done, for the only paragraph with a paraId") {
    std::string c = f.parts.at("word/comments.xml");
    std::string const label = "<w:t xml:space=\"preserve\">总结检查标记 " + tag + "</w:t>";
    std::size_t const t = c.find(label);
    REQUIRE(t != std::string::npos);
    c.replace(c.rfind("<w:p>", t), 5, R"(<w:p w14:paraId="01000000">)");
    c.replace(c.find("<w:comments "), 12,
              R"(<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" )");
    auto const r = f.check({{"word/comments.xml", c},
                            {"word/commentsExtended.xml", comments_extended({{"01000000", "", true}})},
                            {"word/_rels/document.xml.rels", rels_wps},
                            {"[Content_Types].xml", types_wps}});
    CHECK(r.suppressed == 1);
    CHECK_FALSE(f.reported(r.findings, tag));
  }
  SECTION("zongjie's comment resolved (w15:done=\"1\"): suppressed") {
    std::vector<std::tuple<std::string, std::string, bool>> entries;
    for (auto const& p : f.saved.all_paras) entries.emplace_back(p, "", p == f.saved.para_of.at(tag));
    auto const r = f.check({{"word/comments.xml", f.saved.comments},
                            {"word/commentsExtended.xml", comments_extended(entries)},
                            {"word/_rels/document.xml.rels", rels_wps},
                            {"[Content_Types].xml", types_wps}});
    CHECK(r.suppressed == 1);
    CHECK(r.findings.size() == 2);
    CHECK_FALSE(f.reported(r.findings, tag));
  }
  SECTION("a thread resolved on its reply: suppressed") {
    std::string const runs = R"(<w:r><w:t>已按要求修改</w:t></w:r>)";
    auto const r = f.check({{"word/document.xml", f.document_with_reply(tag, true)},
                            {"word/comments.xml", f.comments_with(reply_comment(runs))},
                            {"word/commentsExtended.xml", f.extended_with_reply(tag, true)},
                            {"word/_rels/document.xml.rels", rels_wps},
                            {"[Content_Types].xml", types_wps}});
    CHECK(r.suppressed == 1);
    CHECK_FALSE(f.reported(r.findings, tag));
  }
}
