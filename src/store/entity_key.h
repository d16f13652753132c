// The key that links entities across articles: two entities are the same
// global entity when their canonical names have the same key and their types
// are equal. Aliases are looked up by the same key, so a query for
// "polyakova" or "Alina  Polyakova" finds what the text called "Polyakova".
#ifndef READOUT_STORE_ENTITY_KEY_H_
#define READOUT_STORE_ENTITY_KEY_H_

#include <string>
#include <string_view>

namespace readout::store {

// Lower-cases ASCII letters, drops periods (so "U.S." and "US" meet),
// turns other punctuation except hyphens and apostrophes into spaces,
// collapses runs of spaces and trims. Non-ASCII bytes are kept as they are.
// Also folds the typographic apostrophe (U+2019) to "'".
std::string EntityKey(std::string_view name);
// The same key written into `out` (replacing its contents): the writer keys
// every name mention of every article, so it reuses one buffer.
void EntityKeyTo(std::string_view name, std::string* out);

}  // namespace readout::store

#endif  // READOUT_STORE_ENTITY_KEY_H_
