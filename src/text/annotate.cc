// Runs tokenizer, sentence splitter, tagger (per sentence) and lemmatizer.
#include "text/annotate.h"

#include <span>

#include "text/lemmatizer.h"
#include "text/pos_tagger.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace readout::text {

void AnnotateText(const Model& model, Analysis& a) {
  a.tokens = Tokenize(a.text);
  a.sentences = SplitSentences(a.text, a.tokens);
  for (const Sentence& s : a.sentences) {
    std::span<Token> toks(a.tokens.data() + s.first_token, s.end_token - s.first_token);
    model.tagger().Tag(a.text, toks);
    for (Token& t : toks) model.lemmatizer().LemmaInto(a.TokenText(t), t.pos, &t.lemma);
  }
}

}  // namespace readout::text
