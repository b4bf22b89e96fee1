// Broken and hostile files: each is refused with a clear message naming the
// file, in well under a second, and nothing crashes.
#include "docx/docx_fixture.hpp"

#include "zongjie/docx/reader.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/text/document.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>

using namespace zongjie;
using test::docx::make_docx;
using test::docx::para;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

/// Loads `bytes` as file `name` through text::load_document and returns the
/// error message; fails the test when it loads, or takes a second or more.
std::string rejection(std::string_view bytes, std::string const& name = "报告.docx") {
  auto const dir = test::docx::temp_dir("hostile");
  auto const path = dir / name;
  test::docx::write_file(path, bytes);
  auto const t0 = Clock::now();
  std::string message;
  try {
    (void)text::load_document(path);
    FAIL("accepted: " << name);
  } catch (text::InputError const& e) {
    message = e.what();
    CHECK(e.path() == path.string());
  }
  double const took = seconds_since(t0);
  INFO(message);
  CHECK(took < 1.0);
  CHECK(message.find(path.string()) == 0);  // the file is named first
  std::filesystem::remove_all(dir);
  return message;
}

void put32(std::string& b, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

/// Offsets of the local header and the central-directory entry of `name`.
std::pair<std::size_t, std::size_t> headers_of(std::string const& zip, std::string const& name) {
  std::size_t local = std::string::npos, central = std::string::npos;
  for (std::size_t p : test::docx::find_all(zip, "PK\x03\x04"))
    if (zip.compare(p + 30, name.size(), name) == 0) local = p;
  for (std::size_t p : test::docx::find_all(zip, "PK\x01\x02"))
    if (zip.compare(p + 46, name.size(), name) == 0) central = p;
  REQUIRE(local != std::string::npos);
  REQUIRE(central != std::string::npos);
  return {local, central};
}

std::string body_of_spaces(std::size_t n) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + std::string(n, ' ') + "</w:t></w:r></w:p>";
}

}  // namespace

TEST_CASE("not a .docx at all", "[docx][hostile]") {
  CHECK_THAT(rejection("这只是一个改了扩展名的文本文件"), Catch::Contains("不是 ZIP 压缩包"));
  CHECK_THAT(rejection(""), Catch::Contains("空"));
  std::string const ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(500, '\0');
  CHECK_THAT(rejection(ole, "旧文档.doc"), Catch::Contains(".doc"));
  std::string encrypted = ole;
  encrypted.append(std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32));
  CHECK_THAT(rejection(encrypted), Catch::Contains("加密"));
}

TEST_CASE("damaged archives", "[docx][hostile]") {
  std::string const good = make_docx(para("一、工作总结") + para("正文。"));
  CHECK_THAT(rejection(good.substr(0, good.size() / 2)), Catch::Contains("损坏或不完整"));
  CHECK_THAT(rejection(good.substr(0, 40)), Catch::Contains("损坏或不完整"));
  // A flipped byte inside the compressed document.
  auto [local, central] = headers_of(good, "word/document.xml");
  (void)central;
  auto const u16 = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(good[at]) | static_cast<unsigned char>(good[at + 1])
                                                                               << 8);
  };
  std::size_t const data = local + 30 + u16(local + 26) + u16(local + 28);
  std::string flipped = good;
  flipped[data + 10] = static_cast<char>(flipped[data + 10] ^ 0x55);
  CHECK_THAT(rejection(flipped), Catch::Contains("损坏") || Catch::Contains("XML"));
}

