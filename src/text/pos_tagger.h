// Part-of-speech tagger over the festlex-poslex WSJ lexicon and trigram model.
#ifndef READOUT_TEXT_POS_TAGGER_H_
#define READOUT_TEXT_POS_TAGGER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"

namespace readout::text {

class PosTagger {
 public:
  // Reads options.poslex_path and options.ngram_path.
  static Result<std::unique_ptr<PosTagger>> Load(const ModelOptions& options,
                                                 std::vector<std::string>* warnings);
  // Sets Token::pos for the tokens of one sentence. Thread-safe.
  void Tag(std::string_view text, std::span<Token> sentence) const;
};

}  // namespace readout::text

#endif  // READOUT_TEXT_POS_TAGGER_H_
