#include "docx/docx_fixture.hpp"

#include "zongjie/docx/zip.hpp"

#include <fstream>
#include <stdexcept>

#include <unistd.h>

namespace zongjie::test::docx {

namespace {
constexpr std::string_view namespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
constexpr std::string_view decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}  // namespace

std::string make_docx(Package const& p) {
  zongjie::docx::ZipWriter zip;
  zip.add("[Content_Types].xml",
          std::string(decl) +
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
  if (p.with_relationships) {
    zip.add("_rels/.rels", std::string(decl) +
                               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                               "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                               "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    std::string rels =
        std::string(decl) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    if (!p.numbering.empty())
      rels +=
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/numbering\" Target=\"numbering.xml\"/>";
    if (!p.styles.empty())
      rels +=
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/styles\" Target=\"styles.xml\"/>";
    if (!p.comments.empty())
      rels +=
          "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/comments\" Target=\"comments.xml\"/>";
    if (!p.comments_extended.empty())
      rels +=
          "<Relationship Id=\"rId4\" Type=\"http://schemas.microsoft.com/office/2011/relationships/"
          "commentsExtended\" Target=\"commentsExtended.xml\"/>";
    zip.add("word/_rels/document.xml.rels", rels + "</Relationships>");
  }
  zip.add("word/document.xml", std::string(decl) + "<w:document" + std::string(namespaces) + "><w:body>" + p.body +
                                   "</w:body></w:document>");
  if (!p.numbering.empty())
    zip.add("word/numbering.xml",
            std::string(decl) + "<w:numbering" + std::string(namespaces) + ">" + p.numbering + "</w:numbering>");
  if (!p.styles.empty())
    zip.add("word/styles.xml",
            std::string(decl) + "<w:styles" + std::string(namespaces) + ">" + p.styles + "</w:styles>");
  if (!p.comments.empty())
    zip.add("word/comments.xml", std::string(decl) + "<w:comments" + std::string(namespaces) +
                                     " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">" +
                                     p.comments + "</w:comments>");
  if (!p.comments_extended.empty())
    zip.add("word/commentsExtended.xml",
            std::string(decl) + "<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">" +
                p.comments_extended + "</w15:commentsEx>");
  return zip.finish();
}

std::string make_docx(std::string body) {
  Package p;
  p.body = std::move(body);
  return make_docx(p);
}

std::string para(std::string_view text, std::string_view ppr) {
  std::string s = "<w:p>";
  if (!ppr.empty()) s += "<w:pPr>" + std::string(ppr) + "</w:pPr>";
  if (!text.empty()) s += "<w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r>";
  return s + "</w:p>";
}

std::string list_para(int num_id, int ilvl, std::string_view text) {
  return para(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
                        std::to_string(num_id) + "\"/></w:numPr>");
}

std::filesystem::path temp_dir(std::string const& name) {
  // One directory per process: CTest runs each test case as its own process,
  // in parallel, and two of them must never share (or remove) a directory.
  auto dir = std::filesystem::temp_directory_path() / ("zongjie_docx_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void write_file(std::filesystem::path const& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<std::size_t> find_all(std::string_view hay, std::string_view needle) {
  std::vector<std::size_t> out;
  for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) out.push_back(p);
  return out;
}

}  // namespace zongjie::test::docx
