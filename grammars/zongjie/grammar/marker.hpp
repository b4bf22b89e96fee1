// Heading markers at the start of a line, and 一是-style markers anywhere.
#pragma once

#include "zongjie/grammar/ast.hpp"
#include "zongjie/grammar/config.hpp"

namespace zongjie::grammar {
namespace parser {
struct line_marker_class;
struct shi_marker_class;
using line_marker_type = x3::rule<line_marker_class, Marker>;
using shi_marker_type = x3::rule<shi_marker_class, Marker>;
BOOST_SPIRIT_DECLARE(line_marker_type, shi_marker_type)
}  // namespace parser

/// 第一部分： 第一、 一、 （一） 一是 1. （1） ① … at the first byte given.
parser::line_marker_type const& line_marker();
/// 一是 / 二是 … (used inside paragraphs, after 。 or ；).
parser::shi_marker_type const& shi_marker();
}  // namespace zongjie::grammar
