// Reports whose subject is part of what is reported and whose text names no
// source: appearances ("The court seemed to send an assertive signal",
// "Enthusiasm appears to have plummeted") and hearsay adverbs ("The FBI is
// reportedly making arrangements …"), also with an impersonal subject ("it
// seems the party has too many delegates"). PolNeAR counts them as attributions
// to no one: the content runs from the clause's subject to the end of its
// clause, and the cue is the raising verb or the adverb.
//
// Each test is cheap: the word must be lower case and one of a closed set
// of forms (raising verbs and "reportedly"), checked by length first; only
// then is the clause read. A raising verb whose infinitive is itself a cue
// ("seemed to urge") is left to the cue's own report.
#include <utility>
#include <vector>

#include "quotes/drafts.h"

namespace readout::quotes {
namespace {

bool RaisingVerb(const Context& c, uint32_t k) {
  const uint32_t len = c.w[k].end - c.w[k].start;
  if (len < 4 || len > 8) return false;
  return c.Equals(k, "seemed") || c.Equals(k, "seems") || c.Equals(k, "seem") || c.Equals(k, "appeared") ||
         c.Equals(k, "appears") || c.Equals(k, "appear");
}

// An adjective or a participle at word i, over up to two adverbs: the
// complement of a raising verb ("seemed ready", "seems so stark").
bool AdjectiveComplement(const Context& c, uint32_t i) {
  for (int s = 0; s < 2 && c.IsWord(i) && c.w[i].pos == Pos::kRB && !c.Equals(i, "not"); ++s) ++i;
  if (!c.IsWord(i) || c.w[i].capitalised) return false;
  const Pos p = c.w[i].pos;
  return IsAdjective(p) || p == Pos::kVBN;
}

// "to" and a verb within four words after word i ("certain to become").
bool InfinitiveAfter(const Context& c, uint32_t i) {
  for (uint32_t j = i; j < i + 4 && c.IsWord(j); ++j) {
    if (c.Equals(j, "to")) return c.IsWord(j + 1) && c.w[j + 1].pos == Pos::kVB;
  }
  return false;
}

// The end of the clause that opens at `first`: the first comma, semicolon,
// dash or colon outside quotes, or the sentence end.
uint32_t ClauseEnd(const Context& c, const Drafts& d, uint32_t from, uint32_t n) {
  uint32_t i = from;
  for (; i < n && !IsEnd(c, i) && !c.w[i].para_start; ++i) {
    if (d.in_quote[i]) continue;
    const WordType t = c.w[i].type;
    if (t == WordType::kComma || t == WordType::kSemicolon || t == WordType::kDash || t == WordType::kColon)
      break;
  }
  return i;
}

// "It seems (that) the Democrats have too many superdelegates", "it
// appears, though, that …", "It seemed like the members had decided",
// "it seems increasingly likely that …": an impersonal "it" before the
// raising verb (over adverbs and auxiliaries); the report is what follows
// the verb to the end of its clause, when it reads as a clause.
bool ImpersonalAppearance(const Context& c, uint32_t s0, uint32_t k, Drafts* d) {
  uint32_t v = k;
  while (v > s0 && c.IsWord(v - 1) && !c.w[v - 1].capitalised &&
         (c.w[v - 1].Is(lexicon::kAux) || c.w[v - 1].pos == Pos::kRB)) {
    --v;
  }
  if (v == s0 || !c.Equals(v - 1, "it")) return false;
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  uint32_t f = k + 1;
  // ", though, that …"
  if (f + 2 < n && c.w[f].type == WordType::kComma && c.Equals(f + 1, "though") &&
      c.w[f + 2].type == WordType::kComma) {
    f += 3;
  }
  if (!c.IsWord(f) || c.Equals(f, "to") || c.Equals(f, "in") || c.Equals(f, "on") || c.Equals(f, "at") ||
      c.Equals(f, "for") || c.Equals(f, "from") || c.Equals(f, "with")) {
    return false;
  }
  const uint32_t last = ClauseEnd(c, *d, f, n);
  const bool opens = c.Equals(f, "that") || c.Equals(f, "like") ||
                     (c.Equals(f, "as") && (c.Equals(f + 1, "if") || c.Equals(f + 1, "though")));
  if (!opens && !HasFiniteVerb(c, f, last)) return false;
  if (CountWords(c, f, last) < 3) return false;
  for (size_t q = d->quotes.size(); q-- > 0;) {
    const Draft& o = d->quotes[q];
    if (o.last <= s0) break;
    if (o.kind == QuoteKind::kIndirect && o.first <= k && k < o.last) return false;
  }
  uint32_t cf = f;
  uint32_t cl = last;
  Trim(c, &cf, &cl);
  if (cf >= cl) return false;
  Attribution at;
  at.cue_first = k;
  at.cue_last = k + 1;
  at.held_subject = true;
  d->AddIndirect(at, cf, cl);
  return true;
}

}  // namespace

uint32_t HeldSubjectStart(const Context& c, const Drafts& d, uint32_t begin, uint32_t verb,
                          const Phrase& subject) {
  if (verb == 0 || verb <= begin) return kNoWord;
  // "which is expected to …": the relative pronoun stands for the subject.
  if (c.Equals(verb - 1, "which") || c.Equals(verb - 1, "who") || c.Equals(verb - 1, "that")) return verb - 1;
  bool clean = CountWords(c, begin, verb) <= 14;
  for (uint32_t i = begin; i < verb && clean; ++i) {
    clean = c.IsWord(i) && !d.in_quote[i] && !c.w[i].Is(lexicon::kSubordinator | lexicon::kThat) &&
            !(IsVerb(c.w[i].pos) && c.w[i].pos != Pos::kVBN && c.w[i].pos != Pos::kVBG);
  }
  if (clean) return begin;
  // (Aux words and adverbs may stand between: "Sanders, too, is expected".)
  if (subject.ok() && subject.last <= verb && subject.last + 3 > verb) return subject.first;
  return kNoWord;
}

bool HeldSubjectReport(const Context& c, uint32_t s0, uint32_t k, Drafts* d) {
  if (!c.IsWord(k) || c.w[k].capitalised || d->in_quote[k]) return false;
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  const bool hearsay = c.Equals(k, "reportedly");
  bool adjective = false;  // "seemed ready": an adjective complement
  if (!hearsay) {
    if (!RaisingVerb(c, k)) return false;
    if (ImpersonalAppearance(c, s0, k, d)) return true;
    // "seemed to send …", not "seemed to urge …" (urge reports itself) nor
    // "appeared on television"; or an adjective after the verb, over
    // adverbs ("seemed ready to say …", "seems equally unperturbed",
    // "appeared poised to narrow").
    adjective = AdjectiveComplement(c, k + 1);
    if (!adjective) {
      if (!c.Equals(k + 1, "to") || !c.IsWord(k + 2) || c.w[k + 2].Is(lexicon::kCueVerb)) return false;
      const Pos p = c.w[k + 2].pos;
      if (p != Pos::kVB && !c.w[k + 2].Is(lexicon::kAux)) return false;
    }
  }
  uint32_t begin = s0;
  while (begin < k && (c.w[begin].IsQuote() || !c.IsWord(begin))) ++begin;
  // The verb group before the word: auxiliaries, negation and adverbs
  // ("does not seem", "has reportedly", "is reportedly").
  uint32_t v = k;
  while (v > begin && c.IsWord(v - 1) && !c.w[v - 1].capitalised &&
         (c.w[v - 1].Is(lexicon::kAux) || c.w[v - 1].pos == Pos::kRB || c.Equals(v - 1, "not") ||
          c.Equals(v - 1, "n't") || c.Equals(v - 1, "n\u2019t"))) {
    --v;
  }
  const uint32_t first = HeldSubjectStart(c, *d, begin, v, SubjectOf(c, begin, v));
  if (first == kNoWord) return false;
  // (A "that" relative clause with an adjective mostly describes its
  // head: "a plan that seems wrong".)
  if (adjective && c.Equals(first, "that")) return false;
  // (Nor "it" with a bare adjective, "It seemed fine": only a raising
  // adjective with its infinitive, "It appears certain to become …".)
  if (adjective && c.Equals(first, "it") && !InfinitiveAfter(c, k + 1)) return false;
  const uint32_t last = ClauseEnd(c, *d, k + 1, n);
  if (CountWords(c, k + 1, last) < 2) return false;
  // A clause another report already holds adds nothing.
  for (size_t q = d->quotes.size(); q-- > 0;) {
    const Draft& o = d->quotes[q];
    if (o.last <= s0) break;
    if (o.kind == QuoteKind::kIndirect && o.first <= k && k < o.last) return false;
  }
  uint32_t f = first;
  uint32_t l = last;
  Trim(c, &f, &l);
  if (f >= l) return false;
  Attribution at;
  at.cue_first = k;
  at.cue_last = k + 1;
  at.held_subject = true;
  d->AddIndirect(at, f, l);
  return true;
}

void DropNestedHeldReports(Drafts* d) {
  auto nested = [&](const Draft& q) {
    if (q.kind != QuoteKind::kIndirect || q.attribution < 0 || !d->attributions[q.attribution].held_subject) {
      return false;
    }
    for (const Draft& o : d->quotes) {
      if (&o == &q || o.kind != QuoteKind::kIndirect || o.attribution < 0) continue;
      if (o.first <= q.first && q.last <= o.last && d->attributions[o.attribution].speaker.ok()) return true;
    }
    return false;
  };
  std::vector<Draft> kept;
  kept.reserve(d->quotes.size());
  for (const Draft& q : d->quotes) {
    if (!nested(q)) kept.push_back(q);
  }
  if (kept.size() != d->quotes.size()) d->quotes = std::move(kept);
}

}  // namespace readout::quotes
