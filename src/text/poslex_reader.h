// Reader for Festival's compiled part-of-speech lexicon (festlex-poslex's
// wsj.wp39.poslexR): a "MNCL" header line, then one entry per line,
//   ("word" ((tag logprob) (tag logprob) ...) () )
// where logprob is the natural log of P(word | tag) estimated on the WSJ
// treebank. Words are lower-case; tags are lower-case Penn tags plus Festival's
// own ("punc", "of", "1", "2").
#ifndef READOUT_TEXT_POSLEX_READER_H_
#define READOUT_TEXT_POSLEX_READER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "readout/status.h"

namespace readout::text {

struct PoslexTag {
  std::string_view tag;
  float logprob = 0;  // ln P(word | tag)
};

struct PoslexEntry {
  std::string_view word;
  uint32_t first_tag = 0;  // range [first_tag, first_tag + num_tags) of Poslex::tags
  uint32_t num_tags = 0;
};

// Views into the parsed content: the content must outlive the Poslex.
struct Poslex {
  std::vector<PoslexEntry> entries;  // in file order
  std::vector<PoslexTag> tags;
};

// Parses the whole file content. `file` names it in errors, which give the
// 1-based line number and what was expected ("wsj.wp39.poslexR:12: expected
// '(' before tag"). Blank lines are skipped; the MNCL header is optional.
Result<Poslex> ParsePoslex(std::string_view content, std::string_view file);

}  // namespace readout::text

#endif  // READOUT_TEXT_POSLEX_READER_H_
