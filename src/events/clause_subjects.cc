// Subjects a clause borrows from another: a participle that opens a clause
// after a comma ("..., calling on Congress to act") is done by the subject
// of the finite verb before the comma, the main clause's; English leaves
// that subject unsaid, so the verb group's own subject search finds nothing.
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

}  // namespace readout::events
