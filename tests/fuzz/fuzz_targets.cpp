#include "fuzz_targets.hpp"

#include "zongjie/check/checker.hpp"
#include "zongjie/check/fix.hpp"
#include "zongjie/docx/reader.hpp"
#include "zongjie/word/writer.hpp"
#include "zongjie/docx/zip.hpp"
#include "zongjie/outline/builder.hpp"
#include "zongjie/outline/format.hpp"
#include "zongjie/outline/sentences.hpp"
#include "zongjie/outline/themes.hpp"
#include "zongjie/text/document.hpp"
#include "zongjie/text/encoding.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace zongjie::fuzz {

namespace {

constexpr auto npos = std::string_view::npos;

/// Reports a broken promise and aborts (libFuzzer's crash, the replay's failure).
void require(bool ok, char const* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
  std::abort();
}

bool valid_utf8(std::string_view s) { return text::find_invalid_utf8(s) == npos; }

/// Whether `offset` is the start of a character in `s` (or its end).
bool on_char_boundary(std::string_view s, std::size_t offset) {
  return offset <= s.size() && (offset == s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80);
}

std::shared_ptr<ThemeLexicon const> const& themes() {
  static auto const lexicon = ThemeLexicon::standard();
  return lexicon;
}

/// The outline's own invariants (as tests/outline/robustness_test.cpp).
void verify_outline(text::Document const& doc, Outline const& o) {
  std::size_t const lines = doc.lines.line_count();
  std::size_t prev_line = 0;
  for (auto const& p : o.parts) {
    require(p.line >= 1 && p.line <= lines && p.line >= prev_line, "part line out of order or range");
    require(p.begin <= p.end && p.end <= doc.text.size(), "part byte range");
    prev_line = p.line;
    for (auto const& s : p.sections) {
      require(s.line >= p.line && s.line <= lines && s.column >= 1, "section line or column");
      require(s.offset >= p.begin && s.offset < p.end, "section offset outside its part");
      require(s.body_begin <= doc.text.size() && s.end <= p.end, "section body range");
      require(valid_utf8(s.title), "section title is not valid UTF-8");
      for (auto const& i : s.items) {
        require(i.line >= s.line && i.line <= lines && i.column >= 1, "item line or column");
        require(valid_utf8(i.title), "item title is not valid UTF-8");
      }
    }
  }
  for (auto const& n : o.noise) require(n.line >= 1 && n.line <= lines, "noise line out of range");
}

/// What Checker::check promises about its findings and their fixes.
void verify_findings(text::Document const& doc, std::vector<check::Finding> const& findings) {
  std::string_view const t = doc.text;
  std::size_t const lines = doc.lines.line_count();
  std::size_t prev_begin = 0;
  for (auto const& f : findings) {
    require(!f.rule.empty() && !f.message.empty(), "finding without rule or message");
    require(f.begin >= prev_begin, "findings not ordered by position");
    prev_begin = f.begin;
    require(f.begin <= f.end && f.end <= t.size(), "finding range outside the text");
    require(on_char_boundary(t, f.begin) && on_char_boundary(t, f.end), "finding range splits a character");
    require(f.line >= 1 && f.line <= lines && f.column >= 1, "finding line or column");
    require(f.end_line >= f.line && f.end_line <= lines, "finding end line");
    require(valid_utf8(f.message) && valid_utf8(f.subject), "finding message or subject is not valid UTF-8");
    require(!f.suggestion || valid_utf8(*f.suggestion), "suggestion is not valid UTF-8");
    if (!f.fix) continue;
    std::size_t prev_end = 0;
    for (auto const& e : f.fix->edits) {
      require(e.begin >= prev_end, "fix edits unsorted or overlapping");
      require(e.begin <= e.end && e.end <= t.size(), "fix edit outside the text");
      require(on_char_boundary(t, e.begin) && on_char_boundary(t, e.end), "fix edit splits a character");
      require(valid_utf8(e.replacement), "fix replacement is not valid UTF-8");
      prev_end = e.end;
    }
  }
}

std::vector<check::Finding> check_document(text::Document const& doc) {
  static check::Checker const checker = [] {
    check::CheckerOptions options;
    options.themes = themes();
    return check::Checker(std::move(options));
  }();
  Outline const outline = build_outline(doc, {themes().get()});
  verify_outline(doc, outline);
  std::vector<check::Finding> findings = checker.check(doc, outline);
  verify_findings(doc, findings);
  return findings;
}

void verify_extracted(std::string_view text) {
  require(valid_utf8(text), "docx text is not valid UTF-8");
  for (char c : text)
    require(static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n', "docx text holds a control character");
}

std::string const package_rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/></Relationships>";
std::string const document_rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
    "Target=\"numbering.xml\"/></Relationships>";

}  // namespace

std::string package_from_parts(std::string_view parts) {
  static char const* const names[] = {"word/document.xml", "word/styles.xml", "word/numbering.xml",
                                      "word/_rels/document.xml.rels"};
  docx::ZipWriter zip;
  zip.add("_rels/.rels", package_rels, false);
  std::size_t from = 0;
  bool rels = false;
  for (std::size_t i = 0; i < std::size(names) && from <= parts.size(); ++i) {
    std::size_t const nul = std::min(parts.find('\0', from), parts.size());
    // An empty slot leaves the part out (a package without numbering.xml).
    if (nul > from) {
      zip.add(names[i], std::string(parts.substr(from, nul - from)), false);
      rels = rels || i == 3;
    }
    from = nul + 1;
  }
  if (!rels) zip.add("word/_rels/document.xml.rels", document_rels, false);
  return zip.finish();
}

void decode_one(std::string_view bytes) {
  text::Decoded d;
  try {
    d = text::decode(bytes);
  } catch (text::DecodeError const& e) {
    require(valid_utf8(e.what()) && *e.what() != '\0', "decode error message");
    return;
  }
  require(valid_utf8(d.text), "decoded text is not valid UTF-8");
  require(d.text.find('\r') == std::string::npos, "decoded text keeps a CR");
  require(d.line_ends.size() == static_cast<std::size_t>(std::count(d.text.begin(), d.text.end(), '\n')) + 1,
          "one line end per line");
  // The round trip is exact for UTF-8 input (GB18030 and UTF-16 may have
  // several byte forms of one character, so only decoding again is checked).
  std::string const again = text::encode(d.text, d.encoding, d.line_ends);
  require(d.encoding != text::Encoding::utf8 || again == bytes, "UTF-8 round trip changes the bytes");
  text::Decoded const d2 = text::decode(again);
  require(d2.text == d.text, "decoding the encoded text gives another text");
}

void outline_one(std::string_view bytes) {
  text::Document doc;
  try {
    doc = text::document_from_bytes("fuzz", bytes);
  } catch (text::InputError const& e) {
    require(e.path() == "fuzz", "input error names another file");
    return;
  }
  Outline const o = build_outline(doc, {themes().get()});
  verify_outline(doc, o);
  std::size_t const lines = doc.lines.line_count();
  for (auto const& s : split_sentences(doc, o))
    require(s.line >= 1 && s.line <= lines && !s.text.empty() && valid_utf8(s.text), "sentence line or text");
  require(!outline_to_json(o, "fuzz").dump().empty(), "empty JSON");
  require(valid_utf8(outline_to_text(o, "fuzz")), "outline text is not valid UTF-8");
}

void check_one(std::string_view bytes) {
  text::Document doc;
  try {
    doc = text::document_from_bytes("fuzz.txt", bytes);
  } catch (text::InputError const& e) {
    require(e.path() == "fuzz.txt", "input error names another file");
    return;
  }
  std::vector<check::Finding> const findings = check_document(doc);
  for (bool const safe_only : {true, false}) {
    check::FixResult const fixed = check::apply_fixes(doc, findings, safe_only);
    require(valid_utf8(fixed.text), "fixed text is not valid UTF-8");
    require(fixed.line_ends.size() ==
                static_cast<std::size_t>(std::count(fixed.text.begin(), fixed.text.end(), '\n')) + 1,
            "fixed text: one line end per line");
    // What `check --fix` writes decodes to the fixed text again (UTF-8 and
    // UTF-16 keep their BOM, so they are recognised for sure).
    bool const leading_bom = fixed.text.starts_with("\xEF\xBB\xBF");
    if ((doc.encoding == text::Encoding::utf8 && !leading_bom) || doc.encoding == text::Encoding::utf8_bom ||
        doc.encoding == text::Encoding::utf16le || doc.encoding == text::Encoding::utf16be) {
      text::Decoded const again = text::decode(check::encode_fixed(doc, fixed));
      require(again.text == fixed.text, "the written fix does not read back as the fixed text");
    }
    text::Document redone;
    try {
      redone = text::document_from_text("fuzz.txt", fixed.text);
    } catch (text::InputError const&) {
      require(false, "the fixed text is no longer a readable document");
    }
    (void)check_document(redone);
  }
}

void docx_one(std::string_view bytes) {
  std::string package;
  if (!bytes.starts_with("PK") && !bytes.starts_with("\xD0\xCF\x11\xE0")) {
    package = package_from_parts(bytes);
    bytes = package;
  }
  text::Document doc;
  try {
    doc = text::document_from_bytes("fuzz.docx", bytes);
  } catch (text::InputError const& e) {
    require(e.path() == "fuzz.docx", "input error names another file");
    std::string_view const what = e.what();
    require(what.size() > std::string_view("fuzz.docx：").size() && valid_utf8(what), "empty or invalid message");
    return;
  }
  require(doc.encoding == text::Encoding::docx, "a package read as text");
  verify_extracted(doc.text);
  for (auto const& n : doc.notes) require(valid_utf8(n), "note is not valid UTF-8");
  Outline const outline = build_outline(doc, {themes().get()});
  verify_outline(doc, outline);
  // Export and read back: the same text, unless the writer had to leave
  // characters out (and said so).
  std::vector<std::string> notes;
  std::string const exported = word::render_docx(doc, outline, {}, &notes);
  docx::Extracted back;
  try {
    back = docx::read_docx(exported);
  } catch (docx::DocxError const& e) {
    std::fprintf(stderr, "fuzz: %s\n", e.what());
    require(false, "an exported document cannot be read back");
  }
  require(!notes.empty() || back.text == doc.text, "export and read back changes the text");
}

bool run_target(std::string_view name, std::string_view bytes) {
  if (name == "decode") decode_one(bytes);
  else if (name == "outline") outline_one(bytes);
  else if (name == "check") check_one(bytes);
  else if (name == "docx") docx_one(bytes);
  else return false;
  return true;
}

}  // namespace zongjie::fuzz
