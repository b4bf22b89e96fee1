#pragma once

#include "zongjie/grammar/debris.hpp"
#include "zongjie/grammar/numeral_def.hpp"

#include <algorithm>
#include <bit>
#include <iterator>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace zongjie::grammar {
namespace parser {

inline auto const d_blank = lit(' ') | lit('\t') | lit("　") | lit("\xC2\xA0");
inline auto const any_char = x3::char_;

/// ##paidbegin## ##paidend## ##end## …
inline auto const hash_tag = lit("##") >> +(x3::ascii::alnum | lit('_')) >> lit("##");

inline auto const ellipsis = +(lit("…") | lit("...") | lit("。。。") | lit("⋯"));
/// …省略1200字… / （此处省略1200字） / ……(省略N字)…… / 此处隐藏1200字
inline auto const omission_note =
    -ellipsis >> -(lit("（") | lit('(') | lit("【") | lit('['))
    >> -(lit("此处") | lit("以下")) >> (lit("省略") | lit("隐藏") | lit("略去"))
    >> *d_blank >> x3::uint_ >> *d_blank >> lit("字")
    >> -(lit("）") | lit(')') | lit("】") | lit(']')) >> -ellipsis;

inline auto const inline_debris_def = hash_tag | omission_note;

/// Web page metadata: 发布日期：… 信息来源：… 浏览次数：…
inline auto const metadata_key =
    lit("发布日期") | lit("发布时间") | lit("信息来源") | lit("文章来源") | lit("来源")
    | lit("浏览次数") | lit("点击次数") | lit("阅读次数") | lit("点击数") | lit("访问量")
    | lit("阅读量") | lit("作者") | lit("责任编辑") | lit("编辑") | lit("审核") | lit("字号")
    | lit("【字体") | lit("字体");
/// Also in brackets, as news pages close an article: （责任编辑：…）.
inline auto const metadata_line =
    (metadata_key | ((lit("（") | lit('(') | lit("【") | lit('[')) >> *d_blank >> metadata_key)) >> *d_blank
    >> (lit("：") | lit(':'));
inline auto const page_chrome =
    -(lit("【") | lit('[')) >> *d_blank
    >> (lit("打印本页") | lit("打印此页") | lit("关闭窗口") | lit("关闭本页") | lit("分享到") | lit("打印")
        | lit("关闭") | lit("上一篇") | lit("下一篇") | lit("返回顶部") | lit("返回首页") | lit("扫一扫")
        | lit("收藏本页") | lit("加入收藏"))
    // Followed by a bracket, a colon, a blank or the end: 关闭搬迁企业 is text.
    >> (lit("】") | lit(']') | lit("：") | lit(':') | x3::eoi | &(lit("【") | lit('[') | d_blank));

/// 本文档由…提供 / 文档来源于网络 / 下载后可编辑 …: how a download notice starts.
inline auto const download_notice =
    lit("本文档") | lit("本文由") | lit("本资料") | lit("文档来源") | lit("资料来源于网络")
    | lit("温馨提示") | lit("更多精品") | lit("下载后可") | lit("原创文档") | lit("版权声明")
    | lit("免责声明") | lit("付费阅读") | lit("试读结束") | lit("查看全文") | lit("全文共");
/// 本文档编辑密码：abc / …（下载积分：5）: the marks of one anywhere in a line.
inline auto const download_mark = lit(download_marks[0]) | lit(download_marks[1]) | lit(download_marks[2]) | lit(download_marks[3]);
static_assert(std::size(download_marks) == 4, "download_mark names each of download_marks");

/// Table remnants: a line that starts or ends with | and has at least two of them.
inline auto const pipe = lit(table_pipes[0]) | lit(table_pipes[1]);
static_assert(std::size(table_pipes) == 2, "pipe names each of table_pipes");
inline auto const table_line = pipe >> x3::seek[pipe] | (+(any_char - pipe) >> pipe >> x3::seek[pipe >> *d_blank >> x3::eoi]);

/// — 1 — / - 3 - / 第2页 共5页 / 第 2 页
inline auto const dash = lit("—") | lit('-') | lit("－") | lit("–");
inline auto const page_number =
    (+dash >> *d_blank >> x3::uint_ >> *d_blank >> +dash >> *d_blank >> x3::eoi)
    | (lit("第") >> *d_blank >> x3::uint_ >> *d_blank >> lit("页") >> -(*d_blank >> lit("共") >> *d_blank >> x3::uint_ >> *d_blank >> lit("页")) >> *d_blank >> x3::eoi);

/// ------ / ====== / ______ separators.
inline auto const separator =
    x3::repeat(3, x3::inf)[lit('-') | lit('=') | lit('_') | lit('*') | lit("—") | lit("─") | lit("━") | lit("·")]
    >> *d_blank >> x3::eoi;

/// A line that holds nothing but debris.
inline auto const only_debris = +(inline_debris_def >> *d_blank) >> x3::eoi;

noise_line_type const noise_line = "noise_line";
short_noise_line_type const short_noise_line = "short_noise_line";
searched_noise_line_type const searched_noise_line = "searched_noise_line";
inline_debris_type const inline_debris = "inline_debris";

/// Anchored at the line start: cheap on any line.
inline auto const noise_line_def = only_debris | metadata_line | page_chrome | page_number | separator;
/// Anchored too, but only for short lines.
inline auto const short_noise_line_def = download_notice;
/// These look through the whole line; only for short lines that hold a mark.
inline auto const searched_noise_line_def = x3::seek[download_mark] | table_line;

BOOST_SPIRIT_DEFINE(noise_line, short_noise_line, searched_noise_line, inline_debris)

}  // namespace parser

