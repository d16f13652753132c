// Initial empty ActorDictionary. To be replaced.
#include "lexicon/actor_dictionary.h"

namespace readout::lexicon {

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<ActorDictionary>();
}

}  // namespace readout::lexicon
