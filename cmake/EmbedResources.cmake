# Generates a C++ source that holds the files of templates/ as byte arrays, so
# that the CLI, the editor and the tests work without an installed data folder.
# Usage: cmake -DOUT=<file.cpp> -DROOT=<dir> -DFILES=<a;b;c> -P EmbedResources.cmake
set(body "// Generated from templates/ by cmake/EmbedResources.cmake. Do not edit.\n")
string(APPEND body "#include \"zongjie/data/resources.hpp\"\n\nnamespace zongjie::data::detail {\nnamespace {\n")
set(index "")
set(n 0)
foreach(f IN LISTS FILES)
  file(READ "${ROOT}/${f}" hex HEX)
  string(LENGTH "${hex}" hexlen)
  math(EXPR size "${hexlen} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "constexpr char r${n}[] = {${bytes} '\\0'};\n")
  string(APPEND index "    {\"${f}\", std::string_view(r${n}, ${size})},\n")
  math(EXPR n "${n} + 1")
endforeach()
string(APPEND body "}  // namespace\n\nstd::vector<Resource> const& embedded() {\n  static std::vector<Resource> const all{\n${index}  };\n  return all;\n}\n}  // namespace zongjie::data::detail\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
