// WordNet lemmatizer: morphological rules and exception lists (wordnet-base),
// loaded into memory.
#ifndef READOUT_TEXT_LEMMATIZER_H_
#define READOUT_TEXT_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"

namespace readout::text {

class Lemmatizer {
 public:
  // Reads options.wordnet_dir.
  static Result<std::unique_ptr<Lemmatizer>> Load(const ModelOptions& options,
                                                  std::vector<std::string>* warnings);
  // Lower-case base form of `word` read as `pos` ("said"/VBD -> "say").
  std::string Lemma(std::string_view word, Pos pos) const;
};

}  // namespace readout::text

#endif  // READOUT_TEXT_LEMMATIZER_H_
