// Loads every component of the Model in turn; the first fatal error wins.
#include "readout/model.h"

#include "lexicon/actor_dictionary.h"
#include "lexicon/cue_lexicon.h"
#include "lexicon/gazetteer.h"
#include "lexicon/place_index.h"
#include "lexicon/verb_dictionary.h"
#include "text/lemmatizer.h"
#include "text/pos_tagger.h"

namespace readout {

Model::Model() = default;
Model::~Model() = default;

namespace {
template <typename T>
Status LoadInto(std::unique_ptr<T>* slot, const ModelOptions& options, std::vector<std::string>* warnings) {
  auto r = T::Load(options, warnings);
  if (!r.ok()) return r.status();
  *slot = std::move(r).value();
  return Status::Ok();
}
}  // namespace

Result<std::unique_ptr<const Model>> Model::Load(const ModelOptions& options) {
  std::unique_ptr<Model> m(new Model());
  m->options_ = options;
  auto* w = &m->warnings_;
  for (Status s : {LoadInto(&m->tagger_, options, w), LoadInto(&m->lemmatizer_, options, w),
                   LoadInto(&m->gazetteer_, options, w), LoadInto(&m->places_, options, w),
                   LoadInto(&m->actors_, options, w), LoadInto(&m->verbs_, options, w),
                   LoadInto(&m->cues_, options, w)}) {
    if (!s.ok()) return s;
  }
  return std::unique_ptr<const Model>(std::move(m));
}

}  // namespace readout
