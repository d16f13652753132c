// Initial tokenizer: white space and ASCII punctuation. To be replaced.
#include "text/tokenizer.h"

#include <cctype>

namespace readout::text {

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  bool space = false;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (std::isspace(c)) { space = true; ++i; continue; }
    Token t;
    t.start = i;
    t.space_before = space;
    space = false;
    if (std::ispunct(c)) {
      ++i;
      t.kind = (c == '.' || c == '!' || c == '?') ? TokenKind::kSentenceEnd : TokenKind::kPunct;
    } else {
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) &&
             !std::ispunct(static_cast<unsigned char>(text[i]))) ++i;
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace readout::text
