// ActorDictionary: names to CAMEO actor codes with date ranges; built-in data plus PETRARCH2/Phoenix actor and agent files.
#ifndef READOUT_LEXICON_ACTOR_DICTIONARY_H_
#define READOUT_LEXICON_ACTOR_DICTIONARY_H_

#include <memory>
#include <string>
#include <vector>

#include "readout/model.h"
#include "readout/status.h"

namespace readout::lexicon {

class ActorDictionary {
 public:
  // Loads the built-in data (and options.dict_dirs where relevant); problems
  // with single lines go to *warnings with file and line.
  static Result<std::unique_ptr<ActorDictionary>> Load(const ModelOptions& options,
                                          std::vector<std::string>* warnings);
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_ACTOR_DICTIONARY_H_
