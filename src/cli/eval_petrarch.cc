// `readout eval petrarch FILE [--dicts DIR]`: PETRARCH2 unit-test records.
// The dictionaries named in FILE's <Environment> (verbs, actors, agents,
// discards) are taken from DIR (default: FILE's folder), linked into a
// private temporary folder and loaded alone (--dicts-only), so the other
// dictionaries sharing DIR (Phoenix.*, CAMEO.2.0.txt) stay out. The metric
// is in src/eval/petrarch_eval.h; this file parses options and prints.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "cli/line_file.h"
#include "cli/model_flags.h"
#include "eval/petrarch_eval.h"

namespace readout::cli {
namespace {

namespace fs = std::filesystem;

struct EvalPetrarchFlags {
  std::string file;
  std::string dicts;
  std::string errors_path;
  bool verbose = false;
};

int RunEvalPetrarch(const EvalPetrarchFlags& f) {
  std::ifstream in(f.file, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "readout: cannot read {}\n", f.file);
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  eval::PetrarchFiles files;
  auto records = eval::ReadPetrarchRecords(ss.str(), &files);
  if (!records.ok()) {
    fmt::print(stderr, "readout: {}: {}\n", f.file, records.status().message());
    return 1;
  }
  fs::path dir = f.dicts.empty() ? fs::path(f.file).parent_path() : fs::path(f.dicts);
  if (dir.empty()) dir = ".";
  fs::path tmp = fs::temp_directory_path() / fmt::format("readout-petrarch-{}", ::getpid());
  std::error_code ec;
  fs::create_directories(tmp, ec);
  for (const std::string& name : {files.verbs, files.actors, files.agents, files.discards}) {
    if (name.empty()) continue;
    fs::path src = fs::absolute(dir / name, ec);
    if (!fs::exists(src)) {
      fmt::print(stderr, "readout: {} names {}, not found in {}\n", f.file, name, dir.string());
      fs::remove_all(tmp, ec);
      return 1;
    }
    fs::create_symlink(src, tmp / name, ec);
  }
  ModelFlags mf;
  mf.dicts_only = {tmp.string()};
  mf.verbose = f.verbose;
  auto model = LoadModelOrReport(mf);
  fs::remove_all(tmp, ec);
  if (!model) return 1;
  std::vector<std::string> errors;
  eval::PetrarchCounts n = eval::EvaluatePetrarch(*model, records.value(), &errors);
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  fmt::print("records {} (plus {} parse-error records not scored)\n", n.records, n.skipped);
  fmt::print("records exactly right: {} ({:.1f}%)\n", n.exact, pct(n.exact, n.records));
  fmt::print("events: expected {}  coded {}  correct {}  precision {:.3f}  recall {:.3f}\n", n.expected, n.coded,
             n.correct, n.coded ? double(n.correct) / n.coded : 0.0, n.expected ? double(n.correct) / n.expected : 0.0);
  if (!WriteLinesOrReport(f.errors_path, errors)) return 1;
  return 0;
}

}  // namespace

void AddEvalPetrarchCommand(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalPetrarchFlags>();
  CLI::App* cmd = eval->add_subcommand("petrarch", "CAMEO event coding against PETRARCH2 unit-test records");
  cmd->add_option("FILE", flags->file, "PETR.UnitTest.records.xml")->required();
  cmd->add_option("--dicts", flags->dicts, "folder holding the dictionaries the records file names (default: its folder)");
  cmd->add_option("--errors", flags->errors_path, "write each wrong record (expected vs coded) to FILE");
  cmd->add_flag("--verbose", flags->verbose, "print every dictionary warning");
  cmd->callback([flags, exit_code] { *exit_code = RunEvalPetrarch(*flags); });
}

}  // namespace readout::cli
