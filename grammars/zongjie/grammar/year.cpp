#include "zongjie/grammar/year.hpp"
#include "zongjie/grammar/numeral_def.hpp"

namespace zongjie::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(year_type, iterator_type, context_type)
}  // namespace parser

parser::year_type const& year_rule() { return parser::year; }
}  // namespace zongjie::grammar
