// What kind of phrase an event's side is, for the precision rules of
// event_emission.cc: an electorate or a region voting, a share of a poll,
// an electoral contest or prize, one's own kin, a place after a
// preposition (members of SentenceCoder, sentence_coder.h).
#include <algorithm>

#include "events/sentence_coder.h"
#include "events/word_lists.h"

namespace readout::events {

bool SentenceCoder::ElectoralSource(const EventArgument& x) const {
  if (x.actor == "---CVL") return true;
  if (x.entity < 0) return false;
  const Entity& e = a_.entities[x.entity];
  // A region ("Pennsylvania"), not a city: "Ankara backed the rebels" is
  // the Turkish government.
  if (!(e.type == EntityType::kPlace && e.place && e.place->kind == PlaceKind::kRegion)) return false;
  // The place must be the phrase itself, not the end of "Senator Bernie
  // Sanders of Vermont".
  for (uint32_t i = parse_.first(); i < parse_.end(); ++i) {
    const Token& t = parse_.token(i);
    if (t.start < x.span.start) continue;
    if (t.start >= x.span.end) break;
    if (parse_.EntityAt(i) == x.entity) return true;
    if (t.pos != Pos::kDT) return false;
  }
  return false;
}

// A phrase for one's own relatives: a possessive pronoun and a kinship
// noun ("his children", "her sister"); "the Khan family" is not.
bool SentenceCoder::Kin(const Phrase& ph) const {
  static const std::string_view kKin[] = {"child",  "children", "parent", "wife",     "husband", "sibling",
                                          "mother", "father",   "son",    "daughter", "brother", "sister",
                                          "grandson", "granddaughter", "grandchild", "cousin", "uncle",
                                          "aunt",   "nephew",   "niece",  "spouse"};
  if (parse_.token(ph.first).pos != Pos::kPRPS) return false;
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const Token& t = parse_.token(i);
    if (!IsNoun(t.pos) || IsProperNoun(t.pos)) continue;
    const std::string& l = t.lemma;
    if (std::find(std::begin(kKin), std::end(kKin), l) != std::end(kKin)) return true;
    break;  // only the first common noun, the phrase's own head in most cases
  }
  return false;
}

// A place phrase right after a preposition other than "by" (the
// passive's doer): "a Democrat of California", "spending money in Nevada".
bool SentenceCoder::PlaceAfterPreposition(const Phrase& ph) const {
  if (ph.first <= parse_.first() || !OnlyPlace(ph)) return false;
  // Through a list of places: "in Nevada and Florida", "like Illinois and
  // New Jersey".
  uint32_t k = ph.first - 1;
  while (k > parse_.first()) {
    std::string_view w = parse_.Lower(k);
    int e = parse_.EntityAt(k);
    const bool place = e >= 0 && a_.entities[e].type == EntityType::kPlace;
    if (!(w == "and" || w == "or" || w == "," || place || parse_.token(k).pos == Pos::kDT)) break;
    --k;
  }
  std::string_view w = parse_.Lower(k);
  return w == "in" || w == "of" || w == "at" || w == "near" || w == "from" || w == "across" ||
         w == "throughout" || w == "like" || w == "including";
}

// A phrase headed by voters or the electorate ("Republican voters", "a
// majority of Americans" is not one: only the words themselves).
bool SentenceCoder::Electorate(const Phrase& ph) const {
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const Token& t = parse_.token(i);
    if (t.pos == Pos::kIN) break;
    if (IsNoun(t.pos) && (t.lemma == "voter" || t.lemma == "electorate" || t.lemma == "constituent" ||
                          t.lemma == "delegate" || t.lemma == "superdelegate")) {
      return true;
    }
  }
  return false;
}

// The last noun of the phrase before its first preposition, or -1.
int SentenceCoder::NounHead(const Phrase& ph) const {
  int head = -1;
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const Pos pos = parse_.token(i).pos;
    if (pos == Pos::kIN || pos == Pos::kTO) break;
    if (IsNoun(pos)) head = static_cast<int>(i);
  }
  return head;
}

