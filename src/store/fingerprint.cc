// Exact hash: FNV-1a over the normalised bytes, streamed without building the
// normalised string.
//
// MinHash: words are hashed once, shingles hash a rolling window of
// kShingleWords word hashes, and the kMinHashSize permutations are the
// universal family h_i(x) = (a_i * x + b_i) >> 32 over 64-bit arithmetic with
// odd a_i: one multiply-add per permutation and shingle, which the compiler
// vectorises, instead of a fresh hash per permutation. That loop is cloned
// for x86-64-v4 and v3 (AVX-512 multiplies 64-bit lanes natively; SSE2 needs
// three multiplies per pair of lanes): ~10x faster where the CPU has them, the
// same values everywhere. Band keys hash each
// band's rows together with the band number so equal rows in different bands
// never collide.
#include "store/fingerprint.h"

#include <cstring>

namespace readout::store {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Mix64(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

struct Permutations {
  std::array<uint64_t, kMinHashSize> a;
  std::array<uint64_t, kMinHashSize> b;
  Permutations() {
    uint64_t s = 0x5eed5eed12345678ull;
    for (int i = 0; i < kMinHashSize; ++i) {
      s += 0x9e3779b97f4a7c15ull;
      a[i] = Mix64(s) | 1;
      s += 0x9e3779b97f4a7c15ull;
      b[i] = Mix64(s);
    }
  }
};

const Permutations& Perms() {
  static const Permutations p;
  return p;
}

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }
unsigned char Lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// mins[k] = min(mins[k], a_k * shingle + b_k) for each shingle: 64 multiply-
// adds per shingle, the MinHash's whole cost.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
void FoldShingles(const uint64_t* shingles, size_t n, const uint64_t* a, const uint64_t* b, uint64_t* mins) {
  for (size_t i = 0; i < n; ++i) {
    const uint64_t sh = shingles[i];
    for (int k = 0; k < kMinHashSize; ++k) {
      const uint64_t v = a[k] * sh + b[k];
      mins[k] = v < mins[k] ? v : mins[k];
    }
  }
}

}  // namespace

int64_t NormalizedTextHash(std::string_view text) {
  uint64_t h = kFnvOffset;
  bool pending_space = false;
  bool any = false;
  for (unsigned char c : text) {
    if (IsSpace(c)) {
      pending_space = any;
      continue;
    }
    if (pending_space) {
      h = (h ^ ' ') * kFnvPrime;
      pending_space = false;
    }
    h = (h ^ Lower(c)) * kFnvPrime;
    any = true;
  }
  return static_cast<int64_t>(h);
}

std::optional<MinHash> ComputeMinHash(std::string_view text) {
  const Permutations& p = Perms();
  std::array<uint64_t, kMinHashSize> mins;
  mins.fill(~0ull);
  uint64_t window[kShingleWords] = {};
  int words = 0;
  int shingles = 0;
  // Shingle hashes are folded in blocks (one call of the cloned loop each).
  constexpr size_t kBlock = 256;
  uint64_t block[kBlock];
  size_t in_block = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && !IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= n) break;
    uint64_t wh = kFnvOffset;
    while (i < n && IsWordByte(static_cast<unsigned char>(text[i]))) {
      wh = (wh ^ Lower(static_cast<unsigned char>(text[i]))) * kFnvPrime;
      ++i;
    }
    window[words % kShingleWords] = wh;
    ++words;
    if (words < kShingleWords) continue;
    uint64_t sh = 0;
    for (int k = 0; k < kShingleWords; ++k) sh = Mix64(sh ^ window[(words + k) % kShingleWords]);
    block[in_block++] = sh;
    if (in_block == kBlock) {
      FoldShingles(block, in_block, p.a.data(), p.b.data(), mins.data());
      in_block = 0;
    }
    ++shingles;
  }
  FoldShingles(block, in_block, p.a.data(), p.b.data(), mins.data());
  if (shingles < kMinShingles) return std::nullopt;
  MinHash out;
  for (int k = 0; k < kMinHashSize; ++k) out[k] = static_cast<uint32_t>(mins[k] >> 32);
  return out;
}

double EstimatedSimilarity(const MinHash& a, const MinHash& b) {
  int same = 0;
  for (int k = 0; k < kMinHashSize; ++k) same += a[k] == b[k];
  return static_cast<double>(same) / kMinHashSize;
}

std::array<int64_t, kBands> BandKeys(const MinHash& m) {
  std::array<int64_t, kBands> keys;
  for (int b = 0; b < kBands; ++b) {
    uint64_t h = Mix64(static_cast<uint64_t>(b) + 1);
    for (int r = 0; r < kRowsPerBand; ++r) h = Mix64(h ^ m[b * kRowsPerBand + r]);
    keys[b] = static_cast<int64_t>(h);
  }
  return keys;
}

std::vector<uint8_t> EncodeMinHash(const MinHash& m) {
  std::vector<uint8_t> out(kMinHashSize * 4);
  for (int k = 0; k < kMinHashSize; ++k) {
    for (int j = 0; j < 4; ++j) out[k * 4 + j] = static_cast<uint8_t>(m[k] >> (8 * j));
  }
  return out;
}

std::optional<MinHash> DecodeMinHash(std::string_view blob) {
  if (blob.size() != kMinHashSize * 4) return std::nullopt;
  MinHash m;
  for (int k = 0; k < kMinHashSize; ++k) {
    uint32_t v = 0;
    for (int j = 0; j < 4; ++j) v |= static_cast<uint32_t>(static_cast<unsigned char>(blob[k * 4 + j])) << (8 * j);
    m[k] = v;
  }
  return m;
}

}  // namespace readout::store
