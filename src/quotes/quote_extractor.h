// Quote stage: who said what. Fills Analysis::quotes with direct, partial and
// indirect quotes in text order, each with its speaker (the mention the
// sentence uses, resolved to Analysis::entities when it can be), cue and
// medium. REQUIRES: the text stage has run (tokens, sentences); uses the
// entity stage's entities when present and works without them.
#ifndef READOUT_QUOTES_QUOTE_EXTRACTOR_H_
#define READOUT_QUOTES_QUOTE_EXTRACTOR_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::quotes {

void ExtractQuotes(const Model& model, Analysis& analysis);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_QUOTE_EXTRACTOR_H_
