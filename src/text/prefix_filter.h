// PrefixFilter: answers "can any of these names begin with this text?"
// without regard to ASCII case, for skipping dictionary lookups of stretches
// of text that no name starts like. It keeps only 64-bit hashes of every
// prefix of every name (no key text): FNV-1a over the lower-cased bytes
// gives all the prefix hashes of a name in one pass at load. A hash
// collision can only make it say "maybe" wrongly, never "no".
#ifndef READOUT_TEXT_PREFIX_FILTER_H_
#define READOUT_TEXT_PREFIX_FILTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace readout::text {

class PrefixFilter {
 public:
  // Adds `name` and every prefix of it.
  void Add(std::string_view name) {
    uint64_t h = kSeed;
    for (char c : name) {
      h = Step(h, c);
      Insert(Mix(h));
    }
  }

  // False when no name added begins with `text` (ASCII case ignored); true
  // when one may. The empty text begins every name.
  bool MayBegin(std::string_view text) const {
    if (text.empty()) return true;
    uint64_t h = kSeed;
    for (char c : text) h = Step(h, c);
    const uint64_t v = Mix(h);
    const size_t mask = slots_.size() - 1;
    for (size_t i = v & mask;; i = (i + 1) & mask) {
      if (slots_[i] == v) return true;
      if (slots_[i] == 0) return false;
    }
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kSeed = 1469598103934665603ull;
  static uint64_t Step(uint64_t h, char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  // Spreads the bits over the low ones (the slot); never 0 (the empty slot).
  static uint64_t Mix(uint64_t h) {
    h ^= h >> 32;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 29;
    return h == 0 ? 1 : h;
  }
  void Insert(uint64_t v) {
    if (2 * (size_ + 1) > slots_.size()) Grow();  // at most half full
    const size_t mask = slots_.size() - 1;
    size_t i = v & mask;
    while (slots_[i] != 0) {
      if (slots_[i] == v) return;
      i = (i + 1) & mask;
    }
    slots_[i] = v;
    ++size_;
  }
  void Grow() {
    std::vector<uint64_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (uint64_t v : old) {
      if (v == 0) continue;
      size_t i = v & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = v;
    }
  }

  std::vector<uint64_t> slots_ = std::vector<uint64_t>(16, 0);
  size_t size_ = 0;
};

}  // namespace readout::text

#endif  // READOUT_TEXT_PREFIX_FILTER_H_
