// Targets that are things or topics rather than actors: a phrase headed by
// a noun for a thing, a measure or an undertaking (data/events/
// thing_nouns.txt) names no participant even when a possessor or a
// modifier codes it ("the Bush tax cuts" is no USA target), and what is
// discussed is the talks' topic, not their other side; a place in the
// traveller's own country is no one visited.
#include "events/sentence_coder.h"

namespace readout::events {
namespace {

// The last noun of `ph` before its first preposition outside a name ("the
// Department of Justice's security inquiry": "inquiry"), or -1; `*prep` is
// that preposition, or ph.end.
int HeadBeforePreposition(const SentenceParse& parse, const Phrase& ph, uint32_t* prep) {
  int head = -1;
  *prep = ph.end;
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const Pos pos = parse.token(i).pos;
    if ((pos == Pos::kIN || pos == Pos::kTO) && parse.EntityAt(i) < 0) {
      *prep = i;
      break;
    }
    if (IsNoun(pos)) head = static_cast<int>(i);
  }
  return head;
}

}  // namespace

bool SentenceCoder::ThingTarget(const Phrase& ph) const {
  uint32_t prep = 0;
  const int head = HeadBeforePreposition(parse_, ph, &prep);
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
  uint32_t prep = 0;
  int head = HeadBeforePreposition(parse_, ph, &prep);
  if (head < 0) return false;
  // "a state of emergency", "the state of siege": the noun after "of".
  auto state_of = [&](uint32_t k) {
    return k + 1 < parse_.end() && parse_.token(head).lemma == "state" && parse_.Lower(k) == "of" &&
           IsNoun(parse_.token(k + 1).pos) &&
           (IsActNoun(parse_.token(k + 1).lemma) || IsMeasureNoun(parse_.token(k + 1).lemma));
  };
  // Past the phrase's end, where a preposition naming the aim may follow.
  uint32_t past = ph.end;
  bool state = false;
  if (prep < parse_.end() && state_of(prep)) {
    state = true;
    head = static_cast<int>(prep) + 1;
    past = std::max(past, prep + 2);
    prep = prep + 2 < ph.end && IsPrepositionTag(parse_.token(prep + 2).pos) ? prep + 2 : ph.end;
  }
  const Token& h = parse_.token(head);
  if (IsProperNoun(h.pos) || parse_.EntityAt(head) >= 0) return false;
  const bool measure = state || IsMeasureNoun(h.lemma);
  if (!measure && !IsActNoun(h.lemma)) return false;
  // The prepositions naming whom a deed is aimed at; a measure also binds
  // the other side "with" it and holds in the place "in" it.
  auto aims = [&](std::string_view w) {
    return w == "of" || w == "on" || w == "against" || (measure && (w == "with" || w == "in"));
  };
  // A measure binds someone named ("restrictions on millions of foreign
  // workers", not "on the ability of individuals"), and after "in" holds
  // in a place ("a ceasefire in Idlib", "in northern parts of South
  // Sudan", not "in recent months"). The phrase takes its "of" phrase.
  auto fits = [&](std::string_view w, Phrase* x) {
    if (!measure) return true;
    if (x->end < parse_.end() && parse_.Lower(x->end) == "of") {
      const int c = x->end + 1 < parse_.end() ? parse_.ChunkAt(x->end + 1) : -1;
      if (c >= 0 && parse_.chunks()[c].first == x->end + 1 && !parse_.chunks()[c].time) {
        x->end = parse_.chunks()[c].end;
      }
    }
    for (uint32_t i = x->first; i < x->end; ++i) {
      const int e = parse_.EntityAt(i);
      if (e >= 0 && (w != "in" || a_.entities[e].type == EntityType::kPlace)) return true;
      if (w != "in" && IsNoun(parse_.token(i).pos) &&
          (IsPeopleHead(parse_.Lower(i)) || IsPeopleHead(parse_.token(i).lemma))) {
        return true;
      }
    }
    return false;
  };
  // The phrase may stop before its preposition: look just past it too,
  // over a time phrase ("declared a ceasefire on Monday in South Sudan").
  if (prep == ph.end) {
    uint32_t k = past;
    while (measure && k + 1 < parse_.end() && IsPrepositionTag(parse_.token(k).pos)) {
      const int c = parse_.ChunkAt(k + 1);
      if (c < 0 || !parse_.chunks()[c].time || parse_.chunks()[c].first != k + 1) break;
      k = parse_.chunks()[c].end;
    }
    if (k < parse_.end() && parse_.token(k).pos == Pos::kIN && aims(parse_.Lower(k))) {
      const int c = k + 1 < parse_.end() ? parse_.ChunkAt(k + 1) : -1;
      if (c >= 0 && parse_.chunks()[c].first == k + 1 && !parse_.chunks()[c].time) {
        Phrase x{k + 1, parse_.chunks()[c].end};
        if (fits(parse_.Lower(k), &x)) *aimed = x;
      }
    }
    return !measure || aimed->end > aimed->first;
  }
  const std::string_view w = parse_.Lower(prep);
  if (aims(w) && prep + 1 < ph.end) {
    Phrase x{prep + 1, ph.end};
    x.span_end = ph.span_end;
    if (fits(w, &x)) *aimed = x;
  }
  return !measure || aimed->end > aimed->first;
}

bool SentenceCoder::ClaimedDeed(const Phrase& ph, Phrase* hit) const {
  *hit = Phrase{};
  uint32_t prep = 0;
  const int head = HeadBeforePreposition(parse_, ph, &prep);
  if (head < 0) return false;
  const Token& h = parse_.token(head);
  if (IsProperNoun(h.pos) || parse_.EntityAt(head) >= 0 || !IsDeedNoun(h.lemma)) return false;
  // The preposition inside the phrase, else just past it.
  uint32_t k = prep;
  uint32_t end = ph.end;
  if (k == ph.end) {
    const int c = k + 1 < parse_.end() ? parse_.ChunkAt(k + 1) : -1;
    if (c < 0 || parse_.chunks()[c].first != k + 1 || parse_.chunks()[c].time) return true;
    end = parse_.chunks()[c].end;
  }
  if (k >= parse_.end() || k + 1 >= end) return true;
  const std::string_view w = parse_.Lower(k);
  Phrase x{k + 1, end};
  if (w == "on" || w == "against" || w == "at") *hit = x;
  // "the attack in Kandahar": the deed where it happened stays as it is.
  return !(w == "in" || w == "near");
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
