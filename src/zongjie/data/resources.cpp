#include "zongjie/data/resources.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace zongjie::data {

std::vector<std::filesystem::path> override_dirs() {
  std::vector<std::filesystem::path> dirs;
  if (char const* env = std::getenv("ZONGJIE_TEMPLATES"); env && *env) dirs.emplace_back(env);
  if (char const* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    dirs.push_back(std::filesystem::path(xdg) / "zongjie" / "templates");
  else if (char const* home = std::getenv("HOME"); home && *home)
    dirs.push_back(std::filesystem::path(home) / ".config" / "zongjie" / "templates");
  return dirs;
}

namespace {
std::optional<std::filesystem::path> user_copy(std::string_view name) {
  for (auto const& dir : override_dirs()) {
    std::error_code ec;
    auto p = dir / std::filesystem::path(std::string(name));
    if (std::filesystem::is_regular_file(p, ec)) return p;
  }
  return std::nullopt;
}

std::optional<std::string_view> builtin(std::string_view name) {
  for (auto const& r : detail::embedded())
    if (r.name == name) return r.text;
  return std::nullopt;
}
}  // namespace

std::string load(std::string_view name) {
  if (auto p = user_copy(name)) {
    std::ifstream in(*p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (in || in.eof()) return s.str();
  }
  if (auto b = builtin(name)) return std::string(*b);
  throw std::runtime_error("找不到模板数据文件：" + std::string(name));
}

std::string origin(std::string_view name) {
  if (auto p = user_copy(name)) return p->string();
  return "内置 templates/" + std::string(name);
}

std::vector<std::string> list(std::string_view folder) {
  std::vector<std::string> out;
  for (auto const& r : detail::embedded())
    if (folder.empty() || r.name.starts_with(folder)) out.emplace_back(r.name);
  return out;
}

}  // namespace zongjie::data
