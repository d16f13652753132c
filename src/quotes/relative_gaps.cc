// A cue inside a relative clause whose object is the clause's gap: "which
// Cruz proposed under a flat rate", "what Clinton is promising them", "a
// word Trump then repeated", "the style he prefers". The report is the
// relative word, or for a clause without one ("a word Trump repeated") the
// noun phrase it modifies: PolNeAR marks that word or phrase as the
// content.
//
// The speaker stands right before the cue (the finders found it) and right
// after the relative word or the noun; the cue has no object of its own:
// after it (over adverbs) comes punctuation, a preposition, a time word, a
// conjunction or the main clause's verb, never a noun phrase, "that" or an
// infinitive.
#include "quotes/drafts.h"

namespace readout::quotes {
namespace {

bool Finite(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD; }

// Nothing after the cue at k..k+len fills its object slot. (A tell-verb's
// hearer pronoun may stand there: "what Clinton is promising them".)
bool ObjectGap(const Context& c, uint32_t after, bool tell) {
  uint32_t i = after;
  if (tell && c.EqualsAny(i, "them", "him", "us", "me")) ++i;
  while (c.IsWord(i) && !c.w[i].capitalised && (c.w[i].pos == Pos::kRB || c.Equals(i, "again")) &&
         !c.Equals(i, "not")) {
    ++i;
  }
  if (i >= c.w.size() || !c.IsWord(i)) {
    return i >= c.w.size() || c.w[i].type == WordType::kComma || c.w[i].type == WordType::kEnd ||
           c.w[i].type == WordType::kDash || c.w[i].type == WordType::kParen ||
           c.w[i].type == WordType::kSemicolon;
  }
  if (c.w[i].Is(lexicon::kTimeWord)) return true;
  if (c.Equals(i, "in") || c.Equals(i, "at") || c.Equals(i, "on") || c.Equals(i, "during") ||
      c.Equals(i, "when") || c.Equals(i, "because") || c.Equals(i, "and") || c.Equals(i, "but") ||
      c.Equals(i, "as") || c.Equals(i, "under") || c.Equals(i, "after") || c.Equals(i, "before")) {
    return true;
  }
  // "a word Trump repeated was …": the main clause goes on.
  return Finite(c.w[i].pos) || c.Lower(i, lexicon::kAux);
}

// Word r is an object's relative word: "which", "what", "whom", or "that"
// after a noun that is no cue or stance noun ("a proposal that X pushed").
bool RelativeWord(const Context& c, uint32_t r, uint32_t begin) {
  if (!c.IsWord(r) || c.w[r].capitalised) return false;
  if (c.EqualsAny(r, "which", "what", "whom")) return true;
  return c.Equals(r, "that") && r > begin && c.IsWord(r - 1) && IsNoun(c.w[r - 1].pos) &&
         !c.w[r - 1].Is(lexicon::kCueVerb | lexicon::kStanceNoun);
}

}  // namespace

bool RelativeGapReport(const Context& c, const Phrase& speaker, uint32_t begin, uint32_t k, uint32_t len,
                       uint32_t* first, uint32_t* last) {
  if (!speaker.ok() || speaker.first <= begin || speaker.last > k) return false;
  // Only adverbs and auxiliaries between the speaker and the cue.
  for (uint32_t i = speaker.last; i < k; ++i) {
    if (!(c.Lower(i, lexicon::kAux) || (c.IsWord(i) && c.w[i].pos == Pos::kRB && !c.w[i].capitalised))) return false;
  }
  const lexicon::CueWord* cw = c.w[k].lex;
  if (cw == nullptr || (cw->flags & lexicon::kCueVerb) == 0 || cw->needs_as || cw->needs_quote) return false;
  if (!ObjectGap(c, k + len, cw->verb_class == lexicon::CueVerbClass::kTell)) return false;
  uint32_t r = speaker.first - 1;
  // "which his colleague David French defended", "that minority voters
  // and working-class whites view": over a nominal before a name or the
  // first of two coordinated subjects, back to the relative word.
  if (c.IsWord(r) && !c.w[r].capitalised && !RelativeWord(c, r, begin)) {
    for (uint32_t q = r; q > begin && q + 6 > r; --q) {
      if (RelativeWord(c, q - 1, begin)) {
        r = q - 1;
        break;
      }
      const Word& w = c.w[q - 1];
      if (!c.IsWord(q - 1) || (IsVerb(w.pos) && w.pos != Pos::kVBN) || w.Is(lexicon::kCueVerb | lexicon::kThat)) break;
    }
  }
  if (!c.IsWord(r) || c.w[r].capitalised) return false;
  if (RelativeWord(c, r, begin)) {
    *first = r;
    *last = r + 1;
    return true;
  }
  // A clause without a relative word after a determined common noun
  // ("a word Trump repeated"); a name or pronoun speaker only, so that a
  // noun phrase subject ("the Senate Republicans") is not split.
  if (speaker.kind == PhraseKind::kNominal) return false;
  if (!(c.w[r].pos == Pos::kNN || c.w[r].pos == Pos::kNNS) || c.w[r].Is(lexicon::kTimeWord | lexicon::kCueVerb)) {
    return false;
  }
  uint32_t f = r;
  while (f > begin && f + 4 > r && c.IsWord(f - 1) && !c.w[f - 1].capitalised &&
         (IsAdjective(c.w[f - 1].pos) || c.w[f - 1].pos == Pos::kNN) && !c.w[f - 1].Is(lexicon::kCueVerb)) {
    --f;
  }
  if (f <= begin || !c.Lower(f - 1, lexicon::kDeterminer)) return false;
  *first = f - 1;
  *last = r + 1;
  return true;
}

}  // namespace readout::quotes
