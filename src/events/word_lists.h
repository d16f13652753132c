// Word lists of the event coder, each read once from its embedded data file
// (data/events/*.txt, one lower-case singular lemma per line, '#' comments).
#ifndef READOUT_EVENTS_WORD_LISTS_H_
#define READOUT_EVENTS_WORD_LISTS_H_

#include <string_view>

namespace readout::events {

// Nouns for an electoral contest, its prizes or its stages ("the Democratic
// primary", "the race", "the nomination"), which are no participant of an
// event they are the target of. List: data/events/electoral_things.txt.
bool IsElectoralThing(std::string_view lemma);

// Nouns that make a force verb (CAMEO roots 18-20) figurative when they are
// its subject and name no actor: measures, documents, markets, natural
// forces ("the package targets Russia's shadow fleet"). List:
// data/events/figurative_subjects.txt.
bool IsFigurativeSubject(std::string_view lemma);

// Nouns for a goal, a plan, a policy, a way or a chance, after which an act
// is not done ("our goal is to destroy ISIS", "ideas for attacking"). List:
// data/events/plan_nouns.txt.
bool IsPlanNoun(std::string_view lemma);

// Nouns for things, measures and undertakings that never stand for the
// actor behind them ("the Keystone XL pipeline", "the Bush tax cuts",
// "Republican majorities"). List: data/events/thing_nouns.txt.
bool IsThingNoun(std::string_view lemma);

// Nouns for a deed its doer carries out ("a hunger strike", "its
// blockade"): as an event's object no target; its of/on/against phrase is.
// List: data/events/act_nouns.txt.
bool IsActNoun(std::string_view lemma);
// A measure or arrangement declared, imposed or lifted, whose target is
// whom it binds or where it holds (data/events/measure_nouns.txt):
// "ceasefire", "curfew", "restriction".
bool IsMeasureNoun(std::string_view lemma);
// A violent deed whose responsibility is claimed ("the attack", "the
// bombings"); data/events/deed_nouns.txt.
bool IsDeedNoun(std::string_view lemma);

// Common nouns that name people or groups of them ("voters", "the
// campaign", "critics"), beside the sector agents of the actor dictionary.
// Word or lemma, lower case. List: data/events/people_heads.txt.
bool IsPeopleHead(std::string_view word);

// Heads for followers of someone named before them ("a Cruz supporter",
// "Clinton allies"). List: data/events/follower_heads.txt.
bool IsFollowerHead(std::string_view word);

// Heads that share out the people an of-phrase names ("the rest of the
// party", "a number of the families"). List: data/events/partitive_heads.txt.
bool IsPartitiveHead(std::string_view word);

// Last words of a named building, site or gathering ("Trump Tower", "the
// Democratic National Convention"), which a visit goes to as a place. List:
// data/events/venue_heads.txt.
bool IsVenueHead(std::string_view word);

}  // namespace readout::events

#endif  // READOUT_EVENTS_WORD_LISTS_H_
