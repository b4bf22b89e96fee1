// Part titles: 2023年工作总结 / 存在的问题 / 2024年工作思路, joined by 及/和/暨.
#pragma once

#include "zongjie/grammar/ast.hpp"
#include "zongjie/grammar/config.hpp"

namespace zongjie::grammar {
namespace parser {
struct part_title_line_class;
struct report_title_line_class;
using part_title_line_type = x3::rule<part_title_line_class, PartTitle>;
using report_title_line_type = x3::rule<report_title_line_class, PartTitle>;
struct title_ending_class;
using title_ending_type = x3::rule<title_ending_class, x3::unused_type>;
BOOST_SPIRIT_DECLARE(part_title_line_type, report_title_line_type, title_ending_type)
}  // namespace parser

/// One or more part titles filling the rest of the text (trailing ：。 and blanks allowed).
parser::part_title_line_type const& part_title_line();
/// 2023年工作报告 / 政府工作报告: a document title that names no part.
parser::report_title_line_type const& report_title_line();
/// 报告 / 总结 / 工作计划 … at the end of the text: a title whose other words are free.
parser::title_ending_type const& title_ending();
}  // namespace zongjie::grammar
