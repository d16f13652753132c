// Phrase finders over the WordView: speaker noun phrases (names, pronouns,
// nominals such as "the spokeswoman"), the subject of a cue verb, cue words,
// and the media phrases near a cue. All take word-index ranges and return
// word-index ranges; none allocates per word.
#ifndef READOUT_QUOTES_PHRASES_H_
#define READOUT_QUOTES_PHRASES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/cue_lexicon.h"
#include "quotes/quote_marks.h"
#include "quotes/word_view.h"
#include "readout/analysis.h"

namespace readout::quotes {

// The word flags of a noun that can head a speaker phrase.
inline constexpr uint32_t kSpeakerHead =
    lexicon::kPersonNoun | lexicon::kGroupNoun | lexicon::kOrgNoun | lexicon::kCueNoun;

enum class PhraseKind : uint8_t { kNone, kName, kPronoun, kNominal };

struct Phrase {
  uint32_t first = kNoWord;  // words [first, last)
  uint32_t last = kNoWord;
  PhraseKind kind = PhraseKind::kNone;
  bool weak = false;  // a nominal headed by a common noun only ("the trip")
  bool ok() const { return kind != PhraseKind::kNone; }
};

struct Context {
  const Analysis& a;
  std::span<const Word> w;  // a view, not the vector: one load less per word looked at
  const lexicon::CueLexicon& lex;
  // Per word, its text packed (BuildWordView's keys): Equals compares a
  // short literal as one integer. Empty: Equals reads the text.
  std::span<const uint64_t> keys = {};
  std::string_view Text(uint32_t i) const { return a.Text(w[i].span()); }
  bool IsWord(uint32_t i) const { return i < w.size() && w[i].type == WordType::kWord; }
  // A lower-case word in the lexicon with `flag`.
  bool Lower(uint32_t i, uint32_t flag) const { return IsWord(i) && !w[i].capitalised && w[i].Is(flag); }
  // Word i equals `s` (lower case) ignoring ASCII case. Inline: the frames
  // ask it for every word they look at.
  bool Equals(uint32_t i, std::string_view s) const {
    if (i >= w.size() || w[i].end - w[i].start != s.size()) return false;
    const char* t = a.text.data() + w[i].start;
    for (size_t k = 0; k < s.size(); ++k) {
      const char c = t[k];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c) != s[k]) return false;
    }
    return true;
  }
  // Equals with a literal of up to eight bytes, as most are: its packing
  // folds to a constant, so the test is one compare of integers (which
  // hold the length up to seven bytes), without a branch on the word's
  // length (a coin toss). (A word from a loop over a list takes the
  // overload above.)
  template <size_t N>
  [[gnu::always_inline]] bool Equals(uint32_t i, const char (&s)[N]) const {
    if constexpr (N >= 2 && N - 1 <= 7) {  // the key holds the length
      if (i < keys.size()) return keys[i] == lexicon::CueLexicon::PackShort(s, N - 1);
    } else if constexpr (N - 1 == 8) {
      if (i < keys.size()) {
        return (keys[i] == lexicon::CueLexicon::PackShort(s, N - 1)) & (w[i].end - w[i].start == N - 1);
      }
    }
    return Equals(i, std::string_view(s, N - 1));
  }
  // Word i equals one of the literals: each compared as above and the
  // results or-ed, no branch per literal.
  template <size_t... N>
  [[gnu::always_inline]] bool EqualsAny(uint32_t i, const char (&... s)[N]) const {
    return (Equals(i, s) | ...);
  }
};

// Word-shape predicates shared by the phrase and cue rules.
// A capitalised word that can be part of a name ("al-Ansari" too).
bool NameWord(const Context& c, uint32_t i);
// A personal pronoun that can be a subject ("you" is not a speaker).
bool SubjectPronoun(const Context& c, uint32_t i);
// Word i, a third-person form read as a plural noun, follows a name or a
// speaker noun phrase that opens its clause ("Sanders talks about").
bool NameSubjectBefore(const Context& c, uint32_t i);
// Word i can open a verb's object or complement.
bool ObjectOpens(const Context& c, uint32_t i);

