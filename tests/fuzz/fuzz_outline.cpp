// libFuzzer target: decoding, the outline builder, sentences and the outline as JSON
// and text; checks the outline's own invariants on every input.
// The work is in fuzz_targets.cpp, shared with the regression replay.
#include "fuzz_targets.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  zongjie::fuzz::outline_one(std::string_view(reinterpret_cast<char const*>(data), size));
  return 0;
}
