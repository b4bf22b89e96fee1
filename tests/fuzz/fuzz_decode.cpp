// libFuzzer target: the decoder.  Any bytes either decode (and then encode back to
// the same text) or raise DecodeError.
// The work is in fuzz_targets.cpp, shared with the regression replay.
#include "fuzz_targets.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  zongjie::fuzz::decode_one(std::string_view(reinterpret_cast<char const*>(data), size));
  return 0;
}