// The speaker phrase that ends at word `j` (inclusive), not reaching left of
// `begin`: a pronoun, a capitalised name ("Secretary of State Marco Rubio"),
// or a nominal headed by a speaker or cue noun ("the State Department
// announcement", "White House officials").
Phrase PhraseEndingAt(const Context& c, uint32_t begin, uint32_t j);
// The speaker phrase that starts at word `i`, not reaching `end`.
Phrase PhraseStartingAt(const Context& c, uint32_t i, uint32_t end);
// The subject of the cue at `cue` within [begin, cue): the phrase right
// before it (over "also", "has"), or before an aside ("X, a senior fellow at
// Y, said"; "X, speaking at ..., said"), or the region's first phrase.
Phrase SubjectOf(const Context& c, uint32_t begin, uint32_t cue);

// A cue that reports speech outright ("said", "told", "wrote"), not a
// stance ("endorsed", "wants"): only these take the looser group subjects
// and frames.
bool ReportingCue(const Context& c, uint32_t cue);

// The subject that opens the clause [begin, cue) and is followed by its
// verb: "Clinton lobbied …", "On Twitter, she responded …" (a fronted
// phrase up to a comma is stepped over once). Weak nominals are not taken.
Phrase ClauseSubject(const Context& c, uint32_t begin, uint32_t cue);

// Word i (after a "the") begins a mention of a PLACE entity: "attacked
// Kyiv", "Russia's attacks on Kharkiv" are military acts, not statements.
bool StartsPlace(const Context& c, uint32_t i);
// StartsPlace, and the place is the whole object: not a modifier of a noun
// after it ("praised Iowa voters", "Florida primary winner Donald Trump").
bool PlaceObjectAt(const Context& c, uint32_t i);
// A mention of a PLACE entity starts at word i (a possessive may follow).
bool PlaceMentionAt(const Context& c, uint32_t i);

// The cue at word i: returns its length in words (0 if none). Cue verbs in
// lower case; "according to".
uint32_t CueAt(const Context& c, uint32_t i);
bool IsAccordingTo(const Context& c, uint32_t i);

// The medium named in words [begin, end) near a cue (the first found), or
// the cue verb's own ("tweeted": Twitter). "wrote at the Atlantic Council"
// gives the outlet's name. Returns an empty view when none; the view lives
// as long as the lexicon or the analysis text.
std::string_view FindMedium(const Context& c, uint32_t cue, uint32_t begin, uint32_t end);

// When word i opens a prepositional phrase of medium or time ("in an
// interview", "at a rally", "on Twitter", with `time_ok` also "on
// Saturday"), returns the word after its medium or time word; else kNoWord.
uint32_t AdjunctEnd(const Context& c, uint32_t i, uint32_t end, bool time_ok);

// Skips, from word i, what may stand between a cue and its reported clause:
// "that", time words ("today", "on Tuesday"), media phrases ("in a
// statement", "on Twitter", "at his Substack"), and for tell-verbs the
// hearer ("reporters", "CNN", "him"). Returns the first word after them.
uint32_t SkipCueComplements(const Context& c, uint32_t cue, uint32_t i, uint32_t end, bool* saw_that);

// Word i ends a sentence (. ! ? or a closing ellipsis); false past the end.
inline bool IsEnd(const Context& c, uint32_t i) { return i < c.w.size() && c.w[i].type == WordType::kEnd; }
// True when [first, last) holds a finite verb within its first 15 words: a
// clause ("said the talks would resume"), not a noun phrase ("said nothing").
bool HasFiniteVerb(const Context& c, uint32_t first, uint32_t last);
// Trims quote marks and punctuation from both ends of a content [*first,
// *last), keeping a possessive's owner and a closing mark whose opening
// mark the content holds.
void Trim(const Context& c, uint32_t* first, uint32_t* last);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_PHRASES_H_
