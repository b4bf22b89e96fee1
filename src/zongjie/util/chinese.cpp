#include "zongjie/util/chinese.hpp"

namespace zongjie::chinese {

namespace {

constexpr std::array<std::string_view, 10> legal_digits{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

struct Units {
  std::array<std::string_view, 10> const* digits;
  std::string_view zero, ten, hundred, thousand, myriad;
  bool drop_leading_one;  ///< 十一 rather than 一十一 (not in legal numerals: 壹拾壹)
};
constexpr Units plain_units{&digits, "零", "十", "百", "千", "万", true};
constexpr Units legal_units{&legal_digits, "零", "拾", "佰", "仟", "万", false};

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

}  // namespace

std::string counting_numeral(std::int64_t n, NumeralStyle style) {
  if (n < 1 || n >= 100000000) return std::to_string(n);
  Units const& u = style == NumeralStyle::legal ? legal_units : plain_units;
  std::int64_t const high = n / 10000, low = n % 10000;
  std::string out;
  if (high > 0) out += myriad_group(high, u, true) + std::string(u.myriad);
  if (low > 0) {
    if (high > 0 && low < 1000) out += u.zero;
    out += myriad_group(low, u, high == 0);
  }
  return out;
}

std::string positional_numeral(std::int64_t n) {
  if (n < 0) return std::to_string(n);
  std::string out;
  for (char c : std::to_string(n)) out += digits[static_cast<std::size_t>(c - '0')];
  return out;
}

}  // namespace zongjie::chinese
