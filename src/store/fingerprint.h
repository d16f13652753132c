// Fingerprints of article text for the store: an exact hash of the
// normalised text (the same article under another id) and a MinHash
// signature of word shingles with LSH band keys (wire copies: the same agency
// story reprinted with small edits).
#ifndef READOUT_STORE_FINGERPRINT_H_
#define READOUT_STORE_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace readout::store {

// Hash of the text lower-cased (ASCII) with every run of white space made one
// space and the ends trimmed: re-wrapped or re-indented copies hash the same.
int64_t NormalizedTextHash(std::string_view text);

inline constexpr int kMinHashSize = 64;   // hash functions
inline constexpr int kBands = 16;         // LSH bands of kMinHashSize / kBands rows
inline constexpr int kRowsPerBand = kMinHashSize / kBands;
inline constexpr int kShingleWords = 4;   // words per shingle
// Texts with fewer shingles than this get no signature: too short to tell a
// copy from a coincidence (exact copies are still caught by the text hash).
inline constexpr int kMinShingles = 8;

using MinHash = std::array<uint32_t, kMinHashSize>;

// MinHash of the text's word 4-shingles (words: runs of ASCII letters and
// digits, lower-cased, and non-ASCII bytes); nullopt for too short a text.
std::optional<MinHash> ComputeMinHash(std::string_view text);

// Estimated Jaccard similarity of the two shingle sets: the fraction of
// equal signature entries.
double EstimatedSimilarity(const MinHash& a, const MinHash& b);

// One key per band; two texts share a key with probability s^kRowsPerBand
// per band (s = similarity), so pairs above ~0.5 almost always meet.
std::array<int64_t, kBands> BandKeys(const MinHash& m);

// Byte (de)serialisation for the BLOB column (little-endian uint32s).
std::vector<uint8_t> EncodeMinHash(const MinHash& m);
std::optional<MinHash> DecodeMinHash(std::string_view blob);

}  // namespace readout::store

#endif  // READOUT_STORE_FINGERPRINT_H_
