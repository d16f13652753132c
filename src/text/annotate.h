// The text stage: tokens, sentences, POS tags and lemmas for an Analysis.
#ifndef READOUT_TEXT_ANNOTATE_H_
#define READOUT_TEXT_ANNOTATE_H_

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::text {

// REQUIRES: analysis.text is valid UTF-8. Fills tokens and sentences.
void AnnotateText(const Model& model, Analysis& analysis);

}  // namespace readout::text

#endif  // READOUT_TEXT_ANNOTATE_H_
