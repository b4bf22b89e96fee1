#include "zongjie/docx/numbering.hpp"

#include <algorithm>
#include <limits>

namespace zongjie::docx {

namespace {

/// UTF-8 of one code point.
std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

// Numeral glyphs are data of the format, not prose: kept here, beside the
// algorithm that spells them.
constexpr std::array<std::string_view, 10> zh_digits{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 10> zh_legal_digits{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

struct Units {
  std::array<std::string_view, 10> const* digits;
  std::string_view zero, ten, hundred, thousand, myriad;
  bool drop_leading_one;  ///< 十一 rather than 一十一 (not in legal numerals: 壹拾壹)
};
constexpr Units zh_units{&zh_digits, "零", "十", "百", "千", "万", true};
constexpr Units zh_legal_units{&zh_legal_digits, "零", "拾", "佰", "仟", "万", false};

/// 0 < n < 10000: 一千零五, 三百二十, 十二.
std::string myriad_group(std::int64_t n, Units const& u, bool leading) {
  std::array<std::string_view, 4> const unit{u.thousand, u.hundred, u.ten, ""};
  std::array<std::int64_t, 4> const digit{n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10};
  std::string out;
  bool seen = false, gap = false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (digit[i] == 0) {
      gap = gap || seen;
      continue;
    }
    if (gap) out += u.zero;
    gap = false;
    bool const lone_ten = i == 2 && digit[i] == 1 && !seen && leading && u.drop_leading_one;
    if (!lone_ten) out += (*u.digits)[static_cast<std::size_t>(digit[i])];
    out += unit[i];
    seen = true;
  }
  return out;
}

/// 1 ≤ n < 10^8 in counting numerals: 十一, 一百零五, 三万零二十.
std::string counting(std::int64_t n, Units const& u) {
  std::int64_t const high = n / 10000, low = n % 10000;
  std::string out;
  if (high > 0) out += myriad_group(high, u, true) + std::string(u.myriad);
  if (low > 0) {
    if (high > 0 && low < 1000) out += u.zero;
    out += myriad_group(low, u, high == 0);
  }
  return out;
}

std::string positional(std::int64_t n, std::array<std::string_view, 10> const& digits) {
  std::string out;
  for (char c : std::to_string(n)) out += digits[static_cast<std::size_t>(c - '0')];
  return out;
}

std::string roman(std::int64_t n, bool upper) {
  static constexpr std::array<std::pair<int, char const*>, 13> table{{{1000, "M"}, {900, "CM"}, {500, "D"},
                                                                      {400, "CD"}, {100, "C"}, {90, "XC"},
                                                                      {50, "L"}, {40, "XL"}, {10, "X"},
                                                                      {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
  std::string out;
  for (auto const& [v, s] : table)
    for (; n >= v; n -= v) out += s;
  if (!upper) std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 'A' + 'a'); });
  return out;
}

std::string pick(std::int64_t n, std::string_view glyphs_utf8, std::size_t count) {
  // `glyphs_utf8` holds `count` three-byte characters.
  auto const i = static_cast<std::size_t>(n - 1) * 3;
  return i / 3 < count ? std::string(glyphs_utf8.substr(i, 3)) : std::to_string(n);
}

}  // namespace

std::string format_number(std::int64_t n, std::string_view f) {
  if (f == "none" || f == "bullet") return "";
  if (n <= 0) return std::to_string(n);
  if (f == "decimalZero") return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (f == "decimalFullWidth" || f == "decimalFullWidth2") {
    std::string out;
    for (char c : std::to_string(n)) out += utf8(U'０' + static_cast<char32_t>(c - '0'));
    return out;
  }
  if (f == "decimalEnclosedCircle" || f == "decimalEnclosedCircleChinese" || f == "ideographEnclosedCircle")
    return n <= 20 ? utf8(U'①' + static_cast<char32_t>(n - 1)) : std::to_string(n);
  if (f == "decimalEnclosedParen") return n <= 20 ? utf8(U'⑴' + static_cast<char32_t>(n - 1)) : std::to_string(n);
  if (f == "decimalEnclosedFullstop") return n <= 20 ? utf8(U'⒈' + static_cast<char32_t>(n - 1)) : std::to_string(n);
  if (f == "upperRoman" || f == "lowerRoman") return n < 4000 ? roman(n, f == "upperRoman") : std::to_string(n);
  if (f == "upperLetter" || f == "lowerLetter") {
    if (n > 26 * 30) return std::to_string(n);  // AAAA… beyond this is no marker
    char const c = static_cast<char>((f == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
  }
  if (f == "chineseCounting" || f == "taiwaneseCounting")
    return n < 100 ? counting(n, zh_units) : positional(n, zh_digits);  // 一〇〇 from 100 on, as Word
  if (f == "chineseCountingThousand" || f == "taiwaneseCountingThousand" || f == "japaneseCounting")
    return n < 100000000 ? counting(n, zh_units) : std::to_string(n);
  if (f == "chineseLegalSimplified" || f == "ideographLegalTraditional")
    return n < 100000000 ? counting(n, zh_legal_units) : std::to_string(n);
  if (f == "ideographDigital" || f == "taiwaneseDigital" || f == "japaneseDigitalTenThousand")
    return positional(n, zh_digits);
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
