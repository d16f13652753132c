// FlatStringMap: an insert-only open-addressing hash map from short strings
// to small values, for the dictionaries built at load time and probed per
// token. Keys are copied into one arena (no allocation per key), slots sit in
// one power-of-two array with linear probing, so a lookup is one hash and
// usually one cache line. Not thread-safe to modify; const lookups are safe
// from any number of threads.
#ifndef READOUT_TEXT_FLAT_STRING_MAP_H_
#define READOUT_TEXT_FLAT_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace readout::text {

namespace internal {

// Sets bit 5 of every byte that is an ASCII capital ('A'..'Z'), eight bytes
// at once: the ASCII lower-casing of a loaded word.
inline uint64_t LowerAsciiBytes(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t low7 = w & ~kHigh;
  const uint64_t ge_a = low7 + 0x3f3f3f3f3f3f3f3full;   // high bit set where byte >= 'A'
  const uint64_t gt_z = low7 + 0x2525252525252525ull;   // high bit set where byte > 'Z'
  const uint64_t upper = (ge_a ^ gt_z) & ~w & kHigh;
  return w | (upper >> 2);
}

// Reads the key eight bytes at a time (a short tail in one or two loads
// that together cover every byte) with one multiply per block, then folds
// the high bits down so that the low bits, which pick the slot, depend on
// all of them. Cheaper than a byte loop on the words probed per token. With
// kFold, ASCII capitals hash as their lower-case letters.
template <bool kFold>
inline uint64_t HashBytesImpl(std::string_view s) {
  constexpr uint64_t kMul = 0xbf58476d1ce4e5b9ull;
  const auto fold = [](uint64_t w) { return kFold ? LowerAsciiBytes(w) : w; };
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * 0xff51afd7ed558ccdull);  // lengths spread apart
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ fold(w)) * kMul;
    h ^= h >> 31;
  }
  if (n >= 4) {
    uint32_t lo, hi;  // overlapping when n < 8
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    h = (h ^ fold(lo | (uint64_t{hi} << 32))) * kMul;
  } else if (n > 0) {
    const uint64_t w = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
                       (uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
    h = (h ^ fold(w)) * kMul;
  }
  // The high half of the last product depends on every input bit; folding
  // it onto the low half gives the slot bits all of them.
  return h ^ (h >> 32);
}

}  // namespace internal

inline uint64_t HashBytes(std::string_view s) { return internal::HashBytesImpl<false>(s); }

// a[0, n) == b[0, n), inline: 8-byte blocks, then two overlapping 4-byte
// loads or single bytes. Keys are short, and a call to memcmp costs more
// than the comparison on the per-token paths.
inline bool BytesEqual(const char* a, const char* b, size_t n) {
  for (; n >= 8; n -= 8, a += 8, b += 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  if (n >= 4) {
    uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, a, 4);
    std::memcpy(&y0, b, 4);
    std::memcpy(&x1, a + n - 4, 4);
    std::memcpy(&y1, b + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  for (; n > 0; --n, ++a, ++b) {
    if (*a != *b) return false;
  }
  return true;
}
// The hash of s with its ASCII letters lower-cased (no copy made).
inline uint64_t HashBytesAsciiLower(std::string_view s) { return internal::HashBytesImpl<true>(s); }

template <typename V>
class FlatStringMap {
 public:
  FlatStringMap() { slots_.resize(16); }

  // Makes room for `n` keys without rehashing and `bytes` of key text.
  void Reserve(size_t n, size_t bytes = 0) {
    arena_.reserve(bytes);
    size_t cap = 16;
    while (3 * cap < 4 * n) cap *= 2;
    if (cap > slots_.size()) Rehash(cap);
  }

  // Inserts `key` -> `value` unless present. Returns the stored value and
  // whether it was inserted. The pointer is valid until the next insertion.
  std::pair<V*, bool> TryEmplace(std::string_view key, V value) {
    if (4 * (size_ + 1) > 3 * slots_.size()) Rehash(slots_.size() * 2);  // load <= 0.75
    uint64_t h = HashBytes(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.len == kEmpty) {
        s.hash = static_cast<uint32_t>(h);
        s.offset = static_cast<uint32_t>(arena_.size());
        s.len = static_cast<uint32_t>(key.size());
        s.value = std::move(value);
        arena_.append(key);
        ++size_;
        return {&s.value, true};
      }
      if (s.hash == static_cast<uint32_t>(h) && IsKey(s, key)) return {&s.value, false};
    }
  }

  // The value stored for `key`, or null.
  const V* Find(std::string_view key) const {
    uint64_t h = HashBytes(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return nullptr;
      if (s.hash == static_cast<uint32_t>(h) && IsKey(s, key)) return &s.value;
    }
  }
  V* Find(std::string_view key) { return const_cast<V*>(std::as_const(*this).Find(key)); }

  size_t size() const { return size_; }

  // Calls f(key) for every key, in no particular order.
  template <typename F>
  void ForEachKey(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.len != kEmpty) f(KeyOf(s));
    }
  }
  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.len != kEmpty) f(KeyOf(s), s.value);
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;
    uint32_t len = kEmpty;
    V value{};
  };
  std::string_view KeyOf(const Slot& s) const { return std::string_view(arena_).substr(s.offset, s.len); }
  bool IsKey(const Slot& s, std::string_view key) const {
    return s.len == key.size() && BytesEqual(arena_.data() + s.offset, key.data(), key.size());
  }

  void Rehash(size_t cap) {
    std::vector<Slot> old(cap);
    old.swap(slots_);
    size_t mask = cap - 1;
    for (Slot& s : old) {
      if (s.len == kEmpty) continue;
      // Re-hash from the key: only 32 bits of the hash are kept.
      size_t i = HashBytes(KeyOf(s)) & mask;
      while (slots_[i].len != kEmpty) i = (i + 1) & mask;
      slots_[i] = std::move(s);
    }
  }

  std::string arena_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace readout::text

#endif  // READOUT_TEXT_FLAT_STRING_MAP_H_
