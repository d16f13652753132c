// PlaceIndex: place names to country codes and coordinates (countries, capitals, geonames cities).
#ifndef READOUT_LEXICON_PLACE_INDEX_H_
#define READOUT_LEXICON_PLACE_INDEX_H_

#include <memory>
#include <string>
#include <vector>

#include "readout/model.h"
#include "readout/status.h"

namespace readout::lexicon {

class PlaceIndex {
 public:
  // Loads the built-in data (and options.dict_dirs where relevant); problems
  // with single lines go to *warnings with file and line.
  static Result<std::unique_ptr<PlaceIndex>> Load(const ModelOptions& options,
                                          std::vector<std::string>* warnings);
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_PLACE_INDEX_H_