TEST_CASE("archives that are not Word documents", "[docx][hostile]") {
  docx::ZipWriter no_document;
  no_document.add("[Content_Types].xml", "<Types/>");
  no_document.add("word/styles.xml", "<w:styles/>");
  CHECK_THAT(rejection(no_document.finish()), Catch::Contains("缺少正文部分 word/document.xml"));

  docx::ZipWriter odt;
  odt.add("mimetype", "application/vnd.oasis.opendocument.text", false);
  odt.add("content.xml", "<office:document-content/>");
  CHECK_THAT(rejection(odt.finish()), Catch::Contains(".odt"));

  docx::ZipWriter malformed;
  malformed.add("word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                "<w:body><w:p><w:r><w:t>未闭合</w:r></w:p></w:body></w:document>");
  CHECK_THAT(rejection(malformed.finish()), Catch::Contains("word/document.xml 的 XML 格式错误"));

  docx::ZipWriter not_body;
  not_body.add("word/document.xml", "<x:workbook xmlns:x=\"urn:x\"/>");
  CHECK_THAT(rejection(not_body.finish()), Catch::Contains("不是 Word 正文"));

  docx::ZipWriter empty_xml;
  empty_xml.add("word/document.xml", "");
  CHECK_THAT(rejection(empty_xml.finish()), Catch::Contains("word/document.xml"));
}

TEST_CASE("encrypted entries", "[docx][hostile]") {
  std::string zip = make_docx(para("机密"));
  auto [local, central] = headers_of(zip, "word/document.xml");
  zip[local + 6] = static_cast<char>(zip[local + 6] | 1);  // general purpose flag bit 0: encrypted
  zip[central + 8] = static_cast<char>(zip[central + 8] | 1);
  CHECK_THAT(rejection(zip), Catch::Contains("加密"));
}

TEST_CASE("zip bombs: declared sizes, counted bytes, ratio", "[docx][hostile][bomb]") {
  docx::ReadLimits const limits;
  // 40 MB of blanks deflate to ~40 KB: past the part limit, as the archive says.
  std::string const honest = make_docx(body_of_spaces(40u * 1024u * 1024u));
  REQUIRE(honest.size() < 200u * 1024u);
  CHECK_THAT(rejection(honest), Catch::Contains("压缩炸弹") && Catch::Contains("超过上限"));

  // The same bomb lying about its size: caught while inflating.
  std::string liar = honest;
  auto [local, central] = headers_of(liar, "word/document.xml");
  put32(liar, local + 22, 1000);
  put32(liar, central + 24, 1000);
  std::string const m = rejection(liar);
  CHECK_THAT(m, Catch::Contains("压缩炸弹") || Catch::Contains("损坏"));

  // Under the size limit but inflating 1000:1.
  std::string const dense = make_docx(body_of_spaces(limits.max_part_bytes / 2));
  CHECK_THAT(rejection(dense), Catch::Contains("压缩比"));

  // The budget is per package as well as per part.
  docx::ReadLimits small;
  small.max_part_bytes = 4000;
  small.max_total_bytes = 5000;
  test::docx::Package p;
  p.body = body_of_spaces(3000);
  p.styles = std::string(3000, ' ');
  try {
    (void)docx::read_docx(make_docx(p), small);
    FAIL("accepted past the total budget");
  } catch (docx::DocxError const& e) {
    CHECK_THAT(e.what(), Catch::Contains("合计"));
  }
}

TEST_CASE("too many entries, too deep nesting", "[docx][hostile]") {
  docx::ReadLimits few;
  few.max_entries = 2;
  CHECK_THROWS_WITH(docx::read_docx(make_docx(para("甲")), few), Catch::Contains("个文件"));

  std::string deep;
  // Deep, yet small enough inflated (< 1 MB) not to be caught as a bomb first.
  for (int i = 0; i < 20000; ++i) deep += "<w:customXml>";
  deep += para("深处");
  for (int i = 0; i < 20000; ++i) deep += "</w:customXml>";
  auto const t0 = Clock::now();
  CHECK_THAT(rejection(make_docx(deep)), Catch::Contains("嵌套"));
  CHECK(seconds_since(t0) < 1.0);

  std::string deep_runs = "<w:p>";
  for (int i = 0; i < 5000; ++i) deep_runs += "<w:ins>";
  for (int i = 0; i < 5000; ++i) deep_runs += "</w:ins>";
  deep_runs += "</w:p>";
  CHECK_THAT(rejection(make_docx(deep_runs)), Catch::Contains("嵌套"));
}

TEST_CASE("every truncation and corruption of a real package is refused or read, never a crash",
          "[docx][hostile][fuzz]") {
  test::docx::Package p;
  p.body = para("东山镇2023年工作总结") +
           "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
           "</w:pPr><w:r><w:t>工作总结</w:t></w:r></w:p><w:tbl><w:tr><w:tc>" +
           para("表") + "</w:tc></w:tr></w:tbl>";
  p.numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"chineseCounting\"/>"
      "<w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  p.styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>";
  std::string const good = make_docx(p);
  REQUIRE(docx::read_docx(good).text.find("一、\t工作总结") != std::string::npos);
  auto const t0 = Clock::now();
  std::size_t refused = 0, read = 0;
  auto const attempt = [&](std::string const& bytes) {
    try {
      (void)docx::read_docx(bytes);
      ++read;
    } catch (docx::DocxError const&) {
      ++refused;
    }
  };
  for (std::size_t n = 0; n < good.size(); n += 7) attempt(good.substr(0, n));
  for (std::size_t i = 0; i < good.size(); i += 3) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0xA5);
    attempt(bad);
  }
  INFO("read " << read << ", refused " << refused);
  CHECK(refused > 0);
  CHECK(seconds_since(t0) < 10.0);
}
