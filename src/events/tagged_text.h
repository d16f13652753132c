// A small notation for hand-tagged sentences, for event-coding tests that do
// not depend on the tokenizer, tagger or entity stages:
//   [Vladimir/NNP Putin/NNP]=RUSGOV met/VBD/meet with/IN [Trump/NNP]=USAGOV ./.
// Each token is text/POS[/lemma] (lemma defaults to the lower-cased text);
// [ ... ]=ACTOR makes the enclosed tokens a mention of an entity with that
// actor code ("-" for none); the same ACTOR#n names the same entity again;
// ACTOR@PER makes the entity a PERSON, ACTOR@LOC a PLACE, ACTOR@REG a PLACE
// that is a region (an ORG otherwise).
// Sentences end at a "." token; the text is the tokens joined by spaces.
#ifndef READOUT_EVENTS_TAGGED_TEXT_H_
#define READOUT_EVENTS_TAGGED_TEXT_H_

#include <string>
#include <string_view>

#include "readout/analysis.h"
#include "readout/status.h"

namespace readout::events {

Result<Analysis> ParseTaggedText(std::string_view tagged);

// One line per event: CODE SOURCE -> TARGET [trigger] (NEGATED), where an
// argument reads ACTOR "text" or "-" when absent.
std::string FormatEvents(const Analysis& a);

}  // namespace readout::events

#endif  // READOUT_EVENTS_TAGGED_TEXT_H_
