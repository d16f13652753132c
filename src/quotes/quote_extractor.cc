// Initial no-op. To be replaced.
#include "quotes/quote_extractor.h"

namespace readout::quotes {

void ExtractQuotes(const Model&, Analysis&) {}

}  // namespace readout::quotes
