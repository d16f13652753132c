// CueLexicon: the words quote attribution looks for. Speech cue verbs
// ("said", "tweeted") and nouns ("statement"), media names ("Truth Social"),
// speaker words (pronouns, nominal heads such as "spokeswoman") and the small
// closed classes the attribution rules step over. Built once from the
// embedded data/quotes/*.tsv files; immutable and thread-safe after Load.
#ifndef READOUT_LEXICON_CUE_LEXICON_H_
#define READOUT_LEXICON_CUE_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"
#include "text/flat_string_map.h"

namespace readout::lexicon {

// Word classes, as bits of CueWord::flags (a word may be in several).
enum CueFlag : uint32_t {
  kCueVerb = 1u << 0,      // a form of a speech verb
  kCueNoun = 1u << 1,      // "statement", "interview"
  kPronoun = 1u << 2,      // "he", "she", "they"
  kPersonNoun = 1u << 3,   // "spokeswoman", "official"
  kGroupNoun = 1u << 4,    // "officials", "critics"
  kOrgNoun = 1u << 5,      // "ministry", "campaign"
  kAux = 1u << 6,          // may stand between speaker and cue: "also", "has"
  kTimeWord = 1u << 7,     // "today", "Tuesday"
  kSubordinator = 1u << 8, // "while", "although"
  kDeterminer = 1u << 9,   // "the", "his", "former"
  kNotName = 1u << 10,     // capitalised but never a name: "The", "But"
  kNamePrep = 1u << 11,    // joins name words: "Secretary of State"
  kThat = 1u << 12,        // complementiser after a cue
  kMediaStart = 1u << 13,  // first word of a media phrase
  kPhraseStart = 1u << 14, // first word of a cue phrase ("made it clear")
  kPossessive = 1u << 15,  // "his", "her", "their": a possessive that may name a speaker
  kStanceNoun = 1u << 16,  // "criticism", "call", "claim": a statement or stance as a noun
  kStanceAdjective = 1u << 17,  // "skeptical", "eager", "confident": a stance as an adjective
  kFollowerNoun = 1u << 18,     // "supporter", "critics": people who do not speak for whom they follow
  kHolderlessThat = 1u << 19,   // a stance noun whose "that" clause is a report without a holder: "complaints that …"
};

// Complements a stance noun takes (bits of CueWord::complements).
enum NounComplement : uint8_t {
  kCompOf = 1u << 0,       // "criticism of X"
  kCompFor = 1u << 1,      // "support for X"
  kCompTo = 1u << 2,       // "call to ban …"
  kCompThat = 1u << 3,     // "claim that …"
  kCompOn = 1u << 4,       // "attacks on X"
  kCompAbout = 1u << 5,    // "concerns about X"
  kCompAgainst = 1u << 6,  // "case against X"
  kCompIn = 1u << 7,       // "belief in X"
};

enum class CueVerbClass : uint8_t {
  kNone,
  kSpeech,  // "X said (that) ...", "..., X said"
  kTell,    // an object (the hearer) may follow: "told reporters"
  kWrite,   // "wrote at <Outlet>" names the outlet
  kBelief,  // a clause only, never a noun-phrase object: "X thinks (that) ..."
};

struct CueWord {
  uint32_t flags = 0;
  CueVerbClass verb_class = CueVerbClass::kNone;
  Gender gender = Gender::kUnknown;  // pronouns and gendered nouns
  bool plural = false;               // "they", "officials"
  bool takes_object = false;         // a noun phrase alone is its content: "endorsed Clinton"
  bool takes_infinitive = false;     // "to" + verb is its content: "vowed to fight"
  bool needs_as = false;             // a cue only with "as" after its object: "sees X as Y"
  bool needs_quote = false;          // a cue only before a quote: a sign that read “…”
  uint8_t complements = 0;           // stance nouns: NounComplement bits
  std::string_view medium;           // medium the word itself names ("tweeted": Twitter)
};

class CueLexicon {
 public:
  // Loads the built-in data (data/quotes/*.tsv); malformed lines go to
  // *warnings with file and line.
  static Result<std::unique_ptr<CueLexicon>> Load(const ModelOptions& options,
                                                  std::vector<std::string>* warnings);
  // Builds from the given file contents (for tests); same formats.
  static std::unique_ptr<CueLexicon> FromData(std::string_view verbs, std::string_view nouns,
                                              std::string_view media, std::string_view speakers,
                                              std::string_view function_words,
                                              std::vector<std::string>* warnings,
                                              std::string_view phrases = {}, std::string_view stance_nouns = {},
                                              std::string_view stance_adjectives = {});

