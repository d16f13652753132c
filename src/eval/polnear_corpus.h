// Walking a PolNeAR-format folder (DIR/text/*.txt beside DIR/attributions/*.ann
// in brat standoff), shared by the evaluations that score against it.
#ifndef READOUT_EVAL_POLNEAR_CORPUS_H_
#define READOUT_EVAL_POLNEAR_CORPUS_H_

#include <functional>
#include <string>
#include <vector>

#include "eval/quotes_eval.h"
#include "readout/document.h"
#include "readout/status.h"

namespace readout::eval {

using PolnearVisitor = std::function<Status(const Document& doc, const std::vector<GoldAttribution>& gold)>;

// Calls `visit` for each article in file-name order, with the first
// annotator's file where an article has several ("<article>_<annotator>.ann"),
// for at most `limit` articles (0: all). Errors name the file; the first error
// from reading, parsing or `visit` stops the walk and is returned.
Status ForEachPolnearArticle(const std::string& dir, size_t limit, const PolnearVisitor& visit);

}  // namespace readout::eval

#endif  // READOUT_EVAL_POLNEAR_CORPUS_H_
