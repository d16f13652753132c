// Roles from the words around a person's name: pre-modifiers ("Russian
// President Vladimir Putin", "former US Ambassador to NATO Ivo Daalder"),
// appositives after the name ("X, a senior fellow at the Carnegie Russia
// Eurasia Center,") and before it ("the director of the CIA, John Ratcliffe;").
#ifndef READOUT_ENTITIES_ROLE_PARSER_H_
#define READOUT_ENTITIES_ROLE_PARSER_H_

#include <span>

#include "entities/mention_finder.h"
#include "entities/sentence_words.h"
#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::entities {

// Fills `roles` of the PERSON and unknown-type mentions among `mentions`
// (all of them from the sentence `sw`), and marks them titled when a role is
// found.
void ParseRoles(const Model& model, const Analysis& a, const SentenceWords& sw, std::span<RawMention> mentions);

// Parses words [begin, end) of the sentence as a role phrase ("former US
// Ambassador to NATO"); one Role per title found. Exposed for tests.
std::vector<Role> ParseRolePhrase(const Model& model, const Analysis& a, const SentenceWords& sw,
                                  std::span<const RawMention> mentions, size_t begin, size_t end);

}  // namespace readout::entities

#endif  // READOUT_ENTITIES_ROLE_PARSER_H_
