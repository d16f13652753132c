// The readout program: parses the command line and dispatches to a command.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"readout: who said what, who did what to whom, and who is who, from news articles"};
  app.require_subcommand(1);
  int exit_code = 0;
  readout::cli::AddAnalyzeCommand(app, &exit_code);
  readout::cli::AddEvalCommand(app, &exit_code);
  readout::cli::AddIngestCommand(app, &exit_code);
  readout::cli::AddQueryCommand(app, &exit_code);
  readout::cli::AddExportCommand(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