parser::noise_line_type const& noise_line() { return parser::noise_line; }
parser::short_noise_line_type const& short_noise_line() { return parser::short_noise_line; }
parser::searched_noise_line_type const& searched_noise_line() { return parser::searched_noise_line; }

bool may_be_searched_noise(std::string_view line) noexcept {
  static auto const marks = [] {
    std::vector<std::string_view> all(std::begin(table_pipes), std::end(table_pipes));
    all.insert(all.end(), std::begin(download_marks), std::end(download_marks));
    return all;
  }();
  auto const holds_at = [&](std::size_t i) {
    std::string_view const rest = line.substr(i);
    return std::any_of(marks.begin(), marks.end(), [&](std::string_view m) {
      // The first and last bytes before memcmp: 下 and 会 are common characters.
      return rest.size() >= m.size() && rest[0] == m[0] && rest[m.size() - 1] == m.back() && rest.starts_with(m);
    });
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen places at a time: where a mark's first character (up to three
  // bytes) stands, the marks are compared.  Most lines hold none.
  for (; i + 18 <= line.size(); i += 16) {
    auto const load = [&](std::size_t k) { return _mm_loadu_si128(reinterpret_cast<__m128i const*>(line.data() + i + k)); };
    __m128i const at[3] = {load(0), load(1), load(2)};
    __m128i hit = _mm_setzero_si128();
    for (std::string_view m : marks) {
      std::size_t const first = m[0] < 0 ? (static_cast<unsigned char>(m[0]) >= 0xF0 ? 3 : static_cast<unsigned char>(m[0]) >= 0xE0 ? 3
                                                                                                                                    : 2)
                                         : 1;
      __m128i here = _mm_cmpeq_epi8(at[0], _mm_set1_epi8(m[0]));
      for (std::size_t k = 1; k < std::min(first, m.size()); ++k)
        here = _mm_and_si128(here, _mm_cmpeq_epi8(at[k], _mm_set1_epi8(m[k])));
      hit = _mm_or_si128(hit, here);
    }
    for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1)
      if (holds_at(i + static_cast<std::size_t>(std::countr_zero(bits)))) return true;
  }
#endif
  for (; i < line.size(); ++i)
    if (holds_at(i)) return true;
  return false;
}

parser::inline_debris_type const& inline_debris() { return parser::inline_debris; }

}  // namespace zongjie::grammar
