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
          "主要表现在", "主要表现为", "不容忽视", "差距和不足", "问题和不足", "不足之处", "清楚地认识到",
          "清楚地看到", "清楚认识到", "深知", "深刻认识到", "成绩的同时", "成绩同时"})
      add(cue);
  }
};
inline problems_lead_table const problems_lead_words;

/// What the problems are called.
struct problems_noun_table : x3::symbols<x3::unused_type> {
  problems_noun_table() {
    for (auto const* cue : {"问题", "不足", "困难", "短板", "差距", "薄弱", "瓶颈", "弱项", "挑战"}) add(cue);
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

/// How shortcomings are worded once named: 不够强, 乏力, 有待提升 …  A
/// problems passage holds several of them.
struct shortfall_table : x3::symbols<x3::unused_type> {
  shortfall_table() {
    for (auto const* cue : {"不够", "不强", "不高", "不大", "不优", "不快", "不足", "不充分", "不平衡", "不完善",
                            "不尽合理", "乏力", "薄弱", "滞后", "较低", "偏低", "偏小", "偏弱", "低于", "有待",
                            "亟待", "亟需", "仍需", "较大压力", "任重道远", "依然突出", "仍然突出", "仍然艰巨",
                            "依然艰巨", "繁重", "短板", "欠账", "瓶颈", "差距"})
      add(cue);
  }
};
inline shortfall_table const shortfall_words;

/// Words of work still to do (将, 力争, 确保 …) and of work done (完成,
/// 建成, 同比 …): which way a stretch of text looks.
struct tense_table : x3::symbols<int> {
  tense_table() {
    for (auto const* cue : {"将", "要", "力争", "确保", "争取", "着力", "计划", "全力", "加快", "打造", "推动",
                            "坚决", "努力", "着眼", "谋划", "启动"})
      add(cue, 1);
    // Words that hold 要 or 了 without meaning either: matched whole, they
    // are skipped over.
    for (auto const* cue : {"主要", "重要", "需要", "要求", "纲要", "必要", "要素", "只要", "了解", "为了", "除了",
                            "不了", "了不起"})
      add(cue, 0);
    for (auto const* cue : {"完成了", "实现了", "取得了", "建成", "累计", "同比", "比上年", "增长了", "荣获",
                            "获评", "被评为", "入选", "获得", "达到", "圆满", "顺利", "有效", "显著", "明显", "了"})
      add(cue, -1);
  }
};
inline tense_table const tense_words;

/// 各位代表： / 各位委员、同志们：: whom a speech addresses.
struct salutation_table : x3::symbols<x3::unused_type> {
  salutation_table() {
    for (auto const* cue : {"各位代表", "各位委员", "同志们", "各位领导", "各位同志", "女士们", "先生们", "各位列席人员"})
      add(cue);
  }
};
inline salutation_table const salutation_words;

problems_lead_cue_type const problems_lead_cue = "problems_lead_cue";
problems_noun_cue_type const problems_noun_cue = "problems_noun_cue";
closing_cue_type const closing_cue = "closing_cue";
closing_opening_type const closing_opening = "closing_opening";

inline auto const problems_lead_cue_def = problems_lead_words;
inline auto const problems_noun_cue_def = problems_noun_words;
inline auto const closing_cue_def = closing_words;
inline auto const closing_opening_def = closing_opening_words;

shortfall_cue_type const shortfall_cue = "shortfall_cue";
tense_cue_type const tense_cue = "tense_cue";
salutation_type const salutation = "salutation";

inline auto const shortfall_cue_def = shortfall_words;
inline auto const tense_cue_def = tense_words;
/// The whole line: names joined by 、，, then a colon (or ！).
inline auto const salutation_def =
    salutation_words % (lit("、") | lit("，") | lit(',') | lit("和") | lit("及"))
    >> (lit("：") | lit(':') | lit("！") | lit('!')) >> *(lit(' ') | lit('\t') | lit("　")) >> x3::eoi;

BOOST_SPIRIT_DEFINE(problems_lead_cue, problems_noun_cue, closing_cue, closing_opening, shortfall_cue, tense_cue,
                    salutation)

}  // namespace parser

parser::problems_lead_cue_type const& problems_lead_cue() { return parser::problems_lead_cue; }
parser::problems_noun_cue_type const& problems_noun_cue() { return parser::problems_noun_cue; }
parser::closing_cue_type const& closing_cue() { return parser::closing_cue; }
parser::closing_opening_type const& closing_opening() { return parser::closing_opening; }
parser::shortfall_cue_type const& shortfall_cue() { return parser::shortfall_cue; }
parser::tense_cue_type const& tense_cue() { return parser::tense_cue; }
parser::salutation_type const& salutation() { return parser::salutation; }

}  // namespace zongjie::grammar
