#include "utf16_map.hpp"

#include <algorithm>

namespace zongjie::app {

namespace {
// UTF-16 units and bytes of the character at `pos`.  A truncated sequence at
// the end counts as one replacement character per byte, like QString does.
struct Step {
  std::size_t bytes;
  int units;
};
Step step_at(std::string_view s, std::size_t pos) noexcept {
  auto const lead = static_cast<unsigned char>(s[pos]);
  std::size_t const n = utf8_length(lead);
  if (n == 1 || pos + n > s.size()) return {1, 1};
  for (std::size_t i = 1; i < n; ++i)
    if ((static_cast<unsigned char>(s[pos + i]) & 0xC0) != 0x80) return {1, 1};
  return {n, n == 4 ? 2 : 1};
}
}  // namespace

Utf16Map::Utf16Map(std::string_view utf8) : text_(utf8) {
  marks_.reserve(utf8.size() / stride + 2);
  marks_.push_back({0, 0});
  std::size_t pos = 0;
  int units = 0;
  std::size_t next = stride;
  while (pos < utf8.size()) {
    if (pos >= next) {
      marks_.push_back({pos, units});
      next = pos + stride;
    }
    // ASCII runs are the common case between Chinese characters.
    Step const s = step_at(utf8, pos);
    pos += s.bytes;
    units += s.units;
  }
  total16_ = units;
}

int Utf16Map::to_utf16(std::size_t byte) const noexcept {
  byte = std::min(byte, text_.size());
  auto it =
      std::upper_bound(marks_.begin(), marks_.end(), byte, [](std::size_t b, Mark const& m) { return b < m.byte; });
  Mark const m = *std::prev(it);
  std::size_t pos = m.byte;
  int units = m.unit;
  while (pos < byte) {
    Step const s = step_at(text_, pos);
    if (pos + s.bytes > byte) break;  // inside a character: its start
    pos += s.bytes;
    units += s.units;
  }
  return units;
}

std::size_t Utf16Map::to_byte(int unit) const noexcept {
  unit = std::clamp(unit, 0, total16_);
  auto it = std::upper_bound(marks_.begin(), marks_.end(), unit, [](int u, Mark const& m) { return u < m.unit; });
  Mark const m = *std::prev(it);
  std::size_t pos = m.byte;
  int units = m.unit;
  while (units < unit && pos < text_.size()) {
    Step const s = step_at(text_, pos);
    if (units + s.units > unit) break;  // inside a surrogate pair: its start
    pos += s.bytes;
    units += s.units;
  }
  return pos;
}

}  // namespace zongjie::app
