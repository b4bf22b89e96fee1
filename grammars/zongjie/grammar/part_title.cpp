#include "zongjie/grammar/part_title_def.hpp"

namespace zongjie::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(part_title_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(report_title_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(title_ending_type, iterator_type, context_type)
}  // namespace zongjie::grammar::parser
