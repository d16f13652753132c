// `readout analyze`: CONTRACT.md's main command.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/open_inputs.h"
#include "cli/model_flags.h"
#include "io/article_reader.h"
#include "io/batch.h"
#include "readout/json.h"
#include "readout/pipeline.h"

namespace readout::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string date;
  int threads = 0;
  size_t max_bytes = 8u << 20;
  ModelFlags model;
};

// Total bytes of the named inputs when known (for the ETA); 0 for stdin.
size_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code ec;
  for (const auto& p : inputs) {
    if (p == "-") return 0;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

int RunAnalyze(const AnalyzeFlags& f) {
  auto reader = OpenInputsOrReport(f.inputs, f.date, f.max_bytes);
  if (!reader) return 1;
  auto model = LoadModelOrReport(f.model);
  if (!model) return 1;
  PipelineOptions popts;
  popts.max_article_bytes = f.max_bytes;
  Pipeline pipeline(*model, popts);
  const bool text = f.format == "text";
  const size_t total = InputBytes(f.inputs);
  const bool tty = isatty(STDERR_FILENO);
  bool progress_shown = false;
  io::BatchOptions bopts;
  bopts.threads = f.threads;
  std::string buf;
  auto stats = io::RunBatch(
      pipeline, *reader, bopts,
      [&](const io::Item& item, const Result<Analysis>& r) {
        for (const auto& w : item.warnings) fmt::print(stderr, "readout: warning: {}\n", w);
        if (!r.ok()) {
          std::string msg = r.status().message();
          if (msg.find(item.where) == std::string::npos) msg = fmt::format("{}: {}", item.where, msg);
          fmt::print(stderr, "readout: skipped: {}\n", msg);
          return;
        }
        buf = text ? ToTextReport(r.value()) + "\n" : ToJsonLine(r.value()) + "\n";
        std::fwrite(buf.data(), 1, buf.size(), stdout);
      },
      [&](const io::BatchProgress& p) {
        if (!tty || p.seconds < 2.0) return;
        double mbs = p.bytes / 1e6 / std::max(p.seconds, 1e-9);
        std::string eta = "";
        if (total > 0 && p.bytes > 0 && p.bytes < total) {
          eta = fmt::format(", ETA {:.0f}s", (total - p.bytes) / 1e6 / std::max(mbs, 1e-9));
        }
        fmt::print(stderr, "\r{} articles, {:.1f} MB/s{}   ", p.articles, mbs, eta);
        progress_shown = true;
      });
  std::fflush(stdout);
  if (progress_shown) fmt::print(stderr, "\n");
  if (stats.failed > 0) {
    fmt::print(stderr, "readout: {} article(s) analysed, {} skipped\n", stats.articles, stats.failed);
    return 2;
  }
  return 0;
}

}  // namespace

void AddAnalyzeCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app.add_subcommand("analyze", "analyse articles; one JSON line per article on standard output");
  cmd->add_option("INPUT", flags->inputs, ".txt or .jsonl files, directories, or - for JSONL on standard input");
  cmd->add_option("--format", flags->format, "jsonl or text")->check(CLI::IsMember({"jsonl", "text"}));
  cmd->add_option("--date", flags->date, "publication date (YYYY-MM-DD) for articles that carry none");
  cmd->add_option("--threads", flags->threads, "worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-bytes", flags->max_bytes, "largest article accepted, in bytes (default 8 MiB)");
  AddModelFlags(cmd, &flags->model);
  cmd->callback([flags, exit_code] { *exit_code = RunAnalyze(*flags); });
}

}  // namespace readout::cli
