#include "zongjie/check/suppression.hpp"

#include "zongjie/check/fix.hpp"
#include "zongjie/text/document.hpp"
#include "zongjie/text/file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string_view>

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
/// Whether entry `s` belongs to the report known as `key`.
bool of_document(Suppression const& s, DocumentKey const& key) {
  return (!key.path.empty() && s.document == key.path) || (!key.identity.empty() && s.identity == key.identity);
}

/// Blanks that letter-spaced or wrapped titles carry: ASCII, U+3000, U+00A0.
std::size_t blank_length(std::string_view s, std::size_t i) {
  auto const c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (s.substr(i, 3) == "\u3000") return 3;
  if (s.substr(i, 2) == "\u00a0") return 2;
  return 0;
}
}  // namespace

DocumentKey document_key(std::filesystem::path const& path) {
  std::error_code ec;
  auto abs = std::filesystem::absolute(path, ec);
  if (ec) abs = path;
  return {abs.lexically_normal().string(), {}};
}

DocumentKey document_key(std::filesystem::path const& path, Outline const& outline) {
  DocumentKey key = path.empty() ? DocumentKey{} : document_key(path);
  key.identity = document_identity(outline);
  return key;
}

std::string document_identity(Outline const& outline) {
  if (!outline.title) return {};
  std::string_view const t = outline.title->text;
  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size();) {
    if (std::size_t const n = blank_length(t, i)) {
      i += n;
      continue;
    }
    out += t[i++];
  }
  return out;
}

std::filesystem::path SuppressionStore::path_for_database(std::filesystem::path const& database) {
  return std::filesystem::path(database.string() + ".ignore.json");
}

SuppressionStore::SuppressionStore(std::filesystem::path file) : file_(std::move(file)) { reload(); }

SuppressionStore::SuppressionStore(std::shared_ptr<SuppressionBackend> backend)
    : file_(backend->name()), backend_(std::move(backend)) {
  reload();
}

void SuppressionStore::reload() {
  entries_.clear();
  next_id_ = 1;
  if (backend_) {
    entries_ = backend_->load();
    for (auto const& e : entries_) next_id_ = std::max(next_id_, e.id + 1);
    for (auto& e : entries_)  // rows written without an entry number (raw SQL)
      if (e.id <= 0) e.id = next_id_++;
    return;
  }
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
      s.identity = e.value("identity", "");
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
  if (backend_) {
    backend_->save(entries_);
    return;
  }
  nlohmann::ordered_json j;
  j["version"] = format_version;
  j["next_id"] = next_id_;
  j["entries"] = nlohmann::ordered_json::array();
  for (auto const& s : entries_)
    j["entries"].push_back({{"id", s.id},
                            {"document", s.document},
                            {"identity", s.identity},
                            {"rule", s.rule},
                            {"subject", s.subject},
                            {"note", s.note},
                            {"added", s.added}});
  std::error_code ec;
  if (file_.has_parent_path()) std::filesystem::create_directories(file_.parent_path(), ec);
  text::write_file_atomically(file_, j.dump(1) + "\n");
}

std::vector<Suppression> SuppressionStore::entries_of(DocumentKey const& document) const {
  std::vector<Suppression> out;
  for (auto const& s : entries_)
    if (of_document(s, document)) out.push_back(s);
  return out;
}

int SuppressionStore::add_finding(DocumentKey const& document, Finding const& finding) {
  for (auto const& s : entries_)
    if (of_document(s, document) && s.rule == finding.rule && (s.subject.empty() || s.subject == finding.subject))
      return s.id;
  entries_.push_back(
      {next_id_, document.path, document.identity, finding.rule, finding.subject, finding.message, today()});
  return next_id_++;
}

int SuppressionStore::add_rule(DocumentKey const& document, std::string const& rule, std::string const& note) {
  for (auto const& s : entries_)
    if (of_document(s, document) && s.rule == rule && s.subject.empty()) return s.id;
  // Ignoring the whole rule makes its single-finding entries moot.
  std::erase_if(entries_, [&](auto const& s) { return of_document(s, document) && s.rule == rule; });
  entries_.push_back({next_id_, document.path, document.identity, rule, {}, note, today()});
  return next_id_++;
}

bool SuppressionStore::remove(int id) {
  return std::erase_if(entries_, [&](auto const& s) { return s.id == id; }) != 0;
}

bool SuppressionStore::suppressed(DocumentKey const& document, Finding const& finding) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](auto const& s) {
    return of_document(s, document) && s.rule == finding.rule && (s.subject.empty() || s.subject == finding.subject);
  });
}

std::size_t SuppressionStore::filter(DocumentKey const& document, std::vector<Finding>& findings) const {
  return std::erase_if(findings, [&](auto const& f) { return suppressed(document, f); });
}

}  // namespace zongjie::check
