// Initial lemmatizer: lower-cases. To be replaced.
#include "text/lemmatizer.h"

#include <cctype>

namespace readout::text {

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const ModelOptions&, std::vector<std::string>*) {
  return std::make_unique<Lemmatizer>();
}

std::string Lemmatizer::Lemma(std::string_view word, Pos) const {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace readout::text
