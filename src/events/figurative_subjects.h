// Figurative subjects: nouns that make a force verb (CAMEO roots 18-20)
// figurative when they are its subject and name no actor ("the package
// targets Russia's shadow fleet"). List: data/events/figurative_subjects.txt.
#ifndef READOUT_EVENTS_FIGURATIVE_SUBJECTS_H_
#define READOUT_EVENTS_FIGURATIVE_SUBJECTS_H_

#include <string_view>

namespace readout::events {

// True when `lemma` (lower case, singular) is a measure, document, market or
// natural force in the list.
bool IsFigurativeSubject(std::string_view lemma);

}  // namespace readout::events

#endif  // READOUT_EVENTS_FIGURATIVE_SUBJECTS_H_
