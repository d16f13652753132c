// RunBatch: analyses a stream of articles on N threads and hands the results
// to a sink in input order (deterministic output whatever the thread count).
#ifndef READOUT_IO_BATCH_H_
#define READOUT_IO_BATCH_H_

#include <atomic>
#include <cstddef>
#include <functional>

#include "io/article_reader.h"
#include "readout/pipeline.h"

namespace readout::io {

struct BatchOptions {
  int threads = 0;            // 0: all cores
  size_t chunk_articles = 64; // articles read ahead per chunk and thread
  // When set and true, RunBatch stops before reading the next chunk (a sink
  // that met a fatal error, e.g. a database error in ingest, sets it).
  const std::atomic<bool>* stop = nullptr;
};

struct BatchProgress {
  size_t articles = 0;  // done so far
  size_t bytes = 0;     // text bytes done so far
  double seconds = 0;   // since the start
};

struct BatchStats {
  size_t articles = 0;  // analysed
  size_t failed = 0;    // reported bad and skipped
  size_t bytes = 0;
  size_t sentences = 0;
  double seconds = 0;
};

// The sink is called on the calling thread, in input order, once per item:
// `result` is the analysis or the error of that article (item.error already
// set for reader errors, in which case result holds that error too). Both are
// dropped after the call, so the sink may move from them (ingest hands the
// analysis to its writer thread without copying it).
using BatchSink = std::function<void(Item& item, Result<Analysis>& result)>;

BatchStats RunBatch(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                    const BatchSink& sink, const std::function<void(const BatchProgress&)>& progress = {});

}  // namespace readout::io

#endif  // READOUT_IO_BATCH_H_
