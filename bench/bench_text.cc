// Google Benchmark cases for the text layer's hot loops: the tokenizer alone
// and tokenizer plus sentence splitter, over the PolNeAR train texts (read
// from ../shared at run time, one document per file as the pipeline sees
// them). Throughput is reported as bytes_per_second.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

namespace fs = std::filesystem;

// The PolNeAR train texts, loaded once; empty when ../shared is absent.
const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    fs::path dir = fs::path(READOUT_SHARED_DIR) / "data" / "polnear" / "train" / "text";
    if (!fs::is_directory(dir)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      out.push_back(buf.str());
    }
    return out;
  }();
  return docs;
}

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