// The phrase's head (its last common noun before a preposition, outside
// any name) is an electoral contest, prize or stage.
bool SentenceCoder::ElectoralThing(const Phrase& ph) const {
  const int head = NounHead(ph);
  if (head < 0 || IsProperNoun(parse_.token(head).pos) || parse_.EntityAt(head) >= 0) return false;
  // "endorsed the re-election of Paul Ryan", "hailed Qureshi's
  // nomination": a person's race or nomination stands for the person.
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const int e = parse_.EntityAt(i);
    if (e >= 0 && a_.entities[e].type == EntityType::kPerson) return false;
  }
  return IsElectoralThing(parse_.token(head).lemma);
}

// A share of a poll or of the vote: "42 percent of the Republicans".
bool SentenceCoder::PollShare(const Phrase& ph) const {
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const std::string_view w = parse_.Lower(i);
    if (w == "percent" || w == "%" || w == "per" || w == "pct" || w == "majority" || w == "majorities" ||
        w == "quarter" || w == "third" || w == "half" || w == "plurality") {
      return true;
    }
  }
  return false;
}

}  // namespace readout::events

namespace readout::events {

// "spoke to the influential audience of officials", "was speaking to a
// party that had just adopted", "spoke to supporters in Wisconsin": the
// head noun before the first preposition gathers an audience.
bool SentenceCoder::Audience(const EventArgument& x) const {
  static const std::string_view kHeads[] = {
      "audience", "crowd",    "convention", "rally",    "gathering", "conference", "supporter", "graduate",
      "student",  "congregation", "assembly", "attendee", "luncheon", "dinner",     "breakfast", "forum",
      "meeting",  "convocation", "fan",      "follower", "worshipper"};
  std::string_view head;
  bool named = false;
  for (uint32_t i = parse_.first(); i < parse_.end(); ++i) {
    const Token& t = parse_.token(i);
    if (t.start < x.span.start) continue;
    if (t.start >= x.span.end || t.pos == Pos::kIN || t.pos == Pos::kTO || t.pos == Pos::kWDT) break;
    if (IsNoun(t.pos)) {
      head = t.lemma;
      named = parse_.EntityAt(i) >= 0;
    }
  }
  if (head.empty() || named) return false;
  // "a party" that names none is its convention's audience.
  if (head == "party" && x.entity < 0) return true;
  return std::find(std::begin(kHeads), std::end(kHeads), head) != std::end(kHeads);
}

bool SentenceCoder::VictimOfDeed(const Predicate& p, const Phrase& ph) const {
  if (p.noun || p.match.target_at >= 0 || ph.first <= p.head + 2 || parse_.Lower(ph.first - 1) != "against") {
    return false;
  }
  const uint32_t from = std::max(p.head + 1, p.match.end);
  for (uint32_t k = from; k + 1 < ph.first; ++k) {
    const Pos pos = parse_.token(k).pos;
    if (IsNoun(pos) && !IsProperNoun(pos) && parse_.EntityAt(k) < 0) return true;
  }
  return false;
}

bool SentenceCoder::OpinionShared(const Predicate& p) const {
  uint32_t k = p.head + 1;
  if (parse_.Lower(k) == "that") ++k;
  const int c = parse_.ChunkAt(k);
  if (c < 0 || parse_.chunks()[c].first != k) return false;
  const uint32_t after = parse_.chunks()[c].end;
  if (after >= parse_.end()) return false;
  const Pos pos = parse_.token(after).pos;
  return pos == Pos::kVBZ || pos == Pos::kVBD || pos == Pos::kVBP || pos == Pos::kMD;
}

bool SentenceCoder::PrivateDeal(const Predicate& p, const std::optional<EventArgument>& source) const {
  static const std::string_view kDeals[] = {"sell", "buy", "pay", "purchase", "lease", "rent", "lend"};
  if (p.head + 2 >= parse_.end() || parse_.Lower(p.head + 1) != "to") return false;
  const std::string& verb = parse_.token(p.head + 2).lemma;
  if (std::find(std::begin(kDeals), std::end(kDeals), verb) == std::end(kDeals)) return false;
  return !StateActor(source);
}

}  // namespace readout::events
