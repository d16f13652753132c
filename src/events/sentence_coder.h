// Private to src/events: the per-sentence event coder that CodeEvents
// (event_coder.cc) runs over an article. Its work is split by concept:
//  - event_predicates.cc: predicates, their codes, verb groups (auxiliaries,
//    modals, negation, voice, questions) and governing verbs;
//  - event_participants.cc: sources and targets (pattern slots, subjects,
//    objects, prepositional targets, pronouns and their speakers);
//  - event_emission.cc: events from predicates and their participants, the
//    precision rules that drop what is no political act, dates and places.
#ifndef READOUT_EVENTS_SENTENCE_CODER_H_
#define READOUT_EVENTS_SENTENCE_CODER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <deque>
#include <vector>

#include "entities/actor_coder.h"
#include "events/arguments.h"
#include "events/code_transform.h"
#include "events/event_coder.h"
#include "events/word_lists.h"
#include "events/pattern_matcher.h"
#include "events/shallow_parse.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"
#include "lexicon/verb_dictionary.h"
#include "readout/analysis.h"
#include "readout/model.h"

namespace readout::events {

// A meeting or talks (04x) other than a visit made or hosted (042, 043).
inline bool TalksCode(std::string_view code) {
  return code.starts_with("04") && !code.starts_with("042") && !code.starts_with("043");
}

struct Predicate {
  uint32_t head = 0;
  uint32_t group_first = 0;  // first auxiliary of the verb group
  PatternMatch match;
  std::string code;
  bool noun = false;
  bool negated = false;
  bool passive = false;
  Frame frame = Frame::kNone;  // from a modal
  int governor = -1;           // predicate whose infinitive complement this is
  Frame governor_frame = Frame::kNone;
  bool governs = false;        // has a coded infinitive complement
  bool borrowed_subject = false;  // a participle after a comma, done by the main clause's subject
  bool thing_patient = false;     // a participle describing a thing: "a statement released by X"
  std::vector<Phrase> sources;
  std::vector<Phrase> targets;
};

inline bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "'s" || w == "'re" || w == "am" || w == "get" || w == "got" || w == "gets";
}

// Event arguments memoised per phrase; references stay valid as it grows.
using ArgumentCache = std::deque<std::pair<Phrase, EventArgument>>;

class SentenceCoder {
 public:
  SentenceCoder(const Model& model, const CodeOptions& options, Analysis& a)
      : model_(model), dict_(model.verbs()), codes_(dict_.codes()), options_(options), a_(a),
        article_date_(a.date ? a.date->ToString() : "") {
    MapTokens(a, &token_entity_, &token_time_);
  }

  // Codes every sentence whose `skip` entry is 0 (all when `skip` is
  // empty), phase by phase (event_coder.cc). The phases rely on this: the
  // predicates and participants of a sentence (FindPredicates, Attach and
  // what they call) never read what Emit writes (last_named_, the
  // analysis' events); only Emit may.
  void CodeArticle(const std::vector<uint8_t>& skip);
  // The same, a sentence at a time: all steps of one sentence before the
  // next. For tests (phased_coding_test.cc): both must give the same events.
  void CodeBySentence(const std::vector<uint8_t>& skip);

 private:
  // Steps 1-4 for sentence s: tags corrected, the state of the last
  // sentence cleared, and when a word of it starts a dictionary form, the
  // parse built and the predicates found. False when the sentence has no
  // predicate (nothing else to do for it; its parse may not be built).
  bool ParseSentence(uint32_t s);
  // Lists the words of sentence s that may head a predicate (candidates_):
  // a verb or common noun whose word or lemma starts a form of the
  // dictionary, as FindPredicates looks them up. Most sentences without
  // one need no parse: about half of a news article's. Reads only the
  // tokens. True when there is one.
  bool FindCandidates(const Sentence& s);
  void FindPredicates();

  // "wire tapped all communication links/VBZ leading into Mordor": a
  // plural the tagger took for a second finite verb, right after the
  // determiner and nouns of a verb's object and before a participle, is
  // the object's head; its tag is corrected in the analysis (NNS) before
  // the sentence is chunked. Not after verbs that take a clause ("said the
  // plan keeps going").
  void RetagObjectPlurals(const Sentence& s);

  bool QuestionBefore(uint32_t i) const;

  // "Ethiopia departs/NNS from Libya": a noun the tagger took for the
  // clause's verb right after the sentence's opening name.
  bool MissedVerbAfterName(uint32_t i) const;

  // A wh-word opens the clause of the verb at `i`: "what you ask me".
  bool WhBefore(uint32_t i) const;

