// Golden tests of the grammar, in the shape of Spirit's own parse tests
// (test/x3/rexpr): tests/grammar/<name>.input holds one case per line,
// <name>.expect the expected result on the same line number.
//
//   markers        family punct ordinal title_begin   (title_begin in characters) | none
//   numerals       the ordinal of the line's marker | none
//   part_titles    kind[:year] per component (summary:2023 plan:2024) | none
//   doc_titles     at=<characters of unit name> kind[:year]… | none
//   years          year:begin-end per YearMention (characters) | none
//   debris         yes|no (whole line is noise) then begin-end of inline debris (characters)
//
// Input escapes: \t \s \u{3000} \\ (see test_support.hpp).  A line that
// shows a known bug does not go here: it becomes a [!shouldfail] test case in
// grammar_test.cpp (tests/README.md).
#include "support/test_support.hpp"

#include "zongjie/grammar/grammar.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <sstream>

using namespace zongjie;
using namespace zongjie::grammar;

namespace {

std::filesystem::path const golden_dir{ZONGJIE_GRAMMAR_TEST_DIR};

std::string_view family_name(MarkerFamily f) {
  switch (f) {
    case MarkerFamily::part: return "part";
    case MarkerFamily::di: return "di";
    case MarkerFamily::cn_dun: return "cn_dun";
    case MarkerFamily::cn_paren: return "cn_paren";
    case MarkerFamily::cn_shi: return "cn_shi";
    case MarkerFamily::arabic_dot: return "arabic_dot";
    case MarkerFamily::arabic_paren: return "arabic_paren";
    case MarkerFamily::circled: return "circled";
  }
  return "?";
}

std::string_view punct_name(MarkerPunct p) {
  switch (p) {
    case MarkerPunct::colon_full: return "colon_full";
    case MarkerPunct::colon_ascii: return "colon_ascii";
    case MarkerPunct::space: return "space";
    case MarkerPunct::dun: return "dun";
    case MarkerPunct::comma_full: return "comma_full";
    case MarkerPunct::comma_ascii: return "comma_ascii";
    case MarkerPunct::dot_full: return "dot_full";
    case MarkerPunct::dot_ascii: return "dot_ascii";
    case MarkerPunct::paren_full: return "paren_full";
    case MarkerPunct::paren_ascii: return "paren_ascii";
    case MarkerPunct::paren_mixed: return "paren_mixed";
    case MarkerPunct::rparen_full: return "rparen_full";
    case MarkerPunct::rparen_ascii: return "rparen_ascii";
    case MarkerPunct::shi: return "shi";
    case MarkerPunct::glyph: return "glyph";
  }
  return "?";
}

std::string_view kind_name(TitleKind k) {
  switch (k) {
    case TitleKind::summary: return "summary";
    case TitleKind::problems: return "problems";
    case TitleKind::plan: return "plan";
    case TitleKind::report: return "report";
  }
  return "?";
}

std::string components(std::vector<TitleComponent> const& cs) {
  std::string out;
  for (auto const& c : cs) {
    if (!out.empty()) out += ' ';
    out += kind_name(c.kind);
    if (c.year != 0) out += ":" + std::to_string(c.year);
  }
  return out;
}

std::string range(std::string_view s, std::size_t b, std::size_t e) {
  return std::to_string(test::char_offset(s, b)) + "-" + std::to_string(test::char_offset(s, e));
}

// The result formatters, one per golden pair.
std::string golden_markers(std::string_view line) {
  auto const m = parse_line_marker(line);
  if (!m) return "none";
  // Invariants of LineMarker before the expectation itself.
  if (!(m->begin <= m->end && m->end <= m->title_begin && m->title_begin <= line.size())) return "bad offsets";
  std::ostringstream out;
  out << family_name(m->marker.family) << ' ' << punct_name(m->marker.punct) << ' ' << m->marker.ordinal << ' '
      << test::char_offset(line, m->title_begin);
  return out.str();
}

std::string golden_numerals(std::string_view line) {
  auto const m = parse_line_marker(line);
  return m ? std::to_string(m->marker.ordinal) : "none";
}

std::string golden_part_titles(std::string_view line) {
  auto const t = match_part_title(line);
  return t ? components(t->components) : "none";
}

std::string golden_doc_titles(std::string_view line) {
  auto const t = match_document_title(line);
  if (!t) return "none";
  return "at=" + std::to_string(test::char_offset(line, t->begin)) + " " + components(t->components);
}

std::string golden_years(std::string_view line) {
  std::vector<YearMention> ys;
  find_years(line, ys);
  if (ys.empty()) return "none";
  std::string out;
  for (auto const& y : ys) {
    if (!out.empty()) out += ' ';
    out += std::to_string(y.year) + ":" + range(line, y.begin, y.end);
  }
  return out;
}

std::string golden_debris(std::string_view line) {
  std::string out = is_noise_line(line) ? "yes" : "no";
  std::vector<ByteRange> rs;
  find_inline_debris(line, rs);
  for (auto const& r : rs) out += " " + range(line, r.begin, r.end);
  return out;
}

using Formatter = std::function<std::string(std::string_view)>;

/// Runs one golden pair: one assertion per line, naming file and line.
void run_golden(std::filesystem::path const& dir, std::string const& name, Formatter const& fn) {
  test::GoldenPair const g = test::load_golden(dir, name);
  INFO("golden pair " << (dir / name).string() << ".input/.expect");
  REQUIRE(g.input.size() == g.expect.size());
  REQUIRE_FALSE(g.input.empty());
  for (std::size_t i = 0; i < g.input.size(); ++i) {
    std::string const input = test::unescape(g.input[i]);
    std::string const got = fn(input);
    INFO(name << ".input:" << i + 1 << ": «" << test::visible(input) << "»");
    CHECK(got == g.expect[i]);
  }
}

}  // namespace

TEST_CASE("golden markers", "[grammar][golden]") { run_golden(golden_dir, "markers", golden_markers); }

TEST_CASE("golden numerals", "[grammar][golden]") { run_golden(golden_dir, "numerals", golden_numerals); }

TEST_CASE("golden part titles", "[grammar][golden]") { run_golden(golden_dir, "part_titles", golden_part_titles); }

TEST_CASE("golden document titles", "[grammar][golden]") { run_golden(golden_dir, "doc_titles", golden_doc_titles); }

TEST_CASE("golden years", "[grammar][golden]") { run_golden(golden_dir, "years", golden_years); }

TEST_CASE("golden debris", "[grammar][golden]") { run_golden(golden_dir, "debris", golden_debris); }
