// Years as written in the text: 2023年, 2023年度, 二〇二三年.
#pragma once

#include "zongjie/grammar/config.hpp"

namespace zongjie::grammar {
namespace parser {
struct year_class;
using year_type = x3::rule<year_class, int>;
BOOST_SPIRIT_DECLARE(year_type)
}  // namespace parser

parser::year_type const& year_rule();
}  // namespace zongjie::grammar
