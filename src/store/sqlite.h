// A small seam over the SQLite C API: a Database owns one connection, a
// Statement one prepared statement. Every failure comes back as a Status whose
// message says what went wrong in words an analyst can act on ("the database
// is locked by another writer", "the disk is full"), never an exception or an
// abort. Tests open ":memory:" or a temporary file through the same class.
//
// Thread safety: a Database and its Statements belong to one thread at a time.
#ifndef READOUT_STORE_SQLITE_H_
#define READOUT_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "readout/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace readout::store {

// For a process that writes one large database (readout ingest): gives
// SQLite's page cache one block for `bytes` of 8 KB pages, asked of
// the kernel at once and backed by huge pages where it allows, instead of a
// malloc per page. Must run before the first Database is opened; false (and
// nothing changed) when SQLite is already in use or the memory is refused.
bool ReservePageCache(size_t bytes);

struct OpenOptions {
  bool read_only = false;   // queries and export open read-only
  bool create = true;       // create the file when missing (ignored when read_only)
  int busy_timeout_ms = 5000;  // how long to wait for another writer's lock
};

class Statement;

class Database {
 public:
  // Opens `path` (":memory:" for an in-memory database). Fails with a clear
  // message when the file is missing (read-only), not a database, or cannot
  // be opened.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, const OpenOptions& options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  // Prepares one statement. The Statement must not outlive this Database.
  Result<Statement> Prepare(std::string_view sql);
  // The first column of the first row of `sql` as an integer (0 when no row).
  Result<int64_t> QueryInt(std::string_view sql);

  int64_t LastInsertRowid() const;
  int Changes() const;
  bool InTransaction() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }

  // Status for SQLite result code `rc` with the connection's message, worded
  // for people; `what` names the operation ("writing article X").
  Status Error(int rc, std::string_view what) const;

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// A prepared statement. Bind parameters are 1-based, columns 0-based.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  ~Statement();

  void BindNull(int i);
  void Bind(int i, int64_t v);
  void Bind(int i, int v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, uint32_t v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, double v);
  void Bind(int i, std::string_view v);  // copied by SQLite
  void BindBlob(int i, const void* data, size_t size);
  // Binds NULL for an empty string.
  void BindTextOrNull(int i, std::string_view v);

  // Advances: true when a row is ready, false when done; errors as Status.
  Result<bool> Step();
  // Runs a statement that returns no rows, then resets it for reuse.
  Status Run();
  void Reset();

  int ColumnCount() const;
  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::string_view Text(int col) const;  // valid until the next Step
  std::string_view Blob(int col) const;
  std::string ColumnName(int col) const;
  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
  int ColumnType(int col) const;

 private:
  friend class Database;
  Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
// IMMEDIATE takes the write lock up front so a busy database is reported
// before any work is done, not halfway through.
template <typename F>
Status InTransaction(Database& db, F&& body) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  s = body();
  if (s.ok()) s = db.Exec("COMMIT");
  if (!s.ok() && db.InTransaction()) (void)db.Exec("ROLLBACK");
  return s;
}

}  // namespace readout::store

#endif  // READOUT_STORE_SQLITE_H_
