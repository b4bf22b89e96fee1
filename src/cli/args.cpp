#include "cli/args.hpp"

#include <charconv>

namespace zongjie::cli {

Args::Args(std::vector<std::string> const& argv, std::set<std::string> const& options,
           std::set<std::string> const& flags, std::set<std::string> const& repeatable) {
  bool only_positional = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string const& a = argv[i];
    if (only_positional || a.size() < 2 || a[0] != '-' || (a[1] != '-' && a.size() != 2)) {
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> inline_value;
    if (auto eq = a.find('='); eq != std::string::npos) {
      name = a.substr(0, eq);
      inline_value = a.substr(eq + 1);
    }
    if (flags.contains(name)) {
      if (inline_value) throw UsageError("选项 " + name + " 不带参数");
      flags_.insert(name);
    } else if (options.contains(name)) {
      std::string v;
      if (inline_value) {
        v = *inline_value;
      } else {
        if (i + 1 >= argv.size()) throw UsageError("选项 " + name + " 缺少参数");
        v = argv[++i];
      }
      auto& slot = values_[name];
      if (!slot.empty() && !repeatable.contains(name)) throw UsageError("选项 " + name + " 只能给一次");
      slot.push_back(std::move(v));
    } else {
      throw UsageError("未知选项：" + name);
    }
  }
}

std::optional<std::string> Args::value(std::string const& name) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> Args::values(std::string const& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::optional<long> Args::integer(std::string const& name, long lo, long hi) const {
  auto v = value(name);
  if (!v) return std::nullopt;
  long n = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || p != v->data() + v->size() || n < lo || n > hi)
    throw UsageError("选项 " + name + " 应为 " + std::to_string(lo) + "–" + std::to_string(hi) +
                     " 之间的整数，而不是“" + *v + "”");
  return n;
}

std::string Args::choice(std::string const& name, std::vector<std::string> const& allowed) const {
  auto v = value(name);
  if (!v) return allowed.front();
  for (auto const& a : allowed)
    if (a == *v) return a;
  std::string list;
  for (auto const& a : allowed) list += (list.empty() ? "" : "、") + a;
  throw UsageError("选项 " + name + " 只能是 " + list + "，而不是“" + *v + "”");
}

service::CorpusLocation corpus_location(Args const& args) { return service::locate_corpus(args.value("--db")); }

/// --style: the numbering of a section (一、 （一） 一是 1. （1）).
std::optional<grammar::MarkerFamily> section_style_option(Args const& args) {
  auto const s = args.value("--style");
  if (!s) return std::nullopt;
  auto const family = draft::family_from_style(*s);
  if (!family || *family == grammar::MarkerFamily::part || *family == grammar::MarkerFamily::di ||
      *family == grammar::MarkerFamily::circled)
    throw UsageError("--style 只能是 一、 （一） 一是 1. （1） 之一，而不是“" + *s + "”");
  return family;
}

}  // namespace zongjie::cli
