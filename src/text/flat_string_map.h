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

// FNV-1a, 64 bit: fast on the few bytes of a word.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

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
  // Inline comparison in 8-byte words: keys are short, and a call to memcmp
  // cost more than the comparison on the per-token paths.
  bool IsKey(const Slot& s, std::string_view key) const {
    if (s.len != key.size()) return false;
    const char* a = arena_.data() + s.offset;
    const char* b = key.data();
    size_t n = key.size();
    for (; n >= 8; n -= 8, a += 8, b += 8) {
      uint64_t x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      if (x != y) return false;
    }
    for (; n > 0; --n, ++a, ++b) {
      if (*a != *b) return false;
    }
    return true;
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
