// Ingester: the batching and threading around Writer for `readout ingest`.
// Articles are queued (moved or copied, without tokens) and written by one background
// thread in transactions of `batch_articles`, so the database work of one
// chunk overlaps the analysis of the next. A database error rolls back the
// batch in progress, stops the ingester, and is returned by Finish(); every
// batch committed before it stays. Because ids are unique and unchanged
// articles are skipped, running the same ingest again after a crash or an
// error resumes where the last committed batch ended.
//
// Thread safety: Add() and Finish() are called from one thread (the one
// owning the Ingester); the Database must not be used by anyone else until
// Finish() has returned.
#ifndef READOUT_STORE_INGESTER_H_
#define READOUT_STORE_INGESTER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "readout/analysis.h"
#include "readout/document.h"
#include "readout/status.h"
#include "store/sqlite.h"
#include "store/writer.h"

namespace readout::store {

struct IngestOptions {
  size_t batch_articles = 1024;  // articles per transaction
  size_t queue_articles = 512;  // Add() blocks when this many wait
  bool background = true;       // false: Add() writes on the caller's thread
  WriterOptions writer;
};

struct IngestCounts {
  size_t inserted = 0;
  size_t replaced = 0;
  size_t unchanged = 0;
  size_t same_text = 0;        // skipped: same text stored under another id
  size_t near_duplicates = 0;  // stored, linked to a first copy
  size_t committed_batches = 0;
  // Time on the producer's thread: copying (or moving) articles for the queue, and
  // waiting because the queue was full (the writer is the bottleneck).
  double copy_seconds = 0;
  double wait_seconds = 0;
  WriterTimings writer;  // the writer's own split
};

class Ingester {
 public:
  // `db` must outlive the Ingester and be ready for writing (OpenForWriting).
  static Result<std::unique_ptr<Ingester>> Open(Database& db, IngestOptions options = {});
  ~Ingester();  // calls Finish() when not yet called

  // Queues one article. False once the ingester has stopped on an error
  // (the caller should stop feeding it and call Finish()).
  bool Add(const Document& doc, const Analysis& analysis);
  // The same, taking the article over instead of copying it (what `readout
  // ingest` does: copying an analysis costs ~5% of the ingest's CPU).
  bool Add(Document&& doc, Analysis&& analysis);

  // Writes and commits what is queued, joins the thread. Returns the first
  // error (its batch rolled back), or Ok. Idempotent.
  Status Finish();

  // Valid after Finish().
  const IngestCounts& counts() const { return counts_; }

 private:
  struct Job {
    Document doc;
    Analysis analysis;
  };
  Ingester(Database& db, IngestOptions options);
  void Loop();
  // Writes one job inside the open batch (opening one when needed).
  Status Write(const Document& doc, const Analysis& analysis);
  Status CommitBatch();
  bool WriteHere(const Document& doc, const Analysis& analysis);  // background == false
  bool Enqueue(Job job);
  void Fail(Status s);

  Database& db_;
  IngestOptions options_;
  std::unique_ptr<Writer> writer_;
  IngestCounts counts_;
  size_t in_batch_ = 0;
  bool finished_ = false;

  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Job> queue_;
  bool closing_ = false;
  bool failed_ = false;
  Status error_;
  std::thread thread_;
};

}  // namespace readout::store

#endif  // READOUT_STORE_INGESTER_H_
