#include "zongjie/pgstore/pg.hpp"

#include <libpq-fe.h>

#include <cstdlib>
#include <regex>

namespace zongjie::pgstore {

std::string redact(std::string_view location) {
  std::string s(location);
  // postgresql://user:secret@host → postgresql://user:***@host
  static std::regex const uri_password(R"(^(postgres(?:ql)?://[^:/@]*:)[^@]*@)");
  s = std::regex_replace(s, uri_password, "$1***@");
  static std::regex const kv_password(R"((password\s*=\s*)\S+)");
  return std::regex_replace(s, kv_password, "$1***");
}

namespace {

/// Adds key=value to a URI's query (or to a key=value string) unless present.
std::string with_parameter(std::string location, std::string_view key, std::string_view value) {
  if (location.find(std::string(key) + "=") != std::string::npos) return location;
  bool const uri = location.starts_with("postgresql://") || location.starts_with("postgres://");
  if (uri) location += location.find('?') == std::string::npos ? '?' : '&';
  else location += ' ';
  location.append(key).append("=").append(value);
  return location;
}

std::string message_of(pg_conn* conn) {
  std::string m = conn ? PQerrorMessage(conn) : "内存不足";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

/// What a user can do about a server error, by its SQLSTATE (shown before
/// the server's own words), or nothing for the rest.
std::string_view explain(std::string_view state) {
  if (state == "53100") return "服务器磁盘已满，写入失败";
  if (state == "53200") return "服务器内存不足";
  if (state == "53300") return "服务器连接数已满，请稍后再试";
  if (state == "25006") return "连接的是只读的备用服务器，无法写入（--db 要写明主服务器）";
  if (state == "42P07") return "数据库里已有同名的表，这不是 zongjie 的语料库（请为 zongjie 单独建一个数据库）";
  if (state == "42501") return "当前数据库角色没有这项权限，请管理员授权（见 docs/SERVER.md）";
  if (state == "40P01" || state == "55P03") return "数据库正被其他用户占用，请稍后再试";
  if (state.starts_with("57P")) return "服务器正在关闭或重启，请稍后再试";
  if (state.starts_with("08")) return "与服务器的连接中断";
  return {};
}

}  // namespace

Connection::Connection(std::string location, Access access) : shown_(redact(location)) {
  std::string conninfo = with_parameter(std::move(location), "connect_timeout", "2");
  if (access == Access::read_write)
    conninfo = with_parameter(std::move(conninfo), "target_session_attrs", "read-write");
  conninfo = with_parameter(std::move(conninfo), "application_name", "zongjie");
  conn_ = PQconnectdb(conninfo.c_str());
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    std::string const why = message_of(conn_);
    PQfinish(conn_);
    conn_ = nullptr;
    // target_session_attrs=read-write found only standbys.
    if (access == Access::read_write && why.find("read-only") != std::string::npos)
      throw store::StoreError(shown_, "--db 指向的服务器都是只读的备用服务器，写入要连主服务器（" + why + "）");
    throw store::StoreError(shown_, "无法连接语料库服务器：" + why);
  }
  PQsetClientEncoding(conn_, "UTF8");
  cancel_ = PQgetCancel(conn_);
  exec("SET client_min_messages = warning");
}

Connection::~Connection() {
  if (cancel_) PQfreeCancel(cancel_);
  if (conn_) PQfinish(conn_);
}

void Connection::cancel() noexcept {
  if (!cancel_) return;
  char buf[256];
  PQcancel(cancel_, buf, sizeof buf);
}

void Connection::fail(pg_result* res, std::string_view what) const {
  std::string why = res && PQresultErrorMessage(res)[0] ? PQresultErrorMessage(res) : message_of(conn_);
  while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
  int code = 0;
  std::string_view hint;
  if (char const* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr) {
    code = static_cast<int>(std::strtol(state, nullptr, 10));
    hint = explain(state);
  }
  std::string m = "数据库操作失败";
  if (!what.empty()) m.append("（").append(what).append("）");
  m.append("：");
  if (!hint.empty()) m.append(hint).append("（");
  m.append(why);
  if (!hint.empty()) m.append("）");
  if (res) PQclear(res);
  throw store::StoreError(shown_, m, code);
}

void Connection::exec(std::string_view sql) {
  pg_result* r = PQexec(conn_, std::string(sql).c_str());
  auto const st = PQresultStatus(r);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail(r, {});
  PQclear(r);
}

Statement::Statement(Connection& c, std::string_view sql) : c_(&c) {
  // ?N → $N; a bare ? → the next number.  Our SQL holds no ? in literals.
  int next = 0, highest = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] != '?') {
      sql_ += sql[i];
      continue;
    }
    std::size_t j = i + 1;
    while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') ++j;
    int const n = j > i + 1 ? std::atoi(std::string(sql.substr(i + 1, j - i - 1)).c_str()) : ++next;
    highest = std::max(highest, n);
    sql_ += "$" + std::to_string(n);
    i = j - 1;
  }
  params_.resize(static_cast<std::size_t>(highest));
}

