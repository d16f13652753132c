// Internal to the actor coder (not part of the entities interface): what a
// noun phrase says about its actor before the code is composed. The phrase
// coder (actor_coder.cc) fills it; the entity coder (entity_coder.cc) reads
// names, roles and the words around a mention through it.
#ifndef READOUT_ENTITIES_PHRASE_PARTS_H_
#define READOUT_ENTITIES_PHRASE_PARTS_H_

#include <optional>
#include <string>
#include <string_view>

#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities::internal {

struct PhraseParts {
  std::string full;   // code of a named person or organisation (wins)
  std::string base;   // country or IGO code
  std::string agent;  // sector code
  bool agent_before = false;
  // A second agent written before the country ("NGO~" in PETRARCH's
  // agents) when the head agent follows it: "an MSF Arnor diplomat" is
  // NGO + ARN + GOV.
  std::string prefix;
  bool former = false;
  // The agent word names someone who ran for office ("candidate",
  // "nominee"): a former one is of the elite, a former campaign manager
  // still party politics (PTY).
  bool candidate = false;
  // The full code is an organisation's that covers only part of the phrase
  // ("RAND" in "Rand Paul").
  bool full_from_part = false;
  // The country or IGO code names the whole phrase ("Zimbabwe").
  bool base_whole = false;
  // The full code is a person's, named as such, not as a possessor ("Jeb
  // Bush" in "Former Florida Gov. Jeb Bush"; not "Clinton's" in "Clinton's
  // spokesman").
  bool full_is_person = false;
};


// The parts of `phrase` at `date` (see actor_coder.h for the rules).
PhraseParts AnalyzePhrase(const Model& model, std::string_view phrase, std::optional<Date> date);

// The code the parts make; a sector without a country takes
// `context_country`, or "---" when that is empty.
std::string Compose(const PhraseParts& p, std::string_view context_country);

// Titles that only say someone leads an organisation: with an unknown
// organisation they say nothing about the sector ("president of CEPA").
bool IsLeaderTitle(std::string_view key);

// Sectors of public office (GOV, LEG, JUD, MIL, COP, SPY, PTY, OPP):
// "former" makes their holders ELI (not party or campaign posts).
bool IsOfficeSector(std::string_view agent);

// `word` occurs in `name` as a whole word.
bool HasWord(std::string_view name, std::string_view word);

}  // namespace readout::entities::internal

#endif  // READOUT_ENTITIES_PHRASE_PARTS_H_
