// A single-producer single-consumer bounded queue feeding one writer thread.
// The writer keeps a transaction open across articles and commits every
// batch_articles, and once more when the queue is closed. On the first error
// it rolls back, records the error, drops what is queued and wakes the
// producer, whose next Add() returns false.
#include "store/ingester.h"

#include <fmt/format.h>

#include <chrono>

namespace readout::store {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// The analysis without tokens (the store keeps none): what is worth copying
// across to the writer thread.
Analysis CopyForStore(const Analysis& a) {
  Analysis out;
  out.id = a.id;
  out.date = a.date;
  out.text = a.text;
  out.sentences = a.sentences;
  out.entities = a.entities;
  out.times = a.times;
  out.quotes = a.quotes;
  out.events = a.events;
  return out;
}

}  // namespace

Ingester::Ingester(Database& db, IngestOptions options) : db_(db), options_(options) {}

Ingester::~Ingester() { (void)Finish(); }

Result<std::unique_ptr<Ingester>> Ingester::Open(Database& db, IngestOptions options) {
  if (options.batch_articles == 0) options.batch_articles = 1;
  if (options.queue_articles == 0) options.queue_articles = 1;
  std::unique_ptr<Ingester> ing(new Ingester(db, options));
  auto w = Writer::Open(db, options.writer);
  if (!w.ok()) return w.status();
  ing->writer_ = std::move(w.value());
  if (options.background) ing->thread_ = std::thread([p = ing.get()] { p->Loop(); });
  return ing;
}

void Ingester::Fail(Status s) {
  writer_->Rollback();
  std::string rolled = in_batch_ > 0 ? fmt::format("; the batch in progress ({} article(s)) was rolled back", in_batch_)
                                     : std::string();
  in_batch_ = 0;
  std::lock_guard<std::mutex> lock(mu_);
  if (!failed_) {
    failed_ = true;
    error_ = Status::IoError(s.message() + rolled);
  }
  queue_.clear();
  not_full_.notify_all();
}

Status Ingester::Write(const Document& doc, const Analysis& analysis) {
  if (in_batch_ == 0) {
    Status s = writer_->Begin();
    if (!s.ok()) return s;
  }
  ++in_batch_;
  auto r = writer_->Put(doc, analysis);
  if (!r.ok()) return Status::IoError(fmt::format("storing article '{}': {}", doc.id, r.status().message()));
  switch (r->outcome) {
    case PutOutcome::kInserted: ++counts_.inserted; break;
    case PutOutcome::kReplaced: ++counts_.replaced; break;
    case PutOutcome::kUnchanged: ++counts_.unchanged; break;
    case PutOutcome::kSameText: ++counts_.same_text; break;
  }
  if (!r->duplicate_of.empty()) ++counts_.near_duplicates;
  if (in_batch_ >= options_.batch_articles) return CommitBatch();
  return Status::Ok();
}

Status Ingester::CommitBatch() {
  if (in_batch_ == 0) return Status::Ok();
  Status s = writer_->Commit();
  if (!s.ok()) return s;
  in_batch_ = 0;
  ++counts_.committed_batches;
  return Status::Ok();
}

void Ingester::Loop() {
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      not_empty_.wait(lock, [&] { return !queue_.empty() || closing_ || failed_; });
      if (failed_) return;
      if (queue_.empty()) break;  // closing and drained
      job = std::move(queue_.front());
      queue_.pop_front();
      not_full_.notify_one();
    }
    Status s = Write(job.doc, job.analysis);
    if (!s.ok()) {
      Fail(s);
      return;
    }
  }
  Status s = CommitBatch();
  if (!s.ok()) Fail(s);
}

bool Ingester::Add(const Document& doc, const Analysis& analysis) {
  if (!options_.background) return WriteHere(doc, analysis);
  auto t0 = std::chrono::steady_clock::now();
  Job job{doc, CopyForStore(analysis)};
  counts_.copy_seconds += SecondsSince(t0);
  return Enqueue(std::move(job));
}

bool Ingester::Add(Document&& doc, Analysis&& analysis) {
  if (!options_.background) return WriteHere(doc, analysis);
  auto t0 = std::chrono::steady_clock::now();
  Job job{std::move(doc), std::move(analysis)};
  job.analysis.tokens = {};  // the store keeps none: free them here, not in the writer
  counts_.copy_seconds += SecondsSince(t0);
  return Enqueue(std::move(job));
}

bool Ingester::WriteHere(const Document& doc, const Analysis& analysis) {
  if (failed_ || finished_) return false;
  Status s = Write(doc, analysis);
  if (!s.ok()) Fail(s);
  return !failed_;
}

bool Ingester::Enqueue(Job job) {
  auto t0 = std::chrono::steady_clock::now();
  std::unique_lock<std::mutex> lock(mu_);
  not_full_.wait(lock, [&] { return queue_.size() < options_.queue_articles || failed_; });
  counts_.wait_seconds += SecondsSince(t0);
  if (failed_ || closing_) return false;
  queue_.push_back(std::move(job));
  not_empty_.notify_one();
  return true;
}

Status Ingester::Finish() {
  if (finished_) return error_;
  finished_ = true;
  struct Collect {  // the writer's split, once its thread is done
    Ingester* self;
    ~Collect() { self->counts_.writer = self->writer_->timings(); }
  } collect{this};
  if (thread_.joinable()) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    not_empty_.notify_all();
    thread_.join();
  } else if (!failed_) {
    Status s = CommitBatch();
    if (!s.ok()) Fail(s);
  }
  return error_;
}

}  // namespace readout::store