  // The entry of a lower-case word, or nullptr. REQUIRES: `lower` is lower-case.
  const CueWord* Find(std::string_view lower) const;
  // As Find, lower-casing ASCII letters of `word` first (no allocation for
  // words up to 63 bytes; longer words are never in the lexicon). Inline
  // for words of up to eight bytes, most of those the quote stage looks up.
  const CueWord* FindFolded(std::string_view word) const {
    const size_t n = word.size();
    if (!IsShort(n)) return FindFoldedLong(word);
    return FindPacked(PackFolded(word.data(), n), n);
  }

  // Words of one to eight bytes as one integer (see PackShort below),
  // ASCII capitals lower-cased: with the length it tells the word apart
  // from every other word of that length, so callers can compare words by
  // it. REQUIRES: IsShort(n).
  static bool IsShort(size_t n) { return n - 1 < 8; }
  static uint64_t PackFolded(const char* p, size_t n) { return text::internal::LowerAsciiBytes(PackShort(p, n)); }
  // FindFolded of a short word given as PackFolded(word) and its length n.
  // The packed keys alone tell keys apart (an eight-byte key never ends in
  // a byte below 8, which a shorter key's length would be: BuildTable).
  const CueWord* FindPacked(uint64_t packed, size_t n) const { return LookUpPacked(packed, n).word; }
  // FindPacked's entry and its flags (0 when none). One slot is read, and
  // the result taken from it without a branch: whether a word is in the
  // lexicon is a coin toss the branch predictor loses (BuildTable
  // describes the hashing). The slot holds the flags: no load from the
  // scattered entries.
  struct Found {
    const CueWord* word;
    uint32_t flags;
  };
  Found LookUpPacked(uint64_t packed, size_t n) const {
    const ShortSlot& s = short_table_[ShortSlotOf(packed)];
    const bool hit = (s.packed == packed) & !((n == 8) & ((packed >> 56) < 8));
    // (Masks, not `hit ? ... : ...`, which gcc compiles to a branch.)
    const uintptr_t mask = uintptr_t{0} - hit;
    return {reinterpret_cast<const CueWord*>(reinterpret_cast<uintptr_t>(s.word) & mask),
            s.flags & static_cast<uint32_t>(mask)};
  }
  // PackFolded from one eight-byte load, the bytes past the word masked
  // off: no branch on the word's length (a coin toss per word).
  // REQUIRES: IsShort(n) and eight bytes readable from p.
  static uint64_t PackFoldedPadded(const char* p, size_t n) {
    uint64_t bytes;
    std::memcpy(&bytes, p, 8);
    bytes &= ~uint64_t{0} >> (8 * (8 - n));
    return text::internal::LowerAsciiBytes(bytes | (uint64_t{n & 7} << 56));  // the length, below eight bytes
  }
  // Keys of one to eight bytes are packed into one integer: their bytes in
  // order, zero-padded, and for keys of up to seven bytes the length in the
  // top byte (eight bytes fill the integer). So two keys of up to seven
  // bytes are equal exactly when their integers are; of eight bytes, when
  // the integers and lengths are. Read in two overlapping four-byte loads,
  // or three single bytes below four. (A literal's packing folds at compile
  // time once inlined.)
  static uint64_t PackShort(const char* p, size_t n) {
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      const uint64_t bytes = lo | (uint64_t{hi} << (8 * (n - 4)));
      return n == 8 ? bytes : bytes | (uint64_t{n} << 56);
    }
    return uint64_t{static_cast<unsigned char>(p[0])} |
           (uint64_t{static_cast<unsigned char>(p[n >> 1])} << (8 * (n >> 1))) |
           (uint64_t{static_cast<unsigned char>(p[n - 1])} << (8 * (n - 1))) | (uint64_t{n} << 56);
  }

  // The longest media phrase starting at words[0] (lower-case words); returns
  // its length in words (0 when none) and sets *medium.
  size_t MatchMedium(std::span<const std::string_view> words, std::string_view* medium) const;
  // Longest media phrase length in words (for callers sizing a window).
  size_t max_medium_words() const { return max_medium_words_; }

