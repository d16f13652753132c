// Places: gives PLACE entities a country and coordinates, preferring the
// reading that fits the article, and GROUP entities named by a nationality
// ("Russians", "Ukrainian forces") their country. REQUIRES: ExtractEntities
// done. Sets Entity::place; reads nothing else the later stages write.
//
// A PLACE name is read, in this order, as
//   1. a country or alias ("Ukraine", "the U.S.") -> the country's centroid;
//   2. a city qualified by the text after it ("Paris, Texas", "Paris, Tex.",
//      "Paris, France"), or inside the name itself ("Paris, Texas");
//   3. a city in a country the article mentions (by name or demonym), the
//      most populous first: "Paris" is in France unless only Texas is about;
//   4. a region ("Crimea", "Texas", "Donbass");
//   5. the most populous city of that name anywhere.
// Place::country is the CAMEO country code (ISO3 except Kosovo "KSV"; a
// territory such as Hong Kong keeps its ISO3 code).
#ifndef READOUT_ENTITIES_PLACE_RESOLVER_H_
#define READOUT_ENTITIES_PLACE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "lexicon/place_index.h"
#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

void ResolvePlaces(const Model& model, Analysis& analysis);
// The same with only a PlaceIndex (tests, tools).
void ResolvePlaces(const lexicon::PlaceIndex& places, Analysis& analysis);

// Where an event told in `sentence` happened, for the events stage: the
// resolved PLACE entity mentioned in that sentence that best says where -
// a mention after a locative preposition ("in Munich", "at", "near",
// "outside") beats one without, a city beats a region beats a country, an
// earlier mention beats a later one. nullopt when the sentence mentions no
// resolved place. REQUIRES: ResolvePlaces done.
std::optional<Place> PlaceForSentence(const Analysis& analysis, uint32_t sentence);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_PLACE_RESOLVER_H_
