// VerbDictionary: CAMEO verb and noun patterns, from our built-in data
// (data/events/verbs.txt, nouns.txt) and PETRARCH2 verb files found under
// ModelOptions::dict_dirs, plus the CAMEO code table. Immutable after Load;
// safe to share between threads.
#ifndef READOUT_LEXICON_VERB_DICTIONARY_H_
#define READOUT_LEXICON_VERB_DICTIONARY_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/cameo_codes.h"
#include "lexicon/verb_file_reader.h"
#include "lexicon/verb_pattern.h"
#include "readout/model.h"
#include "readout/status.h"
#include "text/flat_string_map.h"

namespace readout::lexicon {

class VerbDictionary {
 public:
  // Loads the built-in data (unless options.dicts_only) and every verb file in
  // options.dict_dirs: a folder's files, or a file given directly, whose name
  // contains "verbs" or starts with "CAMEO." and ends in .txt or .verbs
  // (case-insensitive). Problems with single lines go to *warnings with file
  // and line; an unreadable folder is an error.
  static Result<std::unique_ptr<VerbDictionary>> Load(const ModelOptions& options,
                                                      std::vector<std::string>* warnings);
  // Builds a dictionary from already-read files (tests, tools).
  static std::unique_ptr<VerbDictionary> FromContents(VerbFileContents contents);

  // Predicate forms starting at a word: `word` is lower-case ("attacked",
  // "talks"). Empty when none. Verb and noun forms both appear; VerbForm::noun
  // tells them apart.
  std::span<const VerbForm> Find(std::string_view word) const;
  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  size_t block_count() const { return blocks_.size(); }
  size_t form_count() const { return form_lists_.size(); }
  // The CAMEO code table (built in).
  const CameoCodes& codes() const { return CameoCodes::BuiltIn(); }

 private:
  std::vector<VerbBlock> blocks_;
  // Word -> index into form_lists_ (the forms starting at it, in file order).
  text::FlatStringMap<uint32_t> forms_;
  std::vector<std::vector<VerbForm>> form_lists_;
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_VERB_DICTIONARY_H_
