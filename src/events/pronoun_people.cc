// Who a pronoun or a statement verb's "it" may stand for in the sentence
// being coded: the subject of the statement verb right before a token,
// the speaker the quote stage gave the quote holding it or its pronoun,
// and a person named before it, each with the gender the pronoun asks for.
#include "events/sentence_coder.h"

namespace readout::events {

// The actor of the subject of the statement verb (010-019) that token
// `k` directly follows ("says it", "said that they"), when that subject
// is an organisation, group or country; empty otherwise.
std::string SentenceCoder::StatementSubject(uint32_t k, int* entity, Span* span) {
  const Predicate* q = StatementBefore(k);
  if (q == nullptr) return "";
  const EventArgument& s = Cached(q->sources.front());
  if (s.actor.empty() || (s.entity >= 0 && a_.entities[s.entity].type == EntityType::kPerson)) return "";
  // "People say they attack us": people in general ("---CVL") are no
  // group in particular for "they" to stand for ("Both ministers said
  // they", "The protesters claimed that they" are).
  if (s.entity < 0 && s.actor == "---CVL") return "";
  const Token& t = parse_.token(q->sources.front().first);
  if (q->sources.front().end == q->sources.front().first + 1 && (t.pos == Pos::kPRP || t.pos == Pos::kPRPS)) {
    return "";
  }
  *entity = s.entity;
  if (span) *span = s.span;
  return s.actor;
}

// The person subject of the statement verb that token `k` directly
// follows ("The president said that he has asked"), of fitting gender;
// -1 otherwise. Inside a direct quote no quote of its own gives "he" a
// speaker, so the reporting clause does.
int SentenceCoder::StatementSpeaker(uint32_t k, Gender want) {
  const Predicate* q = StatementBefore(k);
  if (q == nullptr) return -1;
  const EventArgument& s = Cached(q->sources.front());
  if (s.entity < 0 || a_.entities[s.entity].type != EntityType::kPerson || !Agrees(s.entity, want)) return -1;
  return s.entity;
}

// The last statement predicate (010-019) with a subject that token `k`
// directly follows ("says it", "said that he"); nullptr when none.
const Predicate* SentenceCoder::StatementBefore(uint32_t k) const {
  for (size_t i = preds_.size(); i-- > 0;) {
    const Predicate& q = preds_[i];
    if (q.noun || q.head >= k || !q.code.starts_with("01") || q.sources.empty()) continue;
    if (k == q.head + 1 || (k == q.head + 2 && parse_.Lower(q.head + 1) == "that")) return &q;
  }
  return nullptr;
}

// A person named before token `end` in this sentence, on the same side of
// any quotation marks as it: the first ("X said he"), or the nearest for
// a possessive ("about his call").
int SentenceCoder::PersonBefore(uint32_t end, bool nearest, Gender want) const {
  const bool quoted = InQuote(parse_.token(end).start);
  int found = -1;
  for (uint32_t i = parse_.first(); i < end; ++i) {
    int e = parse_.EntityAt(i);
    if (e < 0 || a_.entities[e].type != EntityType::kPerson || a_.entities[e].actor.empty()) continue;
    if (!Agrees(e, want)) continue;
    if (InQuote(parse_.token(i).start) != quoted) continue;
    // The first person of a mention, not governed by a preposition ("the
    // call with Vladimir Putin"): a subject, for "he"/"she".
    uint32_t start = i;
    while (start > parse_.first() && parse_.EntityAt(start - 1) == e) --start;
    if (!nearest && start > parse_.first() && IsPrepositionTag(parse_.token(start - 1).pos)) continue;
    // "at a Trump rally": a name after a preposition's article modifies a
    // noun ("The Platte River employee told" is a subject).
    if (!nearest && start > parse_.first() + 1 && parse_.token(start - 1).pos == Pos::kDT &&
        IsPrepositionTag(parse_.token(start - 2).pos)) {
      continue;
    }
    found = e;
    if (!nearest) break;
  }
  return found;
}

// The speaker entity of a quote whose speaker mention is the pronoun at
// token `k`, when its gender fits; -1 otherwise.
// The person the quote stage made the speaker of the quote whose speaker
// mention is the pronoun at token `k`, when that person is named inside
// the quote itself (so is not its speaker); -1 otherwise.
int SentenceCoder::NamedInOwnQuote(uint32_t k) const {
  const Span at = parse_.token(k).span();
  for (const Quote& q : a_.quotes) {
    if (!q.speaker || q.speaker_entity < 0 || q.speaker->start != at.start || q.speaker->end != at.end) continue;
    for (const Mention& m : a_.entities[q.speaker_entity].mentions) {
      if (q.content.start <= m.start && m.end <= q.content.end) return q.speaker_entity;
    }
  }
  return -1;
}

int SentenceCoder::SpeakerOf(uint32_t k, Gender want) const {
  const Span at = parse_.token(k).span();
  for (const Quote& q : a_.quotes) {
    if (q.speaker && q.speaker_entity >= 0 && q.speaker->start == at.start && q.speaker->end == at.end &&
        a_.entities[q.speaker_entity].type == EntityType::kPerson && Agrees(q.speaker_entity, want)) {
      // "... the investigation of Secretary Hillary Clinton's use ...," she
      // said: a speaker does not name herself in her own words; the
      // pronoun is someone else's, found below.
      return NamedInOwnQuote(k) == q.speaker_entity ? -1 : q.speaker_entity;
    }
  }
  return -1;
}

// The speaker of the indirect quote holding token `k` ("She said, if
// elected, she would ask Biden"), when a person of fitting gender; -1
// otherwise.
int SentenceCoder::ReportingSpeaker(uint32_t k, Gender want) const {
  const uint32_t at = parse_.token(k).start;
  for (const Quote& q : a_.quotes) {
    if (q.kind != QuoteKind::kIndirect || q.speaker_entity < 0 || !(q.content.start <= at && at < q.content.end)) {
      continue;
    }
    const Entity& e = a_.entities[q.speaker_entity];
    if (e.type == EntityType::kPerson && Agrees(q.speaker_entity, want)) return q.speaker_entity;
  }
  return -1;
}

// False only when entity `e` has a known gender other than `want`.
bool SentenceCoder::Agrees(int e, Gender want) const {
  if (e < 0) return true;
  const Gender g = a_.entities[e].gender;
  return g == Gender::kUnknown || g == want;
}

bool SentenceCoder::InQuote(uint32_t offset) const {
  for (const Quote& q : a_.quotes) {
    if (q.kind != QuoteKind::kIndirect && q.content.start <= offset && offset < q.content.end) return true;
  }
  return false;
}

}  // namespace readout::events
