// Quote stage: direct, partial and indirect quotes with speaker, cue and medium. REQUIRES: entity stage done. Fills Analysis::quotes.
#ifndef READOUT_QUOTES_QUOTE_EXTRACTOR_H_
#define READOUT_QUOTES_QUOTE_EXTRACTOR_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::quotes {

void ExtractQuotes(const Model& model, Analysis& analysis);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_QUOTE_EXTRACTOR_H_
