// `readout eval tagger [FILE]`: part-of-speech accuracy on hand-tagged
// sentences (default: the project's golden sample), plus load time and, with
// --repeat, tagging speed.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <span>

#include "cli/commands.h"
#include "eval/tagger_eval.h"
#include "text/data_file.h"
#include "text/lemmatizer.h"
#include "text/pos_tagger.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace readout::cli {
namespace {

struct EvalTaggerFlags {
  std::string file = READOUT_SOURCE_DIR "/tests/golden/pos/news.pos";
  int repeat = 0;
  size_t top = 12;
  std::string show;    // a raw text to print tagged
  std::string corpus;  // a .txt file or a folder of them to time tagging on
  ModelOptions model;
};

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Tokenized and split articles of `path` (a .txt file or a folder of them).
struct Article {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};
std::vector<Article> ReadArticles(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  std::vector<Article> out;
  for (const auto& file : files) {
    auto content = text::ReadDataFile(file, "(none: a user file)");
    if (!content.ok()) continue;
    Article a;
    a.text = std::move(content).value();
    a.tokens = text::Tokenize(a.text);
    a.sentences = text::SplitSentences(a.text, a.tokens);
    out.push_back(std::move(a));
  }
  return out;
}

// Prints each sentence of `path` as word/TAG tokens, lemmas in brackets when
// they differ from the lower-cased word.
void ShowTagged(const std::string& path, const text::PosTagger& tagger, const text::Lemmatizer* lemmatizer) {
  for (Article& a : ReadArticles(path)) {
    for (const Sentence& s : a.sentences) {
      std::span<Token> toks(a.tokens.data() + s.first_token, s.end_token - s.first_token);
      tagger.Tag(a.text, toks);
      std::string line;
      for (const Token& t : toks) {
        std::string_view w = std::string_view(a.text).substr(t.start, t.end - t.start);
        if (!line.empty()) line += ' ';
        line += fmt::format("{}/{}", w, PosName(t.pos));
        if (lemmatizer != nullptr) {
          std::string lemma = lemmatizer->Lemma(w, t.pos);
          std::string lower(w);
          for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (lemma != lower) line += fmt::format("[{}]", lemma);
        }
      }
      fmt::print("{}\n", line);
    }
  }
}

// Times tagging and lemmatizing alone (tokenizing is done before the clock).
void TimeCorpus(const std::string& path, const text::PosTagger& tagger, const text::Lemmatizer* lemmatizer) {
  std::vector<Article> articles = ReadArticles(path);
  size_t tokens = 0, sentences = 0, bytes = 0;
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  for (Article& a : articles) {
    bytes += a.text.size();
    for (const Sentence& s : a.sentences) {
      tagger.Tag(a.text, std::span<Token>(a.tokens.data() + s.first_token, s.end_token - s.first_token));
    }
    tokens += a.tokens.size();
    sentences += a.sentences.size();
  }
  double wall = SecondsSince(t0), cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  fmt::print("corpus              {} articles, {:.1f} MB, {} sentences, {} tokens\n", articles.size(), bytes / 1e6,
             sentences, tokens);
  fmt::print("tagging             {:.0f} tokens/s, {:.0f} sentences/s CPU ({:.2f} s CPU, {:.2f} s wall)\n",
             tokens / cpu, sentences / cpu, cpu, wall);
  if (lemmatizer == nullptr) return;
  c0 = std::clock();
  for (Article& a : articles) {
    for (Token& t : a.tokens) t.lemma = lemmatizer->Lemma(std::string_view(a.text).substr(t.start, t.end - t.start), t.pos);
  }
  cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  fmt::print("lemmatizing         {:.0f} tokens/s CPU ({:.2f} s CPU)\n", tokens / cpu, cpu);
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
  const text::Lemmatizer* lem = lemmatizer.ok() ? lemmatizer.value().get() : nullptr;
  if (!f.show.empty()) ShowTagged(f.show, *tagger.value(), lem);
  if (!f.corpus.empty()) TimeCorpus(f.corpus, *tagger.value(), lem);
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
  cmd->add_option("--show", flags->show, "also print this raw text (file or folder) tagged, word/TAG[lemma]");
  cmd->add_option("--corpus", flags->corpus, "also time tagging and lemmatizing on this file or folder of .txt");
  cmd->add_option("--top", flags->top, "how many confusions to list")->capture_default_str();
  cmd->add_option("--poslex", flags->model.poslex_path, "festival POS lexicon")->capture_default_str();
  cmd->add_option("--ngram", flags->model.ngram_path, "festival tag trigram")->capture_default_str();
  cmd->add_option("--wordnet", flags->model.wordnet_dir, "WordNet database folder")->capture_default_str();
  cmd->callback([flags, exit_code] { *exit_code = RunEvalTagger(*flags); });
}

}  // namespace readout::cli
