#include "zongjie/grammar/marker_def.hpp"

namespace zongjie::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(line_marker_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(shi_marker_type, iterator_type, context_type)
}  // namespace zongjie::grammar::parser
