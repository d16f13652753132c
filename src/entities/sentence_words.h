// SentenceWords: one sentence's tokens as the entity stage reads them: word
// text with a trailing possessive ("Trump’s" -> "Trump") cut off, and the
// capitalisation facts every rule asks about, computed once per token.
#ifndef READOUT_ENTITIES_SENTENCE_WORDS_H_
#define READOUT_ENTITIES_SENTENCE_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "readout/analysis.h"

namespace readout::entities {

struct WordInfo {
  Span span;               // bytes of `text` (possessive excluded)
  Pos pos = Pos::kUnknown;
  bool word = false;       // TokenKind::kWord
  bool cap = false;        // starts with an upper-case letter
  bool all_caps = false;   // two or more letters, none lower-case ("NATO", "U.S.")
  bool possessive = false; // "’s" follows (in the token or as the next token)
  bool open_paren = false, close_paren = false, comma = false;
};

// Views of one sentence. words[k] and info[k] describe token first_token + k.
struct SentenceWords {
  uint32_t first_token = 0;
  std::vector<std::string_view> words;
  std::vector<WordInfo> info;
  size_t size() const { return words.size(); }
  // Fills the views for `s`; reuses capacity.
  void Fill(const Analysis& a, const Sentence& s);
};

// True when the first code point of `w` is an upper-case letter.
bool StartsUpper(std::string_view w);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_SENTENCE_WORDS_H_
