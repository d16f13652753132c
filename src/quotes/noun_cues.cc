// Stance nouns with a possessive holder ("Trump's criticism of the deal") and
// stance adjectives of a subject ("Ortiz is skeptical that …"). Nouns:
// "his recent call to ban …", "Clinton's claim that …". The noun must be
// followed by one of its complements (data/quotes/stance_nouns.tsv) and
// preceded, over at most two modifiers ("recent", "stepped-up"), by a
// possessive pronoun or a name with 's. The content runs from the
// complement ("to", "that") or after it (a preposition, which joins the
// cue) to the end of its phrase: a comma, dash, colon, semicolon, the
// sentence end, or for a noun phrase also a finite verb or an adjunct.
// Adjectives (data/quotes/stance_adjectives.tsv) take the same complements
// and contents; their holder is the subject of a copula before them ("is
// increasingly skeptical") or the noun right before them ("a mayor willing
// to talk").
#include "quotes/drafts.h"

namespace readout::quotes {
namespace {

using lexicon::NounComplement;

uint8_t ComplementAt(const Context& c, uint32_t i) {
  if (!c.IsWord(i)) return 0;
  if (c.Equals(i, "of")) return lexicon::kCompOf;
  if (c.Equals(i, "for")) return lexicon::kCompFor;
  if (c.Equals(i, "to")) return lexicon::kCompTo;
  if (c.Equals(i, "that")) return lexicon::kCompThat;
  if (c.Equals(i, "on") || c.Equals(i, "over")) return lexicon::kCompOn;
  if (c.Equals(i, "about")) return lexicon::kCompAbout;
  if (c.Equals(i, "against")) return lexicon::kCompAgainst;
  if (c.Equals(i, "in")) return lexicon::kCompIn;
  if (c.Equals(i, "at") || c.Equals(i, "with")) return lexicon::kCompOn;
  return 0;
}

// A verb whose subject voices or holds the stance noun after it: "repeated
// the claim that", "voiced concern that", "has the belief that".
bool VoicingVerb(const Context& c, uint32_t i) {
  return c.IsWord(i) && !c.w[i].capitalised &&
         c.EqualsAny(i, "made", "make", "makes", "making", "voiced", "voice", "voices", "voicing", "expressed",
                     "express", "expresses", "expressing", "raised", "raise", "raises", "raising", "repeated",
                     "repeat", "repeats", "repeating", "reiterated", "renewed", "echoed", "echoing", "aired",
                     "issued", "issue", "issues", "offered", "shared", "share", "shares", "held", "hold", "holds",
                     "has", "have", "had", "lodged", "leveled", "levelled");
}

bool Finite(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD; }

// The possessive holder that ends right before word j: "his", "their", or
// a name (or the phrase of a name) with 's. Returns an empty phrase if none.
Phrase Holder(const Context& c, uint32_t j) {
  if (j == 0) return {};
  const uint32_t q = j - 1;
  if (c.IsWord(q) && !c.w[q].capitalised && c.w[q].Is(lexicon::kPossessive)) {
    return {q, j, PhraseKind::kPronoun};
  }
  const std::string_view t = c.Text(q);
  // A name with its possessive in one token: "Hale’s".
  const bool glued = c.IsWord(q) && c.w[q].capitalised && t.size() > 4 &&
                     (t.substr(t.size() - 2) == "'s" || t.substr(t.size() - 4) == "\u2019s");
  if (glued) {
    uint32_t begin = q;
    while (begin > 0 && begin + 6 > q && c.IsWord(begin - 1) && c.w[begin - 1].capitalised) --begin;
    Phrase p = PhraseEndingAt(c, begin, q);
    if (p.ok() && p.kind == PhraseKind::kName) return p;
  }
  if (c.w[q].type == WordType::kOther && (t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019") && q > 0) {
    uint32_t begin = q;
    // (Not past the paragraph's first word: "The mayor's criticism …" opening
    // a paragraph keeps its "The".)
    while (begin > 0 && begin + 12 > q && c.w[begin - 1].type != WordType::kEnd && !c.w[begin].para_start) {
      --begin;
    }
    Phrase p = PhraseEndingAt(c, begin, q - 1);
    if (p.ok() && (p.kind == PhraseKind::kName || (p.kind == PhraseKind::kNominal && !p.weak))) return p;
  }
  return {};
}

// Where a content opened by a complement ends: at a comma, dash, colon,
// semicolon, bracket or the sentence end; a noun phrase or infinitive also
// at the next finite verb or an adjunct of time or medium; a "that" clause
// at a second predicate after an adjective ("claims that the pier was safe
// were wrong"); a quote that closes with a comma ends it with its mark.
uint32_t ContentEnd(const Context& c, const Drafts& d, uint32_t first, uint8_t comp) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  uint32_t last = first + 1;
  bool has_finite = false;
  for (; last < n; ++last) {
    const Word& x = c.w[last];
    // A quote that closes with a comma ends the content: "claim that
    // Obama “founded ISIS,” saying …".
    if (x.type == WordType::kCloseQuote && c.w[last - 1].type == WordType::kComma) {
      ++last;
      break;
    }
    if (d.in_quote[last] && !x.IsQuote()) continue;
    if (x.para_start || x.type == WordType::kEnd || x.type == WordType::kSemicolon || x.type == WordType::kColon ||
        x.type == WordType::kDash || x.type == WordType::kComma || x.type == WordType::kParen) {
      break;
    }
    // A noun phrase (or an infinitive's object) ends at the next finite
    // verb: "his support for the bill was …".
    if (comp != lexicon::kCompThat && c.IsWord(last) && Finite(x.pos)) break;
    // A clause ends at a second predicate after its complement: "claims
    // that the pier was safe were wrong".
    if (comp == lexicon::kCompThat && c.IsWord(last) && Finite(x.pos)) {
      if (has_finite && IsAdjective(c.w[last - 1].pos)) break;
      has_finite = true;
    }
    if (comp != lexicon::kCompThat && AdjunctEnd(c, last, n, true) != kNoWord) break;
    if (c.IsWord(last) && (c.Equals(last, "because") || c.Equals(last, "after") || c.Equals(last, "before") ||
                           c.Equals(last, "when") || c.Equals(last, "while") || c.Equals(last, "despite"))) {
      break;
    }
  }
  while (last > first && c.w[last - 1].IsQuote() && c.w[last - 1].type != WordType::kCloseQuote) --last;
  return last;
}

// Drafts the report [first, last) under `at`; partial quotes inside it are
// the holder's, not those of a cue verb further back ("Pence blamed …
// Trump's claim that Obama “founded ISIS”").
void AddHeldCue(const Attribution& at, uint32_t first, uint32_t last, Drafts* d) {
  const int attr = d->AddAttribution(at);
  for (Draft& q : d->quotes) {
    if (q.kind != QuoteKind::kPartial || q.first < first || q.first >= last) continue;
    if (q.attribution < 0 || d->attributions[q.attribution].cue_first < at.cue_first) q.attribution = attr;
  }
  d->AddQuote(QuoteKind::kIndirect, first, last, attr);
}

// The report of the stance word at k, whose complement starts at word p and
// whose holder is at.speaker: a "to"/"that" clause from p, else the object
// after p ("criticism of the deal"), up to its end (ContentEnd).
void DraftStance(const Context& c, uint32_t k, uint32_t p, uint8_t comp, Attribution at, Drafts* d) {
  const bool clause = comp == lexicon::kCompTo || comp == lexicon::kCompThat;
  const uint32_t first = clause ? p : p + 1;
  if (!c.IsWord(first) || (!clause && PlaceObjectAt(c, first))) return;
  const uint32_t last = ContentEnd(c, *d, first, comp);
  if (last <= first || CountWords(c, first, last) < 1) return;
  at.cue_first = k;
  at.cue_last = clause ? k + 1 : p + 1;
  AddHeldCue(at, first, last, d);
}

}  // namespace

void FindNounCues(const Context& c, std::span<const uint32_t> stance_words, Drafts* d) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  for (const uint32_t k : stance_words) {
    if (k < 1 || k + 2 >= n) continue;
    const Word& w = c.w[k];
    // (The rare test first: it fails for almost every word, predictably.)
    if (!w.Is(lexicon::kStanceNoun) || w.type != WordType::kWord || d->in_quote[k]) continue;
    // (Capitalised only as a sentence's first word, for the holder-less
    // "Complaints that …".)
    const bool opens_sentence = w.para_start || c.w[k - 1].type == WordType::kEnd;
    if (w.capitalised && !(opens_sentence && w.Is(lexicon::kHolderlessThat))) continue;
    // After a possessive the word is a noun whatever the tagger says
    // ("Hale's claim"), but not a participle ("Hale's claiming").
    if (w.pos == Pos::kVBG || w.pos == Pos::kVBD || w.pos == Pos::kVBN) continue;
    uint32_t p = k + 1;
    if (c.Equals(p, "not") && c.Equals(p + 1, "to")) ++p;  // "his decision not to …"
    const uint8_t comp = ComplementAt(c, p) & w.lex->complements;
    if (comp == 0) continue;
    // The holder, over up to two lower-case modifiers.
    uint32_t j = k;
    for (int s = 0; s < 2 && j > 0 && c.IsWord(j - 1) && !c.w[j - 1].capitalised &&
                    !c.w[j - 1].Is(lexicon::kPossessive | lexicon::kDeterminer) &&
                    (IsAdjective(c.w[j - 1].pos) || c.w[j - 1].pos == Pos::kRB || c.w[j - 1].pos == Pos::kVBN ||
                     c.w[j - 1].pos == Pos::kNN);
         ++s) {
      --j;
    }
    Attribution at;
    at.speaker = Holder(c, j);
    // "complaints that the greens were neglected", "a warning that …":
    // some nouns report their "that" clause without a holder (the source
    // unnamed), when "that" opens a clause of its own (a subject, then a
    // finite verb; not "claims that were false").
    // The subject of a verb that voices the noun holds it ("Trump
    // repeated the claim that …", "she has voiced concern that …").
    if (!at.speaker.ok() && comp == lexicon::kCompThat && w.Is(lexicon::kHolderlessThat) && c.IsWord(p + 1) &&
        !IsVerb(c.w[p + 1].pos) && HasFiniteVerb(c, p + 2, n)) {
      uint32_t v = j;
      if (v > 0 && c.Lower(v - 1, lexicon::kDeterminer)) --v;
      uint32_t s0 = j;
      while (s0 > 0 && c.w[s0 - 1].type != WordType::kEnd && !c.w[s0].para_start) --s0;
      if (v > 0 && VoicingVerb(c, v - 1)) {
        const Phrase subject = SubjectOf(c, s0, v - 1);
        if (subject.ok() && !subject.weak && subject.last <= v - 1) at.speaker = subject;
      }
      // Without one, only a noun before its clause's verb ("Complaints
      // that the greens were neglected grew", "Amid fears that …"): after
      // a verb the report is often its subject's, whom we cannot tell.
      bool verb_before = false;
      for (uint32_t t = s0; t < j && !verb_before; ++t) verb_before = c.IsWord(t) && Finite(c.w[t].pos);
      if (at.speaker.ok() || !verb_before) DraftStance(c, k, p + 1, comp, at, d);
      continue;
    }
    if (!at.speaker.ok()) continue;
    // A place's attacks are military acts ("Russia's attacks on Kharkiv"),
    // whatever is attacked.
    if ((c.Equals(k, "attacks") || c.Equals(k, "attack")) && PlaceMentionAt(c, at.speaker.first)) continue;
    if (comp == lexicon::kCompTo && !(c.IsWord(p + 1) && c.w[p + 1].pos == Pos::kVB)) continue;
    DraftStance(c, k, p, comp, at, d);
  }
}

