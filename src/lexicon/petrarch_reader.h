// Readers for the PETRARCH2/TABARI dictionary formats (documented in
// PETRARCH2's dictionaries.rst): actor files, agent files, discard lists.
//
// Which file is which, in a --dicts folder: by file name, case-insensitive:
// a name containing "actors" is an actor file (Phoenix.Countries.actors.txt,
// PETR.Validate.actors.txt, TABARI.Demo.actors), "agents" an agent file,
// "discards" a discard list. Other files (verbs, issues, config) are ignored
// here; files are read in name order, so later names override earlier ones.
//
// Tolerated quirks: '#' and ';' comments, <!-- ... --> blocks, codes on the
// name line or on tab-indented lines, several [...] codes per line, spaces
// inside brackets, 6-digit (YYMMDD, YY < 30 = 20YY) or 8-digit dates,
// restrictions ">date", "<date", "date-date", lower-case codes, "[~ENV}",
// several codes joined by '/' ("THE_SHIRE [FRO/BIL/SAM]": one name for several
// actors, kept as one code string that the event coder splits),
// stray control bytes (dropped), Windows line ends. A line that still makes
// no sense gives a warning "file:line: why" (at most 20 per file, then a
// count) and is skipped; nothing here fails on bad input.
#ifndef READOUT_LEXICON_PETRARCH_READER_H_
#define READOUT_LEXICON_PETRARCH_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_dictionary.h"
#include "readout/status.h"

namespace readout::lexicon {

enum class DictFileKind { kActors, kAgents, kDiscards, kOther };
DictFileKind ClassifyDictFile(std::string_view file_name);

// Actor records: a primary name line, '+' synonym lines, then code lines.
// A name line that follows names without any code joins them (as PETRARCH
// does), so the codes below apply to all. Records without codes are null.
void ReadPetrarchActors(std::string_view content, std::string_view file, ActorDictionary* dict,
                        std::vector<std::string>* warnings);
// "PHRASE {PLURALS} [~CODE]" with !SET! substitution markers.
void ReadPetrarchAgents(std::string_view content, std::string_view file, ActorDictionary* dict,
                        std::vector<std::string>* warnings);
// One phrase per line; '+' = story-level, trailing '_' = whole word.
void ReadPetrarchDiscards(std::string_view content, std::string_view file, ActorDictionary* dict,
                          std::vector<std::string>* warnings);

// Reads every recognised file in `dir`. Error only when `dir` cannot be
// listed; an unreadable file is a warning.
Status LoadPetrarchDir(const std::string& dir, ActorDictionary* dict, std::vector<std::string>* warnings);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_PETRARCH_READER_H_
