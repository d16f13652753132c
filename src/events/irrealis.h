// Scopes in which a verb asserts no act: a goal or a plan named by a noun
// ("our goal is to destroy ISIS", "ideas for attacking Trump", "his policy
// of not attacking"), a comparison ("was like saying"), help given to do
// something ("helped define the strife", "help Hillary get elected"), and a
// question asked ("Sanders was asked by host Bill Maher, ..."). Each
// function reads the shallow parse of the predicate's sentence only.
#ifndef READOUT_EVENTS_IRREALIS_H_
#define READOUT_EVENTS_IRREALIS_H_

#include <cstdint>
#include <string_view>

#include "events/shallow_parse.h"

namespace readout::events {

// "helped define the strife", "will help not only Hillary and Tim Kaine
// get elected", "helping him impeach himself": "help" at `head` with a verb
// complement (bare or with "to", after an optional object) is help in
// doing something, no aid (07x).
// `named` tells whether the one helped is named between ("help Hillary
// get elected") or not ("helped undo all the gains").
bool HelpsToDo(const SentenceParse& parse, uint32_t head, bool* named);

// "have their own ideas for attacking Trump", "his policy of not
// attacking": the verb group opening at `group_first` is a gerund after
// of/for/about that follows a plan noun.
bool GerundOfPlanNoun(const SentenceParse& parse, uint32_t group_first);

// "was like saying", "rather than meeting": a gerund compared with.
bool ComparedGerund(const SentenceParse& parse, uint32_t group_first);

// "told CNN about extending his support to Trump", "talked about dividing
// Jerusalem": a gerund after "about" is what is spoken or thought of.
bool TopicGerund(const SentenceParse& parse, uint32_t group_first);

// "Our goal is not to deter ISIS, but to defeat and destroy ISIS", "the way
// to rise above them is to elect Mrs. Clinton and reject Trump", "the only
// hope is for Washington to oppose": the verb at `head` is an infinitive
// (or a conjunct of one) after "is (for X) to" whose subject is a plan
// noun.
bool PlanSubject(const SentenceParse& parse, uint32_t head);

// "For Trump to both encourage that and to praise Putin ... raises
// national security issues": the verb at `head` lies in an infinitive
// clause opened by "for" and its subject at the start of a clause, a
// subject or a condition, no act.
bool ForSubjectClause(const SentenceParse& parse, uint32_t head);

// "Sanders was asked by host Bill Maher, ...", "asked whether he would":
// "ask" at `head` with no "to VERB", "for" or "that" after it before a
// "whether"/"if", a question mark or an opening quotation mark asks a
// question; it is no appeal.
bool AskedQuestion(const SentenceParse& parse, uint32_t head);

// "he insisted that he never actually said he wanted to kill the families",
// "did not say that Russia attacked": the clause whose subject chunk ends
// right before `first` (adverbs and auxiliaries may stand between) is the
// complement, with or without "that", of a saying verb that is negated
// ("never said", "didn't claim"), so what it reports is denied, no act.
bool DeniedReport(const SentenceParse& parse, uint32_t first);

// "everything I say, he agrees with me", "whatever Russia does": the verb
// group opening at `group_first`, after its subject chunk, is a free
// relative clause opened by a quantifying wh-word or indefinite pronoun:
// any act of a kind, no act done.
bool QuantifiedFreeRelative(const SentenceParse& parse, uint32_t group_first);

// "A party that rejects Nikki Haley as a spokeswoman is one that ...": the
// present-tense verb at `head` opens a relative clause ("that"/"who"/
// "which") whose antecedent is an indefinite noun phrase ("a party", "any
// candidate"): a kind described, no act.
bool GenericRelative(const SentenceParse& parse, uint32_t head);

// "He added that praising the former president for what happened after
// the attacks was like saying ...": the gerund at `head`, opening a clause
// (after "that" or at the sentence's start), is that clause's subject,
// before its "is"/"was" with no comma between: an act named, none done.
bool GerundAsSubject(const SentenceParse& parse, uint32_t head);

}  // namespace readout::events

#endif  // READOUT_EVENTS_IRREALIS_H_
