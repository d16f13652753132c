// Options shared by every command that loads a Model (--dicts, --dicts-only).
#ifndef READOUT_CLI_MODEL_FLAGS_H_
#define READOUT_CLI_MODEL_FLAGS_H_

#include <CLI/CLI.hpp>
#include <memory>

#include "readout/model.h"

namespace readout::cli {

struct ModelFlags {
  std::vector<std::string> dicts;
  std::vector<std::string> dicts_only;
  bool verbose = false;
};

void AddModelFlags(CLI::App* cmd, ModelFlags* flags);
// Loads the model, printing load warnings (a count, or all when verbose) and
// errors to standard error. Null on failure.
std::unique_ptr<const Model> LoadModelOrReport(const ModelFlags& flags);

}  // namespace readout::cli

#endif  // READOUT_CLI_MODEL_FLAGS_H_
