// Initial empty VerbDictionary. To be replaced.
#include "lexicon/verb_dictionary.h"

namespace readout::lexicon {

Result<std::unique_ptr<VerbDictionary>> VerbDictionary::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<VerbDictionary>();
}

}  // namespace readout::lexicon
