// Part-of-speech tagger over the festlex-poslex WSJ lexicon and tag trigram:
// a second-order HMM decoded with Viterbi. Emissions ln P(word | tag) come
// from the lexicon (adjusted for capitalisation, which the lower-case lexicon
// cannot see); transitions ln P(t3 | t1, t2) from the trigram counts,
// interpolated with bigram and unigram estimates; unknown words are guessed
// from shape and suffix (see unknown_words.h).
#ifndef READOUT_TEXT_POS_TAGGER_H_
#define READOUT_TEXT_POS_TAGGER_H_

#include <array>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/status.h"
#include "text/flat_string_map.h"
#include "text/ngram_reader.h"
#include "text/poslex_reader.h"
#include "text/unknown_words.h"

namespace readout::text {

class PosTagger {
 public:
  // Reads options.poslex_path and options.ngram_path. A missing file gives a
  // NotFound status naming it and the Debian package festlex-poslex.
  static Result<std::unique_ptr<PosTagger>> Load(const ModelOptions& options,
                                                 std::vector<std::string>* warnings);
  // Builds the tagger from parsed files (Load's second half; for tests).
  static Result<std::unique_ptr<PosTagger>> Build(const Poslex& lexicon, const DenseNgram& trigram);

  // Sets Token::pos for the tokens of one sentence; `text` is the document the
  // tokens index. Thread-safe: uses only a thread-local scratch buffer.
  void Tag(std::string_view text, std::span<Token> sentence) const;

  // Whether the lexicon knows `word` (compared lower-case, curly apostrophes
  // as straight ones).
  bool IsKnown(std::string_view word) const;

  // Whether the lexicon knows `word` mostly as a common word: most of its
  // treebank uses are not proper nouns ("security", "black"; not "kelly").
  bool IsMostlyCommonWord(std::string_view word) const;

  // The unknown-word guess for `word`, best first (for tests and tools).
  std::vector<Pos> GuessUnknown(std::string_view word, bool sentence_initial) const;

  // Number of distinct words in the lexicon.
  size_t lexicon_size() const { return lexicon_.size(); }

  PosTagger(const PosTagger&) = delete;
  PosTagger& operator=(const PosTagger&) = delete;

 private:
  struct WordEntry {
    uint32_t first = 0;  // range into tags_
    uint8_t count = 0;
    bool has_proper = false;  // the word is also a proper noun (nnp/nnps)
    bool proper_only = true;  // ... and nothing else
    bool mostly_common = false;  // most of its treebank uses are not proper nouns
  };
  struct Scratch;  // per-thread Viterbi buffers (pos_tagger.cc)
  struct Memo;     // per-thread memo of WordCandidates (pos_tagger.cc)

  PosTagger(UnknownWordModel unknown);
  // Candidate tags with emission scores for sentence[i]; returns the count.
  // `memo` is the calling thread's, already tied to this tagger.
  size_t Candidates(std::string_view text, std::span<const Token> sentence, size_t i, TagScore* out,
                    Memo& memo) const;
  // The same for a word token of kind `kind` (not punctuation, number, URL or
  // handle), `initial` when it opens the sentence or a quotation.
  size_t WordCandidates(std::string_view word, TokenKind kind, bool initial, TagScore* out) const;
  const WordEntry* Find(std::string_view lower) const;
  Pos ToPos(int tag, std::string_view text, std::span<const Token> sentence, size_t i,
            const std::vector<uint8_t>& tags) const;
  // Retags the first participle of a sentence without a finite verb as
  // VBD where it acts as one (pos_tagger.cc). cand/ncand: the tokens'
  // candidates, kMaxCand per token.
  void RepairFiniteVerb(std::string_view text, std::span<Token> sentence, const TagScore* cand,
                        const uint8_t* ncand) const;
  float Trans(int t1, int t2, int t3) const { return trans_[(t1 * num_tags_ + t2) * num_tags_ + t3]; }

  uint64_t id_ = 0;  // tells the per-thread memos of different taggers apart
  int num_tags_ = 0;
  std::vector<std::string> tag_names_;  // Festival's names, by tag id
  std::vector<Pos> tag_pos_;            // default Pos for each tag id
  std::vector<float> trans_;            // ln P(t3 | t1, t2), [t1][t2][t3]
  FlatStringMap<WordEntry> lexicon_;  // lower-case word -> its tags
  std::vector<TagScore> tags_;
  UnknownWordModel unknown_;
  int punc_ = -1, nn_ = -1, nns_ = -1, jj_ = -1, nnp_ = -1, nnps_ = -1, pos_ = -1, cd_ = -1, sym_ = -1;
  float rare_proper_logp_ = -12;  // ln P(w | nnp) of a word seen once
};

}  // namespace readout::text

#endif  // READOUT_TEXT_POS_TAGGER_H_