  // The longest cue phrase ("pointed out", "took aim at") that starts with
  // `first` and goes on with `rest` (lower-case words): its entry (a cue
  // verb with the phrase's class and frames), and *words its length in
  // words; nullptr when none.
  const CueWord* MatchPhrase(std::string_view first, std::span<const std::string_view> rest, size_t* words) const;
  // Longest cue phrase length in words.
  size_t max_phrase_words() const { return max_phrase_words_; }

 private:
  struct MediaPhrase {
    std::vector<std::string> words;  // all words, lower-case
    std::string medium;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  CueWord& Entry(std::string_view lower);
  // FindFolded for words of no or more than eight bytes.
  const CueWord* FindFoldedLong(std::string_view word) const;
  // The bit of long_filter_ for a word of n > 8 bytes whose first eight,
  // lower-cased, are `head` (PackFoldedPadded of eight bytes).
  size_t LongFilterBit(uint64_t head, size_t n) const {
    return ((head ^ (uint64_t{n} << 56)) * 0xbf58476d1ce4e5b9ull) >> (64 - kLongFilterLog2);
  }
  // The slot of a packed short key: a multiply's top bits pick a bucket,
  // whose displacement (chosen by BuildTable so that no two keys share a
  // slot) moves the slot that other bits of the product give.
  size_t ShortSlotOf(uint64_t packed) const {
    const uint64_t h = packed * short_mul_;
    return (static_cast<uint32_t>(h >> 24) + short_disp_[h >> short_shift_]) & short_mask_;
  }
  // Freezes words_ into the flat tables FindFolded probes.
  void BuildTable();
  // Fills the short-key table of `size` slots with `keys` (packed, entry)
  // under the multiplier `mul`; false when they do not fit.
  bool PlaceShortKeys(const std::vector<std::pair<uint64_t, const CueWord*>>& keys, size_t size, uint64_t mul);

  // Two tables, power-of-two sizes. Keys of up to eight bytes are hashed
  // and compared packed into one integer (PackShort), in slots of 16 bytes,
  // each key in a slot of its own (a perfect hash: ShortSlotOf): the ~1,300
  // short keys fill a table of 48 KB and 1 KB of displacements. An empty
  // slot has no word and packs 0, which no word does. Longer keys: open
  // addressing on text::HashBytes of the lower-case key (FindFolded hashes
  // the word as lower case without copying it), compared byte by byte.
  struct ShortSlot {
    uint64_t packed = 0;
    const CueWord* word = nullptr;
    uint32_t flags = 0;  // word->flags
  };
  std::vector<ShortSlot> short_table_;
  std::vector<uint16_t> short_disp_;  // per bucket
  uint64_t short_mul_ = 0;
  size_t short_mask_ = 0;
  unsigned short_shift_ = 64;  // 64 - log2(buckets)
  struct Slot {
    const CueWord* word = nullptr;
    const char* key = nullptr;     // views words_'s key
    uint32_t hash = 0;             // low half of the key's hash: most misses end here
    uint32_t len = 0;
  };
  std::vector<Slot> table_;
  // One bit per (first eight bytes, length) of the long keys: most long
  // words of a text are in no entry, and a clear bit says so before the
  // whole word is hashed.
  static constexpr unsigned kLongFilterLog2 = 14;
  std::vector<uint64_t> long_filter_;
  size_t mask_ = 0;
  size_t max_len_ = 0;

  std::unordered_map<std::string, CueWord, Hash, std::equal_to<>> words_;
  std::unordered_map<std::string, std::vector<MediaPhrase>, Hash, std::equal_to<>> media_;  // by first word
  struct CuePhrase {
    std::vector<std::string> rest;  // the words after the first, lower-case
    CueWord word;
  };
  std::vector<std::unique_ptr<std::string>> strings_;  // owns the medium names CueWord views
  size_t max_medium_words_ = 0;
  // By first word form; each list longest first. unique_ptr: CueWord
  // addresses stay fixed for the Words that point at them.
  std::unordered_map<std::string, std::vector<std::unique_ptr<CuePhrase>>, Hash, std::equal_to<>> phrases_;
  size_t max_phrase_words_ = 0;
};

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_CUE_LEXICON_H_
