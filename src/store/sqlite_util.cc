#include "store/sqlite_util.h"

#include <sqlite3.h>

namespace sitrep::store {

Database::~Database() {
  if (db_) sqlite3_close_v2(db_);
}

Result<Database> Database::Open(const std::string& path) {
  Database d;
  const int rc = sqlite3_open_v2(path.c_str(), &d.db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = d.db_ ? sqlite3_errmsg(d.db_) : sqlite3_errstr(rc);
    return Status::IoError("cannot open SQLite database " + path + ": " + msg);
  }
  return d;
}

Status Database::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : Error();
    sqlite3_free(err);
    return Status::IoError("SQLite: " + msg);
  }
  return Status::Ok();
}

int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

std::string Database::Error() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

Statement::Statement(const Database& db, const char* sql) : db_(db.get()) {
  if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
    status_ = Status::Internal(std::string("SQLite prepare: ") + sqlite3_errmsg(db_));
    stmt_ = nullptr;
  }
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

void Statement::Bind(int i, int64_t v) {
  if (stmt_) sqlite3_bind_int64(stmt_, i, v);
}
void Statement::Bind(int i, double v) {
  if (stmt_) sqlite3_bind_double(stmt_, i, v);
}
void Statement::Bind(int i, std::string_view v) {
  if (stmt_) sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void Statement::BindNull(int i) {
  if (stmt_) sqlite3_bind_null(stmt_, i);
}

bool Statement::Step(Status* st) {
  if (!stmt_) {
    *st = status_;
    return false;
  }
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) *st = Status::IoError(std::string("SQLite: ") + sqlite3_errmsg(db_));
  return false;
}

Status Statement::Run() {
  Status st;
  while (Step(&st)) {
  }
  return st;
}

void Statement::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int64_t Statement::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Statement::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return "";
  return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

}  // namespace sitrep::store
