// Download and paste debris: ##paidbegin## tags, "本文档编辑密码…", web page
// metadata lines, "…省略N字…" paywall notes, table remnants, page numbers.
#pragma once

#include "zongjie/grammar/config.hpp"

#include <string_view>

namespace zongjie::grammar {
namespace parser {
struct noise_line_class;
struct short_noise_line_class;
struct searched_noise_line_class;
struct inline_debris_class;
using noise_line_type = x3::rule<noise_line_class, x3::unused_type>;
using short_noise_line_type = x3::rule<short_noise_line_class, x3::unused_type>;
using searched_noise_line_type = x3::rule<searched_noise_line_class, x3::unused_type>;
using inline_debris_type = x3::rule<inline_debris_class, x3::unused_type>;
BOOST_SPIRIT_DECLARE(noise_line_type, short_noise_line_type, searched_noise_line_type, inline_debris_type)
}  // namespace parser

/// What marks a line as debris wherever it stands in the line.
inline constexpr char const* download_marks[] = {"编辑密码", "下载积分", "VIP专享", "会员免费下载"};
inline constexpr char const* table_pipes[] = {"|", "｜"};

/// A whole line that is debris, by how it starts (leading blanks removed).
parser::noise_line_type const& noise_line();
/// A whole short line that is debris, by how it starts (本文档…, 温馨提示…).
parser::short_noise_line_type const& short_noise_line();
/// A whole line that is debris, by what it holds anywhere (编辑密码, | … |):
/// for short lines only, since it looks through the whole line, and only
/// where may_be_searched_noise() says it could match.
parser::searched_noise_line_type const& searched_noise_line();
/// Whether the line holds one of download_marks or table_pipes, without
/// which searched_noise_line() cannot match: a far cheaper test.
bool may_be_searched_noise(std::string_view line) noexcept;
/// Debris that can sit inside a line of real text, matched at the first byte.
parser::inline_debris_type const& inline_debris();
}  // namespace zongjie::grammar
