// Event stage: CAMEO events with source, target, trigger, date and place.
// REQUIRES: text, entity, time, place and actor stages done. Fills
// Analysis::events. Thread-safe: the Model is only read.
#ifndef READOUT_EVENTS_EVENT_CODER_H_
#define READOUT_EVENTS_EVENT_CODER_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::events {

struct CodeOptions {
  // Keep an event only when its source or target names an entity or has an
  // actor code. Off for span evaluations that score plain noun phrases.
  bool require_actor = true;
  // Keep an event only when both source and target have actor codes
  // (PETRARCH's require_dyad).
  bool require_dyad = false;
  // Propose things, measures and undertakings as targets, as CAMEO codes
  // an act on them ("rejected the Kirkuk council decision", "lifted its ban
  // on US poultry") and ConfliBERT's annotation marks them. Off in the
  // pipeline, whose analyst reading names only actors as targets
  // (thing_nouns.txt, a thing only a national modifier codes); the span
  // evaluation turns it on.
  bool things_as_targets = false;
};

void CodeEvents(const Model& model, Analysis& analysis);
void CodeEvents(const Model& model, const CodeOptions& options, Analysis& analysis);

}  // namespace readout::events

#endif  // READOUT_EVENTS_EVENT_CODER_H_
