// Chunked fork-join: read a chunk of articles, analyse it with a pool of
// threads pulling indices from an atomic counter, emit in order, repeat.
// Memory is bounded by the chunk; order needs no reordering buffer.
#include "io/batch.h"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace readout::io {

BatchStats RunBatch(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                    const BatchSink& sink, const std::function<void(const BatchProgress&)>& progress) {
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 1;
  const size_t chunk = options.chunk_articles * static_cast<size_t>(threads);
  const auto t0 = std::chrono::steady_clock::now();
  BatchStats stats;
  std::vector<Item> items;
  std::vector<std::optional<Result<Analysis>>> results;
  bool done = false;
  while (!done && !(options.stop && options.stop->load())) {
    items.clear();
    while (items.size() < chunk) {
      auto item = reader.Next();
      if (!item) { done = true; break; }
      items.push_back(std::move(*item));
    }
    if (items.empty()) break;
    results.assign(items.size(), std::nullopt);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < items.size();) {
        if (!items[i].error.ok()) {
          results[i].emplace(items[i].error);
        } else {
          results[i].emplace(pipeline.Analyze(items[i].doc));
        }
      }
    };
    if (threads == 1 || items.size() == 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(work);
      for (auto& th : pool) th.join();
    }
    for (size_t i = 0; i < items.size(); ++i) {
      Result<Analysis>& r = *results[i];
      if (r.ok()) {
        ++stats.articles;
        stats.bytes += items[i].doc.text.size();
        stats.sentences += r.value().sentences.size();
      } else {
        ++stats.failed;
      }
      sink(items[i], r);
    }
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (progress) progress({stats.articles + stats.failed, stats.bytes, stats.seconds});
  }
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

}  // namespace readout::io
