// MinHashIndex: the writer's in-memory LSH index of the stored articles'
// MinHash signatures (wire-copy detection, see fingerprint.h).
//
// The signatures live in the table article_minhash (schema v5: article,
// minhash, duplicate_of; small rows in article order). Load() reads that
// table once; the writer then asks Candidates() for every new article and
// Add()s what it stores, so finding copies costs no statement and storing a
// signature one append, instead of 16 random-key inserts into a band table
// and a row read per candidate.
//
// The index may know articles of the open transaction: after a ROLLBACK the
// writer must drop it and Load() again.
//
// Thread safety: one thread at a time (the writer's).
#ifndef READOUT_STORE_MINHASH_INDEX_H_
#define READOUT_STORE_MINHASH_INDEX_H_

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "readout/status.h"
#include "store/fingerprint.h"
#include "store/sqlite.h"

namespace readout::store {

class MinHashIndex {
 public:
  // Reads every row of article_minhash. REQUIRES: schema v5 or later.
  static Result<std::unique_ptr<MinHashIndex>> Load(Database& db);

  // Records (or, for a replaced article, overwrites) the signature of
  // `article`; `first_copy` is the article it is a wire copy of, 0 if none.
  void Add(int64_t article, const MinHash& m, int64_t first_copy);
  // Forgets the signature of `article` (replaced by a text too short for one).
  void Remove(int64_t article);

  struct Match {
    int64_t article = 0;     // the most similar stored article (0: none)
    int64_t first_copy = 0;  // that article's first copy (itself when it is one)
    double similarity = 0;
  };
  // The stored article other than `self` whose signature is most similar to
  // `m`, if that similarity is at least `threshold`; ties go to the oldest
  // article (smallest id).
  Match BestMatch(const MinHash& m, int64_t self, double threshold) const;

  size_t size() const { return count_; }

 private:
  MinHashIndex() = default;
  const MinHash* Signature(int64_t article) const;

  void Insert(uint32_t key, uint32_t article);

  // Signatures by article id (ids are dense rowids); has_[id] says whether
  // slot id holds one.
  std::vector<MinHash> sigs_;
  std::vector<int64_t> first_copy_;
  std::vector<bool> has_;
  size_t count_ = 0;
  // Band keys: an open-addressing multimap of (32 bits of band key, article)
  // with linear probing, key 0 meaning an empty slot. 32 bits are plenty:
  // a chance collision only adds a candidate, which its signature then
  // rejects. A replaced article may leave stale entries the same way.
  std::vector<std::pair<uint32_t, uint32_t>> slots_;
  size_t used_ = 0;
};

}  // namespace readout::store

#endif  // READOUT_STORE_MINHASH_INDEX_H_
