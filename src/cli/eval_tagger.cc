// `readout eval tagger [FILE]`: part-of-speech accuracy on hand-tagged
// sentences (default: the project's golden sample), plus load time and, with
// --repeat, tagging speed.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <cstdio>

#include "cli/commands.h"
#include "eval/tagger_eval.h"
#include "text/data_file.h"
#include "text/lemmatizer.h"
#include "text/pos_tagger.h"

namespace readout::cli {
namespace {

struct EvalTaggerFlags {
  std::string file = READOUT_SOURCE_DIR "/tests/golden/pos/news.pos";
  int repeat = 0;
  size_t top = 12;
  ModelOptions model;
};

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int RunEvalTagger(const EvalTaggerFlags& f) {
  auto content = text::ReadDataFile(f.file, "(the project's tests/golden/pos)");
  if (!content.ok()) {
    fmt::print(stderr, "readout: {}\n", content.status().message());
    return 1;
  }
  auto gold = eval::ParseGoldPos(content.value(), f.file);
  if (!gold.ok()) {
    fmt::print(stderr, "readout: {}\n", gold.status().message());
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  std::vector<std::string> warnings;
  auto tagger = text::PosTagger::Load(f.model, &warnings);
  double load = SecondsSince(t0);
  double load_cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  if (!tagger.ok()) {
    fmt::print(stderr, "readout: {}\n", tagger.status().message());
    return 1;
  }
  eval::TaggerEvalResult r = eval::EvaluateTagger(*tagger.value(), gold.value());
  fmt::print("file                {}\n", f.file);
  fmt::print("{}", eval::FormatTaggerReport(r, f.top));
  fmt::print("tagger load         {:.1f} ms wall, {:.1f} ms CPU ({} lexicon words)\n", 1000 * load,
             1000 * load_cpu, tagger.value()->lexicon_size());
  // The lemmatizer is not evaluated here, but its load time belongs beside the tagger's.
  c0 = std::clock();
  t0 = std::chrono::steady_clock::now();
  auto lemmatizer = text::Lemmatizer::Load(f.model, &warnings);
  if (lemmatizer.ok()) {
    fmt::print("lemmatizer load     {:.1f} ms wall, {:.1f} ms CPU\n", 1000 * SecondsSince(t0),
               1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
  } else {
    fmt::print("lemmatizer load     failed: {}\n", lemmatizer.status().message());
  }
  if (f.repeat > 0) {
    auto t1 = std::chrono::steady_clock::now();
    size_t tokens = 0;
    for (int i = 0; i < f.repeat; ++i) tokens += eval::EvaluateTagger(*tagger.value(), gold.value()).tokens;
    double s = SecondsSince(t1);
    fmt::print("tagging speed       {:.0f} tokens/s, {:.0f} sentences/s (x{}, includes scoring)\n", tokens / s,
               r.sentences * f.repeat / s, f.repeat);
  }
  return 0;
}

}  // namespace

void AddEvalTaggerCommand(CLI::App* eval, int* exit_code) {
  auto flags = std::make_shared<EvalTaggerFlags>();
  CLI::App* cmd = eval->add_subcommand("tagger", "part-of-speech accuracy on hand-tagged sentences");
  cmd->add_option("file", flags->file, "word/TAG file, one sentence per line")->capture_default_str();
  cmd->add_option("--repeat", flags->repeat, "tag the file N more times and print the speed");
  cmd->add_option("--top", flags->top, "how many confusions to list")->capture_default_str();
  cmd->add_option("--poslex", flags->model.poslex_path, "festival POS lexicon")->capture_default_str();
  cmd->add_option("--ngram", flags->model.ngram_path, "festival tag trigram")->capture_default_str();
  cmd->add_option("--wordnet", flags->model.wordnet_dir, "WordNet database folder")->capture_default_str();
  cmd->callback([flags, exit_code] { *exit_code = RunEvalTagger(*flags); });
}

}  // namespace readout::cli
