#include "zongjie/word/writer.hpp"

#include "zongjie/word/layout.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/grammar/grammar.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/text/file.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstring>
#include <ctime>

namespace zongjie::word {

namespace {

using grammar::MarkerFamily;

constexpr std::string_view ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view xml_decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

void escape_into(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}
std::string escape(std::string_view s) {
  std::string out;
  escape_into(out, s);
  return out;
}

std::string num(int v) { return std::to_string(v); }

// ---- styles -------------------------------------------------------------------------

enum class Face : std::uint8_t { body, title, hei, kai, song };

layout::Font const& font_of(Face f) {
  switch (f) {
    case Face::title: return layout::title_font;
    case Face::hei: return layout::hei_font;
    case Face::kai: return layout::kai_font;
    case Face::song: return layout::song_font;
    case Face::body: break;
  }
  return layout::body_font;
}

/// w:rFonts for a face: the Chinese font for East Asian text; Latin text
/// and digits in Times New Roman under 仿宋, in the same font elsewhere.
std::string fonts(Face f) {
  std::string const cjk(font_of(f).name);
  std::string const latin = f == Face::body ? std::string(layout::latin_font) : cjk;
  return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + cjk + "\" w:cs=\"" +
         std::string(layout::latin_font) + "\"/>";
}

std::string size(int half_points) {
  return "<w:sz w:val=\"" + num(half_points) + "\"/><w:szCs w:val=\"" + num(half_points) + "\"/>";
}

std::string const plain = "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/><w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>";

std::string heading_style(std::string_view id, int level, Face face) {
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + std::string(id) + "\"><w:name w:val=\"heading " +
         num(level + 1) +
         "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
         "<w:pPr><w:keepNext/><w:keepLines w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" +
         num(layout::line_pitch) + "\" w:lineRule=\"exact\"/><w:outlineLvl w:val=\"" + num(level) +
         "\"/></w:pPr><w:rPr>" + fonts(face) + plain + "<w:color w:val=\"000000\"/>" + size(layout::size_body) +
         "</w:rPr></w:style>";
}

std::string styles_xml() {
  std::string const line =
      "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + num(layout::line_pitch) + "\" w:lineRule=\"exact\"/>";
  std::string s(xml_decl);
  s += "<w:styles xmlns:w=\"" + std::string(ns_w) + "\">";
  s += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(Face::body) + "<w:spacing w:val=\"" + num(layout::char_spacing) +
       "\"/><w:kern w:val=\"2\"/>" + size(layout::size_body) +
       "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
       "<w:pPrDefault><w:pPr>" +
       line + "</w:pPr></w:pPrDefault></w:docDefaults>";
  // 正文: 3号仿宋, first line indented two characters, fixed 28 pt, justified.
  s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
       "<w:pPr><w:widowControl w:val=\"0\"/>" +
       line + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"" + num(layout::indent_body) +
       "\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr>" + fonts(Face::body) + size(layout::size_body) + "</w:rPr></w:style>";
  s +=
      "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
      "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>";
  // 标题: 2号小标宋, centred.
  s += "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
       "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr>" +
       line + "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>" +
       fonts(Face::title) + plain + size(layout::size_title) + "</w:rPr></w:style>";
  // 标题 1/2/3: 一、 黑体, （一） 楷体, 1. （1） 仿宋; all 3号, not bold.
  s += heading_style("Heading1", 0, Face::hei);
  s += heading_style("Heading2", 1, Face::kai);
  s += heading_style("Heading3", 2, Face::body);
  s += "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
       "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" "
       "w:after=\"0\" w:line=\"" +
       num(layout::size_page_number * 10) +
       "\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr><w:rPr>" + fonts(Face::song) +
       size(layout::size_page_number) + "</w:rPr></w:style>";
  s += "</w:styles>";
  return s;
}

std::string font_table_xml() {
  std::string s(xml_decl);
  s += "<w:fonts xmlns:w=\"" + std::string(ns_w) + "\">";
  std::vector<std::string_view> seen;
  auto const add = [&](std::string_view name, std::string_view alt, bool sans) {
    if (name.empty() || std::find(seen.begin(), seen.end(), name) != seen.end()) return;
    seen.push_back(name);
    s += "<w:font w:name=\"" + std::string(name) + "\">";
    if (!alt.empty()) s += "<w:altName w:val=\"" + std::string(alt) + "\"/>";
    s += "<w:charset w:val=\"86\"/><w:family w:val=\"" + std::string(sans ? "modern" : "roman") +
         "\"/><w:pitch w:val=\"variable\"/></w:font>";
  };
  for (auto const* f :
       {&layout::title_font, &layout::body_font, &layout::hei_font, &layout::kai_font, &layout::song_font}) {
    bool const sans = f == &layout::hei_font;
    std::string_view name = f->name;
    for (std::string_view next : f->fallbacks) {
      add(name, next, sans);
      if (next.empty()) break;
      name = next;
    }
    add(name, "", sans);
  }
  s += "<w:font w:name=\"" + std::string(layout::latin_font) +
       "\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>";
  s += "</w:fonts>";
  return s;
}

std::string settings_xml() {
  std::string s(xml_decl);
  s += "<w:settings xmlns:w=\"" + std::string(ns_w) +
       "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
       "<w:evenAndOddHeaders/>"  // odd pages number on the right, even on the left
       "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
       "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
       "w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";
  return s;
}

/// "— 1 —", 4号宋体, one character in from the outer edge.
std::string footer_xml(bool odd) {
  std::string const rpr = "<w:rPr>" + fonts(Face::song) + size(layout::size_page_number) + "</w:rPr>";
  std::string const ind = odd ? "<w:ind w:right=\"" + num(layout::indent_page_number) + "\" w:firstLine=\"0\"/>"
                              : "<w:ind w:left=\"" + num(layout::indent_page_number) + "\" w:firstLine=\"0\"/>";
  std::string s(xml_decl);
  s += "<w:ftr xmlns:w=\"" + std::string(ns_w) + "\" xmlns:r=\"" + std::string(ns_r) +
       "\"><w:p><w:pPr>"
       "<w:pStyle w:val=\"Footer\"/>" +
       ind + "<w:jc w:val=\"" + (odd ? "right" : "left") +
       "\"/></w:pPr>"
       "<w:r>" +
       rpr +
       "<w:t xml:space=\"preserve\">— </w:t></w:r>"
       "<w:r>" +
       rpr +
       "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
       "<w:r>" +
       rpr +
       "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
       "<w:r>" +
       rpr +
       "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
       "<w:r>" +
       rpr +
       "<w:t>1</w:t></w:r>"
       "<w:r>" +
       rpr +
       "<w:fldChar w:fldCharType=\"end\"/></w:r>"
       "<w:r>" +
       rpr + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
  return s;
}

std::string section_xml() {
  return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
         "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
         "<w:pgSz w:w=\"" +
         num(layout::page_width) + "\" w:h=\"" + num(layout::page_height) +
         "\"/>"
         "<w:pgMar w:top=\"" +
         num(layout::margin_top) + "\" w:right=\"" + num(layout::margin_right) + "\" w:bottom=\"" +
         num(layout::margin_bottom) + "\" w:left=\"" + num(layout::margin_left) + "\" w:header=\"" +
         num(layout::header_distance) + "\" w:footer=\"" + num(layout::footer_distance) +
         "\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/>"
         "<w:docGrid w:type=\"lines\" w:linePitch=\"" +
         num(layout::line_pitch) + "\"/></w:sectPr>";
}

// ---- the package's plumbing ----------------------------------------------------------------

std::string content_types_xml() {
  std::string const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  return std::string(xml_decl) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" ContentType=\"" +
         wml +
         "document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" ContentType=\"" +
         wml +
         "styles+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" ContentType=\"" +
         wml +
         "settings+xml\"/>"
         "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" +
         wml +
         "fontTable+xml\"/>"
         "<Override PartName=\"/word/footer1.xml\" ContentType=\"" +
         wml +
         "footer+xml\"/>"
         "<Override PartName=\"/word/footer2.xml\" ContentType=\"" +
         wml +
         "footer+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>";
}

std::string package_rels_xml() {
  return std::string(xml_decl) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
         "</Relationships>";
}

std::string document_rels_xml() {
  std::string const t = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  return std::string(xml_decl) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rIdStyles\" Type=\"" +
         t +
         "styles\" Target=\"styles.xml\"/>"
         "<Relationship Id=\"rIdSettings\" Type=\"" +
         t +
         "settings\" Target=\"settings.xml\"/>"
         "<Relationship Id=\"rIdFonts\" Type=\"" +
         t +
         "fontTable\" Target=\"fontTable.xml\"/>"
         "<Relationship Id=\"rIdFooterOdd\" Type=\"" +
         t +
         "footer\" Target=\"footer1.xml\"/>"
         "<Relationship Id=\"rIdFooterEven\" Type=\"" +
         t +
         "footer\" Target=\"footer2.xml\"/>"
         "</Relationships>";
}

std::string w3cdtf_now() {
  std::time_t const t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string core_xml(std::string const& title, std::string const& author) {
  std::string const now = w3cdtf_now();
  return std::string(xml_decl) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
         "<dc:title>" +
         escape(title) + "</dc:title><dc:creator>" + escape(author) +
         "</dc:creator>"
         "<dc:language>zh-CN</dc:language>"
         "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" +
         now +
         "</dcterms:created>"
         "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" +
         now + "</dcterms:modified></cp:coreProperties>";
}

std::string app_xml() {
  return std::string(xml_decl) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
         "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
         "<Application>zongjie</Application><DocSecurity>0</DocSecurity></Properties>";
}

// ---- paragraphs -------------------------------------------------------------------------

enum class Kind : std::uint8_t { body, title, heading1, heading2, heading3 };

struct LineStyle {
  Kind kind = Kind::body;
  Face face = Face::body;       ///< of the heading span
  std::size_t heading_end = 0;  ///< bytes into the line: the heading span ends here, body text follows
};

Face face_of(std::optional<MarkerFamily> f) {
  if (!f) return Face::hei;  // an unnumbered part heading
  switch (*f) {
    case MarkerFamily::part:
    case MarkerFamily::di:
    case MarkerFamily::cn_dun: return Face::hei;
    case MarkerFamily::cn_paren: return Face::kai;
    default: return Face::body;
  }
}

Face default_face(Kind k) {
  switch (k) {
    case Kind::title: return Face::title;
    case Kind::heading1: return Face::hei;
    case Kind::heading2: return Face::kai;
    default: return Face::body;
  }
}

/// End of the heading span that starts at `from` in `line`: just past the
/// first 。 (a heading run into its paragraph), else the whole line.
std::size_t through_full_stop(std::string_view line, std::size_t from) {
  std::size_t const p = line.find("。", from);
  return p == std::string_view::npos ? line.size() : p + std::string_view("。").size();
}

std::vector<LineStyle> classify(text::Document const& doc, Outline const& outline) {
  std::size_t const n = doc.lines.line_count();
  std::vector<LineStyle> styles(n + 1);  // 1-based
  auto const set = [&](std::size_t line, Kind kind, Face face, std::size_t end) {
    if (line == 0 || line > n || styles[line].kind != Kind::body) return;  // the higher level wins
    styles[line] = {kind, face, std::min(end, doc.line(line).size())};
  };
  if (outline.title) set(outline.title->line, Kind::title, Face::title, doc.line(outline.title->line).size());
  for (Part const& part : outline.parts) {
    if (part.heading && part.line > 0) {
      std::string_view const l = doc.line(part.line);
      std::size_t const at = l.find(*part.heading);
      std::size_t end = at == std::string_view::npos ? l.size() : at + part.heading->size();
      for (std::string_view p : {"。", "：", ":"})
        if (l.substr(end, p.size()) == p) end += p.size();
      set(part.line, Kind::heading1, face_of(part.marker ? std::optional(part.marker->marker.family) : std::nullopt),
          end);
    }
    for (Section const& s : part.sections) {
      if (s.inline_marker || s.line == 0) continue;
      std::size_t const start = doc.lines.line_start(s.line);
      std::size_t const end = s.body_begin >= start ? s.body_begin - start : doc.line(s.line).size();
      set(s.line, Kind::heading2, face_of(s.marker.marker.family), end);
      for (Item const& it : s.items) {
        if (!it.marker || it.inline_marker || it.line == 0) continue;
        std::string_view const l = doc.line(it.line);
        std::size_t const at = it.offset - doc.lines.line_start(it.line);
        if (grammar::leading_blanks(l) != at) continue;  // only a marker that opens its line
        set(it.line, Kind::heading3, face_of(it.marker->marker.family), through_full_stop(l, at));
      }
    }
  }
  return styles;
}

/// Whether `c` (a code point) may appear in XML 1.0 text.
bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// A title character's advance in 2号 (22 pt less the document's −0.25 pt
// character spacing), in twips, and what one line of the text block holds.
constexpr int title_em = layout::size_title * 10 - (-layout::char_spacing) * 1;  // 440 − 5
constexpr int text_width = layout::page_width - layout::margin_left - layout::margin_right;
/// Digits and Latin letters in the title's font (小标宋 or its fallbacks) are
/// narrower than a character, about half of one; Word and LibreOffice add a
/// quarter character between Chinese and Latin text or numbers (w:autoSpaceDE,
/// w:autoSpaceDN, on by default).  The slack below covers the spread.
constexpr double title_narrow = 0.55;
constexpr double title_autospace = 0.25;
/// What the narrowed title line holds beyond its first line's estimate: less
/// than one character, so that the next one must go to the second line.
constexpr double title_slack = 0.45;

/// Width of each character of `title` in characters of 2号, with the space
/// before it; and where each starts.
struct TitleMetrics {
  std::vector<std::size_t> starts;
  std::vector<double> before;  ///< width of the title before each character
  std::vector<char32_t> chars;
  double total = 0;
};

TitleMetrics title_metrics(std::string_view title) {
  TitleMetrics m;
  bool prev_narrow = false;
  for (std::size_t i = 0; i < title.size();) {
    auto const [cp, len] = utf8::decode(title, i);
    bool const narrow = cp < 0x80;
    if (!m.chars.empty() && narrow != prev_narrow && cp != ' ' && m.chars.back() != ' ') m.total += title_autospace;
    m.starts.push_back(i);
    m.before.push_back(m.total);
    m.chars.push_back(cp);
    m.total += narrow ? title_narrow : 1.0;
    prev_narrow = narrow;
    i += len;
  }
  return m;
}

bool starts_with(std::string_view s, std::size_t at, std::string_view word) {
  return s.substr(at, word.size()) == word;
}

/// The title paragraph narrowed (equal indents, so it stays centred) to what
/// its first line holds, when it has to go over two lines.
std::string title_indent(std::string_view title) {
  auto const at = title_break(title);
  if (!at) return {};
  TitleMetrics const m = title_metrics(title);
  auto const k = static_cast<std::size_t>(std::lower_bound(m.starts.begin(), m.starts.end(), *at) - m.starts.begin());
  double const first = m.before[k];
  int const width = std::min(text_width, static_cast<int>((first + title_slack) * title_em));
  int const side = (text_width - width) / 2;
  return "<w:ind w:left=\"" + num(side) + "\" w:right=\"" + num(side) + "\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
}

class DocumentWriter {
 public:
  DocumentWriter(text::Document const& doc, Outline const& outline, std::vector<std::string>* notes)
      : doc_(doc), styles_(classify(doc, outline)), notes_(notes) {}

  std::string run() {
    out_ = std::string(xml_decl);
    out_ += "<w:document xmlns:w=\"" + std::string(ns_w) + "\" xmlns:r=\"" + std::string(ns_r) + "\"><w:body>";
    for (std::size_t i = 1; i <= doc_.lines.line_count(); ++i) paragraph(i);
    out_ += section_xml();
    out_ += "</w:body></w:document>";
    return std::move(out_);
  }

 private:
  void paragraph(std::size_t no) {
    std::string_view const line = doc_.line(no);
    LineStyle const& st = styles_[no];
    std::string ppr;
    switch (st.kind) {
      case Kind::title: ppr += "<w:pStyle w:val=\"Title\"/>" + title_indent(line); break;
      case Kind::heading1: ppr += "<w:pStyle w:val=\"Heading1\"/>"; break;
      case Kind::heading2: ppr += "<w:pStyle w:val=\"Heading2\"/>"; break;
      case Kind::heading3: ppr += "<w:pStyle w:val=\"Heading3\"/>"; break;
      case Kind::body: break;
    }
    // A line that brings its own indent (　　 from a plain-text file) keeps it
    // instead of getting two more characters.
    if (st.kind != Kind::title && grammar::leading_blanks(line) > 0)
      ppr += "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    out_ += "<w:p>";
    if (!ppr.empty()) out_ += "<w:pPr>" + ppr + "</w:pPr>";
    if (st.kind == Kind::body || st.kind == Kind::title) {
      runs(no, line, std::nullopt);
    } else {
      std::size_t const split = std::min(st.heading_end, line.size());
      runs(no, line.substr(0, split), st.face == default_face(st.kind) ? std::nullopt : std::optional(st.face));
      // The body text after a heading run in: 仿宋 again.
      runs(no, line.substr(split), Face::body);
    }
    out_ += "</w:p>";
  }

  /// One run with `text`: tabs as <w:tab/>, characters XML cannot hold left out.
  void runs(std::size_t no, std::string_view text, std::optional<Face> face) {
    if (text.empty()) return;
    out_ += "<w:r>";
    if (face) out_ += "<w:rPr>" + fonts(*face) + "</w:rPr>";
    bool open = false;
    auto const close_t = [&] {
      if (open) out_ += "</w:t>";
      open = false;
    };
    for (std::size_t i = 0; i < text.size();) {
      auto const c = static_cast<unsigned char>(text[i]);
      auto const [cp, len] = utf8::decode(text, i);
      if (c == '\t') {
        close_t();
        out_ += "<w:tab/>";
      } else if (!xml_char(cp) || c == '\r') {
        dropped(no, cp);
      } else {
        if (!open) out_ += "<w:t xml:space=\"preserve\">";
        open = true;
        escape_into(out_, text.substr(i, len));
      }
      i += len;
    }
    close_t();
    out_ += "</w:r>";
  }

  void dropped(std::size_t no, char32_t cp) {
    if (!notes_) return;
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    notes_->push_back("第 " + std::to_string(no) + " 行的控制字符 " + code + " 无法写入 Word 文档，已略去");
  }

  text::Document const& doc_;
  std::vector<LineStyle> styles_;
  std::vector<std::string>* notes_;
  std::string out_;
};

}  // namespace

std::optional<std::size_t> title_break(std::string_view title) {
  TitleMetrics const m = title_metrics(title);
  // References, not a structured binding: clang 14 cannot capture those.
  auto const& starts = m.starts;
  auto const& before = m.before;
  auto const& chars = m.chars;
  double const total = m.total;
  double const line = static_cast<double>(text_width) / title_em;
  if (total <= line || total > 2 * line) return std::nullopt;
  auto const is_digit = [](char32_t c) { return c >= '0' && c <= '9'; };
  std::size_t const n = starts.size();
  std::optional<std::size_t> best;
  double best_score = 0;
  auto const consider = [&](std::size_t k, double penalty) {
    if (k == 0 || n - k < 2) return;  // never one character alone on a line
    double const w1 = before[k], w2 = total - before[k];
    // The paragraph is narrowed to its first line: the second must fit in it.
    if (w1 > line || w2 > w1) return;
    double const score = std::abs(w1 - w2) + penalty;
    if (!best || score < best_score) best = k, best_score = score;
  };
  for (std::size_t k = 1; k < n; ++k) {
    std::size_t const at = starts[k];
    for (std::string_view word : {"以及", "及", "和", "暨", "与"})
      if (starts_with(title, at, word)) consider(k, 0);
    // before a year: 2024年, not inside a number
    if (is_digit(chars[k]) && !is_digit(chars[k - 1])) {
      std::size_t e = k;
      while (e < n && is_digit(chars[e])) ++e;
      if (e - k == 4 && e < n && chars[e] == U'年') consider(k, 1);
    }
  }
  if (!best) {
    // Halved: the first place past the middle that does not split a number.
    for (std::size_t k = 1; k < n && !best; ++k)
      if (before[k] >= total / 2 && !(is_digit(chars[k]) && is_digit(chars[k - 1]))) consider(k, 0);
  }
  if (!best) return std::nullopt;
  return starts[*best];
}

std::string render_docx(text::Document const& doc, Outline const& outline, ExportOptions const& options,
                        std::vector<std::string>* notes) {
  std::string title = options.title;
  if (title.empty() && outline.title) title = outline.title->text;
  if (title.empty()) title = std::filesystem::path(doc.path).stem().string();

  docx::ZipWriter zip;
  zip.add("[Content_Types].xml", content_types_xml());
  zip.add("_rels/.rels", package_rels_xml());
  zip.add("word/document.xml", DocumentWriter(doc, outline, notes).run());
  zip.add("word/_rels/document.xml.rels", document_rels_xml());
  zip.add("word/styles.xml", styles_xml());
  zip.add("word/settings.xml", settings_xml());
  zip.add("word/fontTable.xml", font_table_xml());
  zip.add("word/footer1.xml", footer_xml(true));
  zip.add("word/footer2.xml", footer_xml(false));
  zip.add("docProps/core.xml", core_xml(title, options.author));
  zip.add("docProps/app.xml", app_xml());
  return zip.finish();
}

std::vector<std::string> export_docx(text::Document const& doc, std::filesystem::path const& out,
                                     ExportOptions const& options) {
  std::vector<std::string> notes;
  Outline const outline = build_outline(doc);
  std::string const bytes = render_docx(doc, outline, options, &notes);
  try {
    text::write_file_atomically(out, bytes);
  } catch (text::InputError const& e) {
    throw docx::DocxError(e.what());
  }
  return notes;
}

}  // namespace zongjie::word
