// Noun-phrase chunking over Penn tags: a chunk is a maximal run of
// determiners, possessives, adjectives (participles used as adjectives
// among them), numbers and nouns that ends in a noun (or is a lone pronoun). Name pairs joined by a dash ("Trump–Putin") stay in
// one chunk so nominal events can read the pair. Tokens covered by an entity
// mention count as nouns even when the tagger disagrees, so a mis-tagged name
// still heads a phrase.
#include "events/shallow_parse.h"

#include <algorithm>
#include <cstring>

#include "lexicon/verb_pattern.h"
#include "text/flat_string_map.h"

namespace readout::events {

namespace {

constexpr uint64_t kNounLikeTags = TagSet({Pos::kNN, Pos::kNNS, Pos::kNNP, Pos::kNNPS, Pos::kCD});
constexpr uint64_t kModifierTags =
    TagSet({Pos::kDT, Pos::kPDT, Pos::kPRPS, Pos::kJJ, Pos::kJJR, Pos::kJJS, Pos::kCD, Pos::kPOS});
constexpr uint64_t kFiniteTags = TagSet({Pos::kVBD, Pos::kVBZ, Pos::kVBP, Pos::kMD});
constexpr uint64_t kAmountTags = TagSet({Pos::kCD, Pos::kSYM});

bool NounLike(const Token& t) { return InSet(kNounLikeTags, t.pos); }

bool Modifier(const Token& t) { return InSet(kModifierTags, t.pos) | (t.kind == TokenKind::kPossessive); }

// Token j is a hyphen written against the word before it and followed by a
// space: the suspended prefix of "anti- Gondor", "pro- Russian".
bool SuspendedHyphen(const Analysis& a, uint32_t j, uint32_t end) {
  const Token& t = a.tokens[j];
  return t.kind == TokenKind::kPunct && !t.space_before && j + 1 < end && a.tokens[j + 1].space_before &&
         a.TokenText(t) == "-";
}

constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The high bit of every byte of `w` that is an ASCII capital.
inline uint64_t CapitalBits(uint64_t w) {
  const uint64_t low7 = w & ~kHighBits;
  return ((low7 + 0x3f3f3f3f3f3f3f3full) ^ (low7 + 0x2525252525252525ull)) & ~w & kHighBits;
}

// The 8 bytes at p; those past `limit` (the end of the text) read as 0.
inline uint64_t Load8(const char* p, const char* limit) {
  uint64_t w = 0;
  if (limit - p >= 8) {
    std::memcpy(&w, p, 8);
  } else {
    std::memcpy(&w, p, static_cast<size_t>(limit - p));
  }
  return w;
}

// A mask of the low `len` bytes of a word (len <= 8).
inline uint64_t LowBytes(size_t len) { return len >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1; }

// Bytes [p, p+len) hold an ASCII capital; read eight at a time (a token
// is rarely longer than eight bytes, so this is one load and a few
// operations instead of a loop over its bytes).
inline bool HasAsciiCapital(const char* p, size_t len, const char* limit) {
  for (; len >= 8; len -= 8, p += 8) {
    if (CapitalBits(Load8(p, limit))) return true;
  }
  if (len == 0) return false;
  return CapitalBits(Load8(p, limit)) & ((uint64_t{1} << (8 * len)) - 1);
}

// Writes bytes [p, p+len) ASCII lower-cased to out, in whole 8-byte blocks
// (up to 7 bytes past out+len are overwritten).
inline void CopyLowerAscii(const char* p, size_t len, const char* limit, char* out) {
  for (size_t k = 0; k < len; k += 8) {
    const uint64_t w = Load8(p + k, limit);
    const uint64_t lower = w | (CapitalBits(w) >> 2);
    std::memcpy(out + k, &lower, 8);
  }
}

// `w` (up to 8 bytes) as the integer an 8-byte load of it gives on this
// little-endian target, the bytes past it zero.
constexpr uint64_t Packed(std::string_view w) {
  uint64_t v = 0;
  for (size_t k = w.size(); k-- > 0;) v = (v << 8) | static_cast<unsigned char>(w[k]);
  return v;
}

// The currency signs and scale words, packed (all fit in eight bytes), in
// a 16-slot table indexed by the top four bits of the packed word times
// kAmountMultiplier: a multiplier under which no two of them share a slot
// (checked below when compiling), so one slot compare tells a word.
constexpr std::string_view kAmountWords[] = {"$",       "\u00a3",  "\u20ac",  "usd",      "euros",   "million",
                                             "billion", "hundred", "dollars", "trillion", "thousand"};
constexpr uint64_t kAmountMultiplier = 0x1027c4d1c386bbc5;
// No token packs to all 0xFF bytes (never in UTF-8): an empty slot. Nor
// does any slot hold 0, the packed value of a longer word.
constexpr uint64_t kNoWord = ~uint64_t{0};

constexpr size_t AmountSlot(uint64_t packed) { return (packed * kAmountMultiplier) >> 60; }

struct AmountTable {
  uint64_t slots[16];
  bool distinct = true;  // no two words in one slot
};

constexpr AmountTable MakeAmountTable() {
  AmountTable table{};
  for (uint64_t& slot : table.slots) slot = kNoWord;
  for (std::string_view w : kAmountWords) {
    uint64_t& slot = table.slots[AmountSlot(Packed(w))];
    if (slot != kNoWord) table.distinct = false;
    slot = Packed(w);
  }
  return table;
}

constexpr AmountTable kAmountTable = MakeAmountTable();
static_assert(kAmountTable.distinct, "two amount words share a slot: choose another kAmountMultiplier");

// A number, a currency sign or a scale word, given the token's lower-cased
// word packed (0 when longer than eight bytes): one compare with the word
// in its slot, no branch (a switch on the length cost a mispredicted jump
// on most tokens).
bool IsAmount(const Token& t, uint64_t word) {
  return (kAmountTable.slots[AmountSlot(word)] == word) | InSet(kAmountTags, t.pos);
}

// "n’t" packed: it reads as "n't".
constexpr uint64_t kCurlyNot = Packed("n\xE2\x80\x99t");

// A clitic written with a curly apostrophe ("he’ll", "she’d", "’s") as the
// straight form the word lists hold; any other word unchanged.
std::string_view StraightClitic(std::string_view w) {
  static constexpr std::string_view kCurly[][2] = {
      {"\xE2\x80\x99" "s", "'s"},   {"\xE2\x80\x99" "ll", "'ll"}, {"\xE2\x80\x99" "d", "'d"},
      {"\xE2\x80\x99" "re", "'re"}, {"\xE2\x80\x99" "ve", "'ve"}, {"\xE2\x80\x99" "m", "'m"}};
  for (const auto& c : kCurly) {
    if (w == c[0]) return c[1];
  }
  return w;
}

// The word at [p, p+len) as Lower() gives it: ASCII capitals folded (into
// out + *used, which then moves past the copy; up to 8 bytes past it are
// written), "n’t" and the curly clitics read as their straight forms.
// *word is the folded word packed, 0 when it is longer than eight bytes.
inline std::string_view FoldWord(const char* p, size_t len, const char* text_end, char* out, size_t* used,
                                 uint64_t* word) {
  std::string_view l(p, len);
  // A word of up to eight bytes (most are) is one load: its capitals,
  // its lower-cased copy and the packed word the amount and contraction
  // tests compare are all taken from it.
  *word = 0;
  if (len <= 8) {
    const uint64_t w = Load8(p, text_end) & LowBytes(len);
    const uint64_t capitals = CapitalBits(w);
    *word = w | (capitals >> 2);
    if (capitals) {
      std::memcpy(out + *used, word, 8);
      l = std::string_view(out + *used, len);
      *used += len;
    }
  } else if (HasAsciiCapital(p, len, text_end)) {
    CopyLowerAscii(p, len, text_end, out + *used);
    l = std::string_view(out + *used, len);
    *used += len;
  }
  if (*word == kCurlyNot) l = "n't";
  // The apostrophe's lead byte first: it is rare, so this branch is
  // predicted, where a test of the length first was a coin toss.
  if (static_cast<unsigned char>(p[0]) == 0xE2 && len >= 4 && len <= 5) l = StraightClitic(l);
  return l;
}

bool Article(const Analysis& a, uint32_t j) {
  const std::string_view w = a.TokenText(a.tokens[j]);
  return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The";
}

}  // namespace

bool IsBarrierToken(const Token& t, std::string_view w) {
  if (t.kind == TokenKind::kSentenceEnd || t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) {
    return true;
  }
  if (t.kind == TokenKind::kPunct) return w == ";" || w == ":" || w == "(" || w == ")";
  return InSet(kFiniteTags, t.pos);
}

constexpr std::string_view kNegations[] = {"not", "n't", "never", "no"};
constexpr std::string_view kModals[] = {"will", "would", "shall", "could", "might", "may",
                                        "should", "can", "must", "'ll", "wo", "ca"};

bool IsNegation(std::string_view w) {
  return std::find(std::begin(kNegations), std::end(kNegations), w) != std::end(kNegations);
}

bool IsModal(std::string_view w) { return std::find(std::begin(kModals), std::end(kModals), w) != std::end(kModals); }

bool IsAuxiliary(std::string_view w) {
  // Contractions come with a straight or a curly apostrophe ("’re").
  static const std::string_view kAux[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
                                          "\u2019s", "\u2019re", "'m", "\u2019m", "\u2019ve",
                                          "have", "has", "had", "having", "'ve", "do", "does", "did", "to",
                                          "also", "already", "reportedly", "again", "just", "still", "then",
                                          "jointly", "formally", "officially", "repeatedly", "finally", "later",
                                          "recently", "personally", "reportedly", "allegedly", "immediately"};
  // With the modals and negations: one hash probe instead of sixty
  // comparisons (the verb group and the pattern code ask this of most words
  // around every verb).
  static const text::FlatStringMap<bool> kWords = [] {
    text::FlatStringMap<bool> m;
    for (std::string_view a : kAux) m.TryEmplace(a, true);
    for (std::string_view a : kModals) m.TryEmplace(a, true);
    for (std::string_view a : kNegations) m.TryEmplace(a, true);
    return m;
  }();
  return kWords.Find(w) != nullptr;
}

void MapTokens(const Analysis& a, std::vector<int>* token_entity, std::vector<uint8_t>* token_time) {
  token_entity->assign(a.tokens.size(), -1);
  token_time->assign(a.tokens.size(), 0);
  // The first token ending after `offset`: a binary search whose step is a
  // conditional move, not a branch (std::lower_bound's branch goes either
  // way at random, once per halving, for every mention of the article).
  auto first_at = [&](uint32_t offset) {
    const Token* base = a.tokens.data();
    size_t n = a.tokens.size();
    while (n > 1) {
      const size_t half = n / 2;
      base = base[half - 1].end <= offset ? base + half : base;
      n -= half;
    }
    return static_cast<size_t>(base - a.tokens.data()) + (n == 1 && base->end <= offset);
  };
  for (size_t e = 0; e < a.entities.size(); ++e) {
    for (const Mention& m : a.entities[e].mentions) {
      for (size_t i = first_at(m.start); i < a.tokens.size() && a.tokens[i].start < m.end; ++i) {
        (*token_entity)[i] = static_cast<int>(e);
      }
    }
  }
  for (const TimeExpression& t : a.times) {
    for (size_t i = first_at(t.span.start); i < a.tokens.size() && a.tokens[i].start < t.span.end; ++i) {
      (*token_time)[i] = 1;
    }
  }
}

std::string_view SentenceParse::LowerText(const Analysis& a, const Token& t, std::vector<char>* buf) {
  const size_t len = t.end - t.start;
  if (buf->size() < len + 8) buf->resize(len + 8);
  size_t used = 0;
  uint64_t word;
  return FoldWord(a.text.data() + t.start, len, a.text.data() + a.text.size(), buf->data(), &used, &word);
}

void SentenceParse::Build(const Analysis& a, const Sentence& s, const std::vector<int>& token_entity,
                          const std::vector<uint8_t>& token_time) {
  a_ = &a;
  token_entity_ = &token_entity;
  first_ = s.first_token;
  end_ = s.end_token;
  const uint32_t n = end_ - first_;
  chunks_.clear();
  if (words_.size() < n) words_.resize(n);
  // Most tokens are lower case already and are viewed in place; the others
  // are lower-cased into folded_, sized first so the views stay valid.
  const size_t bytes = n > 0 ? a.tokens[end_ - 1].end - a.tokens[first_].start : 0;
  if (folded_.size() < bytes + 8) folded_.resize(bytes + 8);
  char* const folded = folded_.data();
  size_t used = 0;
  const char* const text_end = a.text.data() + a.text.size();
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = a.tokens[first_ + i];
    uint64_t word;
    const std::string_view l = FoldWord(a.text.data() + t.start, t.end - t.start, text_end, folded, &used, &word);
    Word& out = words_[i];
    out.lower = l;
    out.leads = lexicon::TokenLeads(l, t.lemma);
    out.chunk = -1;
    out.flags = (IsBarrierToken(t, l) ? kBarrierFlag : 0) | (IsAmount(t, word) ? kAmountFlag : 0);
  }
  uint32_t i = first_;
  while (i < end_) {
    const Token& t = a.tokens[i];
    bool entity = token_entity[i] >= 0;
    if (t.pos == Pos::kPRP && !entity) {
      Chunk c{i, i + 1, i, -1, true, false};
      words_[i - first_].chunk = static_cast<int>(chunks_.size());
      chunks_.push_back(c);
      ++i;
      continue;
    }
    if (!(Modifier(t) || NounLike(t) || entity)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    int last_noun = -1;
    int possessor = -1;
    bool time = true;  // every noun in it is part of a time expression
    while (j < end_) {
      const Token& u = a.tokens[j];
      bool ent = token_entity[j] >= 0;
      if (u.pos == Pos::kCD && last_noun >= 0 && last_noun == static_cast<int>(j) - 1 && !ent &&
          IsProperNoun(a.tokens[j - 1].pos)) {
        break;  // "Ukraine three years ago": a new phrase starts at the number
      }
      if (token_time[j] && last_noun >= 0 && last_noun == static_cast<int>(j) - 1 && !token_time[j - 1]) {
        break;  // "Syrian President Bashar Assad Tuesday": the day is no part of the name
      }
      if (NounLike(u) || ent) {
        last_noun = static_cast<int>(j);
      } else if (u.kind == TokenKind::kPossessive || u.pos == Pos::kPOS) {
        if (last_noun < 0) break;
        possessor = static_cast<int>(j);
      } else if ((u.pos == Pos::kCC) && j > i && j + 1 < end_ && IsAdjective(a.tokens[j - 1].pos) &&
                 IsAdjective(a.tokens[j + 1].pos)) {
        // "awful and evil minister": coordinated adjectives stay in the phrase.
      } else if (u.kind == TokenKind::kDash && last_noun == static_cast<int>(j) - 1 && j + 1 < end_ &&
                 (token_entity[j + 1] >= 0 || IsProperNoun(a.tokens[j + 1].pos))) {
        // "Trump–Putin": keep the pair together.
      } else if (SuspendedHyphen(a, j, end_) && j > i && (token_entity[j + 1] >= 0 || IsProperNoun(a.tokens[j + 1].pos))) {
        // "an anti- Gondor parade": a prefix cut off from the name it
        // qualifies stays in the name's phrase.
      } else if ((u.pos == Pos::kVBN || u.pos == Pos::kVBG) && j > i &&
                 (last_noun < static_cast<int>(j) - 1 || a.tokens[j - 1].pos == Pos::kCD) &&
                 Modifier(a.tokens[j - 1]) && a.tokens[j - 1].pos != Pos::kPOS &&
                 a.tokens[j - 1].kind != TokenKind::kPossessive && j + 1 < end_ &&
                 words_[j - 1 - first_].lower != "military" &&
                 (a.tokens[j + 1].pos == Pos::kNN || a.tokens[j + 1].pos == Pos::kNNS ||
                  IsAdjective(a.tokens[j + 1].pos) || (Article(a, j - 1) && u.pos == Pos::kVBN))) {
        // "a convicted bomber", "the detained leaders", "75 displaced
        // people": a participle between a determiner, an adjective or a
        // number and a common noun is the noun's adjective; before a name
        // only after an article ("a convicted IRA bomber", not "have both
        // condemned Mordor").
      } else if (!Modifier(u) || (u.pos == Pos::kDT && j > i)) {
        break;
      }
      if ((NounLike(u) || ent) && !token_time[j]) time = false;
      ++j;
    }
    // A capitalised adjective ending the run is a name the tagger missed
    // ("Kharkiv/JJ on ...").
    if (j > i && (last_noun < 0 || last_noun < static_cast<int>(j) - 1) && IsAdjective(a.tokens[j - 1].pos)) {
      std::string_view w = a.TokenText(a.tokens[j - 1]);
      if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && j - 1 > first_) last_noun = static_cast<int>(j) - 1;
      // "Arnor cleric/JJ is": an adjective right after a name and right
      // before a finite verb is the noun the name qualifies.
      const Pos next = j < end_ ? a.tokens[j].pos : Pos::kUnknown;
      if (last_noun >= 0 && last_noun == static_cast<int>(j) - 2 && IsProperNoun(a.tokens[j - 2].pos) &&
          (next == Pos::kVBZ || next == Pos::kVBD || next == Pos::kVBP || next == Pos::kMD)) {
        last_noun = static_cast<int>(j) - 1;
      }
    }
    // "The U.S. military launched": "military" ending the run is its noun.
    if (j > i && last_noun < static_cast<int>(j) - 1 && words_[j - 1 - first_].lower == "military") {
      last_noun = static_cast<int>(j) - 1;
    }
    if (last_noun < 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    uint32_t end = static_cast<uint32_t>(last_noun) + 1;
    Chunk c{i, end, static_cast<uint32_t>(last_noun), possessor < last_noun ? possessor : -1, false, time};
    for (uint32_t k = i; k < end; ++k) words_[k - first_].chunk = static_cast<int>(chunks_.size());
    chunks_.push_back(c);
    i = end;
  }
}

}  // namespace readout::events
