// Sub-commands of the readout program. Each Add* registers its options on
// `app` and sets *exit_code when it runs. The library never reads argv.
#ifndef READOUT_CLI_COMMANDS_H_
#define READOUT_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace readout::cli {

void AddAnalyzeCommand(CLI::App& app, int* exit_code);
void AddEvalCommand(CLI::App& app, int* exit_code);
void AddIngestCommand(CLI::App& app, int* exit_code);
void AddQueryCommand(CLI::App& app, int* exit_code);
void AddExportCommand(CLI::App& app, int* exit_code);
// `readout eval` sub-commands, registered by AddEvalCommand.
void AddEvalTaggerCommand(CLI::App* eval, int* exit_code);
void AddEvalQuotesCommand(CLI::App* eval, int* exit_code);
void AddEvalPetrarchCommand(CLI::App* eval, int* exit_code);
void AddEvalSpansCommand(CLI::App* eval, int* exit_code);
void AddEvalActorsCommand(CLI::App* eval, int* exit_code);

}  // namespace readout::cli

#endif  // READOUT_CLI_COMMANDS_H_
