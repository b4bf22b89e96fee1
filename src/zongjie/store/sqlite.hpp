// A thin RAII layer over the SQLite C API: a connection, prepared statements
// finalized in their destructor, and transactions that roll back unless
// committed (the shape of SQLiteCpp's Database/Statement/Transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace zongjie::store {

/// A database error, with the file and SQLite's own message.
class StoreError : public std::runtime_error {
 public:
  StoreError(std::string const& path, std::string const& message, int code = 0)
      : std::runtime_error(path + "：" + message), code_(code) {}
  int code() const noexcept { return code_; }

 private:
  int code_;
};

class Database;

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement const&) = delete;
  Statement& operator=(Statement const&) = delete;
  Statement(Statement&& other) noexcept;

  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, std::size_t v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, double v);
  Statement& bind(int index, std::string_view v);
  Statement& bind(int index, char const* v) { return bind(index, std::string_view(v)); }
  Statement& bind(int index, std::nullopt_t);
  template <typename T>
  Statement& bind(int index, std::optional<T> const& v) {
    return v ? bind(index, *v) : bind(index, std::nullopt);
  }

  /// Steps once: true while a row is available.
  bool step();
  /// Runs to completion (for statements without rows).
  void run();
  void reset();

  std::int64_t column_int64(int i) const;
  int column_int(int i) const { return static_cast<int>(column_int64(i)); }
  double column_double(int i) const;
  std::string column_text(int i) const;
  std::string_view column_view(int i) const;  ///< valid until the next step
  bool column_null(int i) const;
  std::optional<int> column_optional_int(int i) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  enum class Mode { read_only, read_write_create };
  Database(std::string path, Mode mode);
  ~Database();
  Database(Database const&) = delete;
  Database& operator=(Database const&) = delete;

  void exec(std::string_view sql);
  std::int64_t last_insert_rowid() const;
  int changes() const;
  std::string const& path() const noexcept { return path_; }
  sqlite3* handle() const noexcept { return db_; }
  /// Throws StoreError with SQLite's message for `rc`.
  [[noreturn]] void fail(int rc, std::string_view what) const;

 private:
  /// Opens `name` (a path or a URI) into db_; throws StoreError naming path_.
  void open(std::string const& name, int flags);

  std::string path_;
  sqlite3* db_ = nullptr;
};

class Transaction {
 public:
  /// BEGIN IMMEDIATE: takes the write lock now, so a second writer waits
  /// (busy timeout) instead of failing half-way.
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(Transaction const&) = delete;
  Transaction& operator=(Transaction const&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace zongjie::store
