// readout_bench: end-to-end throughput of Pipeline::Analyze over a corpus.
//
// Reads every .txt file of a folder (default: the PolNeAR train texts in
// ../shared) into memory, loads the model (timed), then analyses the whole
// corpus with 1 and with N threads, per stage set, and prints MB/s,
// sentences/s and peak resident memory. `--lines N` instead cuts the corpus
// into its first N sentences and analyses each as its own document, which is
// how TABARI-style coders are fed (one sentence per input line).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "readout/pipeline.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

// CPU seconds the calling thread has used: on a shared machine a run's wall
// time includes waiting for a core, its CPU time does not.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

struct RunStats {
  double seconds = 0;
  double cpu_seconds = 0;  // summed over the worker threads
  size_t bytes = 0;
  size_t sentences = 0;
  size_t entities = 0, quotes = 0, events = 0;
};

RunStats RunCorpus(const readout::Pipeline& p, const std::vector<readout::Document>& docs, int threads) {
  std::atomic<size_t> next{0}, sentences{0}, bytes{0}, ents{0}, quotes{0}, events{0};
  std::atomic<int64_t> cpu_ns{0};
  auto t0 = Clock::now();
  auto work = [&] {
    const double cpu0 = ThreadCpuSeconds();
    for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
      auto r = p.Analyze(docs[i]);
      if (!r.ok()) continue;
      sentences += r->sentences.size();
      bytes += docs[i].text.size();
      ents += r->entities.size();
      quotes += r->quotes.size();
      events += r->events.size();
    }
    cpu_ns += static_cast<int64_t>((ThreadCpuSeconds() - cpu0) * 1e9);
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  RunStats s;
  s.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  s.cpu_seconds = cpu_ns / 1e9;
  s.bytes = bytes;
  s.sentences = sentences;
  s.entities = ents;
  s.quotes = quotes;
  s.events = events;
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"readout_bench: pipeline throughput over a corpus"};
  std::string corpus = std::string(READOUT_SHARED_DIR) + "/data/polnear/train/text";
  std::vector<int> threads = {1, 2};
  size_t lines = 0;
  int repeat = 1;
  std::string stages = "all";
  app.add_option("--corpus", corpus, "folder of .txt articles");
  app.add_option("--threads", threads, "thread counts to run");
  app.add_option("--lines", lines, "cut the corpus into its first N sentences, one document each");
  app.add_option("--repeat", repeat, "passes over the corpus per run (best one is kept)");
  app.add_option("--stages", stages, "text | entities | quotes | events | all")
      ->check(CLI::IsMember({"text", "entities", "quotes", "events", "all"}));
  CLI11_PARSE(app, argc, argv);

  std::vector<readout::Document> docs;
  std::error_code ec;
  std::vector<fs::path> files;
  for (auto it = fs::directory_iterator(corpus, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".txt") files.push_back(it->path());
  }
  if (files.empty()) {
    fmt::print(stderr, "readout_bench: no .txt files in {}\n", corpus);
    return 1;
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    docs.push_back({f.stem().string(), ss.str(), readout::Date{2016, 10, 1}, "", "", ""});
  }
  if (lines > 0) {
    std::vector<readout::Document> cut;
    for (const auto& d : docs) {
      auto toks = readout::text::Tokenize(d.text);
      for (const auto& s : readout::text::SplitSentences(d.text, toks)) {
        if (cut.size() >= lines) break;
        cut.push_back({fmt::format("s{}", cut.size()), d.text.substr(s.start, s.end - s.start), d.date, "", "", ""});
      }
      if (cut.size() >= lines) break;
    }
    docs = std::move(cut);
  }
  size_t total = 0;
  for (const auto& d : docs) total += d.text.size();

  auto t0 = Clock::now();
  auto model = readout::Model::Load({});
  double load = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!model.ok()) {
    fmt::print(stderr, "readout_bench: {}\n", model.status().message());
    return 1;
  }
  readout::PipelineOptions popts;
  popts.entities = stages != "text";
  popts.quotes = stages == "all" || stages == "quotes";
  popts.events = stages == "all" || stages == "events";
  readout::Pipeline pipeline(*model.value(), popts);
  fmt::print("corpus: {} ({} documents, {:.2f} MB{})\n", corpus, docs.size(), total / 1e6,
             lines ? fmt::format(", first {} sentences one per document", lines) : "");
  fmt::print("stages: {}\nmodel load: {:.3f} s\n", stages, load);
  for (int t : threads) {
    RunStats best;
    double best_cpu = 0;
    for (int r = 0; r < repeat; ++r) {
      RunStats s = RunCorpus(pipeline, docs, t);
      if (r == 0 || s.seconds < best.seconds) best = s;
      if (r == 0 || s.cpu_seconds < best_cpu) best_cpu = s.cpu_seconds;
    }
    fmt::print("threads {}: {:.3f} s, {:.2f} MB/s, {:.0f} sentences/s ({} sentences, {} entities, {} quotes, {} events)\n",
               t, best.seconds, best.bytes / 1e6 / best.seconds, best.sentences / best.seconds, best.sentences,
               best.entities, best.quotes, best.events);
    // Per CPU-second of the workers: the figure to compare on a busy machine.
    fmt::print("threads {} cpu: {:.3f} s, {:.2f} MB/s, {:.0f} sentences/s per CPU-second\n", t, best_cpu,
               best.bytes / 1e6 / best_cpu, best.sentences / best_cpu);
  }
  fmt::print("peak memory: {:.1f} MB\n", PeakRssMb());
  return 0;
}
