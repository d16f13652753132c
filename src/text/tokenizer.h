// Tokenizer: splits raw text into tokens with byte offsets (see Token in
// readout/analysis.h). Handles quotes, apostrophes and possessives, dashes,
// ellipses, hyphenated words, abbreviations, numbers, dates, URLs, e-mail
// addresses, @handles and #hashtags. Thread-safe.
#ifndef READOUT_TEXT_TOKENIZER_H_
#define READOUT_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "readout/analysis.h"

namespace readout::text {

// REQUIRES: text is valid UTF-8. pos and lemma are left empty.
// Tokens are in text order, do not overlap, and cover every byte that is not
// white space, a control character or an invisible format character.
std::vector<Token> Tokenize(std::string_view text);

// Short lower-case name of a kind, for tests and debugging: "word",
// "number", "punct", "end", "open", "close", "dash", "ellipsis", "poss",
// "url", "handle", "symbol".
std::string_view TokenKindName(TokenKind kind);

}  // namespace readout::text

#endif  // READOUT_TEXT_TOKENIZER_H_
