// Places: gives PLACE entities a country and coordinates, preferring the reading that fits the article. REQUIRES: ExtractEntities done.
#ifndef READOUT_ENTITIES_PLACE_RESOLVER_H_
#define READOUT_ENTITIES_PLACE_RESOLVER_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

void ResolvePlaces(const Model& model, Analysis& analysis);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_PLACE_RESOLVER_H_
