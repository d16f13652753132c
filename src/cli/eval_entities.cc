// `readout eval entities DIR`: how many named sources of a PolNeAR-format
// folder the entity stage finds, and how many of the roles the text gives it
// keeps. The metric is defined in src/eval/entities_eval.h; this file parses
// options and prints.
#include <fmt/format.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/line_file.h"
#include "cli/model_flags.h"
#include "eval/entities_eval.h"
#include "readout/pipeline.h"

namespace readout::cli {
namespace {

struct EvalEntitiesFlags {
  std::string dir;
  size_t limit = 0;
  std::string misses_path;
  ModelFlags model;
};

double Share(size_t a, size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

int RunEvalEntities(const EvalEntitiesFlags& f) {
  auto model = LoadModelOrReport(f.model);
  if (!model) return 1;
  PipelineOptions popts;
  popts.quotes = false;
  popts.events = false;
  Pipeline pipeline(*model, popts);
  std::vector<std::string> misses;
  auto counts =
      eval::EvaluateEntitiesDir(*model, pipeline, f.dir, f.limit, f.misses_path.empty() ? nullptr : &misses);
  if (!counts.ok()) {
    fmt::print(stderr, "readout: {}\n", counts.status().message());
    return 1;
  }
  const eval::EntityCounts& c = counts.value();
  fmt::print("articles {}  Source spans {}  naming a person or organisation {}\n", c.articles, c.sources, c.named);
  fmt::print("covered by an entity mention: {:.3f} ({}/{})\n", Share(c.covered, c.named), c.covered, c.named);
  fmt::print("covered by a PERSON/ORG/GROUP entity: {:.3f} ({}/{})\n", Share(c.typed, c.named), c.typed, c.named);
  fmt::print("role kept where the text gives one: {:.3f} ({}/{})\n", Share(c.role_found, c.role_given),
             c.role_found, c.role_given);
  if (!WriteLinesOrReport(f.misses_path, misses)) return 1;
  return 0;
}

}  // namespace

void AddEvalEntitiesCommand(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalEntitiesFlags>();
  CLI::App* cmd = eval->add_subcommand(
      "entities", "named Source spans of a PolNeAR-format folder covered by entities, and roles kept");
  cmd->add_option("DIR", flags->dir, "folder with text/*.txt and attributions/*.ann")->required();
  cmd->add_option("--limit", flags->limit, "stop after this many articles");
  cmd->add_option("--misses", flags->misses_path, "write each uncovered source and missed role to this file");
  AddModelFlags(cmd, &flags->model);
  cmd->callback([flags, exit_code] { *exit_code = RunEvalEntities(*flags); });
}

}  // namespace readout::cli
