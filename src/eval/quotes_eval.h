// Quote evaluation against PolNeAR-style gold attributions (brat standoff:
// `Source`, `Cue`, `Content` text-bound spans in code-point offsets, `;`
// between the parts of a discontinuous span, `E` lines tying one
// attribution's spans together).
//
// The metric (issue 3): content is compared by its characters with quote
// marks and white space ignored. A predicted quote is right when at least 80%
// (strict) or 50% (loose) of it lies inside one gold content. A gold
// attribution is found when the right predictions inside it cover at least
// 80% (strict) or 30% (loose) of it. Precision = right / predicted, recall =
// found / gold. Over the loosely found attributions: speaker accuracy (the
// best-overlapping prediction's speaker span overlaps the gold Source, or the
// last word of its resolved name occurs in it; a gold without Source wants no
// speaker) and cue accuracy (the predicted cue overlaps the gold Cue).
#ifndef READOUT_EVAL_QUOTES_EVAL_H_
#define READOUT_EVAL_QUOTES_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"
#include "readout/pipeline.h"
#include "readout/status.h"

namespace readout::eval {

struct GoldAttribution {
  std::vector<Span> content;  // byte spans into the article text
  std::vector<Span> source;
  std::vector<Span> cue;
};

// Parses a brat .ann file for `text`; offsets are converted from code points
// to bytes. Malformed lines are errors naming the line.
Result<std::vector<GoldAttribution>> ParseBratAttributions(std::string_view ann, std::string_view text);

struct QuoteCounts {
  size_t articles = 0;
  size_t predicted = 0;
  size_t strict_right = 0;
  size_t loose_right = 0;
  size_t gold = 0;
  size_t strict_found = 0;
  size_t loose_found = 0;
  size_t marked_gold = 0;   // gold contents with quote marks
  size_t marked_found = 0;  // ... found (loose)
  size_t marked_found_strict = 0;
  size_t speaker_total = 0;
  size_t speaker_right = 0;
  size_t cue_total = 0;
  size_t cue_right = 0;
  void Add(const QuoteCounts& o);
};

struct QuoteScores {
  double strict_precision = 0, strict_recall = 0, strict_f1 = 0;
  double loose_precision = 0, loose_recall = 0, loose_f1 = 0;
  double marked_recall = 0, marked_recall_strict = 0;
  double speaker_accuracy = 0, cue_accuracy = 0;
};
QuoteScores Score(const QuoteCounts& c);

// Scores one article's predictions; when `errors` is given, appends one
// readable line per false positive, miss, wrong speaker and wrong cue.
QuoteCounts ScoreQuotes(const Analysis& a, const std::vector<GoldAttribution>& gold,
                        std::vector<std::string>* errors);

// Runs `pipeline` over DIR/text/*.txt and scores against
// DIR/attributions/<name>_*.ann (the first such file when an article has
// several annotators). `limit` > 0 stops after that many articles.
Result<QuoteCounts> EvaluateQuotesDir(const Pipeline& pipeline, const std::string& dir, size_t limit,
                                      std::vector<std::string>* errors);

}  // namespace readout::eval

#endif  // READOUT_EVAL_QUOTES_EVAL_H_
