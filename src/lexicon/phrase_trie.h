// PhraseTrie: multi-word phrases ("Secretary of State", "White House") keyed
// by their words, matched longest-first at a position in a word sequence.
//
// Words are compared exactly or ASCII-case-insensitively (a per-trie choice).
// Phrases are split into words by the project's tokenizer at build time, so a
// phrase matches whatever token boundaries the text layer produces. Matching
// allocates nothing: edges live in one flat open-addressing table keyed by
// (parent, word hash), and each child keeps its word to rule out hash
// collisions.
//
// Thread safety: immutable after the last Add(); Match() may run concurrently.
#ifndef READOUT_LEXICON_PHRASE_TRIE_H_
#define READOUT_LEXICON_PHRASE_TRIE_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace readout::lexicon {

class PhraseTrie {
 public:
  static constexpr uint32_t kNoValue = UINT32_MAX;

  explicit PhraseTrie(bool fold_case) : fold_case_(fold_case) { nodes_.push_back({}); }

  // Adds a phrase given as words; value is the caller's payload index. A
  // phrase added twice keeps its first value. Returns false for no words.
  bool Add(std::span<const std::string_view> words, uint32_t value);
  // Splits `phrase` with the tokenizer and adds it.
  bool AddPhrase(std::string_view phrase, uint32_t value);

  struct Hit {
    uint32_t length = 0;  // words matched; 0 when none
    uint32_t value = kNoValue;
  };
  // Longest phrase starting at words[i]. Inline: the filter that answers
  // most words (see root_filter_) costs less than a call.
  Hit Match(std::span<const std::string_view> words, size_t i) const {
    if (i < words.size() && !words[i].empty()) {
      // Equal words (case aside) have equal bits: a clear bit rules out
      // every phrase at i.
      const size_t bit = FilterBit(words[i]);
      if ((root_filter_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return {};
    }
    return MatchFrom(words, i);
  }

  size_t size() const { return phrases_; }

 private:
  struct Node {
    uint32_t parent = 0;
    uint32_t value = kNoValue;
    std::string word;
  };
  uint64_t Key(uint32_t parent, std::string_view word) const;
  bool Same(std::string_view a, std::string_view b) const;
  uint32_t Child(uint32_t parent, std::string_view word) const;
  size_t Slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  void InsertEdge(uint64_t key, uint32_t node);
  // The bit of a word's length (16 and more as one) and first two bytes,
  // low five bits of each (ASCII case aside), in root_filter_. `word` is
  // not empty.
  static size_t FilterBit(std::string_view word) {
    const size_t len = word.size() < 16 ? word.size() : 16;
    const size_t c0 = static_cast<unsigned char>(word[0]) & 31u;
    const size_t c1 = static_cast<unsigned char>(word[word.size() > 1 ? 1 : 0]) & 31u;
    return ((len - 1) << 10) | (c0 << 5) | c1;
  }
  // Match past the filter.
  Hit MatchFrom(std::span<const std::string_view> words, size_t i) const;

  bool fold_case_;
  size_t phrases_ = 0;
  std::vector<Node> nodes_;
  // Linear probing; node 0 (the root, never a child) marks an empty slot.
  // Kept at most half full. Equal keys may repeat: Child checks each.
  struct Edge {
    uint64_t key = 0;
    uint32_t node = 0;
  };
  std::vector<Edge> edges_ = std::vector<Edge>(16);
  int shift_ = 64 - 4;  // 64 - log2(edges_.size())
  size_t edge_count_ = 0;
  // One bit per FilterBit of the first words of all phrases: most words of
  // a text begin no phrase, and this answers them without a hash (2 KB).
  std::array<uint64_t, 256> root_filter_{};
};

// Splits a phrase into word views (into `phrase`) using the tokenizer.
std::vector<std::string_view> SplitPhrase(std::string_view phrase);

}  // namespace readout::lexicon

#endif  // READOUT_LEXICON_PHRASE_TRIE_H_
