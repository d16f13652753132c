// `readout eval quotes DIR`: quote and speaker accuracy over a PolNeAR-format
// folder (DIR/text/*.txt, DIR/attributions/*.ann). The metric is in
// src/eval/quotes_eval.h; this file parses options and prints.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/line_file.h"
#include "cli/model_flags.h"
#include "eval/quotes_eval.h"
#include "readout/pipeline.h"

namespace readout::cli {
namespace {

struct EvalQuotesFlags {
  std::string dir;
  size_t limit = 0;
  std::string errors_path;
  ModelFlags model;
};

int RunEvalQuotes(const EvalQuotesFlags& f) {
  auto model = LoadModelOrReport(f.model);
  if (!model) return 1;
  PipelineOptions popts;
  popts.events = false;
  Pipeline pipeline(*model, popts);
  std::vector<std::string> errors;
  auto counts = eval::EvaluateQuotesDir(pipeline, f.dir, f.limit, f.errors_path.empty() ? nullptr : &errors);
  if (!counts.ok()) {
    fmt::print(stderr, "readout: {}\n", counts.status().message());
    return 1;
  }
  const eval::QuoteCounts& c = counts.value();
  const eval::QuoteScores s = eval::Score(c);
  fmt::print("articles {}  gold attributions {}  predicted quotes {}\n", c.articles, c.gold, c.predicted);
  fmt::print("strict (80% in / 80% covered): P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.strict_precision, s.strict_recall,
             s.strict_f1);
  fmt::print("loose  (50% in / 30% covered): P {:.3f}  R {:.3f}  F1 {:.3f}\n", s.loose_precision, s.loose_recall,
             s.loose_f1);
  fmt::print("quote-marked gold recall: loose {:.3f}  strict {:.3f}  ({} gold)\n", s.marked_recall,
             s.marked_recall_strict, c.marked_gold);
  fmt::print("speaker accuracy {:.3f} ({}/{})  cue accuracy {:.3f} ({}/{})\n", s.speaker_accuracy, c.speaker_right,
             c.speaker_total, s.cue_accuracy, c.cue_right, c.cue_total);
  if (!WriteLinesOrReport(f.errors_path, errors)) return 1;
  return 0;
}

}  // namespace

void AddEvalQuotesCommand(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalQuotesFlags>();
  CLI::App* cmd = eval->add_subcommand("quotes", "quotes and speakers against PolNeAR-format brat attributions");
  cmd->add_option("DIR", flags->dir, "folder with text/*.txt and attributions/*.ann")->required();
  cmd->add_option("--limit", flags->limit, "evaluate only the first N articles");
  cmd->add_option("--errors", flags->errors_path, "write false positives, misses and wrong speakers/cues to FILE");
  AddModelFlags(cmd, &flags->model);
  cmd->callback([flags, exit_code] { *exit_code = RunEvalQuotes(*flags); });
}

}  // namespace readout::cli
