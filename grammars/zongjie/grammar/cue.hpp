// Cue phrases that mark parts written without a heading: the problems
// paragraph (在充分肯定成绩的同时…清醒地看到…不足) and the closing exhortation.
#pragma once

#include "zongjie/grammar/config.hpp"

namespace zongjie::grammar {
namespace parser {
struct problems_lead_cue_class;
struct problems_noun_cue_class;
struct closing_cue_class;
using problems_lead_cue_type = x3::rule<problems_lead_cue_class, x3::unused_type>;
using problems_noun_cue_type = x3::rule<problems_noun_cue_class, x3::unused_type>;
/// The attribute is the cue's weight: 2 for a phrase only a closing uses
/// (让我们, 同志们), 1 for one that body text uses too.
using closing_cue_type = x3::rule<closing_cue_class, int>;
struct closing_opening_class;
using closing_opening_type = x3::rule<closing_opening_class, x3::unused_type>;
struct shortfall_cue_class;
using shortfall_cue_type = x3::rule<shortfall_cue_class, x3::unused_type>;
/// The attribute is +1 for a word of work to do, -1 for one of work done.
struct tense_cue_class;
using tense_cue_type = x3::rule<tense_cue_class, int>;
struct salutation_class;
using salutation_type = x3::rule<salutation_class, x3::unused_type>;
BOOST_SPIRIT_DECLARE(problems_lead_cue_type, problems_noun_cue_type, closing_cue_type, closing_opening_type,
                     shortfall_cue_type, tense_cue_type, salutation_type)
}  // namespace parser

parser::problems_lead_cue_type const& problems_lead_cue();
parser::problems_noun_cue_type const& problems_noun_cue();
parser::closing_cue_type const& closing_cue();
/// 新的一年，… at the start of a paragraph.
parser::closing_opening_type const& closing_opening();
parser::shortfall_cue_type const& shortfall_cue();
parser::tense_cue_type const& tense_cue();
parser::salutation_type const& salutation();
}  // namespace zongjie::grammar
