// Writing a file safely: the one writer the command line, the checker's
// fixes, the ignore lists and the Word export use.
#pragma once

#include <filesystem>
#include <string_view>

namespace zongjie::text {

/// Replaces the content of `path` (or creates it) without ever leaving it
/// half-written: the bytes go to a temporary file in the same folder, are
/// flushed to disk, and the temporary file is renamed over `path`.  A file
/// replaced keeps its permission bits; a new file gets the ones a newly
/// created file gets (0666 less the umask).  A symlink's target is replaced,
/// not the link.  Throws text::InputError naming `path`; no temporary file
/// is left behind then.
void write_file_atomically(std::filesystem::path const& path, std::string_view bytes);

}  // namespace zongjie::text
