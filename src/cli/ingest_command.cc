// `readout ingest`: analyses articles like `readout analyze` and stores them
// in the SQLite record (src/store/). Exit status: 0 all stored, 2 some bad
// articles skipped (CONTRACT.md), 1 a database or input error stopped it.
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "cli/commands.h"
#include "cli/open_inputs.h"
#include "cli/model_flags.h"
#include "io/article_reader.h"
#include "io/batch.h"
#include "readout/pipeline.h"
#include "store/ingester.h"
#include "store/schema.h"

namespace readout::cli {
namespace {

struct IngestFlags {
  std::string db = "readout.db";
  std::vector<std::string> inputs;
  std::string date;
  int threads = 0;
  size_t max_bytes = 8u << 20;
  size_t batch = 1024;
  double near_duplicate = 0.7;
  bool quiet = false;
  bool timings = false;
  ModelFlags model;
};

// Wall-clock seconds since the command started at which each phase ended:
// what the writer adds to the wall time shows as the gap between the end of
// the analysis and the end of the writer (its backlog, the last commit) and
// then the close (SQLite's final WAL checkpoint).
struct Phases {
  double model = 0, analysis = 0, writer = 0, closed = 0;
  double close_cpu = 0;  // CPU seconds of the close itself
};

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// Where the time went, for profiling the store (docs/performance.md).
void PrintTimings(const store::IngestCounts& c, const Phases& p) {
  const store::WriterTimings& w = c.writer;
  fmt::print(stderr,
             "readout: wall clock (s): model and database open {:.2f}, analysis done {:.2f}, writer done {:.2f} "
             "(+{:.2f}), database closed {:.2f} (+{:.2f}, {:.2f} s CPU)\n",
             p.model, p.analysis, p.writer, p.writer - p.analysis, p.closed, p.closed - p.writer, p.close_cpu);
  fmt::print(stderr,
             "readout: timings (s): producer copy {:.2f}, producer waiting for the writer {:.2f}; writer busy {:.2f} "
             "= fingerprint {:.2f}, look-ups {:.2f}, article rows {:.2f}, entities {:.2f}, quotes {:.2f}, full-text index "
             "{:.2f}, events {:.2f}, sentences and times {:.2f}, commit {:.2f}\n",
             c.copy_seconds, c.wait_seconds, w.Total(), w.fingerprint, w.lookup, w.article, w.entities, w.quotes,
             w.fts, w.events, w.other, w.commit);
}

int RunIngest(const IngestFlags& f) {
  const auto t0 = std::chrono::steady_clock::now();
  auto since_start = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
  Phases phases;
  auto reader = OpenInputsOrReport(f.inputs, f.date, f.max_bytes);
  if (!reader) return 1;
  // 64 MB, the writer's cache_size (store/schema.cc).
  (void)store::ReservePageCache(size_t{64} << 20);
  auto db = store::OpenForWriting(f.db);
  if (!db.ok()) {
    fmt::print(stderr, "readout: {}\n", db.status().message());
    return 1;
  }
  auto model = LoadModelOrReport(f.model);
  if (!model) return 1;
  PipelineOptions popts;
  popts.max_article_bytes = f.max_bytes;
  Pipeline pipeline(*model, popts);

  store::IngestOptions iopts;
  iopts.batch_articles = f.batch;
  iopts.writer.near_duplicate_threshold = f.near_duplicate;
  iopts.writer.timings = f.timings;
  auto ingester = store::Ingester::Open(*db.value(), iopts);
  if (!ingester.ok()) {
    fmt::print(stderr, "readout: {}\n", ingester.status().message());
    return 1;
  }
  phases.model = since_start();
  std::atomic<bool> stop{false};
  io::BatchOptions bopts;
  bopts.threads = f.threads;
  bopts.stop = &stop;
  const bool tty = isatty(STDERR_FILENO) && !f.quiet;
  bool progress_shown = false;
  size_t bad = 0;
  auto stats = io::RunBatch(
      pipeline, *reader, bopts,
      [&](io::Item& item, Result<Analysis>& r) {
        if (stop.load()) return;
        for (const auto& w : item.warnings) fmt::print(stderr, "readout: warning: {}\n", w);
        if (!r.ok()) {
          std::string msg = r.status().message();
          if (msg.find(item.where) == std::string::npos) msg = fmt::format("{}: {}", item.where, msg);
          fmt::print(stderr, "readout: skipped: {}\n", msg);
          ++bad;
          return;
        }
        if (!ingester.value()->Add(std::move(item.doc), std::move(r.value()))) stop = true;
      },
      [&](const io::BatchProgress& p) {
        if (!tty || p.seconds < 2.0) return;
        fmt::print(stderr, "\r{} articles, {:.1f} MB/s   ", p.articles, p.bytes / 1e6 / std::max(p.seconds, 1e-9));
        progress_shown = true;
      });
  phases.analysis = since_start();
  Status s = ingester.value()->Finish();
  phases.writer = since_start();
  if (progress_shown) fmt::print(stderr, "\n");
  const store::IngestCounts& c = ingester.value()->counts();
  if (!s.ok()) {
    fmt::print(stderr, "readout: {}\n", s.message());
    fmt::print(stderr, "readout: {} article(s) stored before the error; run the same command again to resume\n",
               c.inserted + c.replaced);
    return 1;
  }
  if (!f.quiet) {
    fmt::print(stderr,
               "readout: {}: {} new, {} replaced, {} unchanged, {} same text as a stored article, {} wire copies; "
               "{} skipped ({:.1f} MB in {:.2f} s, {:.2f} MB/s)\n",
               f.db, c.inserted, c.replaced, c.unchanged, c.same_text, c.near_duplicates, bad, stats.bytes / 1e6,
               stats.seconds, stats.bytes / 1e6 / std::max(stats.seconds, 1e-9));
  }
  if (f.timings) {
    const store::IngestCounts counts = c;
    const double cpu0 = ThreadCpuSeconds();
    ingester.value().reset();
    db.value().reset();  // closing runs the final checkpoint
    phases.closed = since_start();
    phases.close_cpu = ThreadCpuSeconds() - cpu0;
    PrintTimings(counts, phases);
  }
  return bad > 0 ? 2 : 0;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand("ingest", "analyse articles and store them in a SQLite database");
  cmd->add_option("INPUT", flags->inputs, ".txt or .jsonl files, directories, or - for JSONL on standard input");
  cmd->add_option("--db", flags->db, "database file (default readout.db; created when missing)");
  cmd->add_option("--date", flags->date, "publication date (YYYY-MM-DD) for articles that carry none");
  cmd->add_option("--threads", flags->threads, "worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-bytes", flags->max_bytes, "largest article accepted, in bytes (default 8 MiB)");
  cmd->add_option("--batch", flags->batch, "articles per transaction (default 1024)")->check(CLI::PositiveNumber);
  cmd->add_option("--near-duplicate", flags->near_duplicate,
                  "similarity (0-1, estimated Jaccard of 4-word shingles) from which an article is a wire copy "
                  "(default 0.7)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--quiet,-q", flags->quiet, "no progress or summary on standard error");
  cmd->add_flag("--timings", flags->timings, "print where the database writer spent its time");
  AddModelFlags(cmd, &flags->model);
  cmd->callback([flags, exit_code] { *exit_code = RunIngest(*flags); });
}

}  // namespace readout::cli
