// Targets that are things or topics rather than actors: a phrase headed by
// a noun for a thing, a measure or an undertaking (data/events/
// thing_nouns.txt) names no participant even when a possessor or a
// modifier codes it ("the Bush tax cuts" is no USA target), and what is
// discussed is the talks' topic, not their other side; a place in the
// traveller's own country is no one visited.
#include "events/sentence_coder.h"

namespace readout::events {

bool SentenceCoder::ThingTarget(const Phrase& ph) const {
  // The last noun before the phrase's first preposition outside a name
  // ("the Department of Justice's security inquiry": "inquiry").
  int head = -1;
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const Pos pos = parse_.token(i).pos;
    if ((pos == Pos::kIN || pos == Pos::kTO) && parse_.EntityAt(i) < 0) break;
    if (IsNoun(pos)) head = static_cast<int>(i);
  }
  if (head < 0) return false;
  const Token& h = parse_.token(head);
  if (IsProperNoun(h.pos) || parse_.EntityAt(head) >= 0) return false;
  // A capitalised head is part of a name the tagger missed ("the Border
  // Patrol", "the War Department").
  if (h.end > h.start && a_.text[h.start] >= 'A' && a_.text[h.start] <= 'Z') return false;
  return IsThingNoun(h.lemma) || IsThingNoun(parse_.Lower(head));
}

bool SentenceCoder::ActNounTarget(const Phrase& ph, Phrase* aimed) const {
  *aimed = Phrase{};
  int head = -1;
  uint32_t prep = ph.end;
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const Pos pos = parse_.token(i).pos;
    if ((pos == Pos::kIN || pos == Pos::kTO) && parse_.EntityAt(i) < 0) {
      prep = i;
      break;
    }
    if (IsNoun(pos)) head = static_cast<int>(i);
  }
  if (head < 0) return false;
  const Token& h = parse_.token(head);
  if (IsProperNoun(h.pos) || parse_.EntityAt(head) >= 0 || !IsActNoun(h.lemma)) return false;
  // The phrase may stop before its preposition: look just past it too.
  if (prep == ph.end && prep < parse_.end() && parse_.token(prep).pos == Pos::kIN) {
    const std::string_view w = parse_.Lower(prep);
    if (w == "of" || w == "on" || w == "against") {
      const int c = prep + 1 < parse_.end() ? parse_.ChunkAt(prep + 1) : -1;
      if (c >= 0 && parse_.chunks()[c].first == prep + 1 && !parse_.chunks()[c].time) {
        *aimed = Phrase{prep + 1, parse_.chunks()[c].end};
      }
      return true;
    }
  }
  if (prep < ph.end) {
    const std::string_view w = parse_.Lower(prep);
    if ((w == "of" || w == "on" || w == "against") && prep + 1 < ph.end) {
      *aimed = Phrase{prep + 1, ph.end};
      aimed->span_end = ph.span_end;
    }
  }
  return true;
}

bool SentenceCoder::DiscussedTopic(const Predicate& p, const Phrase& ph) const {
  if (p.noun || parse_.token(p.head).lemma != "discuss" || ph.first <= p.head) return false;
  // The other side comes after "with": "discussed trade with Gondor".
  return !(ph.first > parse_.first() && parse_.Lower(ph.first - 1) == "with");
}

bool SentenceCoder::DomesticPlace(const EventArgument& source, const EventArgument& target) const {
  if (target.entity < 0 || source.actor.size() < 3 || target.actor.size() != 3) return false;
  const Entity& e = a_.entities[target.entity];
  if (e.type != EntityType::kPlace || (e.place && e.place->kind == PlaceKind::kCountry)) return false;
  return source.actor.compare(0, 3, target.actor) == 0;
}

}  // namespace readout::events
