// Tag guesses for words the lexicon does not know, from their shape
// (capitals, digits, hyphens) and their suffix, in the manner of TnT
// (Brants 2000): suffix statistics are gathered from the rare words of the
// lexicon itself, which behave most like unseen words.
#ifndef READOUT_TEXT_UNKNOWN_WORDS_H_
#define READOUT_TEXT_UNKNOWN_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/flat_string_map.h"

namespace readout::text {

// One candidate tag of a token: tag id (index into the tag set) and its
// emission score ln P(word | tag) up to a constant shared by the token.
struct TagScore {
  uint8_t tag = 0;
  float logp = 0;
};

// What the guesser looks at besides the suffix.
struct WordShape {
  bool capitalized = false;       // first character is an upper-case letter
  bool all_caps = false;          // two or more letters, none lower-case ("NATO")
  bool has_digit = false;
  bool has_letter = false;
  bool hyphenated = false;        // an inner '-' ("long-term", "Russian-backed")
  bool last_part_lower = false;   // the part after the last '-' starts lower-case
  bool sentence_initial = false;  // first word of the sentence (or of a quote)
};
WordShape ShapeOf(std::string_view word, bool sentence_initial);

// The tag ids the guesser needs to name; -1 when the tag set lacks one.
struct OpenTags {
  int nn = -1, nns = -1, nnp = -1, nnps = -1, jj = -1, cd = -1, vbg = -1, rb = -1;
};

class UnknownWordModel {
 public:
  // tag_counts[t] is the corpus frequency of tag t; `open_class[t]` says
  // whether unknown words may take tag t (not "dt", "in", ...).
  UnknownWordModel(std::vector<double> tag_counts, std::vector<bool> open_class, OpenTags tags);

  // Adds the lexicon word `lower` (lower-case) with its frequency per tag.
  // Only rare words (total frequency <= kRareCount) feed the suffix tables.
  void AddWord(std::string_view lower, const std::vector<std::pair<int, double>>& tag_freqs);
  static constexpr double kRareCount = 10;
  // Sums each suffix row once, after the last AddWord (Guess works without
  // it, summing the rows it reads).
  void Finish();

  // Writes up to `max` candidates, best first, into out; returns how many.
  // `lower` is the lower-cased word.
  size_t Guess(std::string_view lower, const WordShape& shape, TagScore* out, size_t max) const;

 private:
  static constexpr size_t kMaxSuffix = 5;
  // P(tag | suffix) for the longest known suffix of `lower` (letters only),
  // smoothed through the shorter suffixes; written into probs (size T).
  void SuffixDistribution(std::string_view lower, std::vector<double>* probs) const;
  // Mixes `weight` of a point mass on `tag` into probs (renormalising).
  static void Mix(std::vector<double>* probs, int tag, double weight);
  size_t Emit(const std::vector<double>& probs, TagScore* out, size_t max) const;

  std::vector<double> tag_counts_;
  std::vector<double> log_prior_;  // ln P(tag)
  std::vector<bool> open_;
  OpenTags tags_;
  double theta_ = 0.1;  // TnT's smoothing weight: spread of the tag priors
  // Open-class tags are numbered 0..num_open_-1 for the suffix rows.
  std::vector<int> open_index_;  // tag -> open index, or -1
  std::vector<int> open_tags_;   // open index -> tag
  // Suffix (including "" for all rare words) -> frequency row over the open
  // tags, num_open_ floats from rows_[row * num_open_].
  FlatStringMap<uint32_t> suffix_rows_;
  std::vector<float> rows_;
  std::vector<double> row_totals_;  // per row, from Finish(); empty before
  std::vector<double> open_prior_;  // P(tag) among the open tags, 0 for the others
};

}  // namespace readout::text

#endif  // READOUT_TEXT_UNKNOWN_WORDS_H_