  // Words that open an indirect question before "to": "how to attack".
  static bool IsWhWord(std::string_view w) {
    return w == "how" || w == "whether" || w == "what" || w == "where" || w == "when" || w == "which";
  }

  // A capitalised verb naming a show or a work: "NBC's “Meet the Press”".
  bool InTitle(uint32_t i) const;

  // "Blumenthal was asked, “If you had known ..., would you have told
  // her?”": the question follows the verb.
  bool QuestionAfter(uint32_t i) const;

  // Token `i` lies in a clause that ends in '?' and opens (after the
  // sentence start, an opening quotation mark, a comma, a colon or a
  // semicolon) with an auxiliary, a modal or "if", or a wh-word and a modal: "Would Russia attack
  // Poland?", "“Did you meet him?”", "Why would Russia attack?".
  bool InYesNoQuestion(uint32_t i) const;

  bool ModifiesNoun(uint32_t i) const;

  // "has met", "was attacked", "did not attack": have/be/do before the verb
  // they help is no predicate of its own.
  bool IsAuxiliaryUse(uint32_t i) const;

  void VerbGroup(Predicate* p);

  // Words that make "be ... to VERB" an intent: "will be more than happy
  // to reach a deal", "is ready to talk".
  static bool WillingWord(std::string_view w);

  // Words that make "be ... to VERB" a purpose or a likelihood.
  static bool PurposeWord(std::string_view w);

  bool ByFollows(uint32_t head) const;

  // "threatened to attack", "urged Eriador to respond": the verb before "to",
  // possibly with an object between.
  void FindGovernor(Predicate* p);
  // The "to" a bare verb after "and"/"or" shares with an earlier
  // infinitive ("to visit Beijing and meet Xi"), or -1.
  int SharedInfinitiveTo(const Predicate& p) const;

  void Attach(size_t idx);

  // One hop up a chain of infinitives: moves `start` back over the
  // auxiliaries and adverbs before it and, when "to" is among them, returns
  // the verb that governs it, possibly with an object between ("urged
  // Eriador to"); -1 when there is none.
  int GoverningVerb(uint32_t* start) const;

  // The first frame among the verbs governing the verb at token `v`
  // through "to" (up to three hops); kNone when there is none.
  Frame ChainFrame(uint32_t v) const;

  // Where the clause of the verb at token `v` starts, for finding its
  // subject: its auxiliaries, and through "to" the verbs that govern it
  // ("Australia has offered to send troops to help": "has offered").
  uint32_t ChainStart(uint32_t v) const;

  // The doer of a gerund after a preposition: "credit for releasing" is
  // the nearest named phrase's; "before holding a call" the main clause's.
  std::vector<Phrase> GerundSubject(std::string_view prep, uint32_t at);

  // The doer of a participle opening a clause after a comma ("Clinton said
  // in a statement, calling on Congress to act", "Boko Haram fighters
  // torched a village, killing 11 civilians"): the subject of the nearest
  // finite verb before the comma, or that verb's sources when it is a
  // predicate whose subject follows it ('..., said Clinton, adding').
  // Empty when the participle does not follow a comma or no verb precedes.
  std::vector<Phrase> CommaParticipleSubject(const Predicate& p);

  // Without a '+' slot, the target is the first phrase after the verb that
  // names an actor, looking through the object and the prepositional
  // phrases of the clause ("restored full diplomatic ties with Gondor"), as
  // PETRARCH reads its verb phrase; failing that, the direct object.
  // `subjects`: the predicate's doers, when found, which a possessive
  // pronoun of their gender may mean ("Trump defended his remarks").
  std::vector<Phrase> DefaultTarget(const Predicate& p, const std::vector<Phrase>& subjects = {});
  // "slamming his proposed ban": the possessive pronoun opening a direct
  // object that names a thing, when it is not the doers' own (*own is set
  // when it is).
  std::optional<Phrase> AuthorOfThing(const Predicate& p, const Phrase& object, const std::vector<Phrase>& subjects,
                                      bool* own);

  // The "that" clause opening at token `that` says what its subject is:
  // "that Mordor isn't a pleasant place", not "that Russia has attacked"
  // (its own act) nor "that they were trying" (an auxiliary).
  // Adds a journey's later stops to a visit's targets.
  void AddOnwardDestinations(Predicate& p);
  bool CopulaClause(uint32_t that) const;

  // A predicate of the sentence that codes an event (not "---") has its
  // head after token `k`.
  bool PredicateAfter(uint32_t k) const;

  static uint32_t direct_end(const std::vector<Phrase>& d) { return d.empty() ? 0 : d.back().end; }

