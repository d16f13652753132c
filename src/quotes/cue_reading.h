// One cue's reading in FindIndirectQuotes (src/quotes/indirect_quotes.cc):
// the cue and its clause, the attribution and content drafted so far, and
// how the content stands to the cue. The frame readers fill it, one per
// construction; AddReading checks it and adds the report.
#ifndef READOUT_QUOTES_CUE_READING_H_
#define READOUT_QUOTES_CUE_READING_H_

#include <cstdint>

#include "quotes/drafts.h"

namespace readout::quotes {

struct CueReading {
  uint32_t s0 = 0;     // the first word of the cue's sentence
  uint32_t k = 0;      // the cue's first word
  uint32_t len = 0;    // the cue's length in words (CueAt)
  uint32_t e0 = 0;     // where the cue's clause ends: sentence end, paragraph or semicolon
  uint32_t begin = 0;  // the sentence's first word after opening marks
  Attribution at;      // cue set by the caller; speaker and medium by the readers
  uint32_t first = kNoWord;  // content words [first, last)
  uint32_t last = kNoWord;
  bool clause_after = false;       // the content follows the cue
  uint32_t min_words = 3;          // the fewest words a content may have
  bool noun_object = false;        // the content is the cue's object, not a clause
  bool passive = false;            // "X is expected to …": the content holds the subject
  uint32_t fronted_end = kNoWord;  // the comma that ends a fronted participle's clause
};

// The frame readers fill `r` for the cue at r->k and return false when the
// cue reports nothing in their frame; they may add reports of their own.
// "According to X, …", "…, according to X" (src/quotes/according_to.cc).
bool ReadAccordingTo(const Context& c, Drafts* d, CueReading* r);
// A cue verb with its subject before it ("X said …", "…, X said"), a
// passive ("X is expected to …") or its speaker after it ("…, said X")
// (src/quotes/subject_cues.cc).
bool ReadSubjectCue(const Context& c, Drafts* d, CueReading* r);

// Checks a filled reading (a cue in a relative clause, a stance not
// asserted, too few words, one quote whole), sets the negated cue and the
// medium, and adds the report to `d` (src/quotes/reading_checks.cc).
void AddReading(const Context& c, Drafts* d, CueReading* r);

// The comma that ends a fronted content right before word i ("…, X
// said"), from `begin`, or kNoWord (src/quotes/subject_cues.cc).
uint32_t CommaBefore(const Context& c, uint32_t i, uint32_t begin);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_CUE_READING_H_
