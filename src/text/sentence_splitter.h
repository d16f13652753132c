// Sentence splitter: groups tokens into sentences and paragraphs.
#ifndef READOUT_TEXT_SENTENCE_SPLITTER_H_
#define READOUT_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "readout/analysis.h"

namespace readout::text {

// REQUIRES: tokens come from Tokenize(text). Every token belongs to exactly
// one sentence; sentences are in order and do not overlap.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace readout::text

#endif  // READOUT_TEXT_SENTENCE_SPLITTER_H_
