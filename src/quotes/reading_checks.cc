// The checks every indirect reading passes before it becomes a report:
// a noun object ends where the object does, a cue inside a relative
// clause whose head's predicate follows reports nothing, a stance inside a
// report or a complement clause is not asserted, a content needs its
// words and must not be one quote whole. Then the cue takes its negation
// and the medium is sought around the cue and the speaker.
#include "quotes/cue_reading.h"

namespace readout::quotes {
namespace {

// "who Trump indicated was notified", "what officials said was a call": the
// speaker follows a relative pronoun that is the reported clause's subject.
bool RelativeBefore(const Context& c, const Phrase& speaker) {
  if (!speaker.ok() || speaker.first == 0) return false;
  const uint32_t i = speaker.first - 1;
  return c.Equals(i, "who") || c.Equals(i, "which") || c.Equals(i, "that") || c.Equals(i, "what");
}

// "It was a probe the agency said was ongoing": a relative clause without a
// relative word after a noun that is no subject (a finite verb stands
// before it, from `begin`), so the verb after the cue is the gap's.
bool ContactRelativeBefore(const Context& c, const Phrase& speaker, uint32_t begin) {
  if (!speaker.ok() || speaker.first < begin + 3) return false;
  const uint32_t h = speaker.first - 1;
  if (!c.IsWord(h) || c.w[h].capitalised || !IsNoun(c.w[h].pos) || c.w[h].Is(lexicon::kTimeWord)) return false;
  for (uint32_t i = h; i-- > begin;) {
    if (c.w[i].type == WordType::kComma || c.w[i].IsQuote()) return false;
    if (IsVerb(c.w[i].pos) && c.w[i].pos != Pos::kVBG && c.w[i].pos != Pos::kVBN && c.w[i].pos != Pos::kVB) return true;
  }
  return false;
}

// A verb of stance or intention rather than of saying ("endorsed", "wants",
// "agreed to", "believes").
bool IsStance(const lexicon::CueWord& w) {
  return w.takes_infinitive || w.verb_class == lexicon::CueVerbClass::kBelief ||
         (w.takes_object && w.verb_class != lexicon::CueVerbClass::kTell && w.verb_class != lexicon::CueVerbClass::kWrite);
}

}  // namespace

void AddReading(const Context& c, Drafts* d, CueReading* r) {
  const uint32_t s0 = r->s0, k = r->k, len = r->len, e0 = r->e0, begin = r->begin;
  const uint32_t min_words = r->min_words, fronted_end = r->fronted_end;
  const bool clause_after = r->clause_after, noun_object = r->noun_object, passive = r->passive;
  Attribution& at = r->at;
  uint32_t& first = r->first;
  uint32_t& last = r->last;
  if (clause_after && noun_object) last = ObjectEndAt(c, *d, k, first, last);
  if (clause_after && noun_object && !passive) last = RestrictiveRelativeEnd(c, *d, k, first, last);
  if (clause_after && noun_object && DocumentObject(c, k, first, last)) return;
  // "offered some kind words about Mr. Bush", "said little about the
  // plan", "asked questions about Trump": a noun object whose head is
  // what is said, then "about", reports what it is about.
  // (Not after the cue's own preposition: "did not respond to questions
  // about the levy" leaves the questions unanswered.)
  if (clause_after && noun_object && first > 0 && !IsPreposition(c, first - 1)) {
    first = AboutTopicStart(c, *d, first, last);
  }
  if (clause_after) last = ReportEndAt(c, *d, k, begin, first, last);
  if (fronted_end != kNoWord && last > fronted_end) last = fronted_end;
  // "Still, the mayor will …, a source said": a fronted content leaves a
  // sentence adverb set off by its comma to the writer.
  if (!clause_after && first == begin && last > first + 4 && c.IsWord(first) && c.w[first].pos == Pos::kRB &&
      c.w[first + 1].type == WordType::kComma && !d->in_quote[first]) {
    first += 2;
  }
  Trim(c, &first, &last);
  // "everything Trump says is true": the cue sits in a relative clause and
  // what follows is its head's predicate, not a report.
  if (clause_after && !d->in_quote[first] && !c.Lower(first - 1, lexicon::kThat) && !RelativeBefore(c, at.speaker) &&
      !ContactRelativeBefore(c, at.speaker, begin)) {
    const Pos p = c.w[first].pos;
    if (p == Pos::kVBZ || p == Pos::kVBD || p == Pos::kVBP || p == Pos::kMD) return;
  }
  // A stance verb inside a report already drafted adds nothing: "voters
  // who said they preferred experience".
  if (IsStance(*c.w[k].lex) && !passive) {
    bool nested = false;
    for (size_t q = d->quotes.size(); q-- > 0 && !nested;) {
      const Draft& o = d->quotes[q];
      if (o.kind != QuoteKind::kIndirect || o.last <= s0) break;
      nested = o.first <= k && k < o.last;
    }
    if (nested) return;
    // "skeptical that Putin wants peace": a stance inside a complement
    // clause is not asserted.
    const uint32_t before = at.speaker.ok() && at.speaker.last <= k ? at.speaker.first : k;
    // (A conditional "if" that opens the sentence or follows a comma or
    // a conjunction asserts the stance: "If you like your plan, …".)
    const bool conditional = before > 0 && c.Equals(before - 1, "if") &&
                             (before - 1 <= begin || !c.IsWord(before - 2) || c.Equals(before - 2, "and") ||
                              c.Equals(before - 2, "but"));
    // (Nor a copula's "that" clause, which states what is so: "Part of
    // it is that Republicans think …", "It's not that Cruz feels …".)
    uint32_t cop = before >= 2 ? before - 2 : 0;
    if (cop > begin && c.EqualsAny(cop, "not", "simply", "just")) --cop;
    const bool copula = before >= 2 && c.Lower(before - 1, lexicon::kThat) &&
                        c.EqualsAny(cop, "is", "was", "are", "were", "'s", "\u2019s", "be");
    if (before > 0 && !copula && (c.Lower(before - 1, lexicon::kThat) || c.Equals(before - 1, "whether") ||
                                  (c.Equals(before - 1, "if") && !conditional))) {
      return;
    }
  }
  // "half said so in the earlier poll", "… said yes while 48 percent
  // agreed": a one-word answer ends before the adjunct or clause after it.
  if (clause_after && last > first + 1 && (c.Equals(first, "so") || c.Equals(first, "yes")) &&
      !c.w[first].capitalised && !d->in_quote[first] && c.IsWord(first + 1) &&
      (IsPreposition(c, first + 1) || c.w[first + 1].Is(lexicon::kTimeWord | lexicon::kSubordinator))) {
    last = first + 1;
  }
  // "said no", "said so", "26 percent said the same": a one-word answer.
  const bool answer = last == first + 1 ? c.Equals(first, "no") || c.Equals(first, "yes") || c.Equals(first, "so")
                                        : last == first + 2 && c.Equals(first, "the") && c.Equals(first + 1, "same");
  if (first >= last || (CountWords(c, first, last) < min_words && !(answer && clause_after && ReportingCue(c, k)))) {
    return;
  }
  // A content that is one quote entirely is the direct pass's.
  if (d->in_quote[first] && d->in_quote[last - 1] && c.w[first > 0 ? first - 1 : 0].IsQuote()) {
    bool all = true;
    for (uint32_t i = first; i < last && all; ++i) all = d->in_quote[i];
    if (all) return;
  }
  // A negated cue keeps its negation in the cue span, so a reader sees
  // "did not respond to", "had not wanted", never the bare verb.
  if (at.speaker.ok() && at.speaker.last <= k) {
    bool negated = false;
    uint32_t f = k;
    while (f > at.speaker.last && c.IsWord(f - 1) && !c.w[f - 1].capitalised &&
           (c.w[f - 1].Is(lexicon::kAux) || c.w[f - 1].pos == Pos::kRB || c.Equals(f - 1, "not") ||
            c.Equals(f - 1, "never") || c.Equals(f - 1, "n't") || c.Equals(f - 1, "n\u2019t"))) {
      --f;
      negated = negated || c.Equals(f, "not") || c.Equals(f, "never") || c.Equals(f, "n't") ||
                c.Equals(f, "n\u2019t");
    }
    if (negated) at.cue_first = f;
  }
  uint32_t aside = at.speaker.last < k ? at.speaker.last : k;
  at.medium = FindMedium(c, k, k + len, clause_after ? first : e0);
  if (at.medium.empty() && aside < k) at.medium = FindMedium(c, kNoWord, aside, k);
  // "a speech by X …, saying": the noun whose agent speaks.
  if (at.medium.empty() && at.speaker.ok() && at.speaker.first > begin + 1 && at.speaker.last <= k &&
      c.Equals(at.speaker.first - 1, "by")) {
    at.medium = FindMedium(c, kNoWord, begin, at.speaker.first - 1);
  }
  // "took aim at X in a speech": the medium after a noun object.
  if (at.medium.empty() && clause_after && noun_object && last < e0 && AdjunctEnd(c, last, e0, true) != kNoWord) {
    at.medium = FindMedium(c, kNoWord, last, e0);
  }
  // "X is known for her blunt speeches": a passive; those who know are
  // unnamed (PolNeAR gives no source), and X is what they know of.
  if (c.Equals(k, "known") && len > 1 && at.speaker.ok() && at.speaker.last <= k) at.speaker = {};
  d->AddIndirect(at, first, last);
}

}  // namespace readout::quotes
