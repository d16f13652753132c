// Load() scans article_minhash in rowid order (small rows: ~70 signatures a
// page) and fills the band multimap; BestMatch() probes the multimap with the
// new signature's kBands keys, collects the distinct candidate articles and
// compares full signatures. Band keys are already well-mixed 64-bit hashes
// (fingerprint.cc), so their low 32 bits index the table directly.
#include "store/minhash_index.h"

#include <algorithm>

namespace readout::store {
namespace {

uint32_t SlotKey(int64_t band_key) {
  uint32_t k = static_cast<uint32_t>(static_cast<uint64_t>(band_key));
  return k == 0 ? 1 : k;  // 0 marks an empty slot
}

}  // namespace

Result<std::unique_ptr<MinHashIndex>> MinHashIndex::Load(Database& db) {
  std::unique_ptr<MinHashIndex> index(new MinHashIndex());
  auto n = db.QueryInt("SELECT count(*) FROM article_minhash");
  if (!n.ok()) return n.status();
  size_t cap = 1024;
  while (cap < static_cast<size_t>(n.value()) * kBands * 2) cap *= 2;
  index->slots_.assign(cap, {0, 0});
  auto st = db.Prepare("SELECT article, minhash, duplicate_of FROM article_minhash ORDER BY article");
  if (!st.ok()) return st.status();
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    if (auto m = DecodeMinHash(st->Blob(1))) index->Add(st->Int(0), *m, st->IsNull(2) ? 0 : st->Int(2));
  }
  return index;
}

void MinHashIndex::Insert(uint32_t key, uint32_t article) {
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<std::pair<uint32_t, uint32_t>> old;
    old.swap(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), {0, 0});
    used_ = 0;
    for (const auto& [k, a] : old) {
      if (k != 0) Insert(k, a);
    }
  }
  const size_t mask = slots_.size() - 1;
  size_t i = key & mask;
  while (slots_[i].first != 0) {
    if (slots_[i].first == key && slots_[i].second == article) return;  // already there
    i = (i + 1) & mask;
  }
  slots_[i] = {key, article};
  ++used_;
}

void MinHashIndex::Add(int64_t article, const MinHash& m, int64_t first_copy) {
  if (article <= 0) return;
  const size_t id = static_cast<size_t>(article);
  if (id >= sigs_.size()) {
    const size_t size = std::max(id + 1, sigs_.size() * 3 / 2);
    sigs_.resize(size);
    first_copy_.resize(size, 0);
    has_.resize(size, false);
  }
  if (!has_[id]) ++count_;
  sigs_[id] = m;
  first_copy_[id] = first_copy;
  has_[id] = true;
  for (int64_t key : BandKeys(m)) Insert(SlotKey(key), static_cast<uint32_t>(article));
}

void MinHashIndex::Remove(int64_t article) {
  const size_t id = static_cast<size_t>(article);
  if (article <= 0 || id >= has_.size() || !has_[id]) return;
  has_[id] = false;
  --count_;
}

const MinHash* MinHashIndex::Signature(int64_t article) const {
  const size_t id = static_cast<size_t>(article);
  return article > 0 && id < has_.size() && has_[id] ? &sigs_[id] : nullptr;
}

MinHashIndex::Match MinHashIndex::BestMatch(const MinHash& m, int64_t self, double threshold) const {
  Match best;
  if (slots_.empty()) return best;
  std::vector<uint32_t> candidates;
  const size_t mask = slots_.size() - 1;
  for (int64_t band : BandKeys(m)) {
    const uint32_t key = SlotKey(band);
    for (size_t i = key & mask; slots_[i].first != 0; i = (i + 1) & mask) {
      if (slots_[i].first == key && slots_[i].second != self) candidates.push_back(slots_[i].second);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint32_t c : candidates) {  // ascending: the oldest wins a tie
    const MinHash* theirs = Signature(c);
    if (!theirs) continue;
    const double sim = EstimatedSimilarity(m, *theirs);
    if (sim >= threshold && sim > best.similarity) {
      best.article = c;
      best.similarity = sim;
      best.first_copy = first_copy_[c] ? first_copy_[c] : c;
    }
  }
  return best;
}

}  // namespace readout::store
