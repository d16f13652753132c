#include "cli/model_flags.h"

#include <fmt/format.h>

namespace readout::cli {

void AddModelFlags(CLI::App* cmd, ModelFlags* flags) {
  cmd->add_option("--dicts", flags->dicts, "extra dictionary folder (PETRARCH2/Phoenix formats), on top of the built-in ones");
  cmd->add_option("--dicts-only", flags->dicts_only, "dictionary folder used instead of the built-in ones");
  cmd->add_flag("--verbose", flags->verbose, "print every dictionary warning");
}

std::unique_ptr<const Model> LoadModelOrReport(const ModelFlags& flags) {
  ModelOptions options;
  options.dict_dirs = flags.dicts;
  if (!flags.dicts_only.empty()) {
    options.dict_dirs = flags.dicts_only;
    options.dicts_only = true;
  }
  auto model = Model::Load(options);
  if (!model.ok()) {
    fmt::print(stderr, "readout: cannot load model: {}\n", model.status().message());
    return nullptr;
  }
  const auto& warnings = model.value()->warnings();
  if (flags.verbose) {
    for (const auto& w : warnings) fmt::print(stderr, "readout: warning: {}\n", w);
  } else if (!warnings.empty()) {
    fmt::print(stderr, "readout: {} dictionary warning(s), first: {} (--verbose lists all)\n", warnings.size(),
               warnings.front());
  }
  return std::move(model).value();
}

}  // namespace readout::cli
