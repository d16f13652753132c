// Gazetteer: names of countries, demonyms, cities, organisations, titles and given names, compiled for matching.
#ifndef READOUT_LEXICON_GAZETTEER_H_
#define READOUT_LEXICON_GAZETTEER_H_

#include <memory>
#include <string>
#include <vector>

#include "readout/model.h"
#include "readout/status.h"

namespace readout::lexicon {

class Gazetteer {
 public:
  // Loads the built-in data (and options.dict_dirs where relevant); problems
  // with single lines go to *warnings with file and line.
  static Result<std::unique_ptr<Gazetteer>> Load(const ModelOptions& options,
                                          std::vector<std::string>* warnings);
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_GAZETTEER_H_
