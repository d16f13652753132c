// `readout eval actors [FILE]`: actor-coding accuracy on the NGEC actor
// resolution cases (default: ../shared/data/ngec), with the model's
// dictionaries (--dicts / --dicts-only apply).
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/model_flags.h"
#include "eval/actor_eval.h"

namespace readout::cli {
namespace {

struct EvalActorsFlags {
  std::string file = READOUT_SHARED_DIR "/data/ngec/actor_resolution_gold_from_tests.tsv";
  bool errors = false;
  int repeat = 0;
  ModelFlags model;
};

int RunEvalActors(const EvalActorsFlags& f) {
  std::ifstream in(f.file, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "readout: cannot read {}\n", f.file);
    return 1;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  int skipped = 0;
  auto cases = eval::ParseActorCases(buf.str(), f.file, &skipped);
  if (!cases.ok()) {
    fmt::print(stderr, "readout: {}\n", cases.status().message());
    return 1;
  }
  auto model = LoadModelOrReport(f.model);
  if (!model) return 1;
  eval::ActorEvalResult r = eval::EvaluateActors(*model, cases.value());
  fmt::print("file                {}\n", f.file);
  fmt::print("skipped             {} (inactive, or only wiki/title expectations)\n", skipped);
  fmt::print("{}", eval::FormatActorReport(r, f.errors));
  if (f.repeat > 0) {
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < f.repeat; ++i) (void)eval::EvaluateActors(*model, cases.value());
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    fmt::print("coding speed        {:.0f} phrases/s (x{}, includes scoring)\n",
               static_cast<double>(cases.value().size()) * f.repeat / s, f.repeat);
  }
  return 0;
}

}  // namespace

void AddEvalActorsCommand(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalActorsFlags>();
  CLI::App* cmd = eval->add_subcommand("actors", "actor-coding accuracy on the NGEC actor resolution cases");
  cmd->add_option("file", flags->file, "NGEC actor_resolution TSV")->capture_default_str();
  cmd->add_flag("--errors", flags->errors, "list every case that is not fully right");
  cmd->add_option("--repeat", flags->repeat, "code the cases N more times and print the speed");
  AddModelFlags(cmd, &flags->model);
  cmd->callback([flags, exit_code] { *exit_code = RunEvalActors(*flags); });
}

}  // namespace readout::cli
