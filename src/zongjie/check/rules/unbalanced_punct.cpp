#include "zongjie/check/rules/unbalanced_punct.hpp"

#include "zongjie/check/text_scan.hpp"
#include "zongjie/grammar/grammar.hpp"

#include <array>
#include <optional>
#include <vector>

namespace zongjie::check {

namespace {

/// The pairs looked at.  Half- and full-width parentheses count as one pair
/// ((一） is a width problem, reported by punctuation.half-width).
struct Pair {
  char32_t open = 0;
  char32_t close = 0;
  char32_t open_ascii = 0;
  char32_t close_ascii = 0;
};
constexpr std::array<Pair, 5> pairs{{
    {0x201C, 0x201D},            // “ ”
    {0x300A, 0x300B},            // 《 》
    {0xFF08, 0xFF09, '(', ')'},  // （ ） ( )
    {0x3010, 0x3011},            // 【 】
    {0x2018, 0x2019},            // ‘ ’
}};
constexpr std::size_t quote_pair = 0;  // the pair whose paragraphs may run on

/// Which pair `c` opens (+1 … ) or closes (-1 …): index and direction.
std::pair<int, int> classify(char32_t c) noexcept {
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    if (c == pairs[i].open || (pairs[i].open_ascii && c == pairs[i].open_ascii)) return {static_cast<int>(i), 1};
    if (c == pairs[i].close || (pairs[i].close_ascii && c == pairs[i].close_ascii)) return {static_cast<int>(i), -1};
  }
  return {-1, 0};
}

/// The closing bracket at `i` ends an item marker written without its
/// opening half (1） a） 十）): a number or letter just before it that opens
/// the line or a clause.
bool is_marker_close(std::string_view line, std::size_t i) {
  std::size_t j = i;
  std::size_t count = 0;
  while (j > 0 && count < 3) {
    auto const c = utf8::decode_before(line, j);
    if (!(scan::is_ascii_digit(c.value) || scan::is_ascii_letter(c.value) || chinese::is_counting_char(c.value) ||
          chinese::is_full_width_digit(c.value)))
      break;
    j -= c.length;
    ++count;
  }
  if (count == 0) return false;
  if (j == 0) return true;
  auto const before = utf8::decode_before(line, j);
  if (before.value == ' ' || before.value == '\t' || before.value == 0x3000) return true;
  grammar::PunctAt const p = grammar::punct_at(line, j - before.length);
  return p.kind != grammar::Punct::none;
}

struct Open {
  std::size_t at = 0;  ///< byte offset in the text
  std::size_t length = 0;
};

}  // namespace

void UnbalancedPunctCheck::run(Context const& ctx, Sink& out) const {
  std::string_view const text = ctx.text();
  auto const& lines = ctx.doc.lines;
  // “ left open at the end of a paragraph whose next paragraph opens with “:
  // the quotation runs on (checked when the next paragraph ends).
  std::optional<Open> quote_carried;
  auto const report = [&](std::size_t at, std::size_t length, std::string_view key, std::size_t pair) {
    Hit hit;
    hit.begin = at;
    hit.end = at + length;
    hit.message = key;
    hit.args = {{"mark", std::string(text.substr(at, length))},
                {"open", utf8::encode(pairs[pair].open)},
                {"close", utf8::encode(pairs[pair].close)}};
    out.add(std::move(hit));
  };
  for (std::size_t l = 1; l <= lines.line_count(); ++l) {
    if (ctx.is_noise_line(l)) continue;
    std::size_t const ls = lines.line_start(l);
    std::string_view const line = ctx.doc.line(l);
    std::string_view const trimmed = grammar::trim_blanks(line);
    if (trimmed.empty()) continue;  // a blank line: a quotation may run on past it
    std::size_t const first = static_cast<std::size_t>(trimmed.data() - line.data());
    std::array<std::vector<Open>, pairs.size()> open;
    std::array<bool, pairs.size()> unopened_reported{};
    quote_carried.reset();
    for (std::size_t i = first; i < line.size();) {
      // Every mark looked for starts with one of these bytes (“ ” ‘ ’: E2,
      // 《 》 【 】: E3, （ ）: EF, and ASCII parentheses); others are stepped
      // over without decoding.
      auto const lead = static_cast<unsigned char>(line[i]);
      if (lead != 0xE2 && lead != 0xE3 && lead != 0xEF && lead != '(' && lead != ')') {
        ++i;
        continue;
      }
      auto const c = utf8::decode(line, i);
      std::size_t const len = std::max<std::size_t>(c.length, 1);
      auto const [pair, dir] = classify(c.value);
      if (pair >= 0 && !ctx.in_debris(ls + i, ls + i + len)) {
        auto& stack = open[static_cast<std::size_t>(pair)];
        if (dir > 0) {
          stack.push_back({ls + i, len});
        } else if (!stack.empty()) {
          stack.pop_back();
        } else if (!(static_cast<std::size_t>(pair) == 2 && is_marker_close(line, i)) &&
                   !unopened_reported[static_cast<std::size_t>(pair)]) {
          unopened_reported[static_cast<std::size_t>(pair)] = true;
          report(ls + i, len, "unopened", static_cast<std::size_t>(pair));
        }
      }
      i += len;
    }
    for (std::size_t p = 0; p < pairs.size(); ++p) {
      auto const& stack = open[p];
      if (stack.empty()) continue;
      if (p == quote_pair) {
        // Left open at the end of the paragraph: balanced if the next
        // paragraph with text opens with “ (the Chinese way of quoting
        // several paragraphs); decided there.
        std::size_t next = l + 1;
        while (next <= lines.line_count() && grammar::trim_blanks(ctx.doc.line(next)).empty()) ++next;
        if (next <= lines.line_count() && stack.size() == 1) {
          std::string_view const t = grammar::trim_blanks(ctx.doc.line(next));
          if (utf8::decode(t, 0).value == pairs[quote_pair].open) {
            quote_carried = stack.front();
            continue;
          }
        }
      }
      report(stack.front().at, stack.front().length, "unclosed", p);
    }
  }
}

}  // namespace zongjie::check
