// Initial no-op. To be replaced.
#include "events/event_coder.h"

namespace readout::events {

void CodeEvents(const Model&, Analysis&) {}

}  // namespace readout::events
