// The analyst's questions: quotes, events, entities and timelines, each a
// filter struct turned into one SQL statement that the schema's indexes
// answer without scanning the record. Results stream to a RowWriter.
//
// Names (--speaker, --about, --name) match any alias of a global entity by
// its EntityKey, so "Polyakova" finds the speaker the text also called
// "Alina Polyakova". Actor and event codes match by prefix ("USA" matches
// "USAGOV"); a dyad "A-B" matches both directions. Dates are inclusive
// YYYY-MM-DD bounds.
#ifndef READOUT_STORE_QUERY_H_
#define READOUT_STORE_QUERY_H_

#include <cstddef>
#include <string>
#include <vector>

#include "readout/status.h"
#include "store/sqlite.h"
#include "store/table_writer.h"

namespace readout::store {

struct QuoteFilter {
  std::string speaker;  // any alias of the speaking entity
  std::string about;    // an entity mentioned in the quote (or its name in the text)
  std::string text;     // words that must all occur in the quote (FTS5)
  std::string from, to; // article date bounds
  std::string article;  // one article's id
  size_t limit = 100;   // 0: no limit
};

struct EventFilter {
  std::string source;   // source actor code prefix
  std::string target;   // target actor code prefix
  std::string code;     // CAMEO code prefix ("04", "190")
  std::string dyad;     // "A-B": A->B or B->A
  std::string from, to; // event date bounds
  std::string article;  // one article's id
  bool include_duplicates = false;  // wire copies' events (excluded by default)
  bool include_negated = true;      // events stated as not happening
  size_t limit = 100;
};

struct EntityFilter {
  std::string name;  // any alias
  std::string type;  // PERSON, ORG, PLACE, GROUP (any case)
  size_t limit = 100;
};

enum class Period { kDay, kWeek, kMonth };
bool ParsePeriod(std::string_view name, Period* out);

struct TimelineFilter {
  std::string dyad;  // "A-B" (both directions); empty: all events
  Period by = Period::kWeek;  // weeks start on Monday
  std::string from, to;
};

// A SQL statement with its bound text parameters and the columns a terminal
// shows. Built by the Make* functions, run by RunQuery.
struct Query {
  std::string sql;
  std::vector<std::string> params;  // bound to ?1, ?2, ... in order
  std::vector<std::string> terminal_columns;
  // A second form of `sql` for filters that match many rows, chosen by
  // RunQuery when `probe` (a count, capped, over the same params) reaches
  // `dense_from`. Empty when the query has one form.
  std::string dense_sql;
  std::string probe;
  int64_t dense_from = 0;
  // Pieces per entity: RunQuery replaces "@ARMS<k>@" in the SQL by the UNION
  // of arms[k].arm, once per entity whose alias key is params[key_param],
  // with "@E@" the entity's id.
  struct EntityArms {
    size_t key_param = 0;
    std::string arm;
  };
  std::vector<EntityArms> arms;
};

// Errors: kInvalidArgument for a malformed filter (a dyad without "-", a
// date that is not YYYY-MM-DD).
Result<Query> MakeQuotesQuery(const QuoteFilter& f);
Result<Query> MakeEventsQuery(const EventFilter& f);
Result<Query> MakeEntitiesQuery(const EntityFilter& f);
Result<Query> MakeTimelineQuery(const TimelineFilter& f);
// Every column of every event that passes `f` (limit ignored), for export.
Result<Query> MakeEventExportQuery(const EventFilter& f);

// Phoenix/PETRARCH2-style event rows (see docs/schema.md): date as
// YYYYMMDD, source, target, code, root, quad class, Goldstein, source text,
// target text, article id, URL. Negated events are left out (they did not
// happen); missing actor codes are written "---" as PETRARCH does.
Result<Query> MakePhoenixQuery(const EventFilter& f);

// Runs `q`, writing its column names and rows to `out`. Returns the number
// of rows written.
Result<size_t> RunQuery(Database& db, const Query& q, RowWriter& out);

}  // namespace readout::store

#endif  // READOUT_STORE_QUERY_H_
