// `readout eval spans FILE`: token F1 of event source and target spans
// against ConfliBERT CAMEO-NER labels (B-S/I-S, B-T/I-T). The metric is in
// src/eval/spans_eval.h; this file parses options and prints.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/line_file.h"
#include "cli/model_flags.h"
#include "eval/spans_eval.h"

namespace readout::cli {
namespace {

struct EvalSpansFlags {
  std::string file;
  std::string errors_path;
  ModelFlags model;
};

int RunEvalSpans(const EvalSpansFlags& f) {
  std::ifstream in(f.file, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "readout: cannot read {}\n", f.file);
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto sentences = eval::ReadConllSpans(ss.str());
  if (!sentences.ok()) {
    fmt::print(stderr, "readout: {}: {}\n", f.file, sentences.status().message());
    return 1;
  }
  auto model = LoadModelOrReport(f.model);
  if (!model) return 1;
  std::vector<std::string> errors;
  eval::SpanCounts n = eval::EvaluateSpans(*model, sentences.value(), eval::SpanReading{}, &errors);
  eval::PrF s = eval::Score(n.gold_s, n.pred_s, n.hit_s);
  eval::PrF t = eval::Score(n.gold_t, n.pred_t, n.hit_t);
  eval::PrF r = eval::Score(n.gold_r, n.pred_r, n.hit_r);
  fmt::print("sentences {}\n", n.sentences);
  fmt::print("source tokens: gold {}  predicted {}  P {:.3f}  R {:.3f}  F1 {:.3f}\n", n.gold_s, n.pred_s, s.p, s.r,
             s.f1);
  fmt::print("target tokens: gold {}  predicted {}  P {:.3f}  R {:.3f}  F1 {:.3f}\n", n.gold_t, n.pred_t, t.p, t.r,
             t.f1);
  fmt::print("reciprocal tokens: gold {}  predicted {}  P {:.3f}  R {:.3f}  F1 {:.3f}\n", n.gold_r, n.pred_r, r.p,
             r.r, r.f1);
  auto line = [&](const char* what, const eval::SpanReading& reading) {
    eval::SpanCounts c = eval::EvaluateSpans(*model, sentences.value(), reading, nullptr);
    eval::PrF cs = eval::Score(c.gold_s, c.pred_s, c.hit_s);
    eval::PrF ct = eval::Score(c.gold_t, c.pred_t, c.hit_t);
    fmt::print("{}: source F1 {:.3f} (P {:.3f} R {:.3f})  target F1 {:.3f} (P {:.3f} R {:.3f})\n", what, cs.f1, cs.p,
               cs.r, ct.f1, ct.p, ct.r);
  };
  // Every event's sides as sources and targets, no R: the reading of the
  // sessions before the eighth.
  line("every event as S/T (no R, no main event)", {.things_as_targets = true, .conflibert = false});
  // Targets as `readout analyze` codes them: the thing an act is done to is
  // no target there.
  line("without things as targets (as analyze codes)", {.things_as_targets = false, .conflibert = true});
  if (!WriteLinesOrReport(f.errors_path, errors)) return 1;
  return 0;
}

}  // namespace

void AddEvalSpansCommand(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalSpansFlags>();
  CLI::App* cmd = eval->add_subcommand("spans", "event source/target token F1 against ConfliBERT CAMEO-NER labels");
  cmd->add_option("FILE", flags->file, "CoNLL file (token TAG per line; B-S/I-S, B-T/I-T, B-R/I-R)")->required();
  cmd->add_option("--errors", flags->errors_path, "write sentences with a wrong token to FILE (gold/predicted label)");
  AddModelFlags(cmd, &flags->model);
  cmd->callback([flags, exit_code] { *exit_code = RunEvalSpans(*flags); });
}

}  // namespace readout::cli
