// WordNet lemmatizer: Morphy's detachment rules and exception lists
// (wordnet-base), checked against the lemmas of WordNet's index files, all
// loaded into memory; plus a small table for clitics and closed-class words
// WordNet lacks ("n't" -> "not", "'re" -> "be", "ca" -> "can").
#ifndef READOUT_TEXT_LEMMATIZER_H_
#define READOUT_TEXT_LEMMATIZER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"
#include "text/flat_string_map.h"

namespace readout::text {

class Lemmatizer {
 public:
  // WordNet's four parts of speech.
  enum class WordClass : uint8_t { kNoun, kVerb, kAdj, kAdv };

  // Reads index.{noun,verb,adj,adv} (lemma column only) and
  // {noun,verb,adj,adv}.exc from options.wordnet_dir. A missing file gives a
  // NotFound status naming it and the Debian package wordnet-base; a malformed
  // line an error with file and line.
  static Result<std::unique_ptr<Lemmatizer>> Load(const ModelOptions& options,
                                                  std::vector<std::string>* warnings);

  // Lower-case base form of `word` read as `pos`: "said"/VBD -> "say",
  // "talks"/NNS -> "talk", "better"/JJR -> "good", "n't" -> "not",
  // "'s"/POS -> "'s". Proper nouns and closed-class words are only
  // lower-cased (curly apostrophes become straight). Thread-safe.
  std::string Lemma(std::string_view word, Pos pos) const;
  // The same, written into *out (whose buffer is reused): `word` must not
  // point into *out.
  void LemmaInto(std::string_view word, Pos pos, std::string* out) const;

  // Whether WordNet lists `lemma` (lower-case) as a lemma of `wc`.
  bool IsLemma(std::string_view lemma, WordClass wc) const;

  // Morphy proper: the base form of lower-case `word` as `wc`, or empty when
  // neither the exception list nor a rule yields a WordNet lemma.
  std::string Morphy(std::string_view word, WordClass wc) const;

  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

 private:
  Lemmatizer() = default;
  Status LoadIndex(const std::string& path, WordClass wc);
  Status LoadExceptions(const std::string& path, WordClass wc);

  FlatStringMap<uint8_t> lemmas_;  // lemma -> bit (1 << WordClass) per class listing it
  // Inflected form -> base form (as offset/length into bases_), per class.
  struct Base {
    uint32_t offset = 0;
    uint32_t len = 0;
  };
  std::array<FlatStringMap<Base>, 4> exceptions_;
  std::string bases_;
};

}  // namespace readout::text

#endif  // READOUT_TEXT_LEMMATIZER_H_
