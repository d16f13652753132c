// Thin RAII wrappers over sqlite3 and sqlite3_stmt. The one piece of logic is
// Error(): SQLite's primary result codes are turned into sentences that name
// the file and say what to do (locked, full, read-only, corrupt), because
// these are the failures an analyst meets and "SQLITE_BUSY" helps nobody.
#include "store/sqlite.h"

#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/mman.h>

namespace readout::store {
namespace {

// SQLite's memory statistics take a global mutex on every allocation; the
// store never reads them. Must run before SQLite initialises, so once, here.
void ConfigureSqliteOnce() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // fails harmlessly if SQLite is already initialised
    return true;
  }();
  (void)configured;
}

}  // namespace

bool ReservePageCache(size_t bytes) {
  // Why: glibc grows a thread's arena by the bytes asked for, so a page cache
  // filled a page at a time costs one mprotect and one page fault per page
  // (~7,000 of each for 2,000 articles); one mapping with huge pages costs a
  // fault per 2 MB. The slots are touched when SQLite strings its free list
  // through them, so the block is resident from the start.
  static bool reserved = false;
  if (reserved) return true;
  int header = 0;
  if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK) return false;
  const size_t slot = (8192 + static_cast<size_t>(header) + 7) & ~size_t{7};
  const size_t slots = bytes / 8192;  // a 4 KB-page file fits half as many pages: SQLite mallocs the rest
  if (slots == 0) return false;
  void* block = mmap(nullptr, slots * slot, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (block == MAP_FAILED) return false;
  (void)madvise(block, slots * slot, MADV_HUGEPAGE);  // a hint: without it, 4 KB pages
  if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, block, static_cast<int>(slot), static_cast<int>(slots)) != SQLITE_OK) {
    munmap(block, slots * slot);
    return false;
  }
  reserved = true;  // the block lives as long as the process
  return true;
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, const OpenOptions& options) {
  ConfigureSqliteOnce();
  int flags = SQLITE_OPEN_NOMUTEX;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create) flags |= SQLITE_OPEN_CREATE;
  }
  if (path.rfind("file:", 0) == 0) flags |= SQLITE_OPEN_URI;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    if (options.read_only || !options.create) {
      return Status::NotFound(fmt::format("cannot open database {}: {} (does the file exist? create it with readout ingest)",
                                          path, msg));
    }
    return Status::IoError(fmt::format("cannot open or create database {}: {}", path, msg));
  }
  sqlite3_extended_result_codes(db, 0);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  std::unique_ptr<Database> out(new Database(db, path));
  // Reading the schema is the first access to the file: a file that is not a
  // database fails here, with a clear message, rather than on first use.
  auto probe = out->QueryInt("SELECT count(*) FROM sqlite_master");
  if (!probe.ok()) return probe.status();
  return out;
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Error(int rc, std::string_view what) const {
  const char* detail = sqlite3_errmsg(db_);
  const std::string where = path_ == ":memory:" ? "the in-memory database" : fmt::format("database {}", path_);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(fmt::format("{}: {} is locked by another writer; try again when it has finished ({})",
                                         what, where, detail));
    case SQLITE_FULL:
      return Status::IoError(fmt::format("{}: the disk is full (or {} reached its size limit); free some space and "
                                         "run the same command again ({})",
                                         what, where, detail));
    case SQLITE_READONLY:
      return Status::IoError(fmt::format("{}: {} is read-only; check the permissions of the file and its directory ({})",
                                         what, where, detail));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(fmt::format("{}: {} is corrupt or not a readout database ({})", what, where, detail));
    case SQLITE_IOERR:
      return Status::IoError(fmt::format("{}: input/output error on {} ({})", what, where, detail));
    case SQLITE_CANTOPEN:
      return Status::IoError(fmt::format("{}: cannot open {} ({})", what, where, detail));
    case SQLITE_CONSTRAINT:
      return Status::Internal(fmt::format("{}: constraint failed in {} ({})", what, where, detail));
    default:
      return Status::Internal(fmt::format("{}: SQLite error on {}: {}", what, where, detail));
  }
}

Status Database::Exec(std::string_view sql) {
  std::string s(sql);
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "running SQL");
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                              nullptr);
  if (rc != SQLITE_OK) return Error(rc, "preparing a query");
  return Statement(this, stmt);
}

Result<int64_t> Database::QueryInt(std::string_view sql) {
  auto st = Prepare(sql);
  if (!st.ok()) return st.status();
  auto row = st->Step();
  if (!row.ok()) return row.status();
  return row.value() ? st->Int(0) : int64_t{0};
}

int64_t Database::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
int Database::Changes() const { return sqlite3_changes(db_); }
bool Database::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = o.stmt_;
    o.stmt_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::BindNull(int i) { sqlite3_bind_null(stmt_, i); }
void Statement::Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
void Statement::Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
void Statement::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void Statement::BindBlob(int i, const void* data, size_t size) {
  sqlite3_bind_blob(stmt_, i, data, static_cast<int>(size), SQLITE_TRANSIENT);
}
void Statement::BindTextOrNull(int i, std::string_view v) {
  if (v.empty()) {
    BindNull(i);
  } else {
    Bind(i, v);
  }
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status s = db_->Error(rc, "running a statement");
  sqlite3_reset(stmt_);
  return s;
}

Status Statement::Run() {
  auto r = Step();
  Reset();
  return r.status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int Statement::ColumnCount() const { return sqlite3_column_count(stmt_); }
bool Statement::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int64_t Statement::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::string_view Statement::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}
std::string_view Statement::Blob(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
  if (!p) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}
std::string Statement::ColumnName(int col) const {
  const char* n = sqlite3_column_name(stmt_, col);
  return n ? n : "";
}
int Statement::ColumnType(int col) const { return sqlite3_column_type(stmt_, col); }

}  // namespace readout::store
