// Seeds for fuzz_docx: each report given is exported with the project's own
// writer (word::render_docx) and written as <name>.docx, and its XML parts
// are written NUL-separated as <name>.parts (the form fuzz_docx zips itself,
// see fuzz_targets.hpp).  A few hand-written part sets add what the writer
// never produces: Word numbering, tables, tracked changes, text boxes, a
// table of contents, symbols.
//
//   make_docx_seeds OUT_DIR REPORT...
#include "fuzz_targets.hpp"

#include "zongjie/word/writer.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/text/document.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

namespace fs = std::filesystem;

void write(fs::path const& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string join_parts(std::initializer_list<std::string_view> parts) {
  std::string out;
  bool first = true;
  for (auto p : parts) {
    if (!first) out += '\0';
    out += p;
    first = false;
  }
  return out;
}

constexpr std::string_view doc_open =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>";
constexpr std::string_view doc_close = "</w:body></w:document>";

std::string doc(std::string_view body) { return std::string(doc_open) + std::string(body) + std::string(doc_close); }

constexpr std::string_view styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles "
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"1\"/><w:ilvl w:val=\"0\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"H1\"/>"
    "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
    "<w:style w:type=\"numbering\" w:styleId=\"ListStyle\"><w:name w:val=\"list style\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style></w:styles>";

constexpr std::string_view numbering =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering "
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/>"
    "<w:suff w:val=\"nothing\"/><w:pStyle w:val=\"H1\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/>"
    "<w:lvlRestart w:val=\"1\"/><w:suff w:val=\"space\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.%3\"/><w:isLgl/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:mc:AlternateContent><mc:Choice Requires=\"w14\"><w:numFmt w:val=\"custom\" "
    "w:format=\"01, 02, 03, ...\"/></mc:Choice><mc:Fallback><w:numFmt w:val=\"decimalZero\"/></mc:Fallback>"
    "</w:mc:AlternateContent><w:lvlText w:val=\"%4）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"4\"><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%5\"/></w:lvl>"
    "<w:lvl w:ilvl=\"5\"><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%6.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"6\"><w:numFmt w:val=\"chineseCountingThousand\"/><w:lvlText w:val=\"第%7部分\"/></w:lvl>"
    "<w:lvl w:ilvl=\"7\"><w:numFmt w:val=\"ideographTraditional\"/><w:lvlText w:val=\"%8\"/></w:lvl>"
    "<w:lvl w:ilvl=\"8\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xA7\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ListStyle\"/></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"9223372036854775806\"/>"
    "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"
    "</w:lvlOverride><w:lvlOverride w:ilvl=\"1\"><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%2.\"/></w:lvl></w:lvlOverride></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "</w:numbering>";

std::string p(std::string_view text, std::string_view ppr = "") {
  return "<w:p><w:pPr>" + std::string(ppr) + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + std::string(text) +
         "</w:t></w:r></w:p>";
}
std::string lp(int num, int lvl, std::string_view text) {
  return p(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(lvl) + "\"/><w:numId w:val=\"" + std::to_string(num) +
                     "\"/></w:numPr>");
}

/// Hand-written part sets: what Word documents hold and the writer does not.
std::vector<std::pair<std::string, std::string>> features() {
  std::vector<std::pair<std::string, std::string>> out;
  out.emplace_back("numbering.parts",
                   join_parts(
                       {doc(p("青溪镇2024年工作总结") + p("2024年工作总结", "<w:pStyle w:val=\"H1\"/>") +
                            p("党建引领", "<w:pStyle w:val=\"H2\"/>") + lp(1, 2, "深化改革") + lp(1, 3, "一项") +
                            lp(1, 4, "二项") + lp(1, 5, "三项") + lp(1, 6, "四") + lp(1, 7, "五") + lp(1, 8, "点") +
                            lp(2, 0, "大数") + lp(2, 0, "溢出") + lp(3, 0, "重新开始") + lp(3, 1, "覆盖") +
                            lp(4, 0, "样式链接") + p("存在的问题", "<w:pStyle w:val=\"H1\"/>") + lp(0, 0, "无编号")),
                        styles, numbering}));
  out.emplace_back("tables.parts",
                   join_parts({doc(p("一、主要指标") + "<w:tbl><w:tr><w:tc>" + p("指标") + "</w:tc><w:tc>" + p("完成") +
                                   "</w:tc></w:tr>"
                                   "<w:tr><w:trPr><w:del w:id=\"1\"/></w:trPr><w:tc>" +
                                   p("删除行") +
                                   "</w:tc></w:tr>"
                                   "<w:sdt><w:sdtContent><w:tr><w:tc>" +
                                   p("生产总值") + p("第二段") +
                                   "</w:tc><w:tc>"
                                   "<w:tbl><w:tr><w:tc>" +
                                   p("嵌套") +
                                   "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:sdtContent></w:sdt>"
                                   "</w:tbl>" +
                                   p("二、下一步工作"))}));
  out.emplace_back(
      "revisions.parts",
      join_parts(
          {doc("<w:p><w:r><w:t>一、</w:t></w:r><w:ins w:id=\"1\"><w:r><w:t>插入的</w:t></w:r></w:ins>"
               "<w:del w:id=\"2\"><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
               "<w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移来</w:t></w:r>"
               "</w:moveTo><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>"
               "<w:p><w:pPr><w:rPr><w:del w:id=\"3\"/></w:rPr></w:pPr><w:r><w:t>段落标记已删除，</w:t></w:r></w:p>"
               "<w:p><w:r><w:t>与下一段合并。</w:t><w:tab/><w:t>制表</w:t><w:br/><w:t>软回车</w:t>"
               "<w:br w:type=\"page\"/><w:cr/><w:noBreakHyphen/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>"
               "<w:sym w:char=\"4E00\"/><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
               "<w:altChunk r:id=\"x\" xmlns:r=\"r\"/><w:del><w:p/></w:del>")}));
  out.emplace_back("boxes.parts",
                   join_parts(
                       {doc("<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                            "<w:drawing><wps:txbx><w:txbxContent>" +
                            p("文本框一") + p("") +
                            "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
                            "<w:txbxContent>" +
                            p("文本框一") +
                            "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
                            "</mc:AlternateContent></w:r></w:p>"
                            "<w:p><w:r><w:object><v:shape><v:textbox><w:txbxContent>" +
                            p("对象里的框") + "</w:txbxContent></v:textbox></v:shape></w:object></w:r></w:p>")}));
  out.emplace_back(
      "toc.parts",
      join_parts(
          {doc("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj>"
               "</w:sdtPr><w:sdtContent>" +
               p("目录") + p("一、工作总结……1") +
               "</w:sdtContent></w:sdt>"
               "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\"</w:instrText>"
               "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、总结 2</w:t></w:r></w:p>"
               "<w:p><w:r><w:t>二、计划 3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>" +
               p("目录之后", "<w:pStyle w:val=\"TOC1\"/>") + p("正文开始") +
               "<w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:fldSimple w:instr=\"PAGE\">"
               "<w:r><w:t>1</w:t></w:r></w:fldSimple><w:smartTag><w:r><w:t>标记</w:t></w:r></w:smartTag></w:p>"),
           styles}));
  out.emplace_back("prefix.parts",
                   join_parts({"<?xml version=\"1.0\"?><document "
                               "xmlns=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><body><p><r><t>"
                               "没有前缀的命名空间</t></r></p></body></document>"}));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: make_docx_seeds OUT_DIR REPORT...\n";
    return 2;
  }
  fs::path const out = argv[1];
  fs::create_directories(out);
  int written = 0;
  for (int i = 2; i < argc; ++i) {
    fs::path const in = argv[i];
    zongjie::text::Document const doc = zongjie::text::load_document(in);
    zongjie::Outline const outline = zongjie::build_outline(doc);
    std::string const docx = zongjie::word::render_docx(doc, outline);
    write(out / (in.stem().string() + ".docx"), docx);
    zongjie::docx::ZipReader zip(docx, {});
    std::string parts;
    for (char const* name :
         {"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"}) {
      if (name != std::string_view("word/document.xml")) parts += '\0';
      parts += zip.read(name).value_or("");
    }
    write(out / (in.stem().string() + ".parts"), parts);
    written += 2;
  }
  for (auto const& [name, parts] : features()) {
    write(out / name, parts);
    write(out / (fs::path(name).stem().string() + ".docx"), zongjie::fuzz::package_from_parts(parts));
    written += 2;
  }
  std::cout << "make_docx_seeds: " << written << " seeds in " << out.string() << '\n';
  return 0;
}
