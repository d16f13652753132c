// The person a definite title noun refers back to: "the president" after
// "President Donald Trump", "the envoy" after "special envoy Keith Kellogg".
#ifndef READOUT_EVENTS_NOMINAL_REFERENT_H_
#define READOUT_EVENTS_NOMINAL_REFERENT_H_

#include <cstdint>

#include "events/shallow_parse.h"
#include "readout/model.h"

namespace readout::events {

// Tokens [first, end) of `parse`'s sentence. When they are "the" and a
// singular common noun that is a title by itself in the gazetteer
// ("president", "mayor"; not "campaign") (with at most one adjective between, which the
// role must also hold: "the special envoy"), and name nobody themselves,
// returns a person entity mentioned before them whose roles' titles hold
// that noun (inside a direct quote preferring the speaker's country, then
// the most mentioned so far, then the nearest); -1 otherwise.
int NominalReferent(const Model& model, const SentenceParse& parse, uint32_t first, uint32_t end);

}  // namespace readout::events

#endif  // READOUT_EVENTS_NOMINAL_REFERENT_H_
