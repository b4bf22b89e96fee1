#pragma once

#include "zongjie/grammar/cue.hpp"
#include "zongjie/grammar/numeral_def.hpp"

namespace zongjie::grammar {
namespace parser {

// Symbol tables rather than alternatives of literals: these rules are tried
// at every byte of a paragraph (x3::seek), and a ternary search tree rejects
// a position with one comparison.

/// Phrases that turn from achievements to shortcomings.
struct problems_lead_table : x3::symbols<x3::unused_type> {
  problems_lead_table() {
    for (auto const* cue :
         {"清醒地看到", "清醒看到", "清醒地认识到", "清醒认识到", "清醒地意识到", "也要看到",
          "也应看到", "也要清醒", "也看到", "肯定成绩的同时", "肯定成绩同时", "成绩的同时", "正视",
          "客观分析", "还存在", "仍存在", "依然存在", "仍然存在", "也存在", "还面临", "仍面临",
          "主要表现在", "不容忽视", "差距和不足", "问题和不足", "不足之处"})
      add(cue);
  }
};
inline problems_lead_table const problems_lead_words;

/// What the problems are called.
struct problems_noun_table : x3::symbols<x3::unused_type> {
  problems_noun_table() {
    for (auto const* cue : {"问题", "不足", "困难", "短板", "差距", "薄弱", "瓶颈", "弱项"}) add(cue);
  }
};
inline problems_noun_table const problems_noun_words;

/// Phrases of a final exhortation, weighted.
struct closing_table : x3::symbols<int> {
  closing_table() {
    for (auto const* cue : {"让我们", "同志们", "征途漫漫", "号角已经吹响", "号角已吹响",
                            "蓝图已经绘就", "蓝图已绘就", "使命呼唤担当", "奋斗正当时"})
      add(cue, 2);
    for (auto const* cue : {"惟有奋斗", "唯有奋斗", "只争朝夕", "不负韶华", "奋力谱写",
                            "再创新辉煌", "新的更大贡献", "贡献力量", "而不懈奋斗", "而努力奋斗",
                            "团结一心", "踔厉奋发", "勇毅前行", "砥砺前行", "新征程",
                            "更加紧密地团结", "撸起袖子加油干", "奋楫争先", "更大贡献", "更大力量",
                            "崭新答卷", "新答卷", "新篇章", "新辉煌", "开新局"})
      add(cue, 1);
  }
};
inline closing_table const closing_words;

/// How a closing paragraph opens: 新的一年，… / 展望未来，…
struct closing_opening_table : x3::symbols<x3::unused_type> {
  closing_opening_table() {
    for (auto const* cue : {"新的一年", "展望新的一年", "展望未来", "展望", "站在新的起点", "站在新起点",
                            "征程万里", "新征程上", "回首过去", "百舸争流", "雄关漫道"})
      add(cue);
  }
};
inline closing_opening_table const closing_opening_words;

problems_lead_cue_type const problems_lead_cue = "problems_lead_cue";
problems_noun_cue_type const problems_noun_cue = "problems_noun_cue";
closing_cue_type const closing_cue = "closing_cue";
closing_opening_type const closing_opening = "closing_opening";

inline auto const problems_lead_cue_def = problems_lead_words;
inline auto const problems_noun_cue_def = problems_noun_words;
inline auto const closing_cue_def = closing_words;
inline auto const closing_opening_def = closing_opening_words;

BOOST_SPIRIT_DEFINE(problems_lead_cue, problems_noun_cue, closing_cue, closing_opening)

}  // namespace parser

parser::problems_lead_cue_type const& problems_lead_cue() { return parser::problems_lead_cue; }
parser::problems_noun_cue_type const& problems_noun_cue() { return parser::problems_noun_cue; }
parser::closing_cue_type const& closing_cue() { return parser::closing_cue; }
parser::closing_opening_type const& closing_opening() { return parser::closing_opening; }

}  // namespace zongjie::grammar
