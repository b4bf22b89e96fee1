// libFuzzer target: the .docx reader.  ZIP bytes are read as they are; other bytes
// are NUL-separated XML parts zipped into a package first.  What reads is
// exported with the project's writer and read back.
// The work is in fuzz_targets.cpp, shared with the regression replay.
#include "fuzz_targets.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  zongjie::fuzz::docx_one(std::string_view(reinterpret_cast<char const*>(data), size));
  return 0;
}
