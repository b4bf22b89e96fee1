#include "zongjie/check/suppression.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/text/document.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

namespace zongjie::check {

namespace {
constexpr int format_version = 1;

std::string today() {
  auto const now = std::chrono::system_clock::now();
  std::chrono::year_month_day const ymd{std::chrono::floor<std::chrono::days>(now)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}
}  // namespace

std::string document_key(std::filesystem::path const& path) {
  std::error_code ec;
  auto abs = std::filesystem::absolute(path, ec);
  if (ec) abs = path;
  return abs.lexically_normal().string();
}

std::filesystem::path SuppressionStore::path_for_database(std::filesystem::path const& database) {
  return std::filesystem::path(database.string() + ".ignore.json");
}

SuppressionStore::SuppressionStore(std::filesystem::path file) : file_(std::move(file)) { reload(); }

void SuppressionStore::reload() {
  entries_.clear();
  next_id_ = 1;
  std::error_code ec;
  if (!std::filesystem::exists(file_, ec)) return;
  std::string const bytes = text::read_file_bytes(file_);
  try {
    auto const j = nlohmann::json::parse(bytes);
    if (j.value("version", 0) > format_version)
      throw text::InputError(file_.string(), "由更新版本的 zongjie 写入，无法读取");
    for (auto const& e : j.at("entries")) {
      Suppression s;
      s.id = e.at("id").get<int>();
      s.document = e.at("document").get<std::string>();
      s.rule = e.at("rule").get<std::string>();
      s.subject = e.value("subject", "");
      s.note = e.value("note", "");
      s.added = e.value("added", "");
      next_id_ = std::max(next_id_, s.id + 1);
      entries_.push_back(std::move(s));
    }
    next_id_ = std::max(next_id_, j.value("next_id", 1));
  } catch (nlohmann::json::exception const& e) {
    throw text::InputError(file_.string(), std::string("不是有效的忽略列表：") + e.what());
  }
}

void SuppressionStore::save() const {
  nlohmann::ordered_json j;
  j["version"] = format_version;
  j["next_id"] = next_id_;
  j["entries"] = nlohmann::ordered_json::array();
  for (auto const& s : entries_)
    j["entries"].push_back({{"id", s.id},
                            {"document", s.document},
                            {"rule", s.rule},
                            {"subject", s.subject},
                            {"note", s.note},
                            {"added", s.added}});
  std::error_code ec;
  if (file_.has_parent_path()) std::filesystem::create_directories(file_.parent_path(), ec);
  write_file_atomically(file_, j.dump(1) + "\n");
}

std::vector<Suppression> SuppressionStore::entries_of(std::string const& document) const {
  std::vector<Suppression> out;
  for (auto const& s : entries_)
    if (s.document == document) out.push_back(s);
  return out;
}

int SuppressionStore::add_finding(std::string const& document, Finding const& finding) {
  for (auto const& s : entries_)
    if (s.document == document && s.rule == finding.rule && (s.subject.empty() || s.subject == finding.subject))
      return s.id;
  entries_.push_back({next_id_, document, finding.rule, finding.subject, finding.message, today()});
  return next_id_++;
}

int SuppressionStore::add_rule(std::string const& document, std::string const& rule, std::string const& note) {
  for (auto const& s : entries_)
    if (s.document == document && s.rule == rule && s.subject.empty()) return s.id;
  // Ignoring the whole rule makes its single-finding entries moot.
  std::erase_if(entries_, [&](auto const& s) { return s.document == document && s.rule == rule; });
  entries_.push_back({next_id_, document, rule, {}, note, today()});
  return next_id_++;
}

bool SuppressionStore::remove(int id) {
  return std::erase_if(entries_, [&](auto const& s) { return s.id == id; }) != 0;
}

bool SuppressionStore::suppressed(std::string const& document, Finding const& finding) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](auto const& s) {
    return s.document == document && s.rule == finding.rule && (s.subject.empty() || s.subject == finding.subject);
  });
}

std::size_t SuppressionStore::filter(std::string const& document, std::vector<Finding>& findings) const {
  return std::erase_if(findings, [&](auto const& f) { return suppressed(document, f); });
}

}  // namespace zongjie::check
