// Event stage: CAMEO events with source, target, trigger, date and place. REQUIRES: entity stage and actor coding done. Fills Analysis::events.
#ifndef READOUT_EVENTS_EVENT_CODER_H_
#define READOUT_EVENTS_EVENT_CODER_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::events {

void CodeEvents(const Model& model, Analysis& analysis);

}  // namespace readout::events

#endif  // READOUT_EVENTS_EVENT_CODER_H_
