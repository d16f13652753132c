// Initial no-op. To be replaced.
#include "entities/actor_coder.h"

namespace readout::entities {

void CodeActors(const Model&, Analysis&) {}

}  // namespace readout::entities
