#include "zongjie/data/labels.hpp"

#include "zongjie/data/resources.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace zongjie::data {

namespace {

using Group = std::vector<std::pair<std::string, std::string>>;
using Table = std::map<std::string, Group, std::less<>>;

Table parse(std::string_view text) {
  Table out;
  auto const j = nlohmann::ordered_json::parse(text);
  for (auto const& [group, entries] : j.items()) {
    if (!entries.is_object()) continue;  // "_comment"
    Group& g = out[group];
    for (auto const& [key, value] : entries.items())
      if (value.is_string()) g.emplace_back(key, value.get<std::string>());
  }
  return out;
}

Table load_table() noexcept {
  constexpr std::string_view name = "labels.json";
  try {
    return parse(load(name));
  } catch (...) {
    // A broken user copy: the built-in file.
  }
  try {
    for (auto const& r : detail::embedded())
      if (r.name == name) return parse(r.text);
  } catch (...) {
  }
  return {};
}

Table const& table() noexcept {
  static Table const t = load_table();
  return t;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> const& labels(std::string_view group) noexcept {
  static Group const none;
  auto const& t = table();
  auto it = t.find(group);
  return it == t.end() ? none : it->second;
}

std::string_view label(std::string_view group, std::string_view key) noexcept {
  for (auto const& [k, v] : labels(group))
    if (k == key) return v;
  return key;
}

}  // namespace zongjie::data
