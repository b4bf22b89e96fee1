// Reading .docx packages made by hand: paragraphs, Word's automatic
// numbering, tracked changes, tables, text boxes, fields, and the hook into
// text::load_document.
#include "docx/docx_fixture.hpp"
#include "support/test_support.hpp"

#include "zongjie/docx/reader.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/text/document.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;
using test::docx::list_para;
using test::docx::make_docx;
using test::docx::Package;
using test::docx::para;

namespace {

std::string read_text(std::string const& bytes) { return docx::read_docx(bytes).text; }

bool has_note(docx::Extracted const& x, std::string_view needle) {
  for (auto const& n : x.notes)
    if (n.find(needle) != std::string::npos) return true;
  return false;
}

// A multilevel list as Word writes "一、 / （一） / 1." (suffix: nothing).
std::string const report_numbering = R"(
  <w:abstractNum w:abstractNumId="0">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:suff w:val="nothing"/>
      <w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
      <w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
      <w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:suff w:val="nothing"/>
      <w:lvlText w:val="%1、"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
)";

}  // namespace

TEST_CASE("paragraphs in order, empty ones, tabs and breaks", "[docx][reader]") {
  std::string const body = para("东山镇2023年工作总结") + "<w:p/>" +
                           "<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t xml:space=\"preserve\"> 党建</w:t></w:r>"
                           "<w:r><w:tab/><w:t>工作</w:t></w:r></w:p>"
                           "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r></w:p>"
                           "<w:p><w:r><w:br w:type=\"page\"/><w:t>分页后的段落</w:t></w:r></w:p>"
                           "<w:p><w:hyperlink r:id=\"x\"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>"
                           "<w:sdt><w:sdtContent><w:r><w:t>控件文字</w:t></w:r></w:sdtContent></w:sdt>"
                           "<w:r><w:t>A&amp;B&lt;C</w:t><w:noBreakHyphen/><w:softHyphen/><w:t>D</w:t></w:r></w:p>";
  CHECK(read_text(make_docx(body)) ==
        "东山镇2023年工作总结\n\n一、 党建\t工作\n第一行\n第二行\n第三行\n分页后的段落\n链接文字控件文字A&B<C-D");
}

TEST_CASE("Word's automatic numbering becomes the visible markers", "[docx][reader][numbering]") {
  Package p;
  p.numbering = report_numbering;
  p.body = para("白沙乡2023年工作总结") + list_para(1, 0, "2023年工作总结") +
           list_para(1, 1, "坚持党建引领。今年以来……") + list_para(1, 2, "思想建设") + list_para(1, 2, "组织建设") +
           list_para(1, 1, "坚持产业为本。全乡……") + list_para(1, 2, "品种改良") + list_para(1, 0, "存在的问题") +
           list_para(2, 0, "从三开始") + list_para(1, 0, "2024年工作安排") + list_para(3, 1, "重新编号") +
           list_para(3, 1, "继续") + list_para(4, 0, "天干") + list_para(5, 0, "项目符号没有编号") +
           para("不在列表里", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>");
  std::string const text = read_text(make_docx(p));
  CHECK(text ==
        "白沙乡2023年工作总结\n"
        "一、2023年工作总结\n（一）坚持党建引领。今年以来……\n1.思想建设\n2.组织建设\n（二）坚持产业为本。全乡……\n"
        "1.品种改良\n二、存在的问题\n三、\t从三开始\n三、2024年工作安排\n（一）重新编号\n（二）继续\n甲、天干\n"
        "项目符号没有编号\n不在列表里");

  // The outline sees Word's list as if the markers were typed.
  text::Document const doc = test::document(text);
  Outline const o = build_outline(doc);
  REQUIRE(o.title);
  CHECK(o.title->text == "白沙乡2023年工作总结");
  REQUIRE(o.parts.size() >= 2);
  CHECK(o.parts[0].role == PartRole::summary);
  CHECK(o.parts[0].heading == std::optional<std::string>("一、2023年工作总结"));
  REQUIRE(o.parts[0].sections.size() == 2);
  CHECK(o.parts[0].sections[1].marker.text == "（二）");
  CHECK(o.parts[0].sections[1].title == "坚持产业为本");
  CHECK(o.find_part(PartRole::problems) != nullptr);
  CHECK(o.find_part(PartRole::plan) != nullptr);
}

TEST_CASE("numbering through paragraph styles (headings bound to a list)", "[docx][reader][numbering]") {
  Package p;
  p.numbering = report_numbering +
                std::string(R"(<w:abstractNum w:abstractNumId="9"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
                               <w:num w:numId="8"><w:abstractNumId w:val="9"/></w:num>)");
  p.styles = R"(
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="MyHeading2"><w:name w:val="My heading"/><w:basedOn w:val="2"/></w:style>
    <w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report list"/>
      <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)";
  p.body = para("总结", "<w:pStyle w:val=\"1\"/>") + para("党建", "<w:pStyle w:val=\"2\"/>") +
           para("产业", "<w:pStyle w:val=\"MyHeading2\"/>") + para("计划", "<w:pStyle w:val=\"1\"/>") +
           list_para(8, 1, "经由编号样式");
  CHECK(read_text(make_docx(p)) == "一、总结\n（一）党建\n（二）产业\n二、计划\n（一）经由编号样式");
}

