// The compiled form of CAMEO verb and noun patterns, shared by the verb file
// reader (which builds them) and the event coder (which matches them against
// a sentence). Words are lower-case; matching compares them with a token's
// lower-cased text or its lemma.
#ifndef READOUT_LEXICON_VERB_PATTERN_H_
#define READOUT_LEXICON_VERB_PATTERN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout::lexicon {

// A word's first two bytes (its first alone when it has one) hashed to one
// bit of 64. A token reads as a pattern word only when its lower-cased text
// or its lemma is the word, or one is the other with an 's' added, and
// TokenLeads gives the bits of all those words: a token whose bits miss an
// element's bits matches none of its phrases. Two bytes tell apart the
// pattern words of one letter ("to", "the", "that"), where one byte did not.
// The empty word has every bit: it cannot be ruled out this way.
inline uint64_t LeadPairBit(char a, char b) {
  const uint32_t pair = static_cast<uint32_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
  return uint64_t{1} << ((pair * 0x9E3779B1u) >> 26);
}
inline uint64_t LeadBit(std::string_view word) {
  return word.empty() ? ~uint64_t{0} : LeadPairBit(word[0], word.size() > 1 ? word[1] : '\0');
}
// The LeadBits of every word a token of lower-cased text `lower` and lemma
// `lemma` reads as: both, and the plural or singular in 's' where that
// changes the first two bytes ("a" also reads as "as", "us" as "u").
inline uint64_t TokenLeads(std::string_view lower, std::string_view lemma) {
  uint64_t bits = LeadBit(lower) | (lemma.empty() ? 0 : LeadBit(lemma));
  if (lower.size() == 1) bits |= LeadPairBit(lower[0], 's');
  if (lower.size() == 2 && lower[1] == 's') bits |= LeadPairBit(lower[0], '\0');
  return bits;
}

// One element of a pattern: literal words (alternatives, from synsets), the
// slot where the target (`+`) or source (`$`) actor must stand, or a noun
// phrase skipped over (`^`: "* IFTAR IN ^ +" skips the place to reach the
// target).
struct PatternElement {
  enum class Kind : uint8_t { kWords, kTarget, kSource, kSkip };
  Kind kind = Kind::kWords;
  // Must directly follow (after the verb: precede) its neighbour towards the
  // verb: written with '_' in PETRARCH files. Otherwise a few words may
  // intervene.
  bool adjacent = false;
  // kWords: alternatives, each a sequence of consecutive lower-case words.
  std::vector<std::vector<std::string>> phrases;
  // LeadBit of the first and of the last word of every phrase, ORed: a
  // filter before trying the phrases at a token (IndexLeads). Every bit set
  // until indexed, so an element built by hand is never filtered out.
  uint64_t first_leads = ~uint64_t{0};
  uint64_t last_leads = ~uint64_t{0};

  // Sets first_leads and last_leads from `phrases`.
  void IndexLeads() {
    first_leads = last_leads = 0;
    for (const auto& ph : phrases) {
      first_leads |= ph.empty() ? ~uint64_t{0} : LeadBit(ph.front());
      last_leads |= ph.empty() ? ~uint64_t{0} : LeadBit(ph.back());
    }
  }
};

struct VerbPattern {
  // Elements before the verb in reading order (the last is nearest the verb),
  // and after it in reading order.
  std::vector<PatternElement> before;
  std::vector<PatternElement> after;
  // CAMEO code, "---" (the null code: the phrase is known and codes nothing),
  // or a pair "032:033" (an event and its reverse, target to source).
  std::string code;
  uint32_t line = 0;  // line in its file, for messages
  // Number of literal words: among patterns that match, the most specific wins.
  int weight = 0;
  // Written with PETRARCH's '%': a compound source with no target codes
  // its members against each other.
  bool compound = false;
  // From a dictionary file given with --dicts (PETRARCH, Phoenix): its words
  // match the sentence's words as written, as PETRARCH compares them ("*
  // RESOLUTION" does not match "resolutions"); the built-in patterns also
  // match lemmas and plurals.
  bool literal = false;
};

// A block of synonymous verbs (or nouns) sharing one pattern list.
struct VerbBlock {
  std::string code;  // the block's primary code; "---" when none
  std::vector<VerbPattern> patterns;
};

// One word form that starts a predicate: "attack", "attacked", "cordoned".
struct VerbForm {
  std::string code;  // code of the word without a pattern ("---": none)
  // Fixed words of a multi-word verb, adjacent to the head: "cordon OFF",
  // "WIRE tap". Lower-case, in reading order.
  std::vector<std::string> before_words;
  std::vector<std::string> after_words;
  uint32_t block = 0;  // index into the dictionary's blocks
  bool noun = false;   // a nominal predicate ("talks", "assault")
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_VERB_PATTERN_H_
