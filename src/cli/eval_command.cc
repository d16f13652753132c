// `readout eval KIND ...`: accuracy against gold data, printed as numbers.
// Each evaluation lives in src/eval/; this file only wires the options.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/model_flags.h"

namespace readout::cli {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* eval = app.add_subcommand("eval", "measure accuracy against gold data");
  eval->require_subcommand(1);
  AddEvalQuotesCommand(eval, exit_code);
  AddEvalTaggerCommand(eval, exit_code);
  AddEvalPetrarchCommand(eval, exit_code);
  AddEvalSpansCommand(eval, exit_code);
  AddEvalActorsCommand(eval, exit_code);
}

}  // namespace readout::cli
