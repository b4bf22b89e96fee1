// libFuzzer target: the checker.  Decoded input is outlined and checked with the
// built-in model; the fixes (safe ones, then all) are applied and the fixed
// text is checked again.
// The work is in fuzz_targets.cpp, shared with the regression replay.
#include "fuzz_targets.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  zongjie::fuzz::check_one(std::string_view(reinterpret_cast<char const*>(data), size));
  return 0;
}
