// Where the clause a reporting cue reports opens, when it does not follow
// the cue directly: after a prepositional phrase or a hearer ("said after a
// lunch on Tuesday that …", LateThat), after a short fronted prepositional
// phrase ("said in politics it takes …"), or after the comma of a
// parenthetical cue ("Still, he said, officials must …", ClauseAfterComma).
// Each test looks a bounded number of words ahead of the cue.
#include "quotes/drafts.h"

namespace readout::quotes {

bool IsPreposition(const Context& c, uint32_t i) {
  return c.EqualsAny(i, "to", "with", "about", "for", "by", "of", "in", "on", "at", "from", "as", "into", "over",
                     "up", "out", "off", "through", "throughout", "until", "across", "around", "under");
}

// After a reporting cue and its complements, "that" may still follow a
// prepositional phrase or a hearer the complements did not step over
// ("said after a lunch on Tuesday that …", "told a crowded hall at the
// hotel that …"). Returns the word after "that", or kNoWord.
uint32_t LateThat(const Context& c, uint32_t k, uint32_t i, uint32_t e0) {
  if (!ReportingCue(c, k)) return kNoWord;
  // "said — on Twitter, as it happens — that …": an aside in dashes.
  if (i < e0 && c.w[i].type == WordType::kDash) {
    uint32_t t = i + 1;
    while (t < e0 && t < i + 12 && c.w[t].type != WordType::kDash) ++t;
    if (t < e0 && c.w[t].type == WordType::kDash && c.Equals(t + 1, "that") && HasFiniteVerb(c, t + 2, e0)) {
      return t + 2;
    }
    return kNoWord;
  }
  if (!c.IsWord(i)) return kNoWord;
  const bool tell = c.w[k].lex->verb_class == lexicon::CueVerbClass::kTell;
  if (!tell && !IsPreposition(c, i) && !c.Equals(i, "after") && !c.Equals(i, "during") && !c.Equals(i, "following")) {
    return kNoWord;
  }
  for (uint32_t t = i + 1; t < e0 && t < i + 14; ++t) {
    if (c.Lower(t, lexicon::kThat) && c.Equals(t, "that")) {
      return c.IsWord(t + 1) && HasFiniteVerb(c, t + 1, e0) ? t + 1 : kNoWord;
    }
    // "on NBC's “Meet the Press” on Sunday that": a quoted title is
    // stepped over whole (its words may read as verbs).
    if (c.w[t].type == WordType::kOpenQuote || c.w[t].type == WordType::kAmbigQuote) {
      uint32_t q = t + 1;
      while (q < e0 && q < t + 8 && !c.w[q].IsQuote()) ++q;
      if (q < e0 && c.w[q].IsQuote() && q > t + 1) {
        t = q;
        continue;
      }
    }
    if (c.w[t].type == WordType::kOther || c.w[t].IsQuote()) continue;  // "in ’08", "on “Today”"
    // "said on CNN, where he is now a contributor, that …": an aside in
    // commas after the phrase, then "that".
    if (c.w[t].type == WordType::kComma && t > i + 1) {
      uint32_t u = t + 1;
      while (u < e0 && u < t + 14 && c.w[u].type != WordType::kComma) ++u;
      if (u < e0 && u > t + 1 && c.w[u].type == WordType::kComma && c.Equals(u + 1, "that") &&
          HasFiniteVerb(c, u + 2, e0)) {
        return u + 2;
      }
      return kNoWord;
    }
    if (!c.IsWord(t) || IsVerb(c.w[t].pos) || c.w[t].Is(lexicon::kThat | lexicon::kCueVerb)) return kNoWord;
  }
  return kNoWord;
}

// "Pence said in politics it takes time …": a short prepositional phrase
// that opens the reported clause, followed by its subject and verb.
bool PrepositionOpensClause(const Context& c, uint32_t k, uint32_t i, uint32_t e0) {
  if (!ReportingCue(c, k) || !IsPreposition(c, i)) return false;
  for (uint32_t t = i + 2; t < e0 && t < i + 7; ++t) {
    if (!c.IsWord(t)) return false;
    if (NewClauseAt(c, t)) return true;
  }
  return false;
}

// A cue verb that may stand in an as-clause although it is no reporting
// cue: a verb of saying or belief with an object ("as the Post reported",
// "as many researchers believe"), not a stance with an infinitive.
bool AsClauseCue(const Context& c, uint32_t k) {
  const lexicon::CueWord* w = c.IsWord(k) ? c.w[k].lex : nullptr;
  return w != nullptr && (w->flags & lexicon::kCueVerb) != 0 && !w->takes_infinitive && !w->needs_as &&
         !w->needs_quote;
}

// "Still, he said, officials must decide …", "X says, win or lose, he's
// staying": a reporting cue set off by a comma before its clause. `i` is
// the comma after the cue; returns the clause's first word, or kNoWord.
uint32_t ClauseAfterComma(const Context& c, uint32_t k, uint32_t i, uint32_t e0, bool as_clause) {
  if (!(ReportingCue(c, k) || (as_clause && AsClauseCue(c, k))) || i >= e0 || c.w[i].type != WordType::kComma) {
    return kNoWord;
  }
  uint32_t f = i + 1;
  if ((c.Equals(f, "however") || c.Equals(f, "though")) && f + 1 < e0 && c.w[f + 1].type == WordType::kComma) f += 2;
  if (c.Equals(f, "that")) ++f;
  if (!c.IsWord(f) || IsVerb(c.w[f].pos) || c.w[f].Is(lexicon::kCueVerb)) return kNoWord;
  if (CountWords(c, f, e0) < 3 || !HasFiniteVerb(c, f, e0)) return kNoWord;
  return f;
}

}  // namespace readout::quotes
