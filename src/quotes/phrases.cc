// Speaker phrases are found by shape, not by parsing: a name is a run of
// capitalised words (joined by "of", "for", "and" between capitals, never
// starting with a function word such as "The" or "But"); a nominal is a
// speaker or cue noun with up to five modifiers back to a determiner ("the
// State Department announcement", "senior administration officials"). The
// subject of a cue is the phrase right before it, or, across an aside set off
// by commas ("X, speaking at ..., said"), the phrase before the aside's comma.
#include "quotes/phrases.h"

#include <array>
#include <cctype>
#include <string>

#include "text/name_particles.h"

namespace readout::quotes {
namespace {

using lexicon::CueVerbClass;
using lexicon::kAux;
using lexicon::kCueNoun;
using lexicon::kCueVerb;
using lexicon::kDeterminer;
using lexicon::kFollowerNoun;
using lexicon::kGroupNoun;
using lexicon::kMediaStart;
using lexicon::kNamePrep;
using lexicon::kNotName;
using lexicon::kOrgNoun;
using lexicon::kPersonNoun;
using lexicon::kPronoun;
using lexicon::kSubordinator;
using lexicon::kThat;
using lexicon::kTimeWord;

constexpr uint32_t kNotModifier = kCueVerb | kAux | kThat | kSubordinator | kPronoun | kNamePrep | kNotName | kTimeWord;


// A word that joins two name words: "of" between capitals, or a particle
// ("bin", "von der").
bool NameJoiner(const Context& c, uint32_t i) {
  return c.Lower(i, kNamePrep) || (c.IsWord(i) && text::IsNameParticle(c.Text(i)));
}


bool LyAdverb(const Context& c, uint32_t i) {
  if (!c.IsWord(i) || c.w[i].capitalised) return false;
  std::string_view t = c.Text(i);
  return t.size() > 4 && t.substr(t.size() - 2) == "ly";
}

// A numeral or a number word ("10", "four").
bool NumberLike(const Context& c, uint32_t i) {
  if (i >= c.w.size()) return false;
  std::string_view t = c.Text(i);
  if (!t.empty() && t[0] >= '0' && t[0] <= '9') return true;
  return c.EqualsAny(i, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "every");
}

// (A hyphenated fraction too: "three-fourths say", "two-thirds".)
bool Fraction(std::string_view t) {
  for (std::string_view f : {"-thirds", "-fourths", "-fifths", "-quarters", "-tenths"}) {
    if (t.size() > f.size() && t.substr(t.size() - f.size()) == f) return true;
  }
  return false;
}
bool PercentLike(const Context& c, uint32_t i) {
  return i < c.w.size() && (NumberLike(c, i) || c.Text(i) == "%" || c.Equals(i, "percent") ||
                            (c.IsWord(i) && Fraction(c.Text(i))));
}

// A quantifier pronoun that is a clause's whole subject ("Many believe",
// "but few expect"): at the region's start or after punctuation, a
// conjunction or a subordinator, so never a verb's object ("told some").
// Not "nobody" or "none": "Nobody said more" reports nothing.
bool QuantifierSubject(const Context& c, uint32_t begin, uint32_t i) {
  static constexpr std::string_view kWords[] = {"some",     "many",     "few",       "most",    "several",
                                                "both",     "all",      "everyone",  "everybody", "someone",
                                                "somebody", "anyone",   "anybody",   "another", "one",
                                                "each"};
  bool quantifier = false;
  for (std::string_view w : kWords) quantifier = quantifier || c.Equals(i, w);
  if (!quantifier) return false;
  if (i == begin || !c.IsWord(i - 1)) return true;
  return c.Lower(i - 1, kSubordinator) || c.Equals(i - 1, "and") || c.Equals(i - 1, "but") || c.Equals(i - 1, "so");
}

// A form of "be" (also the clitics "'s", "'re", "'m").
bool BeForm(const Context& c, uint32_t i) {
  return c.EqualsAny(i, "is", "are", "was", "were", "be", "been", "'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m");
}

// A participle that closes a survey group: "those surveyed", "voters polled".
bool SurveyParticiple(const Context& c, uint32_t i) {
  static constexpr std::string_view kWords[] = {"surveyed", "polled", "interviewed", "questioned", "asked", "sampled"};
  for (std::string_view w : kWords) {
    if (c.Equals(i, w)) return true;
  }
  return false;
}

// A group or quantity that ends at word j and is no name or speaker noun:
// "critics", "42%", "those surveyed", "Nearly nine out of 10", "a wide
// array of economists", "the Texas senator's allies". Reaches left over
// modifiers, numbers, determiners and "of"/"in"/"out" up to ten words.
Phrase GroupEndingAt(const Context& c, uint32_t begin, uint32_t j) {
  if (j == kNoWord || j < begin || j >= c.w.size()) return {};
  const Word& h = c.w[j];
  // A cue form the tagger reads as a plural noun may head it ("News
  // reports say"); "the plan said" stays no speaker.
  const bool noun_head = c.IsWord(j) && IsNoun(h.pos) && !c.Equals(j, "who") &&
                         (!h.Is(kNotModifier) || (h.pos == Pos::kNNS && !h.Is(kNotModifier & ~kCueVerb)));
  const bool survey = SurveyParticiple(c, j) && j > begin && (c.Equals(j - 1, "those") || IsNoun(c.w[j - 1].pos));
  if (!noun_head && !survey && !PercentLike(c, j)) return {};
  uint32_t k = j;
  for (int steps = 0; k > begin && steps < 10; ++steps) {
    const uint32_t q = k - 1;
    const Word& w = c.w[q];
    const bool possessive = w.type == WordType::kOther && (c.Text(q) == "'s" || c.Text(q) == "\u2019s");
    const bool modifier = c.IsWord(q) && !w.Is(kCueVerb | kThat | kSubordinator | kTimeWord) &&
                          (IsNoun(w.pos) || IsAdjective(w.pos) || w.pos == Pos::kCD || w.Is(kDeterminer) ||
                           c.Equals(q, "of") || c.Equals(q, "in") || c.Equals(q, "out") || c.Equals(q, "those") ||
                           c.Equals(q, "nearly") || c.Equals(q, "about") || c.Equals(q, "some") ||
                           c.Equals(q, "many") || c.Equals(q, "most") || NameWord(c, q));
    if (!(modifier || possessive || PercentLike(c, q))) break;
    k = q;
  }
  // A phrase never opens with a preposition: "in" / "of" belong inside it.
  while (k < j && (c.Equals(k, "of") || c.Equals(k, "in") || c.Equals(k, "out") || c.Equals(k, "about"))) ++k;
  if (k == j && !noun_head && !PercentLike(c, j)) return {};
  // A lone singular common noun ("the plan said") is no speaker; plurals,
  // quantities and determined phrases are.
  if (k == j && noun_head && h.pos != Pos::kNNS) return {};
  return {k, j + 1, PhraseKind::kNominal, true};
}


}  // namespace

bool NameWord(const Context& c, uint32_t i) {
  if (!c.IsWord(i)) return false;
  if (text::IsArticlePrefixed(c.Text(i))) return true;  // "al-Ansari"
  return c.w[i].capitalised && !c.w[i].Is(kNotName) && !c.w[i].Is(kPronoun);
}

bool SubjectPronoun(const Context& c, uint32_t i) {
  if (!c.IsWord(i) || !c.w[i].Is(kPronoun)) return false;
  return !c.Equals(i, "you");
}

// "Sanders talks about …", "Saudi prince mocks Trump", "The mayor talks
// about": a third-person form the tagger read as a plural noun after a
// singular name or speaker noun phrase that opens its clause: at the
// sentence or paragraph start, or after a comma, a conjunction or a
// subordinator. A name after a determiner ("the Clinton attacks") or a
// preposition modifies the noun instead.
bool NameSubjectBefore(const Context& c, uint32_t i) {
  if (i == 0 || !IsNoun(c.w[i].pos) || c.w[i].pos == Pos::kNN) return false;
  const std::string_view t = c.Text(i);
  if (t.size() < 4 || t.back() != 's' || t[t.size() - 2] == 's') return false;
  if (c.w[i - 1].pos == Pos::kNNPS || c.w[i - 1].pos == Pos::kNNS) return false;
  uint32_t f = i - 1;
  if (NameWord(c, f)) {
    while (f > 0 && f + 6 > i && (NameWord(c, f - 1) || NameJoiner(c, f - 1)) && !c.w[f].para_start) --f;
  } else if (c.Lower(f, kPersonNoun | kOrgNoun) && c.w[f].pos == Pos::kNN) {
    // "The mayor talks about", "Saudi prince mocks": a speaker noun with
    // its modifiers and determiner.
    while (f > 0 && f + 5 > i && !c.w[f].para_start && c.IsWord(f - 1) && !c.w[f - 1].Is(kCueVerb) &&
           (NameWord(c, f - 1) || IsAdjective(c.w[f - 1].pos) || c.w[f - 1].pos == Pos::kNN)) {
      --f;
    }
    if (f > 0 && !c.w[f].para_start && (c.Equals(f - 1, "the") || c.Equals(f - 1, "a"))) --f;
  } else {
    return false;
  }
  if (f == 0 || c.w[f].para_start) return true;
  const Word& b = c.w[f - 1];
  if (b.type == WordType::kEnd || b.type == WordType::kComma || b.type == WordType::kSemicolon ||
      b.type == WordType::kDash || b.type == WordType::kColon) {
    return true;
  }
  return c.Lower(f - 1, kSubordinator) || c.Equals(f - 1, "and") || c.Equals(f - 1, "but");
}

// Word i can open a verb's object or complement: a determiner, a
// possessive, a name, an object pronoun, a number, "about"/"for", or "to"
// and a verb.
bool ObjectOpens(const Context& c, uint32_t i) {
  if (!c.IsWord(i)) return i < c.w.size() && c.w[i].type == WordType::kOther && NumberLike(c, i);
  if (c.w[i].Is(kDeterminer | lexicon::kPossessive) || NameWord(c, i) || NumberLike(c, i)) return true;
  if (c.Equals(i, "him") || c.Equals(i, "her") || c.Equals(i, "them") || c.Equals(i, "about") ||
      c.Equals(i, "for")) {
    return true;
  }
  return c.Equals(i, "to") && c.IsWord(i + 1) && c.w[i + 1].pos == Pos::kVB;
}

bool ReportingCue(const Context& c, uint32_t cue) {
  const lexicon::CueWord* w = c.IsWord(cue) ? c.w[cue].lex : nullptr;
  if (w == nullptr || (w->flags & kCueVerb) == 0 || w->takes_infinitive) return false;
  // A speech verb that also takes a bare object ("criticized", "claimed")
  // is often a stance; it keeps the strict frames.
  return (w->verb_class == CueVerbClass::kSpeech && !w->takes_object) || w->verb_class == CueVerbClass::kTell ||
         w->verb_class == CueVerbClass::kWrite;
}

Phrase PhraseEndingAt(const Context& c, uint32_t begin, uint32_t j) {
  Phrase p;
  if (j == kNoWord || j < begin || !c.IsWord(j)) return p;
  const Word& h = c.w[j];
  if (SubjectPronoun(c, j)) return {j, j + 1, PhraseKind::kPronoun};
  if (NameWord(c, j)) {
    uint32_t k = j;
    while (k > begin) {
      uint32_t q = k - 1;
      if (NameWord(c, q)) { k = q; continue; }
      if (NameJoiner(c, q) && q > begin && NameWord(c, q - 1) && !c.Equals(q, "the")) { k = q; continue; }
      break;
    }
    if (k > begin && c.Equals(k - 1, "the")) --k;
    return {k, j + 1, PhraseKind::kName};
  }
  // A nominal: a speaker or cue noun, or any noun opened by a determiner
  // within five words ("One California delegate", "Powell's office").
  // A speaker noun that is also a cue verb form heads a phrase when the
  // tagger reads it as a noun ("the report concluded").
  if (!h.capitalised && (!h.Is(kNotModifier) || (h.Is(kSpeakerHead) && h.Is(kCueVerb) && IsNoun(h.pos)))) {
    uint32_t k = j;
    bool determined = false;
    for (int steps = 0; k > begin && steps < 5; ++steps) {
      uint32_t q = k - 1;
      if (c.w[q].type == WordType::kOther && q > begin && NameWord(c, q - 1) &&
          (c.Text(q) == "'s" || c.Text(q) == "\u2019s" || c.Text(q) == "'" || c.Text(q) == "\u2019")) {
        k = q - 1;  // "Powell's office": the owner opens the phrase
        while (k > begin && NameWord(c, k - 1)) --k;
        determined = true;
        break;
      }
      if (!c.IsWord(q)) break;
      if (c.w[q].Is(kDeterminer)) {
        k = q;
        // "a former official", "his other aides": two determiners.
        if (q > begin && !c.w[q].capitalised && c.IsWord(q - 1) && c.w[q - 1].Is(kDeterminer)) k = q - 1;
        determined = true;
        break;
      }
      if (NameWord(c, q) || (!c.w[q].capitalised && !c.w[q].Is(kNotModifier))) { k = q; continue; }
      break;
    }
    if (h.Is(kSpeakerHead)) return {k, j + 1, PhraseKind::kNominal};
    // The head right before a cue verb is a noun even when the tagger reads
    // an adjective ("the Republican incumbent said").
    // A bare plural is a group ("Political scientists say").
    if ((determined && (h.pos == Pos::kUnknown || IsNoun(h.pos) || IsAdjective(h.pos))) ||
        (h.pos == Pos::kNNS && k < j)) {
      return {k, j + 1, PhraseKind::kNominal, true};
    }
  }
  return p;
}

Phrase PhraseStartingAt(const Context& c, uint32_t i, uint32_t end) {
  Phrase p;
  if (i >= end || !c.IsWord(i)) return p;
  if (SubjectPronoun(c, i)) return {i, i + 1, PhraseKind::kPronoun};
  uint32_t k = i;
  for (int d = 0; d < 2 && k < end && c.IsWord(k) && c.w[k].Is(kDeterminer); ++d) ++k;
  uint32_t head_end = kNoWord;  // one past the last head word seen
  PhraseKind kind = PhraseKind::kNone;
  for (int steps = 0; k < end && c.IsWord(k) && steps < 9; ++steps, ++k) {
    if (NameWord(c, k)) {
      head_end = k + 1;
      kind = PhraseKind::kName;
      continue;
    }
    if (NameJoiner(c, k) && kind == PhraseKind::kName && NameWord(c, k + 1)) continue;
    // (A follower noun after a name heads the phrase: "a Halvorsen
    // supporter said" is the supporter's, not Halvorsen's.)
    if (!c.w[k].capitalised && (c.w[k].Is(kSpeakerHead) || (kind == PhraseKind::kName && c.w[k].Is(kFollowerNoun)))) {
      head_end = k + 1;
      kind = PhraseKind::kNominal;
      continue;
    }
    if (!c.w[k].capitalised && !c.w[k].Is(kNotModifier) && kind == PhraseKind::kNone) {
      // After a determiner, a common noun may head the phrase ("The league").
      if (k > i && c.w[k].Is(kDeterminer) == false && IsNoun(c.w[k].pos) && c.w[i].Is(kDeterminer) &&
          !(c.IsWord(k + 1) && IsNoun(c.w[k + 1].pos))) {
        return {i, k + 1, PhraseKind::kNominal, true};
      }
      continue;
    }
    break;
  }
  if (head_end == kNoWord) return p;
  return {i, head_end, kind};
}

Phrase SubjectOf(const Context& c, uint32_t begin, uint32_t cue) {
  uint32_t j = cue;
  // "continues to insist", "is planning to boycott", "seemed to urge": the
  // subject of the verb that governs the cue's infinitive (one such step).
  for (int round = 0; round < 2; ++round) {
    for (int skip = 0; j > begin && skip < 4; ++skip) {
      if (j >= begin + 3 && c.IsWord(j - 1) && c.w[j - 1].Is(kTimeWord) && c.Equals(j - 2, "past") &&
          (c.Equals(j - 3, "this") || c.Equals(j - 3, "the"))) {
        j -= 3;  // "Priebus this past week announced"
      } else if (j >= begin + 2 && c.IsWord(j - 1) && c.w[j - 1].Is(kTimeWord) &&
          (c.Equals(j - 2, "on") || c.Equals(j - 2, "in") || c.Equals(j - 2, "last") || c.Equals(j - 2, "this"))) {
        j -= 2;  // "The campaign on Tuesday responded"
      } else if (j >= begin + 3 && ((c.Equals(j - 2, "in") && c.EqualsAny(j - 1, "particular", "turn")) ||
                                    (c.Equals(j - 2, "for") && c.EqualsAny(j - 1, "example", "instance")))) {
        j -= 2;  // "Britain in particular feared", "Ryan, for example, said"
      } else if (j >= begin + 2 && c.Equals(j - 1, "since") && c.Lower(j - 2, kAux)) {
        --j;  // "have since denounced": "since" as an adverb after an auxiliary
      } else if (c.Lower(j - 1, kAux) || LyAdverb(c, j - 1) || c.Lower(j - 1, kTimeWord) ||
          (round == 1 && (c.Equals(j - 1, "is") || c.Equals(j - 1, "was") || c.Equals(j - 1, "are") ||
                          c.Equals(j - 1, "were")))) {
        --j;
      } else if (c.Text(j - 1) == ")" || (j >= begin + 2 && c.w[j - 1].type == WordType::kComma && c.Text(j - 2) == ")")) {
        // "Paul Ryan (R-WI) said": step over the parenthesis (and a stray
        // comma after it: "Sen. Jack Reed (D-R.I.), said").
        if (c.w[j - 1].type == WordType::kComma) --j;
        uint32_t k = j - 1;
        // (Up to 24 words: "Sen. Chris Murphy (a Connecticut Democrat so
        // boyish he has been mistaken for a junior staffer) says".)
        while (k > begin && k + 24 > j && c.Text(k) != "(") --k;
        if (c.Text(k) != "(") break;
        j = k;
      } else if (c.w[j - 1].type == WordType::kDash && j - 1 > begin) {
        // "Joyce — who is listed as an attorney — told": step over an aside
        // set off by dashes.
        uint32_t k = j - 2;
        while (k > begin && k + 25 > j && c.w[k].type != WordType::kDash && c.w[k].type != WordType::kEnd) --k;
        if (c.w[k].type != WordType::kDash || k == begin) break;
        j = k;
      } else if (c.IsWord(j - 1) && !c.w[j - 1].capitalised &&
                 (c.w[j - 1].pos == Pos::kRB || (c.Equals(j - 1, "both") && c.Lower(j - 2, kAux))) &&
                 !c.w[j - 1].Is(kThat)) {
        --j;  // "Kaine now says", "Cook did not say", "who has both endorsed"
      } else if (j >= begin + 4 && c.w[j - 1].type == WordType::kComma && c.w[j - 3].type == WordType::kComma &&
                 (c.Equals(j - 2, "however") || c.Equals(j - 2, "though") || c.Equals(j - 2, "too") ||
                  c.Equals(j - 2, "meanwhile") || c.Equals(j - 2, "instead"))) {
        j -= 3;  // "Proponents of the bill, however, say"
      } else {
        break;
      }
    }
    // Not when the governing verb is a cue of its own ("declined to
    // comment": the report is declined's).
    // (A gerund only after a be-form: "is trying to convince", not "by
    // trying to say".)
    if (round == 0 && j >= begin + 3 && c.Equals(j - 1, "to") && c.IsWord(j - 2) && !c.w[j - 2].capitalised &&
        IsVerb(c.w[j - 2].pos) && (c.w[j - 2].pos != Pos::kVBG || BeForm(c, j - 3)) &&
        !(c.w[j - 2].lex && c.w[j - 2].lex->takes_infinitive)) {
      j -= 2;
      continue;
    }
    // "helped convince voters": "help" governs a bare infinitive.
    if (round == 0 && j >= begin + 2 && c.IsWord(j) && c.w[j].pos == Pos::kVB &&
        (c.Equals(j - 1, "help") || c.Equals(j - 1, "helps") || c.Equals(j - 1, "helped"))) {
      j -= 1;
      continue;
    }
    // "went on to criticize": a verb and its particle govern the infinitive.
    if (round == 0 && j >= begin + 4 && c.Equals(j - 1, "to") && c.Equals(j - 2, "on") && c.IsWord(j - 3) &&
        !c.w[j - 3].capitalised && IsVerb(c.w[j - 3].pos) && c.w[j - 3].pos != Pos::kVBG) {
      j -= 3;
      continue;
    }
    // "was quick to point out", "were the first to say": an adjective (or
    // "the first"/"the last") after a copula governs the cue's infinitive.
    if (round == 0 && j >= begin + 4 && c.Equals(j - 1, "to") && c.IsWord(j - 2) && !c.w[j - 2].capitalised &&
        (IsAdjective(c.w[j - 2].pos) || c.Equals(j - 2, "first") || c.Equals(j - 2, "last"))) {
      uint32_t v = j - 2;
      if (c.Equals(v - 1, "the")) --v;
      // "was very quick to", "were slightly more likely to say".
      for (int steps = 0; steps < 3 && v > begin && c.IsWord(v - 1) && !c.w[v - 1].capitalised &&
                          (c.w[v - 1].pos == Pos::kRB || c.EqualsAny(v - 1, "more", "less", "most", "least"));
           ++steps) {
        --v;
      }
      if (v > begin + 1 && (c.Equals(v - 1, "is") || c.Equals(v - 1, "was") || c.Equals(v - 1, "are") ||
                            c.Equals(v - 1, "were") || c.Equals(v - 1, "been") || c.Equals(v - 1, "be"))) {
        j = v - 1;
        continue;
      }
    }
    break;
  }
  // "X, who threatened …, and who has been hoping to …": a second relative
  // clause joined by "and" speaks for the head of the first.
  if (j >= begin + 4 && c.Equals(j - 1, "who") && c.Equals(j - 2, "and") && c.w[j - 3].type == WordType::kComma) {
    for (uint32_t w = j - 4; w > begin + 1 && w + 30 > j; --w) {
      if (!(c.Equals(w, "who") && c.w[w - 1].type == WordType::kComma)) continue;
      const Phrase head = PhraseEndingAt(c, begin, w - 2);
      if (head.ok() && !head.weak) return head;
      break;
    }
  }
  if (j > begin) {
    Phrase p = PhraseEndingAt(c, begin, j - 1);
    // "Critics say", "42% said", "those surveyed say": a group or quantity
    // may be the speaker.
    if (!p.ok() && !c.Equals(j - 1, "who")) p = GroupEndingAt(c, begin, j - 1);
    // "Many farmers in Ohio", "the head of the agency", "A spokeswoman for
    // the council": a phrase that
    // completes a preposition after a noun belongs to that noun's phrase.
    // Twice at most: "People with direct knowledge of Gates' work".
    for (int step = 0; step < 2; ++step) {
      if (!(p.ok() && p.kind != PhraseKind::kPronoun && p.first > begin + 1 &&
            (c.Equals(p.first - 1, "in") || c.Equals(p.first - 1, "of") || c.Equals(p.first - 1, "from") ||
             c.Equals(p.first - 1, "at") || c.Equals(p.first - 1, "with") || c.Equals(p.first - 1, "for")) &&
            c.IsWord(p.first - 2) && IsNoun(c.w[p.first - 2].pos) &&
            (!c.w[p.first - 2].capitalised || c.w[p.first - 2].pos == Pos::kNNS || p.first - 2 == begin))) {
        break;
      }
      Phrase head = PhraseEndingAt(c, begin, p.first - 2);
      if (!head.ok() || head.weak) head = GroupEndingAt(c, begin, p.first - 2);
      if (!head.ok()) break;
      // With its prepositional phrase the speaker is no plain name.
      p = {head.first, p.last, PhraseKind::kNominal, head.weak};
    }
    // "A person familiar with the talks", "a source close to him": an
    // adjective and its complement after the head noun.
    // (The complement may be an object pronoun: "close to him".)
    const uint32_t q = p.ok() ? p.first : c.EqualsAny(j - 1, "him", "her", "them") ? j - 1 : kNoWord;
    if (q != kNoWord && q > begin + 2 && (c.Equals(q - 1, "with") || c.Equals(q - 1, "to")) &&
        (c.Equals(q - 2, "familiar") || c.Equals(q - 2, "close")) && c.IsWord(q - 3) && IsNoun(c.w[q - 3].pos)) {
      Phrase head = PhraseEndingAt(c, begin, q - 3);
      if (!head.ok()) head = GroupEndingAt(c, begin, q - 3);
      if (head.ok()) return {head.first, j, PhraseKind::kNominal, head.weak};
    }
    // "A poll conducted by the college": the agent of a participle that
    // modifies the real subject.
    if (p.ok() && p.kind != PhraseKind::kPronoun && p.first > begin + 2 && c.Equals(p.first - 1, "by") &&
        c.IsWord(p.first - 2) && c.w[p.first - 2].pos == Pos::kVBN && c.IsWord(p.first - 3) &&
        IsNoun(c.w[p.first - 3].pos)) {
      Phrase head = PhraseEndingAt(c, begin, p.first - 3);
      if (!head.ok()) head = GroupEndingAt(c, begin, p.first - 3);
      if (head.ok()) return {head.first, p.last, head.kind, head.weak};
    }
    if (p.ok()) return p;
    // "Many believe", "but few expect", "Some have urged": a quantifier
    // standing alone as the subject, at the clause's start.
    if (QuantifierSubject(c, begin, j - 1)) return {j - 1, j, PhraseKind::kNominal};
    // "most of them said", "None of us believe": a quantity of a pronoun.
    if (j >= begin + 3 && (c.Equals(j - 1, "them") || c.Equals(j - 1, "us")) && c.Equals(j - 2, "of") &&
        (c.Equals(j - 3, "most") || c.Equals(j - 3, "many") || c.Equals(j - 3, "some") || c.Equals(j - 3, "all") ||
         c.Equals(j - 3, "none") || c.Equals(j - 3, "both") || c.Equals(j - 3, "several") || c.Equals(j - 3, "few") ||
         c.Equals(j - 3, "half") || NumberLike(c, j - 3))) {
      return {j - 3, j, PhraseKind::kNominal};
    }
    // Poll shares: "four in 10 said", "Two in three said".
    if (j >= begin + 3 && NumberLike(c, j - 1) && c.Equals(j - 2, "in") && NumberLike(c, j - 3)) {
      return {j - 3, j, PhraseKind::kNominal};
    }
    // "two Democrats, both of whom opposed …": a quantity of the relative
    // pronoun speaks for the antecedent before the comma.
    if (j >= begin + 5 && c.Equals(j - 1, "whom") && c.Equals(j - 2, "of") &&
        c.EqualsAny(j - 3, "both", "all", "many", "most", "some", "several", "none", "each") &&
        c.w[j - 4].type == WordType::kComma) {
      p = PhraseEndingAt(c, begin, j - 5);
      if (!p.ok()) p = GroupEndingAt(c, begin, j - 5);
      if (p.ok()) return p;
    }
    // "voters, who said ...": the relative pronoun's antecedent.
    if (j - 1 > begin &&
        (c.Equals(j - 1, "who") || (c.Equals(j - 1, "which") && c.w[j - 2].type == WordType::kComma))) {
      uint32_t q = j - 2;
      if ((c.w[q].type == WordType::kComma || c.w[q].type == WordType::kDash) && q > begin) --q;
      // "Sen. Rob Portman this year, who endorsed": over a time phrase.
      if (c.Equals(j - 1, "who") && q > begin + 1 && c.w[q].Is(kTimeWord) &&
          (c.Equals(q - 1, "this") || c.Equals(q - 1, "last") || c.Equals(q - 1, "next"))) {
        q -= 2;
      }
      p = PhraseEndingAt(c, begin, q);
      if (p.ok()) return p;
      {
        p = GroupEndingAt(c, begin, q);  // "18% who say"
        if (p.ok()) return p;
      }
    }
    // "an organization that endorsed": "that" after a name or a speaker
    // noun (not "a story that ran", "a message that read").
    if (j - 1 > begin + 1 && c.Equals(j - 1, "that") && c.IsWord(j - 2) && IsNoun(c.w[j - 2].pos) &&
        !c.w[j - 2].Is(kCueVerb | kTimeWord)) {
      p = PhraseEndingAt(c, begin, j - 2);
      if (p.ok() && !p.weak && p.kind != PhraseKind::kPronoun) return p;
    }
    // "X denounced the remarks and said ...": the subject opens the clause.
    if ((c.Equals(j - 1, "and") || c.Equals(j - 1, "but")) && cue - begin <= 40) {
      // The nearest subject pronoun before the conjunction ("..., he looked
      // up and said"), else the phrase opening the clause.
      for (uint32_t q = j - 1; q > begin && q + 15 > j;) {
        --q;
        if (SubjectPronoun(c, q) && !c.Equals(q, "it")) return {q, q + 1, PhraseKind::kPronoun};
      }
      uint32_t i = begin;
      while (i < cue && ((c.IsWord(i) && c.w[i].Is(kNotName) && !c.w[i].Is(kDeterminer)) || LyAdverb(c, i) || c.w[i].type == WordType::kComma)) ++i;
      p = PhraseStartingAt(c, i, cue);
      if (p.ok()) return p;
    }
  }
  // "A news report published Wednesday said", "A poll conducted by the
  // college showed": a noun phrase with a reduced relative clause; the
  // speaker is the noun phrase and its participle clause.
  if (j > begin + 2) {
    for (uint32_t v = j - 1; v > begin && v + 7 > j; --v) {
      if (!c.IsWord(v) || c.w[v].Is(kCueVerb | kThat)) break;
      const Pos vp = c.w[v].pos;
      // The tagger may read the participle as a past tense ("A court
      // document filed Thursday says"): a past form right after a noun
      // and before a time word or an agent is the participle.
      // (A time phrase the loop above stepped over counts: "released last week".)
      const bool reduced = vp == Pos::kVBD && ((v + 1 == j && j < cue) ||
                                               (v + 1 < j && (c.w[v + 1].Is(kTimeWord) || c.Equals(v + 1, "by") ||
                                                              c.Equals(v + 1, "last") || c.Equals(v + 1, "this") ||
                                                              c.Equals(v + 1, "earlier"))));
      if (!reduced && (vp == Pos::kVBD || vp == Pos::kVBZ || vp == Pos::kVBP || vp == Pos::kMD)) break;
      if ((vp != Pos::kVBN && !reduced) || !c.IsWord(v - 1) || !IsNoun(c.w[v - 1].pos)) continue;
      Phrase p = PhraseEndingAt(c, begin, v - 1);
      if (!p.ok()) p = GroupEndingAt(c, begin, v - 1);
      if (p.ok()) {
        // The speaker keeps the participle's time phrase ("… lodged last week").
        uint32_t e = j;
        while (e < cue && (c.w[e].Is(kTimeWord) || c.Equals(e, "last") || c.Equals(e, "this"))) ++e;
        return {p.first, e, p.kind, p.weak};
      }
      break;
    }
  }
  // "took to Twitter to say", "led Republicans to say": the subject of
  // the clause for a reporting infinitive.
  if (j > begin + 1 && c.Equals(j - 1, "to") && ReportingCue(c, cue) &&
      !(c.IsWord(j - 2) && c.w[j - 2].lex && c.w[j - 2].lex->takes_infinitive)) {
    Phrase p = ClauseSubject(c, begin, j - 1);
    if (p.ok()) return p;
  }
  // "Mr. Scott, who has called the remarks “toxic,” portrayed …": the
  // aside may end in a quote whose closing mark follows its comma.
  const bool mark_comma =
      j > begin + 1 && c.w[j - 1].type == WordType::kCloseQuote && c.w[j - 2].type == WordType::kComma;
  if (j > begin && (c.w[j - 1].type == WordType::kComma || mark_comma)) {
    uint32_t stop = cue > begin + 30 ? cue - 30 : begin;
    for (uint32_t q = mark_comma ? j - 2 : j - 1; q > stop + 1;) {
      --q;
      WordType t = c.w[q].type;
      if (mark_comma && c.w[q].IsQuote()) continue;
      if (t == WordType::kEnd || t == WordType::kColon || t == WordType::kSemicolon || c.w[q].IsQuote()) break;
      if (t == WordType::kComma && q > begin) {
        uint32_t e = q - 1;
        // "Sen. Claire McCaskill (D-Mo.), who …, said"
        if (c.Text(e) == ")") {
          uint32_t o = e;
          while (o > begin && o + 8 > e && c.Text(o) != "(") --o;
          if (c.Text(o) == "(" && o > begin) e = o - 1;
        }
        Phrase p = PhraseEndingAt(c, begin, e);
        if (p.ok() && p.kind != PhraseKind::kNominal) return p;
        // A nominal only when it opens the clause ("Yet Democratic
        // economists, like their counterparts, say").
        uint32_t opens = begin;
        // (Over a leading adverb too: "Even the field's biggest hawks, like
        // Rubio and Bush, say".)
        while (opens < p.first && c.IsWord(opens) &&
               ((c.w[opens].Is(kNotName) && !c.w[opens].Is(kDeterminer)) || c.w[opens].pos == Pos::kRB)) {
          ++opens;
        }
        if (p.ok() && p.first == opens) return p;
      }
    }
    // "Another delegate on the slate, Jim Poolman, said": a name set off by
    // commas right before the cue, when no aside explains the commas.
    if (!mark_comma && j - 1 > begin + 1) {
      Phrase p = PhraseEndingAt(c, begin, j - 2);
      if (p.ok() && p.kind == PhraseKind::kName && p.first > begin && c.w[p.first - 1].type == WordType::kComma) {
        return p;
      }
    }
  }
  return {};
}

Phrase ClauseSubject(const Context& c, uint32_t begin, uint32_t cue) {
  uint32_t i = begin;
  for (int round = 0; round < 2 && i < cue; ++round) {
    while (i < cue && ((c.IsWord(i) && c.w[i].Is(kNotName) && !c.w[i].Is(kDeterminer)) || LyAdverb(c, i) ||
                       c.w[i].type == WordType::kComma)) {
      ++i;
    }
    Phrase p = PhraseStartingAt(c, i, cue);
    if (p.ok() && !p.weak) {
      uint32_t v = p.last;
      while (v < cue && (c.Lower(v, kAux) || (c.IsWord(v) && c.w[v].pos == Pos::kRB))) ++v;
      if (v < cue && c.IsWord(v) && IsVerb(c.w[v].pos)) return p;
    }
    // "On Twitter, she responded …": a fronted phrase up to a comma.
    uint32_t comma = i;
    while (comma < cue && comma < i + 8 && c.w[comma].type != WordType::kComma) ++comma;
    if (comma >= cue || c.w[comma].type != WordType::kComma) break;
    i = comma + 1;
  }
  return {};
}


// True when [first, last) holds a finite verb within its first words: a
// clause ("said the talks would resume"), not a noun phrase ("said nothing").
bool HasFiniteVerb(const Context& c, uint32_t first, uint32_t last) {
  for (uint32_t i = first; i < last && i < first + 15; ++i) {
    const Pos p = c.w[i].pos;
    // ("cannot" is one word the tagger may read as a noun.)
    if (p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD || c.Equals(i, "cannot")) return true;
  }
  return false;
}

// Trims quote marks and punctuation from both ends of [*first, *last).
void Trim(const Context& c, uint32_t* first, uint32_t* last) {
  auto junk = [&](uint32_t i) {
    WordType t = c.w[i].type;
    return c.w[i].IsQuote() || t == WordType::kComma || t == WordType::kEnd || t == WordType::kColon ||
           t == WordType::kSemicolon || t == WordType::kDash;
  };
  while (*first < *last && junk(*first)) ++*first;
  // A content never opens with a possessive ending: its owner belongs to it.
  if (*first < *last && *first > 0 && c.w[*first].type == WordType::kOther &&
      (c.Text(*first) == "'s" || c.Text(*first) == "\u2019s") && c.IsWord(*first - 1)) {
    --*first;
  }
  const uint32_t before = *last;
  while (*last > *first && junk(*last - 1)) --*last;
  // A closing mark whose opening mark the content holds stays with it (with
  // the punctuation inside it: “Mister Levy.”).
  {
    int open = 0;
    for (uint32_t i = *first; i < *last; ++i) {
      if (c.w[i].type == WordType::kOpenQuote) ++open;
      if (c.w[i].type == WordType::kCloseQuote && open > 0) --open;
    }
    // The mark may stand right after the sentence end the content stops at.
    const uint32_t limit = std::min<uint32_t>(before + 2, static_cast<uint32_t>(c.w.size()));
    for (uint32_t i = *last; open > 0 && i < limit && (i < before || junk(i)); ++i) {
      if (c.w[i].type == WordType::kCloseQuote || c.w[i].type == WordType::kAmbigQuote) {
        *last = i + 1;
        break;
      }
    }
  }
}

}  // namespace readout::quotes