TEST_CASE("tracked changes are read as accepted", "[docx][reader][revisions]") {
  std::string const body =
      "<w:p><w:r><w:t>全年完成</w:t></w:r>"
      "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>规上</w:t></w:r></w:ins>"
      "<w:r><w:t>工业产值</w:t></w:r>"
      "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>17.2</w:delText></w:r></w:del>"
      "<w:ins w:id=\"3\" w:author=\"a\"><w:r><w:t>18.6</w:t></w:r></w:ins><w:r><w:t>亿元</w:t></w:r></w:p>"
      "<w:p><w:moveFrom w:id=\"4\" w:author=\"a\"><w:r><w:t>挪走的句子。</w:t></w:r></w:moveFrom>"
      "<w:r><w:t>留下的句子。</w:t></w:r><w:moveTo w:id=\"5\" w:author=\"a\"><w:r><w:t>挪来的句子。</w:t></w:r></w:moveTo></w:p>"
      // A deleted paragraph mark joins this paragraph to the next.
      "<w:p><w:pPr><w:rPr><w:del w:id=\"6\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t>上半句，</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>下半句。</w:t></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r><w:r><w:t>看得见的字</w:t></w:r></w:p>";
  docx::Extracted const x = docx::read_docx(make_docx(body));
  CHECK(x.text == "全年完成规上工业产值18.6亿元\n留下的句子。挪来的句子。\n上半句，下半句。\n看得见的字");
  CHECK(has_note(x, "修订"));
  CHECK(has_note(x, "隐藏"));
  for (auto const& n : x.notes) CHECK(n.find("17.2") == std::string::npos);  // notes never carry text
}

TEST_CASE("tables are flattened one row per line, with a note", "[docx][reader][table]") {
  auto cell = [](std::string_view t) { return "<w:tc><w:tcPr/>" + para(t) + "</w:tc>"; };
  std::string const body = para("一、主要指标") + "<w:tbl><w:tblPr/><w:tblGrid/>" + "<w:tr>" + cell("指标") +
                           cell("完成值") + "</w:tr>" + "<w:tr>" + cell("农业总产值") + "<w:tc>" + para("4.86亿元") +
                           para("同比增长6.2%") + "</w:tc></w:tr>" +
                           "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>" + cell("删掉的行") + cell("x") +
                           "</w:tr>" + "<w:tr>" + cell("") + cell("") + "</w:tr>" + "</w:tbl>" + para("二、下一段");
  docx::Extracted const x = docx::read_docx(make_docx(body));
  CHECK(x.text == "一、主要指标\n指标\t完成值\n农业总产值\t4.86亿元 同比增长6.2%\n二、下一段");
  REQUIRE(has_note(x, "表格"));
  CHECK(has_note(x, "第 2—3 行"));
}

