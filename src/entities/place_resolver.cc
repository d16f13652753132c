// Initial no-op. To be replaced.
#include "entities/place_resolver.h"

namespace readout::entities {

void ResolvePlaces(const Model&, Analysis&) {}

}  // namespace readout::entities
