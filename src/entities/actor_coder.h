// Actor coding: sets Entity::actor (full CAMEO code at the article date). REQUIRES: entities and places done.
#ifndef READOUT_ENTITIES_ACTOR_CODER_H_
#define READOUT_ENTITIES_ACTOR_CODER_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

void CodeActors(const Model& model, Analysis& analysis);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_ACTOR_CODER_H_
