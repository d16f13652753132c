// VerbDictionary: CAMEO verb and noun patterns; built-in data plus PETRARCH2 CAMEO verb files.
#ifndef READOUT_LEXICON_VERB_DICTIONARY_H_
#define READOUT_LEXICON_VERB_DICTIONARY_H_

#include <memory>
#include <string>
#include <vector>

#include "readout/model.h"
#include "readout/status.h"

namespace readout::lexicon {

class VerbDictionary {
 public:
  // Loads the built-in data (and options.dict_dirs where relevant); problems
  // with single lines go to *warnings with file and line.
  static Result<std::unique_ptr<VerbDictionary>> Load(const ModelOptions& options,
                                          std::vector<std::string>* warnings);
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_VERB_DICTIONARY_H_
