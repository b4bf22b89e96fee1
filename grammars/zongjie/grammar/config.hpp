// Iterator and context types the grammar is instantiated for.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace zongjie::grammar {
namespace x3 = boost::spirit::x3;

// The grammar matches UTF-8 bytes directly: all markers and keywords are
// literal byte sequences, which runs about three times faster than decoding
// to code points first (docs/OUTLINE.md, "The grammar works on bytes").  Callers hand in validated UTF-8.
using iterator_type = const char*;
// No skipper: headings are whitespace-sensitive ("1 " is a marker, "1" is not).
using context_type = x3::unused_type;
}  // namespace zongjie::grammar
