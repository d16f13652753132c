// Readers for readout's own actor data (data/actors/*.tsv), a plain format a
// reviewer can check line by line.
//
// Actor files (igos.tsv, institutions.tsv, people.tsv), one line per role:
//   names <TAB> code [<TAB> from [<TAB> to]]        # comment
//   names: "Primary Name|Alias|Alias"; lines whose primary name is the same
//          form one record (its dated roles); aliases add up.
//   code:  a full CAMEO code ("USAGOV", "IGOWSTNAT"), or "---" for null.
//   from, to: YYYY-MM-DD, YYYY-MM or YYYY (first / last day), inclusive;
//          empty or missing = open. When two ranges share a day, the one that
//          starts later wins (ActorDictionary::CodeAt), so a role change can
//          be written "... to 2017-01-20" then "from 2017-01-20 ...".
// Agent file (agents.tsv):
//   phrases <TAB> code                              # comment
//   phrases: "police|policeman|policemen"; the regular plural of each phrase
//          is added automatically ("troop" -> "troops").
//   code:  sector code(s) put after the country ("GOV", "MIL", "GOVMIL");
//          a trailing '~' ("NGO~") puts it before instead.
// '#' starts a comment anywhere; blank lines are skipped. A malformed line
// gives a warning "file:line: why" and is skipped.
#ifndef READOUT_LEXICON_BUILTIN_ACTOR_READER_H_
#define READOUT_LEXICON_BUILTIN_ACTOR_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_dictionary.h"

namespace readout::lexicon {

// `file` names the source in warnings; every record gets `kind`.
void ReadBuiltinActors(std::string_view content, std::string_view file, ActorKind kind, ActorDictionary* dict,
                       std::vector<std::string>* warnings);
// The country table of the places helper (data/places/countries.tsv: a
// header row naming the columns; "cameo", "name", "aliases", "demonyms",
// "capital" are used, lists separated by '|'): every name, alias, demonym
// and capital becomes a kCountry record with the bare CAMEO country code.
void ReadCountryTable(std::string_view content, std::string_view file, ActorDictionary* dict,
                      std::vector<std::string>* warnings);
void ReadBuiltinAgents(std::string_view content, std::string_view file, ActorDictionary* dict,
                       std::vector<std::string>* warnings);

// "2017", "2017-01" or "2017-01-20" as a day number (Date::ToDays): the first
// day of the period, or the last when `end`. nullopt when malformed.
std::optional<long> ParseLooseDate(std::string_view text, bool end);

// True when `code` is a plausible CAMEO code: 3 to 15 characters of A-Z, 0-9.
bool IsValidActorCode(std::string_view code);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_BUILTIN_ACTOR_READER_H_
