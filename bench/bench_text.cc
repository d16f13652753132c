// Google Benchmark cases for the text layer's hot loops: the tokenizer alone
// and tokenizer plus sentence splitter, over the PolNeAR train texts (read
// from ../shared at run time, one document per file as the pipeline sees
// them). Throughput is reported as bytes_per_second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "polnear_texts.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

// The PolNeAR train texts, loaded once; empty when ../shared is absent.
const std::vector<std::string>& Corpus() { return readout::bench::PolnearTrainTexts(); }

size_t CorpusBytes() {
  size_t n = 0;
  for (const std::string& d : Corpus()) n += d.size();
  return n;
}

void BM_Tokenize(benchmark::State& state) {
  if (Corpus().empty()) {
    state.SkipWithError("PolNeAR train texts not found under READOUT_SHARED_DIR");
    return;
  }
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& d : Corpus()) {
      auto t = readout::text::Tokenize(d);
      tokens += t.size();
      benchmark::DoNotOptimize(t.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  if (Corpus().empty()) {
    state.SkipWithError("PolNeAR train texts not found under READOUT_SHARED_DIR");
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    for (const std::string& d : Corpus()) {
      auto t = readout::text::Tokenize(d);
      auto s = readout::text::SplitSentences(d, t);
      sentences += s.size();
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);

}  // namespace
