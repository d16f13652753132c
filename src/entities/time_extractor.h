// Time expressions resolved against Analysis::date. REQUIRES: text stage done. Fills Analysis::times.
#ifndef READOUT_ENTITIES_TIME_EXTRACTOR_H_
#define READOUT_ENTITIES_TIME_EXTRACTOR_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

void ExtractTimes(const Model& model, Analysis& analysis);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_TIME_EXTRACTOR_H_
