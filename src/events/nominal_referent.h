// The person a definite title refers back to: "the president" after
// "President Donald Trump", "the envoy" after "special envoy Keith Kellogg".
#ifndef READOUT_EVENTS_NOMINAL_REFERENT_H_
#define READOUT_EVENTS_NOMINAL_REFERENT_H_

#include <cstdint>

#include "events/shallow_parse.h"
#include "readout/model.h"

namespace readout::events {

// Tokens [first, end) of `parse`'s sentence. When they are "the", at most
// one adjective, and a title of the gazetteer filling the rest ("the
// president", "the special envoy", "the former secretary of state"; not
// "the campaign"), and name nobody themselves, returns the person entity
// mentioned before them whose roles hold that title (inside a direct quote
// preferring the speaker's country, then the most mentioned so far, then
// the nearest; "former" only for an out-of-office code); -1 otherwise.
int NominalReferent(const Model& model, const SentenceParse& parse, uint32_t first, uint32_t end);

}  // namespace readout::events

#endif  // READOUT_EVENTS_NOMINAL_REFERENT_H_
