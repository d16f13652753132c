// Electoral things: nouns for an electoral contest, its prizes or its stages
// ("the Democratic primary", "the race", "the nomination"), which are no
// participant of an event they are the target of. List:
// data/events/electoral_things.txt.
#ifndef READOUT_EVENTS_ELECTORAL_THINGS_H_
#define READOUT_EVENTS_ELECTORAL_THINGS_H_

#include <string_view>

namespace readout::events {

// True when `lemma` (lower case, singular) is in the list.
bool IsElectoralThing(std::string_view lemma);

}  // namespace readout::events

#endif  // READOUT_EVENTS_ELECTORAL_THINGS_H_
