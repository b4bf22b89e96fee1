// The office lexicon in the checker: the name extractor (what is a name and
// what is not), wording.name-variant, and the confusable and placeholder
// rules kept quiet on a trusted name.  All names are invented.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/corpus/lexicon.hpp"
#include "zongjie/util/tsv.hpp"

#include "zongjie/learn/learner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

using namespace zongjie;
using check::Severity;
using test::of_rule;

namespace {

constexpr std::string_view rule = "wording.name-variant";

std::vector<std::string> names_in(std::string const& text, NameKind kind) {
  std::vector<NameSpan> spans;
  NameExtractor::standard()->find(text, spans);
  std::vector<std::string> out;
  for (auto const& s : spans)
    if (s.kind == kind) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

/// A checker whose lexicon holds `learned` (and `staff`).
check::Checker checker_with(std::vector<NameCount> const& learned, std::vector<StaffName> const& staff = {}) {
  check::CheckerOptions options;
  options.lexicon = std::make_shared<OfficeLexicon const>(learned, staff);
  return check::Checker(std::move(options));
}

std::vector<check::Finding> check_with(check::Checker const& c, std::string text) {
  return test::check_document(c, test::document(std::move(text)));
}

std::vector<NameCount> const& village_lexicon() {
  static std::vector<NameCount> const v{
      {"马家垄村", NameKind::place, 40, 12}, {"东岭村", NameKind::place, 30, 10},
      {"西岭村", NameKind::place, 2, 2},     {"青石镇", NameKind::place, 60, 15},
      {"县水利局", NameKind::unit, 9, 6},    {"“清河畅流”工程", NameKind::project, 8, 4},
      {"观模村", NameKind::place, 12, 5},    {"高家堡村", NameKind::place, 4, 2},
      {"高家铺村", NameKind::place, 3, 2},   {"李红梅", NameKind::person, 6, 3}};
  return v;
}

}  // namespace

TEST_CASE("names: places, units, projects and people, with the word before them left out", "[check][lexicon]") {
  CHECK(names_in("在柳溪村建成文化广场。", NameKind::place) == std::vector<std::string>{"柳溪村"});
  CHECK(names_in("积极对接柳溪村、梅岭村和石门社区。", NameKind::place) ==
        std::vector<std::string>{"柳溪村", "梅岭村", "石门社区"});
  CHECK(names_in("协调县交通运输局完成改造。", NameKind::unit) == std::vector<std::string>{"县交通运输局"});
  CHECK(names_in("实施“清河畅流”工程。", NameKind::project) == std::vector<std::string>{"“清河畅流”工程"});
  CHECK(names_in("由王建国同志负责。", NameKind::person) == std::vector<std::string>{"王建国"});
}

TEST_CASE("names: generic words are not names", "[check][lexicon]") {
  auto const text = GENERATE(as<std::string>{}, "各村建成垃圾收集点。", "本镇共有12个行政村。", "全镇上下齐心协力。",
                             "该中心全年服务群众。", "会同有关部门开展检查。", "推进乡村振兴和美丽乡村建设。",
                             "推进社区治理。", "围绕中心工作。", "坚持以人民为中心。", "广大党员干部同志们。",
                             "吸引农民工返乡创业。", "举办农民丰收节。", "形成新发展格局。", "示范村建设有序推进。",
                             "城镇化水平提高。", "所有村组全覆盖。", "两名同志获表彰。");
  INFO(text);
  std::vector<NameSpan> spans;
  NameExtractor::standard()->find(text, spans);
  for (auto const& s : spans) INFO(std::string(text).substr(s.begin, s.end - s.begin));
  CHECK(spans.empty());
}

TEST_CASE("names: counted per document, a word read with a verb before it counted with the name", "[check][lexicon]") {
  std::vector<std::string_view> const texts{"柳溪村完成改造。", "柳溪村新建广场。", "乘柳溪村到达"};
  auto const counts = NameExtractor::standard()->count(texts);
  REQUIRE(counts.size() == 1);
  CHECK(counts[0].word == "柳溪村");
  CHECK(counts[0].count == 3);
}

TEST_CASE("name-variant: known names, contrast pairs, solid counts and staff names stay quiet",
          "[check][wording.name-variant]") {
  auto const c = checker_with(village_lexicon(), {{"石门坎村", NameKind::place, false}});
  auto const text = GENERATE(as<std::string>{},
                             "马家垄村完成道路硬化。",  // the known name itself
                             "西岭村新建文化广场。",    // 东/西: two real villages
                             "高家铺村完成改厕。",      // 3 uses: solid, beside 高家堡村
                             "石门坎村建成停车场。",    // staff-added
                             "柳溪村完成改造。",        // unknown and like nothing known
                             "青石乡完成改造。",        // the kind word differs, not the name
                             "由李红梅同志负责。");
  INFO(text);
  CHECK(of_rule(check_with(c, text), rule).empty());
}

TEST_CASE("name-variant: a name one character away from a far more frequent one", "[check][wording.name-variant]") {
  auto const c = checker_with(village_lexicon());
  std::string const text =
      "马家弄村完成道路硬化。在青山镇召开现场会。协调县水力局实施“青河畅流”工程。由李红霉同志负责。\n";
  auto const f = of_rule(check_with(c, text), rule);
  REQUIRE(f.size() == 5);
  CHECK(f[0].severity == Severity::warning);
  CHECK(f[0].suggestion == "马家垄村");
  CHECK(f[0].column == test::column_of(text, "马家弄村"));
  REQUIRE(f[0].fix);
  CHECK_FALSE(f[0].fix->safe);
  CHECK(f[1].suggestion == "青石镇");
  CHECK(f[2].suggestion == "县水利局");
  CHECK(f[3].suggestion == "“清河畅流”工程");
  CHECK(f[4].suggestion == "李红梅");
}

TEST_CASE("name-variant: inactive without a lexicon, and its thresholds", "[check][wording.name-variant]") {
  CHECK(of_rule(test::check_text("马家弄村完成道路硬化。\n"), rule).empty());
  // The known name is used too little (below variant_min_count) or not 10 times as often.
  auto const few = checker_with({{"马家垄村", NameKind::place, 4, 2}});
  CHECK(of_rule(check_with(few, "马家弄村完成道路硬化。\n"), rule).empty());
  auto const close = checker_with({{"马家垄村", NameKind::place, 15, 5}, {"马家弄村", NameKind::place, 2, 2}});
  CHECK(of_rule(check_with(close, "马家弄村完成道路硬化。\n"), rule).empty());
  auto const far = checker_with({{"马家垄村", NameKind::place, 20, 5}, {"马家弄村", NameKind::place, 2, 1}});
  CHECK(of_rule(check_with(far, "马家弄村完成道路硬化。\n"), rule).size() == 1);
  // A removed word is no longer suggested.
  auto const removed = checker_with({{"马家垄村", NameKind::place, 40, 12}}, {{"马家垄村", std::nullopt, true}});
  CHECK(of_rule(check_with(removed, "马家弄村完成道路硬化。\n"), rule).empty());
}

TEST_CASE("lexicon: confusable and placeholder rules stay quiet on a trusted name",
          "[check][wording.confusable][lexicon]") {
  std::string const text = "观模村完成道路硬化。组织干部到邻县观模学习。\n";
  auto const plain = of_rule(test::check_text(text), "wording.confusable");
  CHECK(plain.size() == 2);  // without the lexicon both are read as 观摩
  auto const c = checker_with(village_lexicon());
  auto const f = of_rule(check_with(c, text), "wording.confusable");
  REQUIRE(f.size() == 1);  // the village is quiet, the misspelt 观摩 is not
  CHECK(f[0].column == test::column_of(text, "观模学习"));

  std::string const brand = "XX果业公司带动农户增收。\n";
  CHECK(of_rule(test::check_text(brand), "placeholder.unfilled").size() == 1);
  auto const staff = checker_with({}, {{"XX果业公司", NameKind::unit, false}});
  CHECK(of_rule(check_with(staff, brand), "placeholder.unfilled").empty());
}

TEST_CASE("name-variant: recall and false findings on fresh drafts, lexicon learned from fresh reports",
          "[check][wording.name-variant][eval]") {
  namespace fs = std::filesystem;
  fs::path const dir = fs::path(ZONGJIE_TEST_DATA_DIR) / "check" / "names";
  // The lexicon of corpus/, counted as learn counts it.
  std::vector<fs::path> files;
  for (auto const& e : fs::directory_iterator(dir / "corpus")) files.push_back(e.path());
  std::vector<NameCount> const learned = test::learned_names(files);
  auto const c = checker_with(learned);

  std::ifstream in(dir / "expected.tsv");
  std::string const tsv{std::istreambuf_iterator<char>(in), {}};
  std::set<std::tuple<std::string, std::size_t, std::string>> expected;
  for (auto const& row : util::parse_tsv(tsv))
    expected.insert(
        {std::string(row.fields.at(0)), std::stoul(std::string(row.fields.at(1))), std::string(row.fields.at(2))});
  REQUIRE(expected.size() >= 10);

  std::size_t found = 0, false_findings = 0;
  for (auto const& e : fs::directory_iterator(dir / "drafts")) {
    text::Document const doc = text::load_document(e.path());
    for (auto const& f : of_rule(test::check_document(c, doc), rule)) {
      auto const key = std::tuple{e.path().filename().string(), f.line, f.suggestion.value_or("")};
      if (expected.contains(key)) {
        ++found;
      } else {
        ++false_findings;
        UNSCOPED_INFO("false finding: " << std::get<0>(key) << ":" << f.line << " " << f.message);
      }
    }
  }
  double const recall = static_cast<double>(found) / static_cast<double>(expected.size());
  std::cout << "wording.name-variant on tests/data/check/names: " << found << " of " << expected.size()
            << " misspelt names found (recall " << recall << "), " << false_findings << " false findings; lexicon of "
            << learned.size() << " names\n";
  CHECK(recall >= 0.9);
  CHECK(false_findings <= 2);
}

TEST_CASE("names: a malformed names.tsv is refused naming the file and the line", "[check][lexicon][data]") {
  auto const bad = GENERATE(as<std::string>{}, "suffix\t村\triver\t2\t3\n", "# c\nsuffix\t村\tplace\t3\t2\n",
                            "suffix\t村\tplace\tx\t3\n", "boundary\n", "unknown\t在\n");
  INFO(bad);
  try {
    (void)NameExtractor::parse(bad, "names.tsv");
    FAIL("accepted");
  } catch (util::DataError const& e) {
    CHECK_THAT(e.what(), Catch::StartsWith("names.tsv：第 "));
  }
  // The shipped file parses.
  CHECK_NOTHROW(NameExtractor::standard());
}
