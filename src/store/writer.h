// Writer: stores analysed articles in a readout database.
//
// Put() is idempotent: an article whose id is stored with the same text and
// date is left alone; an article whose normalised text is already stored
// under another id is not stored again; an article whose id is stored with
// other text replaces its old facts (in the same transaction, so readers see
// either the old facts or the new ones). A new article whose word shingles
// nearly match a stored one (MinHash, estimated Jaccard >= threshold) is
// stored as a wire copy of the first copy, and its events are marked
// duplicate so counts are not inflated.
//
// Batching: Put() must run between Begin() and Commit(); callers put many
// articles per transaction. After any error the caller must Rollback(): the
// whole batch is then undone and nothing half-written is left.
//
// Thread safety: one Writer per thread; it borrows the Database, which must
// outlive it.
#ifndef READOUT_STORE_WRITER_H_
#define READOUT_STORE_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "readout/analysis.h"
#include "readout/document.h"
#include "readout/status.h"
#include "store/entity_linker.h"
#include "store/fingerprint.h"
#include "store/minhash_index.h"
#include "store/sqlite.h"

namespace readout::store {

struct WriterOptions {
  // Estimated Jaccard similarity of 4-word shingle sets from which a new
  // article counts as a copy of a stored one. Copies of one agency story score
  // 0.8-1.0; different stories on the same event stay below 0.3.
  double near_duplicate_threshold = 0.7;
  // Measure where Put() and Commit() spend CPU time (timings()); off, the
  // writer makes no clock calls.
  bool timings = false;
};

enum class PutOutcome {
  kInserted,   // a new article
  kReplaced,   // same id, changed text or date: old facts replaced
  kUnchanged,  // same id, same text and date: nothing written
  kSameText,   // new id but the normalised text is stored already: skipped
};

struct PutResult {
  PutOutcome outcome = PutOutcome::kInserted;
  int64_t article = 0;       // articles.id of the stored row (0 for kSameText)
  std::string same_as;       // kSameText: the stored article's id
  std::string duplicate_of;  // id of the first copy when a near-duplicate, else empty
  double similarity = 0;     // estimated similarity to that copy
};

// Where Put() and Commit() spend their time (CPU seconds of the writing
// thread, summed over calls):
// `readout ingest --timings` prints it so the slow part of a write shows.
struct WriterTimings {
  double fingerprint = 0;  // exact hash and MinHash of the text
  double lookup = 0;       // id, same-text and MinHash band look-ups
  double article = 0;      // the article row and its band rows (and old facts when replacing)
  double entities = 0;     // global entities, aliases, role counts, the packed clusters
  double quotes = 0;       // quotes, quote_about
  double fts = 0;          // the quotes' full-text index (once per batch)
  double events = 0;
  double other = 0;        // the packed times
  double commit = 0;
  double Total() const { return fingerprint + lookup + article + entities + quotes + fts + events + other + commit; }
};

class Writer {
 public:
  // Prepares the statements. REQUIRES: the schema is current (see
  // OpenForWriting in store/schema.h).
  static Result<std::unique_ptr<Writer>> Open(Database& db, WriterOptions options = {});
  ~Writer();

  Status Begin();
  Status Commit();
  void Rollback();

  // Stores one article. `doc` gives id, title, source and url; `analysis`
  // the facts (its text is the document's). REQUIRES: between Begin/Commit.
  Result<PutResult> Put(const Document& doc, const Analysis& analysis);

  const WriterTimings& timings() const { return timings_; }

 private:
  struct Statements;
  Writer(Database& db, WriterOptions options);
  // Subtracts a stored article's counts and deletes its quotes and events
  // (before its row, whose entity array says what to subtract, is updated).
  Status DeleteFacts(int64_t article);
  // Links the article's entities to global ones (global_), stores aliases
  // and role counts, and packs the clusters into entities_json_.
  Status LinkEntities(const Analysis& a);
  Status InsertQuotes(int64_t article, const Analysis& a);
  Status InsertEvents(int64_t article, const Analysis& a, bool duplicate);
  // Finds the first copy of the story whose signature is `mine`, loading
  // the MinHash index on first use.
  Status FindCopy(int64_t self, const MinHash& mine, PutResult* result, int64_t* first_copy);
  // Adds the quotes written since the last call to quotes_fts (one
  // statement: FTS5 then writes one segment per batch, not per quote).
  Status IndexPendingQuotes();

  Database& db_;
  WriterOptions options_;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<EntityLinker> linker_;
  std::unique_ptr<MinHashIndex> minhash_;  // null until first needed and after a rollback
  WriterTimings timings_;
  int64_t fts_pending_from_ = 0;  // first quote id not yet in quotes_fts; 0: none
  // Per-article scratch, reused: global entity id per local entity, and the
  // packed columns of the article row.
  std::vector<int64_t> global_;
  std::string entities_json_, times_json_;
};

}  // namespace readout::store

#endif  // READOUT_STORE_WRITER_H_
