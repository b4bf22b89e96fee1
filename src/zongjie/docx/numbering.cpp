#include "zongjie/docx/numbering.hpp"

#include "zongjie/util/chinese.hpp"
#include "zongjie/util/utf8.hpp"

#include <algorithm>
#include <limits>

namespace zongjie::docx {

namespace {

std::string roman(std::int64_t n, bool upper) {
  static constexpr std::array<std::pair<int, char const*>, 13> table{{{1000, "M"},
                                                                      {900, "CM"},
                                                                      {500, "D"},
                                                                      {400, "CD"},
                                                                      {100, "C"},
                                                                      {90, "XC"},
                                                                      {50, "L"},
                                                                      {40, "XL"},
                                                                      {10, "X"},
                                                                      {9, "IX"},
                                                                      {5, "V"},
                                                                      {4, "IV"},
                                                                      {1, "I"}}};
  std::string out;
  for (auto const& [v, s] : table)
    for (; n >= v; n -= v) out += s;
  if (!upper)
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'A' + 'a'); });
  return out;
}

std::string pick(std::int64_t n, std::string_view glyphs_utf8, std::size_t count) {
  // `glyphs_utf8` holds `count` three-byte characters.
  auto const i = static_cast<std::size_t>(n - 1) * 3;
  return i / 3 < count ? std::string(glyphs_utf8.substr(i, 3)) : std::to_string(n);
}

}  // namespace

std::string format_number(std::int64_t value, std::string_view num_fmt) {
  std::int64_t const n = value;
  std::string_view const f = num_fmt;
  if (f == "none" || f == "bullet") return "";
  if (n <= 0) return std::to_string(n);
  if (f == "decimalZero") return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (f == "decimalFullWidth" || f == "decimalFullWidth2") {
    std::string out;
    for (char c : std::to_string(n)) out += utf8::encode(U'０' + static_cast<char32_t>(c - '0'));
    return out;
  }
  if (f == "decimalEnclosedCircle" || f == "decimalEnclosedCircleChinese" || f == "ideographEnclosedCircle")
    return n <= 20 ? utf8::encode(U'①' + static_cast<char32_t>(n - 1)) : std::to_string(n);
  if (f == "decimalEnclosedParen")
    return n <= 20 ? utf8::encode(U'⑴' + static_cast<char32_t>(n - 1)) : std::to_string(n);
  if (f == "decimalEnclosedFullstop")
    return n <= 20 ? utf8::encode(U'⒈' + static_cast<char32_t>(n - 1)) : std::to_string(n);
  if (f == "upperRoman" || f == "lowerRoman") return n < 4000 ? roman(n, f == "upperRoman") : std::to_string(n);
  if (f == "upperLetter" || f == "lowerLetter") {
    if (n > 26 * 30) return std::to_string(n);  // AAAA… beyond this is no marker
    char const c = static_cast<char>((f == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
  }
  if (f == "chineseCounting" || f == "taiwaneseCounting")
    return n < 100 ? chinese::counting_numeral(n) : chinese::positional_numeral(n);  // 一〇〇 from 100 on, as Word
  if (f == "chineseCountingThousand" || f == "taiwaneseCountingThousand" || f == "japaneseCounting")
    return n < 100000000 ? chinese::counting_numeral(n) : std::to_string(n);
  if (f == "chineseLegalSimplified" || f == "ideographLegalTraditional")
    return n < 100000000 ? chinese::counting_numeral(n, chinese::NumeralStyle::legal) : std::to_string(n);
  if (f == "ideographDigital" || f == "taiwaneseDigital" || f == "japaneseDigitalTenThousand")
    return chinese::positional_numeral(n);
  if (f == "ideographTraditional") return pick(n, "甲乙丙丁戊己庚辛壬癸", 10);
  if (f == "ideographZodiac") return pick(n, "子丑寅卯辰巳午未申酉戌亥", 12);
  return std::to_string(n);  // decimal, decimalHalfWidth, ordinal, and whatever we do not know
}

std::optional<ListNumbering::Resolved> ListNumbering::resolve(std::string const& num_id) const {
  auto const inst = instances.find(num_id);
  if (inst == instances.end()) return std::nullopt;
  auto list = abstracts.find(inst->second.abstract_id);
  if (list == abstracts.end()) return std::nullopt;
  Resolved r{&inst->second, &list->second, list->first};
  // A list defined through a numbering style: follow the style to the
  // instance that carries the real definition (one hop, no cycles).
  if (!list->second.num_style_link.empty()) {
    auto const via = style_lists.find(list->second.num_style_link);
    if (via != style_lists.end()) {
      auto const inst2 = instances.find(via->second);
      if (inst2 != instances.end()) {
        auto const list2 = abstracts.find(inst2->second.abstract_id);
        if (list2 != abstracts.end() && list2->second.num_style_link.empty()) {
          r.list = &list2->second;
          r.key = list2->first;
        }
      }
    }
  }
  return r;
}

ListLevel const& ListNumbering::level(Resolved const& r, int l) {
  auto const i = static_cast<std::size_t>(l);
  return r.instance->level_override[i] ? *r.instance->level_override[i] : r.list->levels[i];
}

std::string ListNumbering::next(std::string const& num_id, int l) {
  auto const r = resolve(num_id);
  if (!r) return "";
  l = std::clamp(l, 0, list_levels - 1);
  auto const li = static_cast<std::size_t>(l);
  Counters& c = counters_[r->key];
  auto& used = overrides_used_[num_id];
  constexpr std::int64_t cap = std::numeric_limits<std::int32_t>::max();
  if (r->instance->start_override[li] && !used[li]) {
    used[li] = true;
    c.value[li] = std::clamp<std::int64_t>(*r->instance->start_override[li], 0, cap);
  } else if (c.active[li]) {
    c.value[li] = std::min(c.value[li] + 1, cap);
  } else {
    c.value[li] = std::clamp<std::int64_t>(level(*r, l).start, 0, cap);
  }
  c.active[li] = true;
  for (int k = l + 1; k < list_levels; ++k) {
    auto const& restart = level(*r, k).restart;
    if (!restart || (*restart != 0 && l < *restart)) c.active[static_cast<std::size_t>(k)] = false;
  }

  ListLevel const& lv = level(*r, l);
  if (lv.format == "bullet" || lv.text.empty()) return "";
  std::string out;
  for (std::size_t i = 0; i < lv.text.size(); ++i) {
    char const ch = lv.text[i];
    if (ch == '%' && i + 1 < lv.text.size() && lv.text[i + 1] >= '1' && lv.text[i + 1] <= '9') {
      int const k = lv.text[++i] - '1';
      auto const ki = static_cast<std::size_t>(k);
      ListLevel const& kl = level(*r, k);
      std::int64_t const v = c.active[ki] ? c.value[ki] : kl.start;
      out += format_number(v, lv.legal && kl.format != "none" && kl.format != "bullet" ? "decimal" : kl.format);
    } else {
      out += ch;
    }
  }
  return out + lv.suffix;
}

std::optional<int> ListNumbering::level_for_style(std::string const& num_id, std::string const& style_id) const {
  auto const r = resolve(num_id);
  if (!r || style_id.empty()) return std::nullopt;
  for (int l = 0; l < list_levels; ++l)
    if (level(*r, l).style == style_id) return l;
  return std::nullopt;
}

}  // namespace zongjie::docx
