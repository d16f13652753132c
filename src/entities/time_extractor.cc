// Initial no-op. To be replaced.
#include "entities/time_extractor.h"

namespace readout::entities {

void ExtractTimes(const Model&, Analysis&) {}

}  // namespace readout::entities
