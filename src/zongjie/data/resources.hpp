// The data files of templates/ (theme lexicon, word lists, rule severities,
// section templates).  Built into the program; a user's edited copy in
// $ZONGJIE_TEMPLATES or ~/.config/zongjie/templates/ takes precedence.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zongjie::data {

struct Resource {
  std::string_view name;  ///< path relative to templates/, e.g. "themes.tsv"
  std::string_view text;
};

/// The text of a resource: the user's copy if there is one, else the built-in one.
/// Throws std::runtime_error naming the resource when it does not exist.
std::string load(std::string_view name);
/// Where `load(name)` found it ("内置" for the built-in copy), for messages.
std::string origin(std::string_view name);
/// All built-in resource names under `folder` ("" for all).
std::vector<std::string> list(std::string_view folder = {});
/// Folders searched for user copies, first wins.
std::vector<std::filesystem::path> override_dirs();

namespace detail {
std::vector<Resource> const& embedded();
}

}  // namespace zongjie::data
