// A thin RAII layer over libpq with the shape of store/sqlite.hpp: a
// connection, statements with `?` / `?N` placeholders (rewritten to $N and
// prepared on first use), stepped row by row.  Errors throw store::StoreError
// naming the server location (the password, if any, left out).
#pragma once

#include "zongjie/store/sqlite.hpp"  // store::StoreError

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace zongjie::pgstore {

/// SQLSTATE of the last error (e.g. "57014" query cancelled), in StoreError::code() as a number.
constexpr int sqlstate_cancelled = 57014;

/// The URI as shown in messages: the password replaced by ***.
std::string redact(std::string_view location);

/// A PostgreSQL array literal ({"a","b",NULL}, {1,2}), bound as one
/// parameter and unnested in SQL: many rows in one statement.
class ArrayText {
 public:
  void add(std::string_view v) {
    sep();
    out_ += '"';
    for (char c : v) {
      if (c == '"' || c == '\\') out_ += '\\';
      out_ += c;
    }
    out_ += '"';
  }
  void add(std::int64_t v) {
    sep();
    out_ += std::to_string(v);
  }
  void add(std::nullopt_t) {
    sep();
    out_ += "NULL";
  }
  template <typename T>
  void add(std::optional<T> const& v) {
    if (v) add(static_cast<std::int64_t>(*v));
    else add(std::nullopt);
  }
  void add_text_or_null(std::string_view v) {
    if (v.empty()) add(std::nullopt);
    else add(v);
  }
  std::string str() const { return "{" + out_ + "}"; }

 private:
  void sep() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string out_;
  bool first_ = true;
};

class Connection {
 public:
  enum class Access { read_only, read_write };
  /// Connects (connect_timeout=2 unless the location sets it; a read_write
  /// connection asks for target_session_attrs=read-write so that a multi-host
  /// URI lands on the primary).  Throws store::StoreError.
  Connection(std::string location, Access access);
  ~Connection();
  Connection(Connection const&) = delete;
  Connection& operator=(Connection const&) = delete;

  void exec(std::string_view sql);
  std::string const& location() const noexcept { return shown_; }
  pg_conn* handle() const noexcept { return conn_; }
  /// Asks the server to cancel the running query; safe from another thread.
  void cancel() noexcept;
  /// A statement name unique on this connection.
  std::string next_name() { return "zj" + std::to_string(++names_); }
  /// Throws StoreError with the server's message for `res` (which it clears).
  [[noreturn]] void fail(pg_result* res, std::string_view what) const;

 private:
  std::string shown_;
  pg_conn* conn_ = nullptr;
  pg_cancel* cancel_ = nullptr;
  int names_ = 0;
};

class Statement {
 public:
  Statement(Connection& c, std::string_view sql);
  ~Statement();
  Statement(Statement const&) = delete;
  Statement& operator=(Statement const&) = delete;

  Statement& bind(int index, std::int64_t v) { return set(index, std::to_string(v)); }
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, std::size_t v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, std::uint64_t v, bool) { return set(index, std::to_string(v)); }
  Statement& bind(int index, double v);
  Statement& bind(int index, std::string_view v) { return set(index, std::string(v)); }
  Statement& bind(int index, char const* v) { return bind(index, std::string_view(v)); }
  Statement& bind(int index, std::nullopt_t);
  template <typename T>
  Statement& bind(int index, std::optional<T> const& v) {
    return v ? bind(index, *v) : bind(index, std::nullopt);
  }

  /// Runs on the first call; true while a row is available.
  bool step();
  /// Runs to completion; the number of rows it changed.
  std::int64_t run();
  void reset();

  std::int64_t column_int64(int i) const;
  int column_int(int i) const { return static_cast<int>(column_int64(i)); }
  double column_double(int i) const;
  std::string column_text(int i) const { return std::string(column_view(i)); }
  std::string_view column_view(int i) const;
  bool column_null(int i) const;
  std::optional<int> column_optional_int(int i) const;

 private:
  Statement& set(int index, std::optional<std::string> v);
  void execute();

  Connection* c_;
  std::string sql_, name_;
  bool prepared_ = false;
  std::vector<std::optional<std::string>> params_;
  pg_result* res_ = nullptr;
  int row_ = -1, rows_ = 0;
};

}  // namespace zongjie::pgstore
