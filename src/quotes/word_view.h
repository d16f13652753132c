// WordView: the article's tokens as the quote stage sees them. One pass over
// Analysis::tokens classifies each token once (quote mark, comma, sentence
// end, word with its CueLexicon entry, capitalised or not, paragraph start)
// so the attribution rules never re-read text or repeat lookups. Quote marks
// glued to a word by the tokenizer are split off, so the rules work with any
// tokenizer.
#ifndef READOUT_QUOTES_WORD_VIEW_H_
#define READOUT_QUOTES_WORD_VIEW_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/cue_lexicon.h"
#include "readout/analysis.h"

namespace readout::quotes {

enum class WordType : uint8_t {
  kWord,
  kComma,
  kColon,
  kSemicolon,
  kEnd,         // . ! ? (and an ellipsis that ends a sentence)
  kOpenQuote,   // “ « „ and straight quotes judged opening
  kCloseQuote,  // ” » and straight quotes judged closing
  kAmbigQuote,  // straight " the spacing does not settle
  kDash,
  kParen,       // ( ) [ ]
  kOther,       // other punctuation, symbols, numbers
};

// 32 bytes (the fields ordered by size): the rules index words everywhere,
// and a power-of-two size keeps an index a shift.
struct Word {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;       // index into Analysis::sentences
  // lex->flags copied (0 when not in the lexicon): the rules test flags
  // of every word they look at, and a copy in the word saves a load
  // from the lexicon's scattered entries each time.
  uint32_t flags = 0;
  const lexicon::CueWord* lex = nullptr;  // nullptr when not in the lexicon
  WordType type = WordType::kOther;
  bool capitalised = false;
  bool para_start = false;     // first word of a paragraph
  Pos pos = Pos::kUnknown;     // the tagger's, when it ran
  uint8_t phrase_len = 0;  // > 1: a cue phrase starts here (lex is the phrase's entry)
  uint32_t Flags() const { return flags; }
  bool Is(uint32_t flag) const { return (flags & flag) != 0; }
  bool IsQuote() const {
    return type == WordType::kOpenQuote || type == WordType::kCloseQuote || type == WordType::kAmbigQuote;
  }
  Span span() const { return {start, end}; }
};
static_assert(sizeof(Word) == 32);

// The view of one document, in buffers kept from document to document
// (grown, never shrunk: the quote stage builds one per document). Sentence
// indices come from a.sentences (tokens outside any sentence get the
// previous one).
class WordView {
 public:
  void Build(const Analysis& a, const lexicon::CueLexicon& lex);
  std::span<const Word> words() const { return {words_.data(), size_}; }
  // Per word, its text packed for comparing: lexicon::CueLexicon::PackFolded
  // of words of one to eight bytes, 0 for longer ones.
  std::span<const uint64_t> keys() const { return {keys_.data(), size_}; }
  // The words flagged as stance nouns or adjectives, in order (the passes
  // over them look at these only).
  std::span<const uint32_t> stance_words() const { return {stance_words_.data(), stance_count_}; }
  // The quote marks and paragraph starts, in order (for PairQuoteMarks).
  std::span<const uint32_t> marks() const { return {marks_.data(), mark_count_}; }
  // The words where FindIndirectQuotes may start something, in order: a
  // superset of what its per-word tests accept (paragraph starts, words of
  // MayHoldSubject's shape, and words that are cue verbs, may start a cue
  // phrase, or are "in", "asked" or of the length of "according"). It
  // looks at these only; whether a word is one is a coin toss the branch
  // predictor lost on every word.
  std::span<const uint32_t> report_words() const { return {report_words_.data(), report_count_}; }

 private:
  std::vector<Word> words_;
  std::vector<uint64_t> keys_;
  size_t size_ = 0;
  // Lower-case words that may start a cue phrase: the first ones of a
  // buffer as long as words_.
  std::vector<uint32_t> phrase_starts_;
  std::vector<uint32_t> stance_words_;  // as long as words_; the first stance_count_ hold the list
  size_t stance_count_ = 0;
  std::vector<uint32_t> marks_;  // as stance_words_
  size_t mark_count_ = 0;
  std::vector<uint32_t> report_words_;  // as stance_words_
  size_t report_count_ = 0;
};

// The words of a document as a vector (for tests).
std::vector<Word> BuildWordView(const Analysis& a, const lexicon::CueLexicon& lex);

// The quote mark a token text starts with, as its byte length (0 if none);
// *open says whether it is an opening mark (straight quotes: ambiguous).
size_t LeadingQuoteMark(std::string_view s, WordType* type);
size_t TrailingQuoteMark(std::string_view s, WordType* type);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_WORD_VIEW_H_
