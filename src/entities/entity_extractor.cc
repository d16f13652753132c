// Initial no-op. To be replaced.
#include "entities/entity_extractor.h"

namespace readout::entities {

void ExtractEntities(const Model&, Analysis&) {}

}  // namespace readout::entities
