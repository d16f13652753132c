// Model: every dictionary, gazetteer and statistical table readout uses,
// loaded once and then immutable. One Model is shared read-only by all
// threads; it must outlive every Pipeline that uses it.
#ifndef READOUT_MODEL_H_
#define READOUT_MODEL_H_

#include <memory>
#include <string>
#include <vector>

#include "readout/status.h"

namespace readout {

namespace text {
class PosTagger;
class Lemmatizer;
}  // namespace text
namespace lexicon {
class Gazetteer;
class PlaceIndex;
class ActorDictionary;
class VerbDictionary;
class CueLexicon;
}  // namespace lexicon

struct ModelOptions {
  // festlex-poslex lexicon and trigram model (Debian package festlex-poslex).
  std::string poslex_path = "/usr/share/festival/dicts/wsj.wp39.poslexR";
  std::string ngram_path = "/usr/share/festival/dicts/wsj.wp39.tri.ngrambin";
  // WordNet database folder (Debian package wordnet-base).
  std::string wordnet_dir = "/usr/share/wordnet";
  // Extra dictionary folders (PETRARCH2/Phoenix formats recognised), loaded on
  // top of the built-in dictionaries, or instead of them when dicts_only.
  std::vector<std::string> dict_dirs;
  bool dicts_only = false;
};

class Model {
 public:
  // Loads everything; errors name the file and line. Thread-safe to use after.
  static Result<std::unique_ptr<const Model>> Load(const ModelOptions& options);
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const text::PosTagger& tagger() const { return *tagger_; }
  const text::Lemmatizer& lemmatizer() const { return *lemmatizer_; }
  const lexicon::Gazetteer& gazetteer() const { return *gazetteer_; }
  const lexicon::PlaceIndex& places() const { return *places_; }
  const lexicon::ActorDictionary& actors() const { return *actors_; }
  const lexicon::VerbDictionary& verbs() const { return *verbs_; }
  const lexicon::CueLexicon& cues() const { return *cues_; }
  const ModelOptions& options() const { return options_; }
  // Non-fatal problems met while loading (malformed dictionary lines, with
  // file and line), for the CLI to print.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  Model();
  ModelOptions options_;
  std::unique_ptr<text::PosTagger> tagger_;
  std::unique_ptr<text::Lemmatizer> lemmatizer_;
  std::unique_ptr<lexicon::Gazetteer> gazetteer_;
  std::unique_ptr<lexicon::PlaceIndex> places_;
  std::unique_ptr<lexicon::ActorDictionary> actors_;
  std::unique_ptr<lexicon::VerbDictionary> verbs_;
  std::unique_ptr<lexicon::CueLexicon> cues_;
  std::vector<std::string> warnings_;
};

}  // namespace readout

#endif  // READOUT_MODEL_H_
