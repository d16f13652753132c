// Initial empty Gazetteer. To be replaced.
#include "lexicon/gazetteer.h"

namespace readout::lexicon {

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<Gazetteer>();
}

}  // namespace readout::lexicon
