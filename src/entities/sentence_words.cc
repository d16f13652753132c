// SentenceWords::Fill walks the sentence's tokens once. A possessive is seen
// either as its own token (TokenKind::kPossessive, from the tokenizer) or as a
// "’s"/"'s" tail inside a word token; both leave the bare name as the word.
#include "entities/sentence_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace readout::entities {
namespace {

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = w[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  int32_t i = 0;
  UChar32 cp;
  U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), i, static_cast<int32_t>(w.size()), cp);
  return cp > 0 && u_isupper(cp);
}

void SentenceWords::Fill(const Analysis& a, const Sentence& s) {
  first_token = s.first_token;
  const size_t n = s.end_token - s.first_token;
  // Sized once and written in place: two push_backs per token cost more
  // than the fields themselves.
  words.resize(n);
  info.resize(n);
  for (size_t k = 0; k < n; ++k) {
    const uint32_t t = s.first_token + static_cast<uint32_t>(k);
    const Token& tok = a.tokens[t];
    std::string_view w = a.TokenText(tok);
    WordInfo& wi = info[k];
    wi = WordInfo();
    wi.span = tok.span();
    wi.pos = tok.pos;
    wi.word = tok.kind == TokenKind::kWord;
    if (wi.word) {
      // A possessive tail ends in 's': "’s" or "'s" after at least one byte.
      if (w.size() > 2 && w.back() == 's') {
        for (std::string_view tail : {std::string_view("\xE2\x80\x99s"), std::string_view("'s")}) {
          if (EndsWith(w, tail)) {
            w.remove_suffix(tail.size());
            wi.span.end -= static_cast<uint32_t>(tail.size());
            wi.possessive = true;
            break;
          }
        }
      }
      if (t + 1 < s.end_token && a.tokens[t + 1].kind == TokenKind::kPossessive) wi.possessive = true;
      const unsigned char c0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
      wi.cap = c0 < 0x80 ? (c0 >= 'A' && c0 <= 'Z') : StartsUpper(w);
      if (wi.cap) {
        // Only a capitalised word can be all capitals.
        int letters = 0;
        bool lower = false;
        for (char c : w) {
          if (c >= 'a' && c <= 'z') lower = true;
          if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
        }
        wi.all_caps = !lower && letters >= 2;
      }
    } else if (w.size() == 1) {
      wi.open_paren = w[0] == '(';
      wi.close_paren = w[0] == ')';
      wi.comma = w[0] == ',';
    }
    words[k] = w;
  }
}

}  // namespace readout::entities
