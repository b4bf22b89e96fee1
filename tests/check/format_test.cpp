// Output formats: JSON per the DESIGN contract, gcc's one-line form, text.
#include "check_support.hpp"
#include "support/test_support.hpp"

#include "zongjie/check/format.hpp"

#include <catch2/catch.hpp>

using namespace zongjie;

TEST_CASE("format: JSON has the contract's fields", "[check][format]") {
  std::string const text = test::replace(test::clean_report(), "茶叶产业综合产值", "茶叶产业,综合产值");
  auto const findings = test::check_text(test::replace(text, "新建村级养老服务站3个", "新建村级养老服务站XX个"));
  auto const j = check::findings_to_json(findings, "r.txt");
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 2);
  for (auto const& o : j) {
    for (auto const* key : {"rule", "severity", "line", "column", "message"}) CHECK(o.contains(key));
    CHECK((o["severity"] == "error" || o["severity"] == "warning" || o["severity"] == "info"));
    CHECK(o["file"] == "r.txt");
  }
  CHECK(j[0]["rule"] == "punctuation.half-width");
  CHECK(j[0]["suggestion"] == "，");
  CHECK(j[0]["fixable"] == true);
  CHECK(j[1]["rule"] == "placeholder.unfilled");
  CHECK_FALSE(j[1].contains("suggestion"));
  CHECK(j[1]["line"] == 9);
}

TEST_CASE("format: gcc lines", "[check][format]") {
  std::string const text = test::replace(test::clean_report(), "新建村级养老服务站3个", "新建村级养老服务站XX个");
  auto const out = check::findings_to_gcc(test::check_text(text), "r.txt");
  CHECK(out == "r.txt:9:" + std::to_string(test::column_of(text, "XX个")) +
                   ": error: 占位符“XX”还没有填写 [placeholder.unfilled]\n");
}

TEST_CASE("format: text for people", "[check][format]") {
  std::string const text = "在全镇营造比学赶超的浓厚范围。\n";
  auto const out = check::findings_to_text(test::check_text(text), "r.txt");
  CHECK(out.find("r.txt:1:11") != std::string::npos);
  CHECK(out.find("警告") != std::string::npos);
  CHECK(out.find("浓厚氛围") != std::string::npos);
  CHECK(out.find("[wording.confusable]") != std::string::npos);
}
