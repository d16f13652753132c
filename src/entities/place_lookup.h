// The entity stage's view of lexicon::PlaceIndex: the longest place name or
// demonym at a word position.
#ifndef READOUT_ENTITIES_PLACE_LOOKUP_H_
#define READOUT_ENTITIES_PLACE_LOOKUP_H_

#include <cstdint>
#include <span>
#include <string_view>

#include "readout/model.h"

namespace readout::entities {

enum class PlaceKind : uint8_t {
  kNone,
  kCountry,        // "Ukraine", "United States", "US"
  kPlace,          // a city or region: "Kyiv", "Brussels"
  kDemonym,        // adjective: "Russian", "Ukrainian"
  kDemonymPlural,  // people: "Ukrainians", "Europeans"
};

struct PlaceMatch {
  uint32_t length = 0;         // words matched; 0 when none
  PlaceKind kind = PlaceKind::kNone;
  std::string_view name;       // canonical name ("United States"); lives in the model
  std::string_view country;    // ISO3 code; may be empty (continents)
  bool city = false;           // a city name, which may also be a surname ("Warren")
};

// Longest match starting at words[i]. Words are as written in the text.
PlaceMatch MatchPlace(const Model& model, std::span<const std::string_view> words, size_t i);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_PLACE_LOOKUP_H_
