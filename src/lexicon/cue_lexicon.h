// CueLexicon: speech cue verbs and nouns, and media names, for quote attribution.
#ifndef READOUT_LEXICON_CUE_LEXICON_H_
#define READOUT_LEXICON_CUE_LEXICON_H_

#include <memory>
#include <string>
#include <vector>

#include "readout/model.h"
#include "readout/status.h"

namespace readout::lexicon {

class CueLexicon {
 public:
  // Loads the built-in data (and options.dict_dirs where relevant); problems
  // with single lines go to *warnings with file and line.
  static Result<std::unique_ptr<CueLexicon>> Load(const ModelOptions& options,
                                          std::vector<std::string>* warnings);
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_CUE_LEXICON_H_
