// Clustering an article's mentions into entities, one per referent.
//
// Exact keys first (gazetteer organisation, place, full name), then single
// words join the entity whose surname, acronym or organisation first word they
// are, then a surname misspelt once joins the entity it is one or two edits
// from (same first letter; Damerau-Levenshtein) when nothing else fits.
// Canonical names are the fullest form with the most frequent spelling.
#ifndef READOUT_ENTITIES_NAME_CLUSTER_H_
#define READOUT_ENTITIES_NAME_CLUSTER_H_

#include <string_view>
#include <vector>

#include "entities/mention_finder.h"
#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

// Builds Analysis-ready entities (ids "E1".. in order of first mention) from
// the article's mentions, in text order.
std::vector<Entity> ClusterMentions(const Model& model, const Analysis& a, std::vector<RawMention> mentions);

// Optimal-string-alignment Damerau-Levenshtein distance, capped: returns
// cap + 1 as soon as the distance must exceed cap.
int EditDistance(std::string_view a, std::string_view b, int cap);

// True when `variant` is a plausible one-off misspelling of `name`.
bool IsMisspelling(std::string_view variant, std::string_view name);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_NAME_CLUSTER_H_