  bool Named(const Phrase& ph);

  // A chunk naming nobody whose "of" phrase makes another name with it:
  // "the Prince of Dol Amroth" (a dictionary actor), "the governor of
  // Massachusetts" (USAGOV), not "the population of Gondor" (Gondor's code).
  bool NamedWithOf(const Chunk& ch);

  // MakeArgument, memoised per sentence: the target search and the event
  // both ask for the same phrases, and actor coding is the costly part.
  const EventArgument& Cached(const Phrase& ph);

  void AttachNoun(Predicate& p);

  void Emit(uint32_t s);

  // Saying, commenting, denying or agreeing with no one addressed reports
  // nothing by itself; declining comment (011), considering a policy (014),
  // claiming responsibility (015), a symbolic act (017) or condolences (018)
  // are acts of their own.
  static bool BareStatement(std::string_view code);

  std::string TransformFirst(const std::string& code, Frame frame);

  void AddEvents(const Predicate& p, const std::string& code, const std::vector<Phrase>& sources,
                 const std::vector<Phrase>& targets, uint32_t s, const std::string& date);

  bool ElectoralSource(const EventArgument& x) const;

  // The target phrase with its span widened over the place it is located
  // in (ShowLocation), unless it names a person or the code is a meeting
  // or a visit (04).
  Phrase Located(std::string_view code, Phrase ph) const;

  // A phrase for one's own relatives: a possessive pronoun and a kinship
  // noun ("his children", "her sister"); "the Khan family" is not.
  bool Kin(const Phrase& ph) const;
  // A side gathering an audience: "the audience of officials",
  // "supporters in Wisconsin", a party naming none (side_kinds.cc).
  bool Audience(const EventArgument& x) const;
  // "opposed any discrimination against Muslims": a phrase after "against"
  // that follows the verb's own object, a common noun, outside its pattern.
  bool VictimOfDeed(const Predicate& p, const Phrase& ph) const;
  // "agrees Trump is an opportunist": the verb takes a clause, a noun
  // phrase and a finite verb (side_kinds.cc).
  bool OpinionShared(const Predicate& p) const;
  // "agreed to sell it to Mr. Trump": a sale, a purchase or a payment
  // agreed by a side that is no state actor.
  bool PrivateDeal(const Predicate& p, const std::optional<EventArgument>& source) const;

  // A place phrase right after a preposition other than "by" (the
  // passive's doer): "a Democrat of California", "spending money in Nevada".
  bool PlaceAfterPreposition(const Phrase& ph) const;

  // "appealing" used as an adjective: after a form of "be" (through "to
  // be"), or a degree word ("more appealing", "very appealing").
  bool AdjectiveAppealing(uint32_t head) const;

  // A phrase headed by voters or the electorate ("Republican voters", "a
  // majority of Americans" is not one: only the words themselves).
  bool Electorate(const Phrase& ph) const;

  // The phrase's head is an electoral contest, prize or stage ("the
  // Democratic primary", "the race", "wins in South Carolina").
  int NounHead(const Phrase& ph) const;
  bool ElectoralThing(const Phrase& ph) const;

  // The phrase's head (its last common noun before a preposition, outside
  // any name) is a thing, a measure or an undertaking that never stands
  // for the actor behind it (data/events/thing_nouns.txt): "the Keystone
  // XL pipeline", "the Department of Justice's security inquiry".
  bool ThingTarget(const Phrase& ph) const;

  // "began a hunger strike", "its blockade of Qatar": a phrase headed by a
  // deed its doer carries out (data/events/act_nouns.txt) is no target.
  // Returns true for such a phrase and sets *aimed to the phrase after its
  // "of", "on" or "against" (end 0 when there is none). A measure
  // (data/events/measure_nouns.txt: "a ceasefire in Idlib", "restrictions
  // on foreign workers") is no target either when *aimed is found, also
  // after "with" or "in" a place and past a time phrase; without one it
  // stays the thing acted on (returns false).
  bool ActNounTarget(const Phrase& ph, Phrase* aimed) const;

  // "claimed responsibility for the attack on the army base": a phrase
  // headed by a violent deed (data/events/deed_nouns.txt) is the claim's
  // topic, no target; sets *hit to whom or what the deed hit (after
  // on/against/at; end 0 when none). False for a deed located after
  // "in"/"near" ("the attack in Kandahar"), which stays the thing claimed.
  bool ClaimedDeed(const Phrase& ph, Phrase* hit) const;

