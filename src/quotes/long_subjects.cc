// The subject of a reporting verb when the phrase finders see none because
// it is long: a noun phrase with a relative clause, a participle phrase or
// an aside ("some voters who have listened to his speeches over the decades,
// on television or at small-scale events, said …", "numerous veterans
// interviewed at rallies this week, including Mr. Jebens, said …").
//
// The sentence from its start (over a leading conjunction) up to the verb
// must read as one noun phrase: no finite verb outside a relative clause,
// no quote, colon or semicolon, 3 to 25 words. The speaker is the phrase's
// head: its words up to the first comma, relative word or participle.
#include "quotes/drafts.h"

namespace readout::quotes {
namespace {

bool RelativeWord(const Context& c, uint32_t i) {
  return c.Equals(i, "who") || c.Equals(i, "which") || c.Equals(i, "that") || c.Equals(i, "whom") ||
         c.Equals(i, "whose") || c.Equals(i, "where");
}

bool Finite(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD; }

}  // namespace

Phrase LongSubject(const Context& c, uint32_t begin, uint32_t cue) {
  if (!ReportingCue(c, cue) || c.w[cue].capitalised || !Finite(c.w[cue].pos)) return {};
  uint32_t e = cue;
  while (e > begin && (c.Lower(e - 1, lexicon::kAux) || (c.IsWord(e - 1) && c.w[e - 1].pos == Pos::kRB))) --e;
  if (e > begin && c.w[e - 1].type == WordType::kComma) --e;
  uint32_t f = begin;
  // "But some voters …", "And the veterans …".
  while (f < e && c.IsWord(f) && (c.Equals(f, "but") || c.Equals(f, "and") || c.Equals(f, "yet"))) ++f;
  if (f >= e || !c.IsWord(f) || c.w[f].Is(lexicon::kSubordinator | lexicon::kThat | lexicon::kCueVerb))
    return {};
  const Pos fp = c.w[f].pos;
  if (IsVerb(fp) || fp == Pos::kIN || fp == Pos::kRB || fp == Pos::kWRB || fp == Pos::kTO ||
      c.Equals(f, "it") || c.Equals(f, "there") || c.Equals(f, "this")) {
    return {};
  }
  const uint32_t words = CountWords(c, f, e);
  if (words < 3 || words > 25) return {};
  bool relative = false;
  uint32_t head_end = kNoWord;
  for (uint32_t i = f; i < e; ++i) {
    const WordType t = c.w[i].type;
    if (c.w[i].IsQuote() || t == WordType::kColon || t == WordType::kSemicolon || t == WordType::kEnd ||
        t == WordType::kDash) {
      return {};
    }
    if (t == WordType::kComma) {
      if (head_end == kNoWord) head_end = i;
      continue;
    }
    if (!c.IsWord(i)) continue;
    // "Majorities of Democrats in five states going to the polls say": a
    // participle after a noun closes the head.
    if (head_end == kNoWord && i > f && (c.w[i].pos == Pos::kVBG || c.w[i].pos == Pos::kVBN) &&
        IsNoun(c.w[i - 1].pos) && !c.w[i].Is(lexicon::kCueVerb)) {
      head_end = i;
      continue;
    }
    if (RelativeWord(c, i)) {
      relative = true;
      if (head_end == kNoWord) head_end = i;
      continue;
    }
    // A finite verb outside a relative clause makes the region a clause
    // ("The plan failed, officials said" is another frame's).
    if (Finite(c.w[i].pos) && !relative) return {};
    if (c.w[i].Is(lexicon::kPronoun) && i == f) return {};
  }
  // A relative clause or an aside is what makes the phrase long; a plain
  // phrase the finders rejected stays rejected.
  if (head_end == kNoWord || head_end == f) return {};
  return {f, head_end,
          c.w[f].capitalised && !c.w[f].Is(lexicon::kDeterminer) ? PhraseKind::kName : PhraseKind::kNominal};
}

}  // namespace readout::quotes
