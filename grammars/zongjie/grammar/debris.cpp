#include "zongjie/grammar/debris_def.hpp"

namespace zongjie::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(noise_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(short_noise_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(searched_noise_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inline_debris_type, iterator_type, context_type)
}  // namespace zongjie::grammar::parser
