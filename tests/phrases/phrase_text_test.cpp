// The text functions of the phrase index: folding, the per-character form,
// FTS5 quoting, set phrases.
#include "zongjie/phrases/phrase_text.hpp"

#include <catch2/catch.hpp>

using namespace zongjie::phrases;

TEST_CASE("folding joins sentences that differ in years, figures, punctuation and width", "[phrases][text]") {
  CHECK(fold_text("2023年全镇垃圾分类覆盖率达到85%。") == "#年全镇垃圾分类覆盖率达到#");
  CHECK(fold_key("2023年全镇垃圾分类覆盖率达到85%。") == fold_key("2024年全镇垃圾分类覆盖率达到92.5%"));
  CHECK(fold_key("加压奋进,笃定前行") == fold_key("加压奋进，笃定前行"));
  CHECK(fold_key("完成ＥＯＤ项目１２个") == fold_key("完成eod项目 7 个"));
  CHECK(fold_key("“两山”理念") == fold_key("两山理念"));
  CHECK(fold_key("招商引资再加力") != fold_key("招商引资再发力"));
  CHECK(fold_key("1,200万元") == fold_key("3万元"));
  // Nothing but punctuation: the sentence itself is the key.
  CHECK(fold_key("！！！！") != fold_key("？？？？"));
}

TEST_CASE("number slogans keep their figures and never fold together", "[phrases][text]") {
  CHECK(fold_text("“14361”") == "14361");
  CHECK(fold_text("“1+6”") == "1+6");
  CHECK(fold_text("“4+2”") == "4+2");
  CHECK(fold_key("“14361”") != fold_key("“1+6”"));
  CHECK(fold_key("“1+6”") != fold_key("“4+2”"));
  CHECK(fold_key("“14361”") != fold_key("“4+2”"));
  CHECK(fold_key("“２０２５”") == fold_key("2025"));  // width and quotes still fold
  // A formula inside a sentence: the method's name is kept, other figures fold.
  CHECK(fold_text("2023年推行“1+6”工作法") == "#年推行1+6工作法");
  CHECK(fold_key("推行“1+6”工作法") != fold_key("推行“4+2”工作法"));
  CHECK(fold_key("2023年推行“1＋6”工作法") == fold_key("2024年推行1+6工作法"));
  CHECK(fold_text("落实“3+X”机制") == "落实3+x机制");
  CHECK(fold_text("12.5+3") == "125+3");
  // Ordinary figures still fold.
  CHECK(fold_key("完成项目12个") == fold_key("完成项目7个"));
  CHECK(fold_key("！！！！") != fold_key("？？？？"));
}

TEST_CASE("the per-character form makes every character a token", "[phrases][text]") {
  CHECK(spaced_chars("党建引领") == "党 建 引 领 ");
  CHECK(spaced_chars("EOD 项目") == "E O D 项 目 ");
  CHECK(spaced_chars("\xE3\x80\x80两山") == "两 山 ");  // ideographic space dropped
  CHECK(is_token_char(U'党'));
  CHECK(is_token_char(U'a'));
  CHECK(is_token_char(U'７'));
  CHECK_FALSE(is_token_char(U'，'));
  CHECK_FALSE(is_token_char(U'“'));
  CHECK_FALSE(is_token_char(U'('));
  CHECK_FALSE(is_token_char(U'😀'));
}

TEST_CASE("user text is quoted as one FTS5 string", "[phrases][text]") {
  CHECK(fts5_string("党建") == "\"党建\"");
  CHECK(fts5_string("a\"b") == "\"a\"\"b\"");
  CHECK(fts5_string("\"") == "\"\"\"\"");
  CHECK(fts5_string("") == "\"\"");
  CHECK(fts5_string("x OR y*") == "\"x OR y*\"");
}

namespace {
std::vector<std::string> texts(std::vector<SetPhrase> const& v, SetPhraseKind k) {
  std::vector<std::string> out;
  for (auto const& s : v)
    if (s.kind == k) out.push_back(s.text);
  return out;
}
}  // namespace

TEST_CASE("set phrases: parallel clauses of three or four characters", "[phrases][text]") {
  using V = std::vector<std::string>;
  auto p = [](std::string_view s) { return texts(find_set_phrases(s), SetPhraseKind::parallel); };
  CHECK(p("聚焦品牌打造，固成果、促振兴") == V{"固成果、促振兴"});
  CHECK(p("要求党员干部：知敬畏、存戒惧、守底线，增强拒腐防变意识") == V{"知敬畏、存戒惧、守底线"});
  CHECK(p("按照部署要求,加压奋进,笃定前行,全力推进建设") == V{"加压奋进,笃定前行"});
  CHECK(p("凝心聚力，真抓实干！") == V{"凝心聚力，真抓实干"});
  // Mixed lengths, a lone clause, clauses cut by a quotation mark.
  CHECK(p("强保障、增福祉，持续推进") == V{"强保障、增福祉"});
  CHECK(p("全力推进，“侨乡南境、美丽花园”建设").empty());
  CHECK(p("以学铸魂、以学促干，确保主题教育扎实推进").size() == 1);
  CHECK(p("元宵、端午").empty());                                        // two characters each
  CHECK(p("一二三四、五六七八、甲乙丙丁、子丑寅卯、东南西北").empty());  // an enumeration, not a set phrase
  CHECK(p("完成建设12个、改造8个").empty());                             // not pure Han
}

TEST_CASE("set phrases: short quotations", "[phrases][text]") {
  using V = std::vector<std::string>;
  auto q = [](std::string_view s) { return texts(find_set_phrases(s), SetPhraseKind::slogan); };
  CHECK(q("坚定不移实施“八八战略”，打造“侨乡南境、美丽花园”") == V{"“八八战略”", "“侨乡南境、美丽花园”"});
  CHECK(q("践行“两山”理念") == V{"“两山”"});
  CHECK(q("一个“字”").empty());                          // one character
  CHECK(q("“这是一句很长很长的话。后面还有”").empty());  // a full stop inside
  CHECK(q("没有闭合的“引号").empty());
  auto const all = find_set_phrases("践行“两山”理念，固成果、促振兴");
  REQUIRE(all.size() == 2);
  CHECK(all[0].offset < all[1].offset);  // in text order
}
