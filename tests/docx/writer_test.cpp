// Writing .docx: the GB/T 9704-2012 layout in the package, styles by outline
// level, the .txt → .docx → .txt round trip on every report we have, and the
// atomic write.
#include "docx/docx_fixture.hpp"
#include "support/test_support.hpp"

#include "zongjie/docx/reader.hpp"
#include "zongjie/word/writer.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <filesystem>

using namespace zongjie;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> all_reports() {
  std::vector<fs::path> out;
  for (fs::path const& dir : {fs::path(ZONGJIE_SOURCE_DIR) / "examples", fs::path(ZONGJIE_TEST_DATA_DIR) / "reports"})
    for (auto const& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

fs::path report(std::string const& name) {
  fs::path const ex = fs::path(ZONGJIE_SOURCE_DIR) / "examples" / name;
  return fs::exists(ex) ? ex : fs::path(ZONGJIE_TEST_DATA_DIR) / "reports" / name;
}

/// The parts of a package written by render_docx, parsed.
struct Parts {
  explicit Parts(std::string bytes) : package(std::move(bytes)), zip(package, {}) {}
  pugi::xml_document const& operator[](std::string const& name) {
    auto& d = docs[name];
    if (!d.document_element()) {
      auto const xml = zip.read(name);
      REQUIRE(xml);
      REQUIRE(d.load_string(xml->c_str()));
    }
    return d;
  }
  std::string package;  // the reader reads from it
  docx::ZipReader zip;
  std::map<std::string, pugi::xml_document> docs;
};

pugi::xml_node style(Parts& parts, char const* id) {
  auto const n =
      parts["word/styles.xml"].select_node((std::string("/w:styles/w:style[@w:styleId='") + id + "']").c_str());
  REQUIRE(n);
  return n.node();
}

std::string attr(pugi::xml_node n, char const* xpath, char const* attribute) {
  auto const x = n.select_node(xpath);
  return x ? x.node().attribute(attribute).value() : "";
}

/// The <w:p> whose text starts with `start`.
pugi::xml_node paragraph_starting(Parts& parts, std::string const& start) {
  for (auto const& p : parts["word/document.xml"].select_nodes("//w:p")) {
    std::string text;
    for (auto const& t : p.node().select_nodes(".//w:t")) text += t.node().text().get();
    if (text.rfind(start, 0) == 0) return p.node();
  }
  FAIL("no paragraph starts with " << start);
  return {};
}

std::string package_of(fs::path const& file) {
  text::Document const doc = text::load_document(file);
  return word::render_docx(doc, build_outline(doc));
}

}  // namespace

TEST_CASE("round trip .txt → .docx → .txt keeps every character and line, and the outline",
          "[docx][writer][roundtrip]") {
  auto const themes = ThemeLexicon::standard();
  auto const files = all_reports();
  REQUIRE(files.size() >= 20);
  for (auto const& file : files) {
    INFO(file.string());
    text::Document const doc = text::load_document(file);
    Outline const outline = build_outline(doc, {themes.get()});
    std::vector<std::string> notes;
    std::string const bytes = word::render_docx(doc, outline, {}, &notes);
    CHECK(notes.empty());
    docx::Extracted const back = docx::read_docx(bytes);
    CHECK(back.notes.empty());
    REQUIRE(back.text == doc.text);
    text::Document const again = text::document_from_bytes(file.stem().string() + ".docx", bytes);
    CHECK(again.encoding == text::Encoding::docx);
    REQUIRE(again.lines.line_count() == doc.lines.line_count());
    for (std::size_t i = 1; i <= doc.lines.line_count(); ++i) CHECK(again.line(i) == doc.line(i));
    CHECK(outline_to_json(build_outline(again, {themes.get()}), "report").dump() ==
          outline_to_json(outline, "report").dump());
  }
}

TEST_CASE("the page: A4, GB/T 9704 margins and text block, page numbers", "[docx][writer][layout]") {
  Parts parts(package_of(report("qingxi-2024.txt")));
  auto const sect = parts["word/document.xml"].select_node("/w:document/w:body/w:sectPr").node();
  REQUIRE(sect);
  int const w = std::stoi(attr(sect, "w:pgSz", "w:w")), h = std::stoi(attr(sect, "w:pgSz", "w:h"));
  int const top = std::stoi(attr(sect, "w:pgMar", "w:top")), bottom = std::stoi(attr(sect, "w:pgMar", "w:bottom"));
  int const left = std::stoi(attr(sect, "w:pgMar", "w:left")), right = std::stoi(attr(sect, "w:pgMar", "w:right"));
  auto const mm = [](int twips) { return twips / 1440.0 * 25.4; };
  CHECK(mm(w) == Approx(210).margin(0.1));
  CHECK(mm(h) == Approx(297).margin(0.1));
  CHECK(mm(top) == Approx(37).margin(0.1));
  CHECK(mm(left) == Approx(28).margin(0.1));
  CHECK(mm(w - left - right) == Approx(156).margin(0.1));  // 版心 156 × 225 mm
  CHECK(mm(h - top - bottom) == Approx(225).margin(0.1));
  CHECK(attr(sect, "w:footerReference[@w:type='default']", "r:id") == "rIdFooterOdd");
  CHECK(attr(sect, "w:footerReference[@w:type='even']", "r:id") == "rIdFooterEven");
  CHECK(parts["word/settings.xml"].select_node("/w:settings/w:evenAndOddHeaders"));

  // 22 lines of 28 characters: fixed 28 pt lines, 16 pt characters narrowed to fit 28 in 156 mm.
  auto const normal = style(parts, "Normal");
  CHECK(attr(normal, "w:pPr/w:spacing", "w:line") == "560");
  CHECK(attr(normal, "w:pPr/w:spacing", "w:lineRule") == "exact");
  CHECK((h - top - bottom) / 560 == 22);
  double const pitch_pt = 16 + std::stoi(attr(parts["word/styles.xml"].document_element(),
                                              "w:docDefaults/w:rPrDefault/w:rPr/w:spacing", "w:val")) /
                                   20.0;
  CHECK(static_cast<int>((w - left - right) / 20.0 / pitch_pt) == 28);

  for (auto const& [part, side, indent] :
       {std::tuple{"word/footer1.xml", "right", "w:right"}, std::tuple{"word/footer2.xml", "left", "w:left"}}) {
    INFO(part);
    auto const& f = parts[part];
    CHECK(attr(f.document_element(), "w:p/w:pPr/w:jc", "w:val") == side);
    CHECK(attr(f.document_element(), "w:p/w:pPr/w:ind", indent) == "280");  // one 14 pt character in
    std::string text, instr;
    for (auto const& t : f.select_nodes("//w:t")) text += t.node().text().get();
    for (auto const& t : f.select_nodes("//w:instrText")) instr += t.node().text().get();
    CHECK(text == "— 1 —");
    CHECK(instr == " PAGE ");
    CHECK(attr(f.document_element(), "w:p/w:r/w:rPr/w:sz", "w:val") == "28");  // 4号
    CHECK(attr(f.document_element(), "w:p/w:r/w:rPr/w:rFonts", "w:eastAsia") == "宋体");
  }
}

TEST_CASE("styles: title, body and three heading levels with outline levels and fallbacks", "[docx][writer][styles]") {
  Parts parts(package_of(report("qingxi-2024.txt")));
  auto const normal = style(parts, "Normal");
  CHECK(attr(normal, "w:rPr/w:rFonts", "w:eastAsia") == "仿宋_GB2312");
  CHECK(attr(normal, "w:rPr/w:sz", "w:val") == "32");
  CHECK(attr(normal, "w:pPr/w:ind", "w:firstLineChars") == "200");
  CHECK(attr(normal, "w:pPr/w:jc", "w:val") == "both");

  auto const title = style(parts, "Title");
  CHECK(attr(title, "w:rPr/w:rFonts", "w:eastAsia") == "方正小标宋简体");
  CHECK(attr(title, "w:rPr/w:sz", "w:val") == "44");
  CHECK(attr(title, "w:pPr/w:jc", "w:val") == "center");

  for (auto const& [id, name, level, font] :
       {std::tuple{"Heading1", "heading 1", "0", "黑体"}, std::tuple{"Heading2", "heading 2", "1", "楷体_GB2312"},
        std::tuple{"Heading3", "heading 3", "2", "仿宋_GB2312"}}) {
    INFO(id);
    auto const h = style(parts, id);
    CHECK(attr(h, "w:name", "w:val") == name);  // Word shows these as 标题 1/2/3
    CHECK(attr(h, "w:pPr/w:outlineLvl", "w:val") == level);
    CHECK(attr(h, "w:rPr/w:rFonts", "w:eastAsia") == font);
    CHECK(attr(h, "w:rPr/w:sz", "w:val") == "32");
    CHECK(attr(h, "w:rPr/w:b", "w:val") == "0");
  }
  // Fallbacks Word uses when a font is missing.
  auto const& fonts = parts["word/fontTable.xml"];
  auto const alt = [&](char const* font) {
    return attr(fonts.document_element(), (std::string("w:font[@w:name='") + font + "']/w:altName").c_str(), "w:val");
  };
  CHECK(alt("方正小标宋简体") == "宋体");
  CHECK(alt("宋体") == "SimSun");
  CHECK(alt("SimSun") == "Noto Serif CJK SC");
  CHECK(alt("仿宋_GB2312") == "仿宋");
  CHECK(alt("楷体_GB2312") == "楷体");
}

TEST_CASE("paragraph styles follow the outline: parts, sections, items", "[docx][writer][styles]") {
  auto const pstyle = [](pugi::xml_node p) { return attr(p, "w:pPr/w:pStyle", "w:val"); };
  auto const run_font = [](pugi::xml_node p, int i) {
    auto const runs = p.select_nodes("w:r");
    REQUIRE(static_cast<int>(runs.size()) > i);
    return attr(runs[static_cast<std::size_t>(i)].node(), "w:rPr/w:rFonts", "w:eastAsia");
  };
  {
    Parts parts(package_of(report("qingxi-2024.txt")));
    CHECK(pstyle(paragraph_starting(parts, "青溪镇2024年工作总结及2025年工作思路")) == "Title");
    auto const part = paragraph_starting(parts, "第一部分：2024年工作总结");
    CHECK(pstyle(part) == "Heading1");
    CHECK(run_font(part, 0).empty());  // 黑体 from the style
    auto const section = paragraph_starting(parts, "一、聚焦党建引领");
    CHECK(pstyle(section) == "Heading2");
    CHECK(run_font(section, 0) == "黑体");  // 一、 is 黑体 whatever its level
    CHECK(pstyle(paragraph_starting(parts, "2024年，青溪镇")).empty());
  }
  {
    Parts parts(package_of(report("baisha-2023.txt")));
    auto const section = paragraph_starting(parts, "（一）坚持党建引领");
    CHECK(pstyle(section) == "Heading2");
    auto const runs = section.select_nodes("w:r");
    REQUIRE(runs.size() == 2);
    CHECK(std::string(runs[0].node().child("w:t").text().get()) == "（一）坚持党建引领，基层堡垒更加坚强。");
    CHECK(run_font(section, 0).empty());           // 楷体 from the style
    CHECK(run_font(section, 1) == "仿宋_GB2312");  // the body run into the heading
    auto const shi = paragraph_starting(parts, "一是产业结构仍较单一");
    CHECK(pstyle(shi) == "Heading2");
    CHECK(run_font(shi, 0) == "仿宋_GB2312");  // 一是 is body type, not 楷体
  }
  {
    Parts parts(package_of(report("limu-2024.txt")));
    auto const item = paragraph_starting(parts, "1.低产栗园改造成效明显");
    CHECK(pstyle(item) == "Heading3");
    CHECK(run_font(item, 0).empty());  // 仿宋 from 标题 3
  }
}

TEST_CASE("own indents, characters Word cannot hold, document properties", "[docx][writer]") {
  text::Document const doc = test::document("东山镇2023年工作总结\n　　已有缩进的一段。\n甲\f乙\v丙");
  std::vector<std::string> notes;
  std::string const bytes = word::render_docx(doc, build_outline(doc), {"", "张三"}, &notes);
  REQUIRE(notes.size() == 2);
  CHECK_THAT(notes[0], Catch::Contains("第 3 行") && Catch::Contains("U+000C"));
  CHECK(docx::read_docx(bytes).text == "东山镇2023年工作总结\n　　已有缩进的一段。\n甲乙丙");
  Parts parts(bytes);
  CHECK(attr(paragraph_starting(parts, "　　已有缩进"), "w:pPr/w:ind", "w:firstLineChars") == "0");
  auto const& core = parts["docProps/core.xml"];
  CHECK(std::string(core.document_element().child("dc:title").text().get()) == "东山镇2023年工作总结");
  CHECK(std::string(core.document_element().child("dc:creator").text().get()) == "张三");
  CHECK(parts.zip.contains("[Content_Types].xml"));
  CHECK(parts.zip.contains("word/_rels/document.xml.rels"));
}

TEST_CASE("a title over two lines breaks where the meaning allows, never one character alone",
          "[docx][writer][title]") {
  auto const second_line = [](std::string_view title) -> std::string {
    auto const at = word::title_break(title);
    return at ? std::string(title.substr(*at)) : std::string();
  };
  // Fits on one line of 2号: left as it is.
  CHECK_FALSE(word::title_break("东山镇2023年工作总结"));
  CHECK_FALSE(word::title_break("白沙乡2024年工作总结暨2025年工作计划"));
  // Before the conjunction between the two years' halves.
  CHECK(second_line("云岭街道2022年工作回顾和2023年工作打算") == "和2023年工作打算");
  CHECK(second_line("桃源街道办事处2024年工作总结暨2025年工作计划") == "暨2025年工作计划");
  CHECK(second_line("红旗镇人民政府2025年工作总结以及2026年工作思路") == "以及2026年工作思路");
  // No conjunction: before the second year.
  CHECK(second_line("红旗镇人民政府关于2025年工作总结2026年重点工作安排") == "2026年重点工作安排");
  // Neither: halved, the first line the longer, no number split, never a
  // lone character on the last line.
  std::string const plain = "青石镇人民政府关于乡村振兴重点工作推进落实情况的总结报告";
  auto const at = word::title_break(plain);
  REQUIRE(at);
  CHECK(*at >= plain.size() / 2);
  CHECK(plain.size() - *at >= 2 * 3);
  // More than two lines: left to the word processor.
  CHECK_FALSE(word::title_break(plain + plain));

  // The paragraph is narrowed to the first line (equal indents keep it
  // centred); its text is unchanged.
  std::string const title = "云岭街道2022年工作回顾和2023年工作打算";
  text::Document const doc = test::document(title + "\n一、2022年工作回顾\n全年完成了各项任务。\n");
  std::string const bytes = word::render_docx(doc, build_outline(doc));
  Parts parts(bytes);
  auto const p = paragraph_starting(parts, title);
  CHECK(attr(p, "w:pPr/w:pStyle", "w:val") == "Title");
  std::string const left = attr(p, "w:pPr/w:ind", "w:left");
  REQUIRE_FALSE(left.empty());
  CHECK(left == attr(p, "w:pPr/w:ind", "w:right"));
  int const text_width = 11906 - 1587 - 1474;
  int const line = text_width - 2 * std::stoi(left);
  CHECK(line > 11 * 435);  // holds 云岭街道2022年工作回顾 …
  CHECK(line < 13 * 435);  // … and not 和 after it
  CHECK(docx::read_docx(bytes).text == doc.text);
  // A title on one line is not narrowed.
  Parts short_parts(package_of(report("qingxi-2024.txt")));
  CHECK(attr(paragraph_starting(short_parts, "青溪镇2024年工作总结及2025年工作思路"), "w:pPr/w:ind", "w:left").empty());
}

TEST_CASE("export writes atomically and names the file it cannot write", "[docx][writer][export]") {
  auto const dir = test::docx::temp_dir("export");
  text::Document const doc = text::load_document(report("baisha-2023.txt"));
  fs::path const out = dir / "白沙乡.docx";
  test::docx::write_file(out, "old contents");
  CHECK(word::export_docx(doc, out).empty());
  CHECK(text::load_document(out).text == doc.text);
  std::size_t files = 0;
  for (auto const& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 1);  // no temporary file left behind
  fs::path const nowhere = dir / "没有这个文件夹" / "x.docx";
  CHECK_THROWS_WITH(word::export_docx(doc, nowhere), Catch::Contains(nowhere.string()));
  fs::remove_all(dir);
}