  // What is discussed is a topic, not the other side of the talks: "went
  // on to discuss the re-settlement of refugees", "discussed Trump" (only
  // "discussed it with X" names a participant).
  bool DiscussedTopic(const Predicate& p, const Phrase& ph) const;

  // A place inside the traveller's own country (a state, a province or a
  // city coded with that country alone): "Sanders visited Missouri", "he
  // is heading to South Carolina" is travel at home, no visit (042).
  bool DomesticPlace(const EventArgument& source, const EventArgument& target) const;

  // A share of a poll or of the vote: "42 percent of the Republicans".
  bool PollShare(const Phrase& ph) const;

  // The phrase's head (its last common noun before a preposition) is a
  // thing: outside any name, coding no actor by itself and no word for a
  // people; while the phrase as a whole codes a bare country ("USA").
  bool NationalThing(const Phrase& ph);

  bool OnlyPlace(const Phrase& ph) const;

  // A phrase whose only name is a place after in/at/near inside it and
  // whose own words code no actor: "a no-fly zone in Syria".
  // Sets *place_at (when given) to the place's first token.
  bool ThingInPlace(const Phrase& ph, uint32_t* place_at = nullptr);

  // A force verb (roots 18-20) whose subjects are all measures, documents,
  // markets or natural forces naming no actor is figurative: "the package
  // targets Russia's shadow fleet", "the sanctions hit Russian banks".
  bool Figurative(std::string_view code, const std::vector<Phrase>& sources);

  // Acts that two actors do together: consult and meet (04), sign an
  // agreement (057), cooperate (06).
  static bool Mutual(std::string_view code);

  // The argument for a phrase; pronouns the entity stage left unresolved
  // take the quote's speaker ("we" inside a quote) or the last named
  // source ("he"). Unknown arguments are dropped when actors are required.
  std::optional<EventArgument> Argument(const Phrase& ph);

  // The actor of the subject of the statement verb (010-019) that token
  // `k` directly follows ("says it", "said that they"), when that subject
  // is an organisation, group or country; empty otherwise.
  // Sets *span (when given) to that subject's span.
  std::string StatementSubject(uint32_t k, int* entity, Span* span = nullptr);
  int StatementSpeaker(uint32_t k, Gender want);
  const Predicate* StatementBefore(uint32_t k) const;

  // A person named before token `end` in this sentence, on the same side of
  // any quotation marks as it: the first ("X said he"), or the nearest for
  // a possessive ("about his call").
  int PersonBefore(uint32_t end, bool nearest, Gender want) const;

  // The speaker entity of a quote whose speaker mention is the pronoun at
  // token `k`, when its gender fits; -1 otherwise.
  int SpeakerOf(uint32_t k, Gender want) const;

  // The speaker of the indirect quote holding token `k` ("She said, if
  // elected, she would ask Biden"), when a person of fitting gender; -1
  // otherwise.
  int ReportingSpeaker(uint32_t k, Gender want) const;

  // The person a "he"/"she" at token `k` outside quotation marks names
  // when neither its sentence nor an earlier event source gives one: the
  // last quote speaker of its gender before it, else the nearest person of
  // its gender named in the three sentences before; never `exclude`. -1
  // when none fits.
  int EarlierPerson(uint32_t k, Gender want, int exclude = -1) const;

  // The person a clause-opening "he"/"she" at token `k` continues: the
  // subject of the sentences before ("Sessions is a conservative. On
  // Sunday, he appeared"), the first person of fitting gender named there
  // outside quotation marks and not after a preposition, looking back
  // over a sentence that opens with the same pronoun ("Limbaugh accused
  // ... He asserted ... He blames"); up to three sentences back. -1 when
  // `k` opens no clause or none fits.
  int PreviousSubject(uint32_t k, Gender want) const;

  // "asking Rubio why he decided": the person asked, whose own question
  // the pronoun after the wh-word opens; -1 when `k` is no such pronoun.
  int AskedPerson(uint32_t k, Gender want) const;

  // The quote stage's speaker of the pronoun at `k` when named inside that
  // quote (so not its speaker); -1 otherwise.
  int NamedInOwnQuote(uint32_t k) const;

  // False only when entity `e` has a known gender other than `want`.
  bool Agrees(int e, Gender want) const;

  static bool IsPrepositionTag(Pos pos) { return pos == Pos::kIN || pos == Pos::kTO; }

  bool InQuote(uint32_t offset) const;

  // Arguments of a phrase: one, or one per conjunct of coordinated
  // adjectives naming different actors ("Hungarian and Romanian officials"
  // -> HUNGOV "Hungarian", ROUGOV "Romanian officials").
  void Arguments(const Phrase& ph, std::vector<std::optional<EventArgument>>* out);