namespace {

// A copula or a verb of seeming ("is", "seemed", "remains", "grew").
bool Copula(const Context& c, uint32_t i) {
  static constexpr std::string_view kWords[] = {"is",     "was",    "are",     "were",    "be",     "been",
                                                "being",  "remain", "remains", "remained", "seem",  "seems",
                                                "seemed", "appear", "appears", "appeared", "became", "become",
                                                "grew",   "'re",    "\u2019re", "'m",     "\u2019m"};
  for (std::string_view w : kWords) {
    if (c.Equals(i, w)) return true;
  }
  return false;
}

// The first word of the sentence holding word k >= 1: the last word from 1
// to k that starts a paragraph or follows a sentence end, else word 0.
uint32_t SentenceStart(const Context& c, uint32_t k) {
  for (uint32_t j = k; j >= 1; --j) {
    if (c.w[j].para_start || c.w[j - 1].type == WordType::kEnd) return j;
  }
  return 0;
}

}  // namespace

void FindAdjectiveCues(const Context& c, std::span<const uint32_t> stance_words, Drafts* d) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  for (const uint32_t k : stance_words) {
    if (k < 1 || k + 2 >= n) continue;
    const Word& w = c.w[k];
    if (!w.Is(lexicon::kStanceAdjective) || w.type != WordType::kWord || w.capitalised || d->in_quote[k]) continue;
    const uint32_t s0 = SentenceStart(c, k);
    const uint8_t comp = ComplementAt(c, k + 1) & w.lex->complements;
    if (comp == 0) continue;
    const uint32_t p = k + 1;
    if (comp == lexicon::kCompTo && !(c.IsWord(p + 1) && c.w[p + 1].pos == Pos::kVB)) continue;
    // The holder: the subject of a copula over adverbs and "not" ("is not
    // yet convinced"), or the noun right before ("a mayor willing to").
    uint32_t j = k;
    while (j > s0 && j + 4 > k && c.IsWord(j - 1) && (c.w[j - 1].pos == Pos::kRB || c.Equals(j - 1, "not"))) --j;
    Attribution at;
    if (j > s0 && Copula(c, j - 1)) {
      at.speaker = SubjectOf(c, s0, j - 1);
      if (!at.speaker.ok() || at.speaker.weak || at.speaker.last > j - 1) continue;
    } else if (j == k && c.IsWord(k - 1) && IsNoun(c.w[k - 1].pos)) {
      at.speaker = PhraseEndingAt(c, s0, k - 1);
      if (!at.speaker.ok() || at.speaker.kind == PhraseKind::kPronoun) continue;
    } else {
      continue;
    }
    DraftStance(c, k, p, comp, at, d);
  }
}

}  // namespace readout::quotes
