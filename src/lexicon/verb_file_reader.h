// Reader for CAMEO verb pattern files in the PETRARCH2 format (CAMEO.2.0.txt,
// PETR.Validate.verbs.txt; see ../shared/data/petrarch2/dictionaries.rst),
// which is also the format of our built-in data/events/verbs.txt and
// nouns.txt.
//
// Understood: synsets (&NAME with +phrase members, nested synsets, '_'
// joins), verb blocks (--- DESC [CODE] ---), verb lines with irregular forms
// in {...} and their own [CODE], multi-word verbs (+CORDON_OFF,
// WIRE_+TAP), pattern lines (- ... * ... [CODE]) with literal words,
// synsets, '_' adjacency, '+' target and '$' source slots; PETRARCH2's
// {NOUN PHRASE} and (PREP NOUN) brackets are read as plain word sequences.
// Ignored (documented): '%' compound and '^' skip markers, ~ transformation
// lines, issue/filter codes. Malformed lines become warnings
// "<file>:<line>: why" and are skipped; reading never fails.
#ifndef READOUT_LEXICON_VERB_FILE_READER_H_
#define READOUT_LEXICON_VERB_FILE_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/verb_pattern.h"

namespace readout::lexicon {

struct VerbFileContents {
  std::vector<VerbBlock> blocks;
  // Every word form (lower-case) with what it starts. VerbForm::block indexes
  // `blocks`.
  std::vector<std::pair<std::string, VerbForm>> forms;
};

// Reads one file's text and appends its blocks and forms to *out. When
// `nouns`, the heads are nominal predicates (forms: singular and plural)
// rather than verbs (forms: base, -s, -ed, -ing).
void ReadVerbFile(std::string_view content, std::string_view file_name, bool nouns, VerbFileContents* out,
                  std::vector<std::string>* warnings);

// Regular inflections of a lower-case verb ("try" -> tries, tried, trying).
std::vector<std::string> RegularVerbForms(const std::string& base);
// Regular plural of a lower-case noun ("policy" -> policies).
std::string RegularPlural(const std::string& noun);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_VERB_FILE_READER_H_