TEST_CASE("text boxes follow their paragraph, once, with a note", "[docx][reader][textbox]") {
  // Word writes a text box twice: DrawingML in mc:Choice, VML in mc:Fallback.
  std::string const box =
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
      "<wps:wsp><wps:txbx><w:txbxContent>" +
      para("文本框第一段") + "<w:p/>" + para("文本框第二段") +
      "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" +
      para("文本框第一段") + para("文本框第二段") +
      "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
  std::string const body = para("开头") + "<w:p><w:r><w:t>锚定段落</w:t></w:r>" + box + "</w:p>" + para("结尾");
  docx::Extracted const x = docx::read_docx(make_docx(body));
  CHECK(x.text == "开头\n锚定段落\n文本框第一段\n文本框第二段\n结尾");
  CHECK(has_note(x, "第 3—4 行来自文本框"));
}

TEST_CASE("a table of contents is left out, field results kept", "[docx][reader][fields]") {
  std::string const body =
      "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、工作总结\t1</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>二、工作计划\t3</w:t></w:r></w:p>"
      "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>一、工作总结</w:t></w:r></w:p>"
      "<w:p><w:fldSimple w:instr=\" DATE \"><w:r><w:t>2023年12月1日</w:t></w:r></w:fldSimple></w:p>"
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
  Package p;
  p.body = body;
  p.styles = R"(<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>)";
  docx::Extracted const x = docx::read_docx(make_docx(p));
  CHECK(x.text == "一、工作总结\n2023年12月1日\n7");
  CHECK(has_note(x, "目录"));
}

TEST_CASE("any namespace prefix, and no relationships part", "[docx][reader]") {
  // WordprocessingML bound to "ns0" instead of "w", and no _rels at all.
  zongjie::docx::ZipWriter zip;
  zip.add("word/document.xml",
          "<ns0:document xmlns:ns0=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><ns0:body>"
          "<ns0:p><ns0:r><ns0:t>甲</ns0:t></ns0:r></ns0:p><ns0:p><ns0:r><ns0:t>乙</ns0:t></ns0:r></ns0:p>"
          "</ns0:body></ns0:document>");
  CHECK(read_text(zip.finish()) == "甲\n乙");
  Package p;
  p.body = para("丙");
  p.with_relationships = false;
  CHECK(read_text(make_docx(p)) == "丙");
}

TEST_CASE("control characters and bad UTF-8 do not reach the text", "[docx][reader]") {
  std::string const body = "<w:p><w:r><w:t>甲&#1;乙&#x1F;丙\t丁</w:t></w:r></w:p>";
  CHECK(read_text(make_docx(body)) == "甲乙丙\t丁");
}

TEST_CASE("load_document reads .docx, by name or by magic bytes", "[docx][reader][document]") {
  auto const dir = test::docx::temp_dir("load");
  Package p;
  p.numbering = report_numbering;
  p.body = para("东山镇2023年工作总结") + list_para(1, 0, "2023年工作总结") + list_para(1, 1, "党建引领。正文。") +
           "<w:tbl><w:tr><w:tc>" + para("表") + "</w:tc></w:tr></w:tbl>";
  std::string const bytes = make_docx(p);
  test::docx::write_file(dir / "报告.docx", bytes);
  test::docx::write_file(dir / "改错了扩展名.txt", bytes);
  for (auto const& name : {"报告.docx", "改错了扩展名.txt"}) {
    text::Document const doc = text::load_document(dir / name);
    CHECK(doc.encoding == text::Encoding::docx);
    CHECK(text::encoding_name(doc.encoding) == "DOCX");
    CHECK(doc.text == "东山镇2023年工作总结\n一、2023年工作总结\n（一）党建引领。正文。\n表");
    CHECK(doc.lines.line_count() == 4);
    CHECK(doc.line_ends.size() == 4);
    CHECK(doc.line(3) == "（一）党建引领。正文。");
    CHECK(doc.byte_size == bytes.size());
    CHECK(doc.content_hash == text::content_hash(bytes));
    REQUIRE(doc.notes.size() == 1);
    CHECK(doc.notes[0].find("第 4 行来自表格") != std::string::npos);
    CHECK_THROWS_AS(text::encode(doc.text, doc.encoding, doc.line_ends), std::invalid_argument);
  }
  std::filesystem::remove_all(dir);
}
