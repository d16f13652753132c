// "According to X, CONTENT." and "CONTENT, according to X.": the source
// phrase after "according to" up to a comma or the sentence end (a name,
// any nominal, a quoted title inside it), and the content on the side the
// lead-in, the commas and the verbs point to: the clause after a fronted
// source, the clause before a closing one, the whole sentence around a
// source set off inside it, a relative clause or a dash aside the source
// closes, or a demonstrative ("That's according to …").
#include "quotes/cue_reading.h"

namespace readout::quotes {

bool ReadAccordingTo(const Context& c, Drafts* d, CueReading* r) {
  const uint32_t k = r->k, e0 = r->e0;
  Attribution& at = r->at;
  uint32_t& begin = r->begin;
  uint32_t& first = r->first;
  uint32_t& last = r->last;
  bool& clause_after = r->clause_after;
  uint32_t& min_words = r->min_words;
  at.speaker = PhraseStartingAt(c, k + 2, e0);
  // A source phrase that does not reach the comma or the end ("F.A.A.
  // records", "the officer in charge of the base") is read to them.
  if (at.speaker.ok() && at.speaker.last < e0 && c.w[at.speaker.last].type != WordType::kComma &&
      !IsEnd(c, at.speaker.last)) {
    at.speaker = {};
  }
  if (!at.speaker.ok()) {
    // Any source up to the comma or the sentence end: "according to
    // state corporate records", "according to the latest poll".
    // (A quoted title may stand inside it, "the “Medicare for all”
    // document"; a dash or a parenthesis ends it like a comma.)
    uint32_t j = k + 2;
    while (j < e0 && j < k + 22 && c.w[j].type != WordType::kComma && c.w[j].type != WordType::kDash &&
           c.w[j].type != WordType::kParen) {
      ++j;
    }
    if (j == k + 2 || !c.IsWord(k + 2) ||
        (j < e0 && c.w[j].type != WordType::kComma && c.w[j].type != WordType::kDash &&
         c.w[j].type != WordType::kParen)) {
      return false;
    }
    at.speaker = {k + 2, j, PhraseKind::kNominal, true};
    // A source that closes a parenthesis or a dash aside supports the
    // aside only: "(the actual number is 15 percent, according to X)".
    if (j < e0 && (c.w[j].type == WordType::kDash || c.w[j].type == WordType::kParen)) {
      for (uint32_t o = k; o-- > begin;) {
        if (c.w[o].type == c.w[j].type && !d->in_quote[o]) {
          begin = o + 1;
          break;
        }
      }
    }
  }
  uint32_t comma = CommaBefore(c, k, begin);
  // "Clinton leads by 271 delegates according to a count by …"
  if (comma == kNoWord && k > begin + 3 && k != begin && !d->in_quote[k - 1] &&
      (at.speaker.last >= e0 || IsEnd(c, at.speaker.last))) {
    comma = k;
  }
  // (A lead-in of a word or two without a verb counts as the start:
  // "But, according to the poll, …", "In addition, according to …".)
  const bool lead_in = k > begin && CountWords(c, begin, k) <= 2 && !HasFiniteVerb(c, begin, k) &&
                       !d->in_quote[begin] && (comma != kNoWord || CountWords(c, begin, k) == 1);
  const bool speaker_comma = at.speaker.last < e0 && c.w[at.speaker.last].type == WordType::kComma;
  // (Not a subject before the source: "Fundraising, according to X,
  // has surged" goes on with its verb.)
  const Pos after_pos = at.speaker.last + 1 < e0 ? c.w[at.speaker.last + 1].pos : Pos::kUnknown;
  const bool predicate_after = after_pos == Pos::kVBZ || after_pos == Pos::kVBD || after_pos == Pos::kVBP ||
                               after_pos == Pos::kMD;
  // "That's according to fundraising reports": the demonstrative is
  // the content.
  const bool demonstrative = k == begin + 2 && (c.Equals(begin, "that") || c.Equals(begin, "this")) &&
                             (c.Text(k - 1) == "'s" || c.Text(k - 1) == "\u2019s") &&
                             (at.speaker.last >= e0 || IsEnd(c, at.speaker.last));
  if (demonstrative) {
    first = begin;
    last = begin + 1;
    min_words = 1;
  } else if ((k == begin || (lead_in && !predicate_after)) && speaker_comma) {
    first = at.speaker.last + 1;
    last = e0;
    clause_after = true;
  } else if (comma != kNoWord && speaker_comma && comma > begin &&
             (c.w[comma - 1].Is(lexicon::kSubordinator) || c.Lower(comma - 1, lexicon::kThat)) &&
             HasFiniteVerb(c, at.speaker.last + 1, e0)) {
    // "He left after, according to him, the network censured his
    // report", "The AP reported that, according to X, 85 of …": a
    // source set off right after a subordinator or "that" supports the
    // clause that follows it.
    first = at.speaker.last + 1;
    last = e0;
    clause_after = true;
  } else if (comma != kNoWord) {
    first = begin;
    last = comma;
    // "Fundraising, according to the campaign, has surged": a source
    // set off inside a clause whose words before it are no clause of
    // their own; the content is the whole sentence.
    const uint32_t next = at.speaker.last + 1;
    if (speaker_comma && (CountWords(c, begin, comma) < 4 || !HasFiniteVerb(c, begin, comma)) &&
        c.IsWord(next) && c.w[next].pos != Pos::kVBG && !c.Equals(next, "and") && !c.Equals(next, "but") &&
        !c.Equals(next, "who") && !c.Equals(next, "which") && CountWords(c, next, e0) >= 2 &&
        !d->in_quote[begin] && !d->in_quote[comma - 1]) {
      last = e0;
    }
    // "…, which stood at 263, according to the AP": the source
    // supports the relative clause right before it.
    for (uint32_t r = comma; r > begin + 2; --r) {
      if (c.w[r - 1].type == WordType::kComma && !d->in_quote[r] &&
          (c.Equals(r, "which") || c.Equals(r, "who") || c.Equals(r, "whose") || c.Equals(r, "where"))) {
        first = r;
        break;
      }
    }
  } else {
    return false;
  }
  return true;
}

}  // namespace readout::quotes
