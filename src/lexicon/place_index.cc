// Initial empty PlaceIndex. To be replaced.
#include "lexicon/place_index.h"

namespace readout::lexicon {

Result<std::unique_ptr<PlaceIndex>> PlaceIndex::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<PlaceIndex>();
}

}  // namespace readout::lexicon
