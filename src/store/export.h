// Export of the record for other tools:
// - jsonl: one line per article, CONTRACT.md's analysis object plus "title",
//   "source", "url", "text" and "duplicate_of"; `readout ingest` reads these
//   lines back (id, text, date, title, source, url), so an export can be
//   re-ingested into a new database that exports identically.
// - csv: one table (events, quotes, entities or articles) with a header row.
// - phoenix: PETRARCH2/Phoenix-style tab-separated event rows, no header.
#ifndef READOUT_STORE_EXPORT_H_
#define READOUT_STORE_EXPORT_H_

#include <cstddef>
#include <ostream>
#include <string>

#include "readout/status.h"
#include "store/query.h"
#include "store/sqlite.h"

namespace readout::store {

enum class ExportFormat { kJsonl, kCsv, kPhoenix };
bool ParseExportFormat(std::string_view name, ExportFormat* out);

struct ExportOptions {
  ExportFormat format = ExportFormat::kJsonl;
  // csv only: "events", "quotes", "entities" or "articles".
  std::string table = "events";
  // Event filters (csv events, phoenix). Its from/to also bound the article
  // dates of the jsonl and csv articles/quotes exports. limit is ignored.
  EventFilter events;
};

// Writes the export to `out`; returns the number of rows (articles for
// jsonl) written. Errors: kInvalidArgument for a bad filter or table name.
Result<size_t> Export(Database& db, const ExportOptions& options, std::ostream& out);

}  // namespace readout::store

#endif  // READOUT_STORE_EXPORT_H_
