// The one error type of the .docx reader and writer.
#pragma once

#include <stdexcept>
#include <string>

namespace zongjie::docx {

/// A .docx that cannot be read (or a package that cannot be written).  The
/// message is in Chinese, for the user, and does not name the file: callers
/// add the path (text::InputError does so for inputs).
class DocxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace zongjie::docx
