// Reader for Edinburgh Speech Tools' binary dense n-gram format ("ngrambin",
// written by EST_Ngrammar::save with type cstr_bin), as used by
// festlex-poslex's wsj.wp39.tri.ngrambin, the tag trigram of Festival's
// part-of-speech tagger.
//
// Layout: the 4 bytes "Ngra" (a magic int whose byte order tells the byte
// order of the data), "mBin_2 <order>\n", the space-separated vocabulary and
// "\n", the predicted vocabulary and "\n", then IEEE doubles: for every
// context state in dense order (state = w1 * V + w2 for a trigram, w1 oldest)
// the frequency of each predicted word in pred-vocabulary order. A value
// followed by a negative number -n stands for n copies of that value.
#ifndef READOUT_TEXT_NGRAM_READER_H_
#define READOUT_TEXT_NGRAM_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "readout/status.h"

namespace readout::text {

struct DenseNgram {
  int order = 0;
  std::vector<std::string> vocab;       // context words
  std::vector<std::string> pred_vocab;  // predicted words
  // counts[state * pred_vocab.size() + pred]; num states = vocab.size()^(order-1).
  std::vector<double> counts;

  size_t num_states() const { return pred_vocab.empty() ? 0 : counts.size() / pred_vocab.size(); }
  double Count(size_t state, size_t pred) const { return counts[state * pred_vocab.size() + pred]; }
};

// Parses the whole file content; `file` names it in errors.
Result<DenseNgram> ParseNgramBin(std::string_view content, std::string_view file);

}  // namespace readout::text

#endif  // READOUT_TEXT_NGRAM_READER_H_
