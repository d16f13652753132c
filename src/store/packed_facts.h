// Packed per-article facts (schema v8): an article's entity clusters (with
// their mentions and roles) and its time expressions are stored as one JSON
// array each, in `articles.entities` and `articles.times`, instead of a row
// per cluster, role and time (~45 rows and ~35 index entries per news
// article). No query looks inside them: global entities, aliases and role
// counts have their own tables; the arrays are read back whole by
// ArticleLoader (export), and the writer subtracts a replaced article's
// counts with SQLite's json_each. docs/schema.md gives the fields.
#ifndef READOUT_STORE_PACKED_FACTS_H_
#define READOUT_STORE_PACKED_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"

namespace readout::store {

// Appends the JSON object of one entity cluster: its local id, `global`
// (entities.id), name, type, actor, aliases, place, `mentions` (the count
// added to the global counter), `counted` (whether it added the article to
// the global article count), the packed mention list (span_list.h) and its
// roles. Empty fields are left out.
void AppendEntityJson(const Entity& e, int64_t global, bool counted, std::string* out);

// Appends the JSON array of the article's time expressions (span, text,
// value, sentence).
void AppendTimesJson(const Analysis& a, std::string* out);

// The inverse of a '[' + AppendEntityJson, ... + ']' array (and of the
// migration's version of it); false when `json` is not such an array.
bool DecodeEntities(std::string_view json, std::vector<Entity>* out);
bool DecodeTimes(std::string_view json, std::vector<TimeExpression>* out);

}  // namespace readout::store

#endif  // READOUT_STORE_PACKED_FACTS_H_
