// Quoted words that no cue's report holds, after the direct and indirect
// passes: a partial quote whose cue stands earlier in its sentence gets the
// clause from the cue to the sentence end (CoverPartials), and quoted words
// the direct pass dropped become the report of the clause's subject when its
// verb acts on them (CoverDroppedQuotes).
#include <algorithm>

#include "quotes/drafts.h"

namespace readout::quotes {

// A partial quote whose cue stands before it in its sentence and that no
// reported clause holds ("said they were “angry” with …" where the rules
// above found no clause): the report is the clause from the cue's
// complements to the sentence end, under the partial's attribution.
void CoverPartials(const Context& c, Drafts* d) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  const size_t drafted = d->quotes.size();
  for (size_t qi = 0; qi < drafted; ++qi) {
    const Draft p = d->quotes[qi];
    if (p.kind != QuoteKind::kPartial || p.attribution < 0) continue;
    const Attribution at = d->attributions[p.attribution];
    if (at.cue_first == kNoWord || at.cue_last > p.first || !c.IsWord(at.cue_first) || at.from_subject) continue;
    bool held = false;
    for (size_t o = 0; o < d->quotes.size() && !held; ++o) {
      const Draft& r = d->quotes[o];
      held = r.kind == QuoteKind::kIndirect && r.first <= p.first && p.first < r.last;
    }
    if (held) continue;
    bool same_sentence = true;
    for (uint32_t i = at.cue_last; i < p.first && same_sentence; ++i) {
      same_sentence = d->in_quote[i] || (!IsEnd(c, i) && !c.w[i].para_start);
    }
    if (!same_sentence) continue;
    bool that = false;
    uint32_t first = SkipCueComplements(c, at.cue_first, at.cue_last, p.first, &that);
    uint32_t last = p.last;
    if (!IsEnd(c, last - 1)) {
      while (last < n && !IsEnd(c, last) && !c.w[last].para_start && c.w[last].type != WordType::kSemicolon) ++last;
    }
    Trim(c, &first, &last);
    if (first >= p.first || last <= p.first || CountWords(c, first, last) < 3) continue;
    d->AddQuote(QuoteKind::kIndirect, first, last, p.attribution);
  }
}

// Quoted words inside a sentence whose subject opens it and acts on them
// with a verb the cue list does not hold ("Trump accused Cruz of being
// “politically correct”", "Sanders hailed the “revolution”"): the verb's
// complement up to the clause end is what the subject is reported to have
// expressed. Only when no reported clause holds the quote already.
void CoverDroppedQuotes(const Context& c, Drafts* d) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  for (const Drafts::Dropped& x : d->dropped) {
    bool held = false;
    for (size_t o = 0; o < d->quotes.size() && !held; ++o) {
      const Draft& r = d->quotes[o];
      held = r.kind != QuoteKind::kPartial && r.first <= x.first && x.first < r.last;
    }
    if (held) continue;
    // A title in quotes ("watched “Saturday Night Live”") is no content.
    bool title = true;
    for (uint32_t k = x.first; k < x.last && title; ++k) title = !c.IsWord(k) || c.w[k].capitalised;
    if (title) continue;
    uint32_t i = x.clause;
    while (i < x.first && ((c.IsWord(i) && c.w[i].Is(lexicon::kNotName) && !c.w[i].Is(lexicon::kDeterminer)) ||
                           c.w[i].type == WordType::kComma)) {
      ++i;
    }
    Phrase subject = PhraseStartingAt(c, i, x.first);
    if (!subject.ok() || subject.weak || subject.kind == PhraseKind::kNominal) continue;
    uint32_t v = subject.last;
    while (v < x.first && (c.Lower(v, lexicon::kAux) || (c.IsWord(v) && c.w[v].pos == Pos::kRB))) ++v;
    if (v + 1 >= x.first || !c.IsWord(v)) continue;
    const Pos p = c.w[v].pos;
    if (p != Pos::kVBD && p != Pos::kVBZ && p != Pos::kVBP && p != Pos::kVBN) continue;
    uint32_t last = x.last;
    while (last < n && !IsEnd(c, last) && !c.w[last].para_start && c.w[last].type != WordType::kSemicolon &&
           !(c.w[last].type == WordType::kComma && !d->in_quote[last])) {
      ++last;
    }
    uint32_t first = v + 1;
    Trim(c, &first, &last);
    if (first >= last || last <= x.first) continue;
    Attribution at;
    at.speaker = subject;
    at.cue_first = v;
    at.cue_last = v + 1;
    d->AddIndirect(at, first, last);
    // The quoted words inside are the subject's too ("Trump gave an account
    // of a “lengthy and highly productive” call").
    const int attribution = d->quotes.back().attribution;
    for (Draft& q : d->quotes) {
      if (q.kind == QuoteKind::kPartial && q.attribution < 0 && first <= q.first && q.last <= last) {
        q.attribution = attribution;
      }
    }
  }
}

}  // namespace readout::quotes
