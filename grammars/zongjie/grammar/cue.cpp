#include "zongjie/grammar/cue_def.hpp"

namespace zongjie::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(problems_lead_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(problems_noun_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(closing_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(closing_opening_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(shortfall_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(tense_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(salutation_type, iterator_type, context_type)
}  // namespace zongjie::grammar::parser
