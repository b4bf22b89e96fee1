#include "zongjie/store/sqlite.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace zongjie::store {

namespace {
std::string describe(int rc, sqlite3* db) {
  switch (rc & 0xFF) {
    case SQLITE_CORRUPT: return "数据库文件已损坏（" + std::string(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) + "）";
    case SQLITE_NOTADB: return "不是 zongjie 语料库数据库文件，或文件已损坏";
    case SQLITE_FULL: return "磁盘已满，写入失败";
    case SQLITE_READONLY: return "数据库是只读的，无法写入";
    case SQLITE_CANTOPEN: return "无法打开数据库文件（路径不存在或没有权限）";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "数据库正被另一个程序占用，请稍后再试";
    case SQLITE_IOERR: return "读写数据库时发生 I/O 错误（" + std::string(sqlite3_errstr(rc)) + "）";
    default: return db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  }
}

/// `path` as an SQLite URI file name with `query` ("file:/a%20b.db?immutable=1").
std::string file_uri(std::string_view path, std::string_view query) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (c == '%' || c == '?' || c == '#' || c < 0x20) {
      uri += '%';
      uri += hex[c >> 4];
      uri += hex[c & 0xF];
    } else {
      uri += static_cast<char>(c);
    }
  }
  uri += '?';
  uri += query;
  return uri;
}

bool exists(std::string const& path) { return std::filesystem::exists(path); }

}  // namespace

Database::Database(std::string path, Mode mode) : path_(std::move(path)) {
  int const flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  open(path_, flags);
  // A WAL database in a folder we cannot write to: a reader cannot create
  // the -shm file it needs.  When there is no -wal file either, every page
  // is in the database file itself and nobody can be writing to it (nobody
  // could create the -wal), so it is read as an immutable file.
  if (mode == Mode::read_only) {
    int const rc = sqlite3_exec(db_, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    bool const cannot_share = (rc & 0xFF) == SQLITE_READONLY || (rc & 0xFF) == SQLITE_CANTOPEN;
    if (cannot_share && !exists(path_ + "-wal")) {
      sqlite3_close_v2(db_);
      db_ = nullptr;
      open(file_uri(path_, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    }
  }
}

void Database::open(std::string const& name, int flags) {
  int const rc = sqlite3_open_v2(name.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string const msg = describe(rc, db_);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(path_, msg, rc);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::fail(int rc, std::string_view what) const {
  std::string msg = describe(rc, db_);
  if (!what.empty() && (rc & 0xFF) != SQLITE_CORRUPT && (rc & 0xFF) != SQLITE_NOTADB && (rc & 0xFF) != SQLITE_FULL &&
      (rc & 0xFF) != SQLITE_BUSY)
    msg = std::string(what) + "：" + msg;
  throw StoreError(path_, msg, rc);
}

void Database::exec(std::string_view sql) {
  std::string const s(sql);
  char* err = nullptr;
  int const rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) fail(rc, "执行 SQL 失败");
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
  int const rc = sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) db.fail(rc, "准备 SQL 失败");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::bind(int index, std::int64_t v) {
  if (int rc = sqlite3_bind_int64(stmt_, index, v); rc != SQLITE_OK) db_->fail(rc, "绑定参数失败");
  return *this;
}
Statement& Statement::bind(int index, double v) {
  if (int rc = sqlite3_bind_double(stmt_, index, v); rc != SQLITE_OK) db_->fail(rc, "绑定参数失败");
  return *this;
}
Statement& Statement::bind(int index, std::string_view v) {
  if (int rc = sqlite3_bind_text64(stmt_, index, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8); rc != SQLITE_OK)
    db_->fail(rc, "绑定参数失败");
  return *this;
}
Statement& Statement::bind(int index, std::nullopt_t) {
  if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) db_->fail(rc, "绑定参数失败");
  return *this;
}

bool Statement::step() {
  int const rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  db_->fail(rc, "查询失败");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int64(int i) const { return sqlite3_column_int64(stmt_, i); }
double Statement::column_double(int i) const { return sqlite3_column_double(stmt_, i); }
bool Statement::column_null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

std::string_view Statement::column_view(int i) const {
  auto const* p = reinterpret_cast<char const*>(sqlite3_column_text(stmt_, i));
  if (!p) return {};
  return std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)));
}

std::string Statement::column_text(int i) const { return std::string(column_view(i)); }

std::optional<int> Statement::column_optional_int(int i) const {
  if (column_null(i)) return std::nullopt;
  return column_int(i);
}

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace zongjie::store
