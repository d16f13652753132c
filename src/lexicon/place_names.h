// Place-name keys: how PlaceIndex compares names. News text and gazetteers
// disagree on diacritics ("Bogota"/"Bogotá", "Chisinau"/"Chișinău") and on
// apostrophes ("Cote d’Ivoire"), so names are compared after folding Latin
// letters with diacritics to their base letter and typographic apostrophes
// to ASCII. Case is kept: "US" is a country, "us" is not.
#ifndef READOUT_LEXICON_PLACE_NAMES_H_
#define READOUT_LEXICON_PLACE_NAMES_H_

#include <string>
#include <string_view>

#include "text/ascii_words.h"

namespace readout::lexicon {

// True when FoldPlaceName(s) would differ from s (s has a byte >= 0x80).
bool NeedsPlaceFold(std::string_view s);

// `s` with Latin-1 and Latin Extended-A letters (and Romanian ș ț) folded to
// ASCII base letters and ’ ‘ to '. Other characters are kept as they are.
// REQUIRES: s is valid UTF-8.
std::string FoldPlaceName(std::string_view s);

// ASCII lower case of `s` (bytes >= 0x80 kept); for all-capitals headlines.
using text::AsciiLower;

// True when `s` has at least one letter and no lower-case ASCII letter.
bool IsAllCapitals(std::string_view s);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_PLACE_NAMES_H_
