// Shallow parse of one sentence for event coding: noun-phrase chunks from
// the POS tags, the entity mention each token belongs to, and small helpers
// to walk left and right within a clause. Built per sentence into reusable
// buffers; no heap work once the buffers have grown.
#ifndef READOUT_EVENTS_SHALLOW_PARSE_H_
#define READOUT_EVENTS_SHALLOW_PARSE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readout/analysis.h"

namespace readout::events {

// A set of tags as a bit mask (Pos has fewer than 64 values): testing a
// token against it is one shift, where a chain of compares or a switch
// branches, and those branches mispredict on running text.
constexpr uint64_t TagSet(std::initializer_list<Pos> tags) {
  uint64_t set = 0;
  for (Pos p : tags) set |= uint64_t{1} << static_cast<unsigned>(p);
  return set;
}
inline bool InSet(uint64_t set, Pos p) { return (set >> static_cast<unsigned>(p)) & 1; }

// A noun-phrase chunk: tokens [first, end) of the document.
struct Chunk {
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t head = 0;       // last noun (or pronoun) token
  int possessor_end = -1;  // token index of "'s" inside the chunk, or -1
  bool pronoun = false;    // a bare personal pronoun ("he", "they")
  bool time = false;       // overlaps a time expression ("on Thursday")
};

class SentenceParse {
 public:
  // Parses sentence `s` of `a`. `token_entity` maps document tokens to entity
  // indices (-1 none); it must outlive this object.
  void Build(const Analysis& a, const Sentence& s, const std::vector<int>& token_entity,
             const std::vector<uint8_t>& token_time);

  // Token t's text as Lower() gives it once its sentence is parsed (the
  // same code), without parsing: for tests that come before the parse.
  // The view is into the text or into *buf, which it must not outlive.
  static std::string_view LowerText(const Analysis& a, const Token& t, std::vector<char>* buf);

  // Exchanges the two parses' contents without copying (pointer swaps):
  // the event coder keeps one parse per sentence between its phases.
  void Swap(SentenceParse& other) noexcept {
    std::swap(a_, other.a_);
    std::swap(token_entity_, other.token_entity_);
    std::swap(first_, other.first_);
    std::swap(end_, other.end_);
    chunks_.swap(other.chunks_);
    words_.swap(other.words_);
    folded_.swap(other.folded_);
  }

  const Analysis& analysis() const { return *a_; }
  uint32_t first() const { return first_; }
  uint32_t end() const { return end_; }
  const std::vector<Chunk>& chunks() const { return chunks_; }
  // Chunk index of token i, or -1 (also for i outside the sentence).
  int ChunkAt(uint32_t i) const { return InSentence(i) ? words_[i - first_].chunk : -1; }
  // Lower-cased token text; empty for i outside the sentence, so callers
  // probing neighbours ("the word before this chunk") never read out of range.
  std::string_view Lower(uint32_t i) const { return InSentence(i) ? words_[i - first_].lower : std::string_view(); }
  bool InSentence(uint32_t i) const { return i >= first_ && i < end_; }
  // lexicon::TokenLeads of token i's lower-cased text and lemma: a pattern
  // word whose LeadBit misses these cannot match the token. `i`
  // must lie in the sentence (as for the two tests below).
  uint64_t Leads(uint32_t i) const { return words_[i - first_].leads; }
  // IsBarrierToken of token i, computed once per sentence.
  bool Barrier(uint32_t i) const { return words_[i - first_].flags & kBarrierFlag; }
  // Token i is a number, a currency sign or a scale word ("million").
  bool Amount(uint32_t i) const { return words_[i - first_].flags & kAmountFlag; }
  const Token& token(uint32_t i) const { return a_->tokens[i]; }
  int EntityAt(uint32_t i) const { return (*token_entity_)[i]; }
  // True when token i reads as `word` (lower-cased text or lemma).
  bool Is(uint32_t i, std::string_view word) const {
    return Lower(i) == word || a_->tokens[i].lemma == word;
  }

 private:
  const Analysis* a_ = nullptr;
  const std::vector<int>* token_entity_ = nullptr;
  uint32_t first_ = 0;
  uint32_t end_ = 0;
  std::vector<Chunk> chunks_;
  static constexpr uint8_t kBarrierFlag = 1;
  static constexpr uint8_t kAmountFlag = 2;
  // What the parse knows of one token of the sentence, in one record (one
  // array to fill, swap and read, where there were four).
  struct Word {
    std::string_view lower;  // a view into the text or folded_
    uint64_t leads = 0;      // lexicon::TokenLeads
    int chunk = -1;          // chunk index or -1
    uint8_t flags = 0;       // kBarrierFlag, kAmountFlag
  };
  std::vector<Word> words_;  // [i - first_]; may be longer than the sentence
  // Lower-cased copies of tokens with capitals, end to end; 8 bytes longer
  // than the sentence's text so that copies may write whole 8-byte blocks.
  // A vector, not a string: its bytes stay put when the parse is swapped
  // (a short string's would move with the object, and Word::lower views them).
  std::vector<char> folded_;
};

// Maps every document token to the entity whose mention covers it (-1 none),
// and marks tokens inside time expressions.
void MapTokens(const Analysis& a, std::vector<int>* token_entity, std::vector<uint8_t>* token_time);

// A token no pattern gap may cross (clause punctuation, a finite verb), given
// its lower-cased text (pattern_matcher.h: IsBarrier).
bool IsBarrierToken(const Token& t, std::string_view lower);

// Words that open a verb group without being its head.
bool IsAuxiliary(std::string_view lower);
bool IsNegation(std::string_view lower);
bool IsModal(std::string_view lower);

}  // namespace readout::events

#endif  // READOUT_EVENTS_SHALLOW_PARSE_H_