Statement::~Statement() {
  if (res_) PQclear(res_);
}

Statement& Statement::set(int index, std::optional<std::string> v) {
  if (index >= 1 && static_cast<std::size_t>(index) <= params_.size())
    params_[static_cast<std::size_t>(index) - 1] = std::move(v);
  return *this;
}

Statement& Statement::bind(int index, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return set(index, std::string(buf));
}

Statement& Statement::bind(int index, std::nullopt_t) { return set(index, std::nullopt); }

void Statement::execute() {
  if (res_) {
    PQclear(res_);
    res_ = nullptr;
  }
  if (!prepared_) {
    name_ = c_->next_name();
    pg_result* r = PQprepare(c_->handle(), name_.c_str(), sql_.c_str(), 0, nullptr);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) c_->fail(r, {});
    PQclear(r);
    prepared_ = true;
  }
  std::vector<char const*> values(params_.size());
  for (std::size_t i = 0; i < params_.size(); ++i) values[i] = params_[i] ? params_[i]->c_str() : nullptr;
  res_ =
      PQexecPrepared(c_->handle(), name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
  auto const st = PQresultStatus(res_);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
    pg_result* r = res_;
    res_ = nullptr;
    c_->fail(r, {});
  }
  rows_ = PQntuples(res_);
  row_ = -1;
}

bool Statement::step() {
  if (!res_) execute();
  return ++row_ < rows_;
}

std::int64_t Statement::run() {
  execute();
  char const* n = PQcmdTuples(res_);
  std::int64_t const changed = n && *n ? std::strtoll(n, nullptr, 10) : 0;
  reset();
  return changed;
}

void Statement::reset() {
  if (res_) PQclear(res_);
  res_ = nullptr;
  row_ = -1;
  rows_ = 0;
}

std::string_view Statement::column_view(int i) const {
  return {PQgetvalue(res_, row_, i), static_cast<std::size_t>(PQgetlength(res_, row_, i))};
}

bool Statement::column_null(int i) const { return PQgetisnull(res_, row_, i) != 0; }

std::int64_t Statement::column_int64(int i) const {
  if (column_null(i)) return 0;
  char const* v = PQgetvalue(res_, row_, i);
  if (v[0] == 't' && v[1] == 0) return 1;  // a boolean
  if (v[0] == 'f' && v[1] == 0) return 0;
  return std::strtoll(v, nullptr, 10);
}

double Statement::column_double(int i) const {
  return column_null(i) ? 0.0 : std::strtod(PQgetvalue(res_, row_, i), nullptr);
}

std::optional<int> Statement::column_optional_int(int i) const {
  if (column_null(i)) return std::nullopt;
  return column_int(i);
}

}  // namespace zongjie::pgstore
