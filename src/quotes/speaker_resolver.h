// SpeakerResolver: maps a speaker phrase to Analysis::entities. A phrase that
// covers an entity mention takes that entity (and, for names, the mention's
// span); a pronoun takes the nearest earlier person of its gender, preferring
// the people already quoted; a nominal ("the spokeswoman") the nearest
// earlier entity with a matching role; a name no mention covers, the entity
// whose name ends with the same word. Built once per article.
#ifndef READOUT_QUOTES_SPEAKER_RESOLVER_H_
#define READOUT_QUOTES_SPEAKER_RESOLVER_H_

#include <vector>

#include "quotes/phrases.h"

namespace readout::quotes {

struct ResolvedSpeaker {
  Span span;
  int entity = -1;
};

class SpeakerResolver {
 public:
  // REQUIRES: c.a outlives the resolver.
  explicit SpeakerResolver(const Context& c);
  ResolvedSpeaker Resolve(const Phrase& p);
  // Records that entity e spoke (for pronoun resolution preferring speakers).
  void NoteSpeaker(int entity);

 private:
  struct MentionRef {
    uint32_t start;
    uint32_t end;
    int entity;
  };
  int EntityOfPronoun(const Phrase& p, uint32_t at) const;
  // The subject a clause-opening "he"/"she" at word `i` goes on with: the
  // first person of gender `g` named in the sentence before, outside
  // quotation marks and not after a preposition (a sentence opening with
  // the same pronoun passes the look back on; up to three sentences). -1
  // when `i` opens no clause or the sentence before names such a person
  // only after prepositions.
  int PreviousSubject(uint32_t i, Gender g) const;
  int EntityOfNominal(const Phrase& p, uint32_t at) const;
  int EntityOfName(const Phrase& p) const;
  bool GenderFits(int entity, Gender g) const;
  // True when a word of `p` before byte `start` is a preposition ("of",
  // "with", ...): a mention there is inside the phrase's complement.
  bool AfterPreposition(const Phrase& p, uint32_t start) const;

  const Context& c_;
  std::vector<MentionRef> mentions_;  // sorted by start
  std::vector<int> speakers_;         // most recent last
  mutable std::vector<uint8_t> role_fits_;  // EntityOfNominal's per-entity memo
};

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_SPEAKER_RESOLVER_H_