  static bool Known(const std::optional<EventArgument>& x) { return x && (x->entity >= 0 || !x->actor.empty()); }
  // Names someone in particular: an entity, or a code with a country or
  // organisation ("---CVL" from "voters" does not).
  static bool Specific(const std::optional<EventArgument>& x);

  void Add(const Predicate& p, const std::string& code, const std::optional<EventArgument>& source,
           const std::optional<EventArgument>& target, uint32_t s, const std::string& date);

  // "captured the support of voters", "receive Obama's endorsement": a
  // target phrase headed by support, backing, votes or an endorsement that
  // a winning or receiving verb takes.
  bool SupportWon(const Predicate& p, const Phrase& ph) const;

  // "Elmendorf, who supports Clinton", "who is supporting Brooks": support,
  // backing or preference in the present tense right after "who".
  bool PreferenceClause(const Predicate& p) const;

  // A government, an army (their officials too), an international
  // organisation, a country or its people: not a private person, a party or
  // a campaign ("help Israel and the Palestinians achieve", not "help
  // Clinton attract voters").
  bool StateActor(const std::optional<EventArgument>& x) const;
  // A candidate, a legislator or a party (ELI, LEG, PTY): "prosecuted
  // Sanders at a debate" is criticism between such sides.
  static bool Politician(const std::optional<EventArgument>& x) {
    return x && (x->actor.ends_with("ELI") || x->actor.ends_with("LEG") || x->actor.ends_with("PTY"));
  }

  // "Warren has been attacking Mr. Trump": force words aimed at a person by
  // a person or a party are criticism (111), not military force.
  bool VerbalAttack(const Predicate& p, std::string_view code, const std::optional<EventArgument>& source,
                    const std::optional<EventArgument>& target) const;

  // The code an act takes by what it is once its sides are known
  // (act_kinds.cc): "010" for a speech to the media or an audience, "111"
  // for a politician "prosecuting" a politician, "" for no event, else
  // `code`.
  std::string ActOfItsKind(const Predicate& p, const std::string& code, const std::optional<EventArgument>& source,
                           const std::optional<EventArgument>& target, bool person_target) const;

  // "urged women to vote for Hillary Clinton": an appeal for votes.
  bool AsksForVotes(const Predicate& p) const;
  // "militants killed 130 people in Paris": a killing of civilians by
  // non-state actors, unconventional violence (180) rather than 190.
  bool UnconventionalKilling(const Predicate& p, std::string_view code, const std::optional<EventArgument>& source,
                             const std::optional<EventArgument>& target) const;
  // The code of a killing refined by its sides (violence_codes.cc): 180
  // unconventional violence, 175 repression of protesters by a state's
  // forces, 202 a mass killing of thousands; else `code`.
  std::string ViolenceCode(const Predicate& p, const std::string& code, const std::optional<EventArgument>& source,
                           const std::optional<EventArgument>& target) const;

  std::string SentenceDate(uint32_t s) const;

  // A place named in the sentence after in/at/near, not an argument.
  std::optional<Place> SentencePlace(const std::optional<EventArgument>& source,
                                     const std::optional<EventArgument>& target) const;

  const Model& model_;
  const lexicon::VerbDictionary& dict_;
  const lexicon::CameoCodes& codes_;
  const CodeOptions& options_;
  Analysis& a_;
  // The article's date as text, for sentences without a date of their own
  // (formatted once: Date::ToString costs more than a sentence's coding).
  std::string article_date_;
  std::vector<int> token_entity_;
  std::vector<uint8_t> token_time_;
  SentenceParse parse_;
  // A word that may head a predicate, with the forms it starts.
  struct Candidate {
    uint32_t token;
    std::span<const lexicon::VerbForm> forms;
  };
  std::vector<Candidate> candidates_;  // this sentence's, in token order
  std::vector<char> lower_buffer_;     // FindCandidates' lower-cased word
  std::vector<uint8_t> covered_;       // FindPredicates: tokens of a multi-word form
  std::vector<Predicate> preds_;
  uint32_t sentence_ = 0;  // the sentence being coded
  std::optional<EventArgument> last_named_;  // last named source, for "he"/"she"
  // MakeArgument per phrase, this sentence. A deque, because callers hold
  // the reference Cached returns while they ask for another phrase: growing
  // a vector freed the first (found by AddressSanitizer on PolNeAR train).
  ArgumentCache cache_;
};

}  // namespace readout::events

#endif  // READOUT_EVENTS_SENTENCE_CODER_H_
