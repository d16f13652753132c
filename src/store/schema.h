// The database schema and its migrations. The schema version lives in
// `PRAGMA user_version`; Migrate() brings an older database up to
// kSchemaVersion one step at a time inside one transaction, and refuses a
// database written by a newer readout. docs/schema.md describes every table.
#ifndef READOUT_STORE_SCHEMA_H_
#define READOUT_STORE_SCHEMA_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "readout/status.h"
#include "store/sqlite.h"

namespace readout::store {

inline constexpr int kSchemaVersion = 8;

// The quote key (schema v6): a quote's article date and id in one integer
// that sorts like (date, id), YYYYMMDD * 2^32 + id, with 0 for no date. It is
// the rowid of quotes_fts and the qkey of quote_about, so quotes found by
// words or by entity come in date order without reading their rows.
inline constexpr int64_t kQuoteKeyIdBits = 32;
inline constexpr int64_t kQuoteKeyIdMask = (int64_t{1} << kQuoteKeyIdBits) - 1;
// `date` is YYYY-MM-DD or empty.
int64_t QuoteKey(std::string_view date, int64_t id);
// The smallest and largest keys of quotes dated in [from, to] (empty: open).
int64_t QuoteKeyFrom(std::string_view from);
int64_t QuoteKeyTo(std::string_view to);
// The SQL expression of the quote key of the quotes row aliased `q`.
std::string QuoteKeySql(std::string_view q);

// Sets the connection's pragmas for a writer (WAL, synchronous=NORMAL, ...)
// and migrates the schema to kSchemaVersion. Safe to call on every open.
Status PrepareForWriting(Database& db);

// Checks that a database opened for reading has a schema this program knows
// (a missing or empty database is reported as not a readout database).
Status CheckReadable(Database& db);

// Opens (creating when missing) a database for ingest: WAL, pragmas, schema
// migrated to the current version.
Result<std::unique_ptr<Database>> OpenForWriting(const std::string& path, int busy_timeout_ms = 5000);

// Opens an existing database read-only for queries and export (never blocked
// by an ingest in progress: WAL readers see the last committed batch).
Result<std::unique_ptr<Database>> OpenForReading(const std::string& path);

// Applies the migrations from the current user_version up to kSchemaVersion.
Status Migrate(Database& db);

// Applies them up to `version` only (tests build older databases with it).
Status MigrateTo(Database& db, int version);

}  // namespace readout::store

#endif  // READOUT_STORE_SCHEMA_H_
