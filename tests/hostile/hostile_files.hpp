// Bad input files, generated at test time from a fixed seed: random bytes,
// broken encodings, absurd numbering, huge lines and broken or hostile Word
// documents.  Each file says what a correct program must do with it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::test::hostile {

/// What reading the file must give.
enum class Expect : std::uint8_t {
  any,       ///< a result or an InputError, both are fine
  accepted,  ///< a result (the text is odd, but it is text)
  rejected,  ///< an InputError naming the file
};

struct HostileFile {
  std::filesystem::path path;
  std::string group;  ///< "random", "utf8-truncated", "docx-bomb" …
  Expect expect = Expect::any;
  /// Text the error message must contain when rejected ("" any); or, for an
  /// accepted file, the minimum number of lines its text must have (0 any).
  std::string reason;
  std::size_t min_lines = 0;
};

/// Deterministic random numbers (splitmix64), the same on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  /// Uniform in [lo, hi].
  std::size_t between(std::size_t lo, std::size_t hi);
  bool chance(unsigned percent) { return between(0, 99) < percent; }

 private:
  std::uint64_t state_;
};

/// The seed every generator starts from (ZONGJIE_HOSTILE_SEED overrides it).
std::uint64_t seed();

/// The example reports (examples/*.txt), decoded to UTF-8, sorted by name.
std::vector<std::string> const& base_reports();

/// Small files (about 1,100 of them, a few MB in all): random bytes,
/// truncated UTF-8 and GB18030, mixed encodings, NUL bytes, UTF-16 without
/// BOM, BOMs alone, giant numbers, repeated markers, odd characters and line
/// ends, mutated reports and file-system oddities (a folder, a FIFO,
/// dangling and looping links, a missing file).  Written under `dir`.
std::vector<HostileFile> text_files(std::filesystem::path const& dir);

/// The big text files: a 50 MB single line, 100,000 heading lines, a
/// 5 MB line of nested brackets.  Written under `dir`.
std::vector<HostileFile> big_files(std::filesystem::path const& dir);

/// Broken and hostile .docx files: truncated and damaged packages, zip
/// bombs (by size, by ratio, with lying sizes), 30,000 entries, missing and
/// malformed parts, deep nesting, entity tricks, 10,000 paragraphs, an
/// encrypted and an old .doc.  Written under `dir`.
std::vector<HostileFile> docx_files(std::filesystem::path const& dir);

/// A fresh empty folder under the temporary directory.
std::filesystem::path fresh_dir(std::string const& name);
/// Removes a folder of generated files, unless ZONGJIE_HOSTILE_KEEP is set
/// (to look at the files after a failure).
void remove_unless_kept(std::filesystem::path const& dir);

void write_bytes(std::filesystem::path const& path, std::string_view bytes);

}  // namespace zongjie::test::hostile
