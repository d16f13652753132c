// Initial tagger: capitalised words are NNP, others NN. To be replaced.
#include "text/pos_tagger.h"

#include <cctype>

namespace readout::text {

Result<std::unique_ptr<PosTagger>> PosTagger::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<PosTagger>();
}

void PosTagger::Tag(std::string_view text, std::span<Token> sentence) const {
  for (Token& t : sentence) {
    if (t.kind != TokenKind::kWord) { t.pos = Pos::kPunct; continue; }
    t.pos = std::isupper(static_cast<unsigned char>(text[t.start])) ? Pos::kNNP : Pos::kNN;
  }
}

}  // namespace readout::text
