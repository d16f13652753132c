// Tokenizer: splits raw text into tokens with byte offsets (see Token in
// readout/analysis.h). Handles quotes, apostrophes and possessives, dashes,
// ellipses, hyphenated words, numbers, URLs and @handles.
#ifndef READOUT_TEXT_TOKENIZER_H_
#define READOUT_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "readout/analysis.h"

namespace readout::text {

// REQUIRES: text is valid UTF-8. pos and lemma are left empty.
std::vector<Token> Tokenize(std::string_view text);

}  // namespace readout::text

#endif  // READOUT_TEXT_TOKENIZER_H_
