// Quoted titles (UnframedTitle, asked by the direct pass before it keeps
// a partial quote): quoted words all
// capitalised but for small function words ("“The Late Show With Stephen
// Colbert”", "''Doomed to Succeed,''", "“Defeat Crooked Hillary PAC,”") names
// a show, a book, a group or a slogan; no cue frames it, so it is no quote.
// Kept when its cue, a naming word or a verb stands right before it, over
// determiners and a preposition ("called the “Crossroads of America”",
// "known as the “Golden Week”", "published “Trumped!”", "rails against its
// “Great Wall of …”"), after "on" or a comma (a title PolNeAR counts with
// the clause around it: "appeared on “The View”", "his project, “Latin
// History for Dummies”"), and when shorter than three words.
#include "quotes/drafts.h"

namespace readout::quotes {

namespace {

// Small words a title leaves in lower case.
bool TitleFunctionWord(const Context& c, uint32_t i) {
  return c.EqualsAny(i, "of", "the", "a", "an", "and", "with", "to", "for", "in", "on", "at", "by", "or", "my",
                     "from");
}

// The partial quote's words [first, last) read as a title of three words
// or more.
bool TitleCase(const Context& c, uint32_t first, uint32_t last) {
  int words = 0;
  for (uint32_t i = first; i < last; ++i) {
    if (!c.IsWord(i)) continue;
    ++words;
    if (!c.w[i].capitalised && !TitleFunctionWord(c, i)) return false;
  }
  return words >= 3;
}

// A word before the quote at first frames it: a naming word or a verb,
// over determiners and one preposition; or "on" or a comma right before
// the opening mark.
bool FramedTitle(const Context& c, uint32_t first) {
  if (first >= 2 && c.w[first - 1].IsQuote() &&
      (c.Equals(first - 2, "on") || c.w[first - 2].type == WordType::kComma)) {
    return true;
  }
  uint32_t b = first;
  while (b > 0 && !c.IsWord(b - 1) && b + 3 > first) --b;
  for (int n = 0; n < 4 && b > 0; ++n) {
    --b;
    if (!c.IsWord(b)) return false;
    if (c.Lower(b, lexicon::kCueVerb) || IsVerb(c.w[b].pos) ||
        c.EqualsAny(b, "called", "entitled", "titled", "billed", "named", "dubbed", "as", "known", "so-called",
                    "labeled")) {
      return true;
    }
    if (!c.EqualsAny(b, "the", "a", "an", "its", "his", "her", "their", "new", "against", "to", "about", "for")) {
      return false;
    }
  }
  return false;
}

}  // namespace

bool UnframedTitle(const Context& c, uint32_t first, uint32_t last, uint32_t cue_last) {
  if (!TitleCase(c, first, last) || FramedTitle(c, first)) return false;
  // (Its own cue right before it frames it too.)
  return !(cue_last != kNoWord && cue_last <= first && cue_last + 3 >= first);
}

}  // namespace readout::quotes
