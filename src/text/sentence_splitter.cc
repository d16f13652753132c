// Initial splitter: a sentence ends at . ! ? To be replaced.
#include "text/sentence_splitter.h"

namespace readout::text {

std::vector<Sentence> SplitSentences(std::string_view, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  uint32_t first = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kSentenceEnd || i + 1 == tokens.size()) {
      Sentence s;
      s.first_token = first;
      s.end_token = i + 1;
      s.start = tokens[first].start;
      s.end = tokens[i].end;
      out.push_back(s);
      first = i + 1;
    }
  }
  return out;
}

}  // namespace readout::text
