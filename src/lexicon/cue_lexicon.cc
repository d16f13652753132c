// Initial empty CueLexicon. To be replaced.
#include "lexicon/cue_lexicon.h"

namespace readout::lexicon {

Result<std::unique_ptr<CueLexicon>> CueLexicon::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<CueLexicon>();
}

}  // namespace readout::lexicon
