#include "zongjie/check/catalog.hpp"

#include "zongjie/data/resources.hpp"
#include "zongjie/util/tsv.hpp"

#include <nlohmann/json.hpp>

#include <mutex>

namespace zongjie::check {

RuleInfo::Message const* RuleInfo::message(std::string_view key) const noexcept {
  for (auto const& m : messages)
    if (m.key == key) return &m;
  return nullptr;
}

namespace {
Severity severity_of(nlohmann::json const& v, std::string const& source, std::string const& where) {
  std::string const name = v.get<std::string>();
  auto s = severity_from_name(name);
  if (!s)
    throw util::DataError(source, 0, where + " 的 severity 应为 off、info、warning 或 error，而不是“" + name + "”");
  return *s;
}
}  // namespace

Catalog Catalog::parse(std::string_view json, std::string const& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json);
  } catch (nlohmann::json::parse_error const& e) {
    throw util::DataError(source, 0, std::string("JSON 格式错误：") + e.what());
  }
  if (!j.is_object() || !j.contains("rules") || !j["rules"].is_array())
    throw util::DataError(source, 0, "应为 {\"rules\": [...]}");
  Catalog c;
  try {
    for (auto const& r : j["rules"]) {
      RuleInfo info;
      info.id = r.at("id").get<std::string>();
      info.severity = severity_of(r.at("severity"), source, info.id);
      info.title = r.value("title", info.id);
      info.description = r.value("description", "");
      for (auto const& [key, m] : r.at("messages").items()) {
        RuleInfo::Message msg;
        msg.key = key;
        if (m.is_string()) {
          msg.text = m.get<std::string>();
        } else {
          msg.text = m.at("text").get<std::string>();
          if (m.contains("severity")) msg.severity = severity_of(m["severity"], source, info.id + "." + key);
        }
        info.messages.push_back(std::move(msg));
      }
      if (c.find(info.id)) throw util::DataError(source, 0, "规则重复：" + info.id);
      c.rules_.push_back(std::move(info));
    }
    if (j.contains("words"))
      for (auto const& [key, w] : j["words"].items()) c.words_.emplace_back(key, w.get<std::string>());
  } catch (nlohmann::json::exception const& e) {
    throw util::DataError(source, 0, std::string("规则格式错误：") + e.what());
  }
  return c;
}

std::shared_ptr<Catalog const> Catalog::standard() {
  static std::once_flag once;
  static std::shared_ptr<Catalog const> catalog;
  std::call_once(once, [] {
    catalog = std::make_shared<Catalog const>(parse(data::load("check/rules.json"), data::origin("check/rules.json")));
  });
  return catalog;
}

RuleInfo const* Catalog::find(std::string_view id) const noexcept {
  for (auto const& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

std::string Catalog::word(std::string_view key) const {
  for (auto const& [k, w] : words_)
    if (k == key) return w;
  return std::string(key);
}

std::string Catalog::word(std::string_view key, MessageArgs const& args) const {
  return format_message(word(key), args);
}

std::string format_message(std::string_view text, MessageArgs const& args) {
  std::string out;
  out.reserve(text.size() + 32);
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      std::size_t const close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        std::string_view const name = text.substr(i + 1, close - i - 1);
        bool done = false;
        for (auto const& [k, v] : args)
          if (k == name) {
            out += v;
            done = true;
            break;
          }
        if (done) {
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace zongjie::check
