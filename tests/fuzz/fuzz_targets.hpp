// What each libFuzzer target does with one input, shared by the fuzz
// executables (clang, -fsanitize=fuzzer) and by the regression replay that
// the normal test suite runs over tests/fuzz/regressions/<target>/.
//
// Each function either returns normally or reports a broken promise on
// stderr and calls std::abort(): that is what libFuzzer records as a crash
// and what makes the replay test fail.
#pragma once

#include <string>
#include <string_view>

namespace zongjie::fuzz {

/// Bytes decode (and encode back to the same text) or raise DecodeError.
void decode_one(std::string_view bytes);
/// Decoded bytes give a consistent outline, sentences and JSON.
void outline_one(std::string_view bytes);
/// Decoded bytes are checked with the built-in model; the fixes (safe ones,
/// then all) are applied and the result is decoded and checked again.
void check_one(std::string_view bytes);
/// Bytes starting with a ZIP or OLE2 signature are read as a .docx as they
/// are; anything else is taken as XML parts separated by NUL bytes
/// (document.xml, styles.xml, numbering.xml, document.xml.rels) and zipped
/// into a package first, so that mutations reach the XML reader past the
/// archive's checksums.  What reads is exported and read back.
void docx_one(std::string_view bytes);

/// The package docx_one builds from NUL-separated XML parts (an empty part
/// is left out of the package).
std::string package_from_parts(std::string_view parts);

/// Runs target `name` ("decode", "outline", "check", "docx") on `bytes`;
/// false when there is no such target.
bool run_target(std::string_view name, std::string_view bytes);

}  // namespace zongjie::fuzz
