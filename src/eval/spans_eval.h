// Evaluation of event argument spans against ConfliBERT's CAMEO-NER
// sentences (CoNLL-style: one "token TAG" per line, blank line between
// sentences; B-S/I-S source, B-T/I-T target, B-R/I-R the two sides of a
// reciprocal act). Each sentence is rebuilt as
// its tokens joined as news text writes them (Detokenize), coded, and every
// gold token is labelled by whether our events' source or target spans
// cover it: token-level precision, recall and F1 for sources and targets.
#ifndef READOUT_EVAL_SPANS_EVAL_H_
#define READOUT_EVAL_SPANS_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"

namespace readout::eval {

struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<char> labels;  // 'S', 'T', 'R' or 'O' per token
};

// Parses the CoNLL text; lines that are not "token TAG" are errors naming
// the line.
Result<std::vector<ConllSentence>> ReadConllSpans(std::string_view text);

// The tokens joined as news text writes them: no space before punctuation
// and clitics ("'s", "n't", the "s" of a split "’ s"), none after "(" or
// "$", none around a hyphen between two words ("rebel - held"). Sets
// (*spans)[i] to token i's byte range in the result.
std::string Detokenize(const std::vector<std::string>& tokens, std::vector<Span>* spans);

struct SpanCounts {
  int sentences = 0;
  int gold_s = 0, pred_s = 0, hit_s = 0;  // source tokens
  int gold_t = 0, pred_t = 0, hit_t = 0;  // target tokens
  int gold_r = 0, pred_r = 0, hit_r = 0;  // reciprocal sides' tokens (conflibert reading only)
};

struct PrF {
  double p = 0, r = 0, f1 = 0;
};
PrF Score(int gold, int predicted, int hit);

// How our events are read as ConfliBERT's labels.
struct SpanReading {
  // The coder also proposes the thing an act is done to as its target, as
  // ConfliBERT marks it ("rejected the council decision"); `readout
  // analyze` codes without it.
  bool things_as_targets = true;
  // ConfliBERT's conventions: the sentence's main event only (a bare
  // statement gives way to another event, then the earliest trigger's), the
  // sides of a mutual act (meetings, talks, agreements signed, a compound
  // subject acting on itself) as R, and the "and" between two R sides of
  // one trigger inside their span. Off: every event's sides as S and T,
  // R never predicted.
  bool conflibert = true;
};

// Codes every sentence (event coder without the actor requirement: the gold
// marks plain noun phrases too) and counts tokens under `reading`. Appends a
// line per sentence with a wrong token to *errors when not null: the tokens,
// a wrong or labelled one as "word/GP" (G gold, P predicted label), then per
// coded event "\t| CODE source -> target [trigger]".
SpanCounts EvaluateSpans(const Model& model, const std::vector<ConllSentence>& sentences,
                         const SpanReading& reading, std::vector<std::string>* errors);

}  // namespace readout::eval

#endif  // READOUT_EVAL_SPANS_EVAL_H_
