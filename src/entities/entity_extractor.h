// Entity stage: mentions, clusters (one entity per referent), roles. REQUIRES: text stage done. Fills Analysis::entities.
#ifndef READOUT_ENTITIES_ENTITY_EXTRACTOR_H_
#define READOUT_ENTITIES_ENTITY_EXTRACTOR_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

void ExtractEntities(const Model& model, Analysis& analysis);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_ENTITY_EXTRACTOR_H_
