// Source and target attachment over a SentenceParse: the subject to the left
// of a verb group (through appositions, relative pronouns and coordinated
// subjects), the object or prepositional phrase to the right, and the
// EventArgument each phrase makes (its entity, actor code and span).
#ifndef READOUT_EVENTS_ARGUMENTS_H_
#define READOUT_EVENTS_ARGUMENTS_H_

#include <cstdint>
#include <vector>

#include "events/shallow_parse.h"
#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::events {

// A phrase standing for one actor: tokens [first, end).
struct Phrase {
  uint32_t first = 0;
  uint32_t end = 0;
  // A head shared by coordinated names, tokens [head_first, head_end):
  // "the ambassadors" in "the ambassadors of Arnor, Osgiliath and Gondor"
  // gives each name its sector. Empty when head_end == 0.
  uint32_t head_first = 0;
  uint32_t head_end = 0;
  // The words the argument's span shows when they reach beyond [first, end):
  // a quantifier ("at least 75 people"), an apposition ("Zabihullah
  // Mujahid, the Taliban spokesman"), an acronym in brackets ("the
  // Nigerian Air Force (NAF)"). Coding uses [first, end) only; span_end 0 =
  // none.
  uint32_t span_first = UINT32_MAX;  // UINT32_MAX = none (token 0 opens an article)
  uint32_t span_end = 0;
  // A modifier shared from the first conjunct, tokens [modifier_first,
  // modifier_end): "Danish" in "Danish media and government" makes the bare
  // "government" DNKGOV. Empty when modifier_end == 0.
  uint32_t modifier_first = 0;
  uint32_t modifier_end = 0;
};

// The subject(s) of a verb group starting at `group_first`: empty when the
// clause has none. Sets *coordinated when the group follows "and"/"but"
// directly (its subject is the previous predicate's).
std::vector<Phrase> FindSubjects(const SentenceParse& parse, uint32_t group_first, bool* coordinated);
// The phrase(s) starting at or just after token `at` (an object or the
// phrase after a preposition); conjuncts joined by "and"/"or" included.
std::vector<Phrase> FindObjects(const SentenceParse& parse, uint32_t at);
// Widens the span a target phrase shows over the place it is located in:
// "a military base in Borno State", "Islamic State positions in eastern
// Syria", "the Iraqi embassy in Kabul", "several camps in Afghanistan's area
// of Parcha" (in/near/at/outside/inside/across and a phrase naming a place
// or headed by a place word, with its of/in/near places). Coding keeps
// [first, end); a time ("in December") or a non-place ("in response") is
// not shown. False when nothing follows.
bool ShowLocation(const SentenceParse& parse, Phrase* ph);  // location_spans.cc
// Widens the span a place target shows back over the part of it that an
// "of" makes it: "the northern province of Alta Verapaz", "some parts of
// North Sinai" (a phrase headed by a place word or "part" right before
// "of"). Coding keeps [first, end). False when there is none.
bool ShowPlaceOwner(const SentenceParse& parse, Phrase* ph);  // location_spans.cc
// True when a token of the phrase belongs to an entity.
bool HasEntityIn(const SentenceParse& parse, const Phrase& p);
// The argument a phrase makes (make_argument.cc): the entity named at its head (or inside it),
// and the entity's actor code, else the code of the phrase's words
// (entities::CodeSpan: "Russian troops" -> RUSMIL).
EventArgument MakeArgument(const Model& model, const SentenceParse& parse, const Phrase& p);

}  // namespace readout::events

#endif  // READOUT_EVENTS_ARGUMENTS_H_
