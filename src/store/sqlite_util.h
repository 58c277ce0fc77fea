// Thin RAII helpers over the SQLite C API: a connection and prepared statements with bound
// parameters. Internal to the store module.
#ifndef SITREP_STORE_SQLITE_UTIL_H_
#define SITREP_STORE_SQLITE_UTIL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sitrep/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitrep::store {

// An open SQLite connection. Movable, not copyable; closes on destruction.
class Database {
 public:
  Database() = default;
  ~Database();
  Database(Database&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Database& operator=(Database&&) = delete;
  Database(const Database&) = delete;

  // Opens (creating when missing) the file at `path`.
  static Result<Database> Open(const std::string& path);
  // Runs SQL without parameters (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const char* sql);
  sqlite3* get() const { return db_; }
  std::string Error() const;
  // Row id of the last successful INSERT on this connection.
  int64_t LastInsertId() const;

 private:
  sqlite3* db_ = nullptr;
};

// A prepared statement. Parameters are 1-based, as in SQLite. Reset() before re-use.
class Statement {
 public:
  Statement(const Database& db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // OK when the SQL compiled.
  const Status& status() const { return status_; }

  void Bind(int i, int64_t v);
  void Bind(int i, int v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, double v);
  void Bind(int i, std::string_view v);
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void BindNull(int i);
  template <typename T>
  void Bind(int i, const std::optional<T>& v) {
    if (v) Bind(i, *v); else BindNull(i);
  }

  // Steps once: true with a row, false when done; *st holds any error.
  bool Step(Status* st);
  // Steps to completion (for INSERT/UPDATE/DELETE).
  Status Run();
  void Reset();

  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_UTIL_H_
