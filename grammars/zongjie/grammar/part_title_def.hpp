#pragma once

#include "zongjie/grammar/part_title.hpp"
#include "zongjie/grammar/numeral_def.hpp"

namespace zongjie::grammar {
namespace parser {

namespace title_actions {
inline auto kind(TitleKind k) {
  return [k](auto& ctx) {
    _val(ctx).kind = k;
    _val(ctx).year = 0;
  };
}
inline auto const year = [](auto& ctx) { _val(ctx).year = _attr(ctx); };
inline auto const clear = [](auto& ctx) { _val(ctx).components.clear(); };
inline auto const push = [](auto& ctx) { _val(ctx).components.push_back(_attr(ctx)); };
}  // namespace title_actions
namespace ta = title_actions;

struct title_component_class;
x3::rule<title_component_class, TitleComponent> const title_component = "title_component";

/// A five-year plan period: “十三五”时期, 十四五期间, “十二五”规划.
inline auto const five_year_period =
    -(lit("“") | lit('"')) >> lit("十") >> -cn_digit >> lit("五") >> -(lit("”") | lit('"'))
    >> -lit("规划") >> -(lit("时期") | lit("期间"));
/// 过去五年, 五年来: a span of years in words.
inline auto const past_span = (lit("过去") >> x3::omit[cn_number] >> lit("年")) | (x3::omit[cn_number] >> lit("年来"));
/// 今后五年, 未来五年.
inline auto const coming_span = (lit("今后") | lit("未来")) >> x3::omit[cn_number] >> lit("年");
/// The year summed up: 2023年(度), 今年以来, 一年来, 过去五年, “十三五”时期 …
inline auto const one_period =
    (year[ta::year] >> -lit("以来")) | lit("今年以来") | lit("今年来") | lit("今年") | lit("一年以来")
    | lit("一年来") | lit("年初以来") | lit("本年度") | lit("过去一年") | lit("过去的一年") | past_span
    | five_year_period | lit("全年") | lit("年度");
/// “十二五”时期和2015年: two periods summed up together.
inline auto const this_period = one_period >> *((lit("和") | lit("及") | lit("暨") | lit("、")) >> one_period);
/// Words that may stand between a period and the part noun: 2022年政府工作回顾,
/// “十三五”时期经济社会发展回顾, 2012年政府工作总体要求.
inline auto const filler =
    *(lit("的") | lit("政府") | lit("经济社会发展") | lit("经济社会") | lit("发展") | lit("总体"));
/// The year planned, in words: 明年, 下一步, 今后 …
inline auto const next_word =
    lit("明年") | lit("下一步") | lit("下步") | lit("今后") | lit("下一年度") | lit("下一年")
    | lit("新的一年") | lit("新一年") | lit("来年") | coming_span;
/// The year planned: 2024年, in words, or a five-year plan period.
inline auto const next_period = year[ta::year] | next_word | five_year_period;
inline auto const qualifier = lit("主要") | lit("重点") | lit("各项") | lit("全年");
inline auto const work = lit("工作");
inline auto const and_word = lit("以及") | lit("及") | lit("和") | lit("与") | lit("、");

inline auto const trailing = lit("：") | lit(':') | lit("。") | lit(' ') | lit('\t') | lit("　");
inline auto const joiner = lit("以及") | lit("及") | lit("和") | lit("暨") | lit("与") | lit("、")
                           | lit("，") | lit(',');
/// Where a title may stop: the end of the text or the next joined title.
/// PEG alternatives do not backtrack once one matched, so a short title
/// ("2023年主要工作") must check this itself, or it would swallow the start
/// of a longer one ("2024年工作思路").
inline auto const title_stops = &((*trailing >> x3::eoi) | joiner);

// --- summary: 2023年工作总结, 工作回顾, 主要工作完成情况, 今年以来工作开展情况
inline auto const summary_verb = lit("开展") | lit("完成") | lit("推进") | lit("落实");
inline auto const summary_noun =
    lit("总结") | lit("回顾") | lit("成效") | lit("完成情况") | lit("开展情况") | lit("推进情况")
    | lit("落实情况") | lit("进展情况") | lit("情况") | lit("成绩") | lit("亮点") | lit("进展")
    | lit("做法") | lit("成果") | lit("成就");
inline auto const summary_tail =
    -summary_verb >> -lit("的") >> -and_word >> -qualifier >> summary_noun
    >> -(and_word >> -qualifier >> summary_noun);
inline auto const summary_title =
    eps[ta::kind(TitleKind::summary)]
    >> ((this_period >> -lit("的") >> -qualifier >> -work >> summary_tail)
        | (this_period >> filler >> -qualifier >> -work >> filler >> summary_tail)
        | (-qualifier >> work >> summary_tail)
        // 2023年主要工作: a year and 工作 alone.  Whether a later one of these
        // is the plan is decided from the years by the outline builder.
        | (this_period >> -lit("的") >> -(lit("主要") | lit("各项") | lit("全年")) >> work >> title_stops));

// --- problems: 存在的问题, 存在突出问题, 困难和问题, 问题与不足, 短板, 差距
inline auto const problems_lead =
    *(lit("工作中") | lit("发展中") | lit("目前") | lit("当前") | lit("面临") | lit("存在")
      | lit("的") | lit("主要") | lit("突出") | lit("一些") | lit("还") | lit("仍"));
inline auto const problems_noun =
    lit("问题") | lit("不足之处") | lit("不足") | lit("困难") | lit("短板") | lit("差距")
    | lit("薄弱环节") | lit("弱项") | lit("挑战");
inline auto const problems_tail = lit("原因分析") | lit("原因") | lit("对策建议") | lit("建议") | lit("对策");
inline auto const problems_title =
    eps[ta::kind(TitleKind::problems)]
    >> -(this_period >> -work) >> problems_lead >> problems_noun
    >> *(and_word >> problems_lead >> problems_noun) >> -(and_word >> problems_tail);

// --- plan: 2024年工作思路, 下一步工作打算, 2024年重点工作, 工作计划
inline auto const plan_noun =
    lit("思路") | lit("安排") | lit("打算") | lit("计划") | lit("要点") | lit("谋划")
    | lit("设想") | lit("方向") | lit("目标") | lit("举措") | lit("部署") | lit("任务")
    | lit("措施") | lit("重点工作") | lit("重点") | lit("要求");
/// 思路, 目标任务, 思路及目标任务, 思路和主要举措.
/// 目标任务和重点工作: a noun straight after the joiner is tried first, so
/// that 重点 is not taken for a qualifier of 工作.
inline auto const plan_nouns =
    +plan_noun >> *(and_word >> (+plan_noun | (-qualifier >> filler >> +plan_noun) | (qualifier >> work >> title_stops)));
inline auto const plan_title =
    eps[ta::kind(TitleKind::plan)]
    >> ((next_period >> -lit("的") >> -qualifier >> -work >> plan_nouns)
        | (next_period >> filler >> -qualifier >> -work >> filler >> plan_nouns)
        | (next_period >> -lit("的") >> lit("重点工作"))
        | (-qualifier >> work >> plan_nouns)
        | (next_word >> -lit("的") >> -qualifier >> work >> title_stops));  // 下一步工作, 明年主要工作

inline auto const title_component_def = summary_title | plan_title | problems_title;

part_title_line_type const part_title_line = "part_title_line";
report_title_line_type const report_title_line = "report_title_line";

inline auto const part_title_line_def =
    eps[ta::clear] >> (title_component[ta::push] % joiner) >> *trailing >> x3::eoi;

struct report_component_class;
x3::rule<report_component_class, TitleComponent> const report_component = "report_component";
inline auto const report_component_def =
    eps[ta::kind(TitleKind::report)] >> -this_period >> -lit("的") >> -(lit("政府") | lit("乡镇"))
    >> (lit("工作报告") | lit("工作总结报告") | lit("述职报告") | lit("总结报告"));

/// How a document title ends when the words before it are free:
/// 关于XX镇2023年工作情况的报告, 东山镇2024年度重点工作计划.
title_ending_type const title_ending = "title_ending";
inline auto const title_ending_def =
    (lit("的报告") | lit("报告") | lit("工作总结") | lit("总结") | lit("工作汇报") | lit("汇报")
     | lit("工作计划") | lit("工作思路") | lit("工作安排") | lit("工作打算") | lit("工作要点"))
    >> *trailing >> x3::eoi;
inline auto const report_title_line_def =
    eps[ta::clear] >> report_component[ta::push] >> *trailing >> x3::eoi;

BOOST_SPIRIT_DEFINE(title_component, report_component, part_title_line, report_title_line, title_ending)

}  // namespace parser

parser::part_title_line_type const& part_title_line() { return parser::part_title_line; }
parser::report_title_line_type const& report_title_line() { return parser::report_title_line; }
parser::title_ending_type const& title_ending() { return parser::title_ending; }

}  // namespace zongjie::grammar
