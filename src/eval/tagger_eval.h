// Accuracy of the part-of-speech tagger against hand-tagged sentences.
#ifndef READOUT_EVAL_TAGGER_EVAL_H_
#define READOUT_EVAL_TAGGER_EVAL_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readout/analysis.h"
#include "readout/status.h"
#include "text/pos_tagger.h"

namespace readout::eval {

struct GoldToken {
  std::string word;
  Pos pos = Pos::kUnknown;
};
using GoldSentence = std::vector<GoldToken>;

// Parses the golden format: one sentence per line, tokens "word/TAG" separated
// by spaces (the tag follows the last '/'), '#' lines are comments. Penn
// punctuation tags (, . : `` '' -LRB- -RRB-) become PUNCT, "$" and "#" SYM.
// Errors name the file, line and token.
Result<std::vector<GoldSentence>> ParseGoldPos(std::string_view content, std::string_view file);

struct TaggerEvalResult {
  size_t sentences = 0;
  size_t tokens = 0;
  size_t correct = 0;
  size_t unknown = 0;          // word tokens the lexicon does not know
  size_t unknown_correct = 0;
  std::map<std::pair<Pos, Pos>, size_t> confusion;  // (gold, tagged) -> count, errors only

  double Accuracy() const { return tokens ? static_cast<double>(correct) / tokens : 0; }
  double UnknownAccuracy() const { return unknown ? static_cast<double>(unknown_correct) / unknown : 0; }
};

// Tags each gold sentence (tokens rebuilt from the gold words, with the token
// kinds the tokenizer would give them) and compares.
TaggerEvalResult EvaluateTagger(const text::PosTagger& tagger, const std::vector<GoldSentence>& gold);

// Human-readable report: accuracy, unknown-word accuracy and the `top` most
// frequent confusions.
std::string FormatTaggerReport(const TaggerEvalResult& r, size_t top);

}  // namespace readout::eval

#endif  // READOUT_EVAL_TAGGER_EVAL_H_
