// Subjects a clause borrows from another: a participle that opens a clause
// after a comma ("..., calling on Congress to act") is done by the subject
// of the finite verb before the comma, the main clause's; English leaves
// that subject unsaid, so the verb group's own subject search finds nothing.
// A "he"/"she" that neither its sentence nor an earlier event source
// resolves takes the last quote speaker of its gender, else the nearest
// person of its gender named shortly before, as the quote stage resolves
// its speakers.
#include "events/sentence_coder.h"

namespace readout::events {

std::vector<Phrase> SentenceCoder::CommaParticipleSubject(const Predicate& p) {
  std::vector<Phrase> out;
  if (parse_.token(p.head).pos != Pos::kVBG) return out;
  // "..., publicly chastising X": adverbs may open the clause, nothing else.
  uint32_t comma = p.head;
  while (comma > parse_.first() && parse_.token(comma - 1).pos == Pos::kRB) --comma;
  if (comma > p.group_first || comma <= parse_.first() + 1 || parse_.Lower(comma - 1) != ",") return out;
  --comma;
  for (uint32_t k = comma; k-- > parse_.first();) {
    const std::string_view w = parse_.Lower(k);
    if (w == ";" || w == ":") break;
    const Pos pos = parse_.token(k).pos;
    if (pos != Pos::kVBD && pos != Pos::kVBZ && pos != Pos::kVBP && pos != Pos::kMD) continue;
    // "blasted Rubio for a bill that would have granted X, telling": the
    // verb of a relative clause is not the main clause's.
    uint32_t g = k;
    while (g > parse_.first() && (parse_.token(g - 1).pos == Pos::kRB || parse_.token(g - 1).pos == Pos::kMD)) --g;
    if (g > parse_.first() && (parse_.token(g - 1).pos == Pos::kWDT || parse_.token(g - 1).pos == Pos::kWP)) {
      k = g - 1;
      continue;
    }
    // A predicate already attached gives its sources, whichever side of
    // the verb they stand on.
    for (const Predicate& q : preds_) {
      if (&q == &p || q.noun || q.head != k) continue;
      if (!q.passive && !q.sources.empty()) return q.sources;
      break;
    }
    bool coordinated = false;
    out = FindSubjects(parse_, ChainStart(k), &coordinated);
    return out;
  }
  return out;
}

int SentenceCoder::EarlierPerson(uint32_t k, Gender want, int exclude) const {
  const uint32_t at = parse_.token(k).start;
  auto fits = [&](int e) {
    return e >= 0 && e != exclude && a_.entities[e].type == EntityType::kPerson && a_.entities[e].gender == want;
  };
  // The last quote speaker before the pronoun.
  int best = -1;
  uint32_t best_at = 0;
  for (const Quote& q : a_.quotes) {
    if (!q.speaker || q.speaker->start >= at || q.speaker->start < best_at || !fits(q.speaker_entity)) continue;
    best = q.speaker_entity;
    best_at = q.speaker->start;
  }
  if (best >= 0) return best;
  // The nearest person named in this sentence or the three before.
  for (size_t e = 0; e < a_.entities.size(); ++e) {
    if (!fits(static_cast<int>(e))) continue;
    for (const Mention& m : a_.entities[e].mentions) {
      if (m.start >= at) break;
      if (m.sentence + 3 < sentence_ || m.start < best_at || InQuote(m.start)) continue;
      best = static_cast<int>(e);
      best_at = m.start;
    }
  }
  return best;
}

}  // namespace readout::events
