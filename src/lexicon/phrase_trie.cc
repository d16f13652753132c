// PhraseTrie: a word trie whose edges sit in one flat hash table. The key
// mixes the parent node id with a hash of the (optionally ASCII-lowered)
// word (text::HashBytes); a probe scans the run of occupied slots from the key's
// home slot, and Same() confirms the word of each candidate child.
#include "lexicon/phrase_trie.h"

#include "text/flat_string_map.h"
#include "text/tokenizer.h"

namespace readout::lexicon {
namespace {

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace

uint64_t PhraseTrie::Key(uint32_t parent, std::string_view word) const {
  const uint64_t h = fold_case_ ? text::HashBytesAsciiLower(word) : text::HashBytes(word);
  return h ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ull);
}

bool PhraseTrie::Same(std::string_view a, std::string_view b) const {
  if (a.size() != b.size()) return false;
  if (!fold_case_) return a == b;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

uint32_t PhraseTrie::Child(uint32_t parent, std::string_view word) const {
  const uint64_t key = Key(parent, word);
  const size_t mask = edges_.size() - 1;
  for (size_t i = Slot(key);; i = (i + 1) & mask) {
    const Edge& e = edges_[i];
    if (e.node == 0) return 0;  // the root is never a child
    if (e.key != key) continue;
    const Node& n = nodes_[e.node];
    if (n.parent == parent && Same(n.word, word)) return e.node;
  }
}

void PhraseTrie::InsertEdge(uint64_t key, uint32_t node) {
  if (2 * (edge_count_ + 1) > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    --shift_;
    edge_count_ = 0;
    for (const Edge& e : old) {
      if (e.node != 0) InsertEdge(e.key, e.node);
    }
  }
  const size_t mask = edges_.size() - 1;
  size_t i = Slot(key);
  while (edges_[i].node != 0) i = (i + 1) & mask;
  edges_[i] = {key, node};
  ++edge_count_;
}

bool PhraseTrie::Add(std::span<const std::string_view> words, uint32_t value) {
  if (words.empty()) return false;
  if (!words[0].empty()) {
    const size_t bit = FilterBit(words[0]);
    root_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  uint32_t node = 0;
  for (std::string_view w : words) {
    uint32_t next = Child(node, w);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.push_back({node, kNoValue, std::string(w)});
      InsertEdge(Key(node, w), next);
    }
    node = next;
  }
  if (nodes_[node].value == kNoValue) {
    nodes_[node].value = value;
    ++phrases_;
  }
  return true;
}

bool PhraseTrie::AddPhrase(std::string_view phrase, uint32_t value) {
  std::vector<std::string_view> words = SplitPhrase(phrase);
  return Add(words, value);
}

PhraseTrie::Hit PhraseTrie::MatchFrom(std::span<const std::string_view> words, size_t i) const {
  Hit best;
  uint32_t node = 0;
  for (size_t j = i; j < words.size(); ++j) {
    node = Child(node, words[j]);
    if (node == 0) break;
    if (nodes_[node].value != kNoValue) best = {static_cast<uint32_t>(j - i + 1), nodes_[node].value};
  }
  return best;
}

std::vector<std::string_view> SplitPhrase(std::string_view phrase) {
  std::vector<std::string_view> out;
  for (const Token& t : text::Tokenize(phrase)) out.push_back(phrase.substr(t.start, t.end - t.start));
  return out;
}

}  // namespace readout::lexicon
