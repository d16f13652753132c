// Pairs quote marks into quoted segments, recovering locally from marks that
// do not balance. A segment never crosses a paragraph break: a paragraph
// that ends inside a quote closes the segment there, and when the next
// paragraph opens with a mark the quote continues as a new segment of the
// same group (the newspaper convention for quotes over several paragraphs).
#ifndef READOUT_QUOTES_QUOTE_MARKS_H_
#define READOUT_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "quotes/word_view.h"

namespace readout::quotes {

constexpr uint32_t kNoWord = UINT32_MAX;

struct QuotedSegment {
  uint32_t open = kNoWord;   // word index of the opening mark
  uint32_t close = kNoWord;  // word index of the closing mark; kNoWord when recovered
  uint32_t first = 0;        // content words [first, last)
  uint32_t last = 0;
  uint32_t group = 0;        // segments of one quote over paragraphs share it
  bool continues = false;    // the next segment continues this quote
};

// Segments in text order, each with at least one content word.
std::vector<QuotedSegment> PairQuoteMarks(std::span<const Word> words);
// The same, given the indices, in order, of every word that is a quote mark
// or starts a paragraph (WordView::marks): only those change the pairing.
std::vector<QuotedSegment> PairQuoteMarks(std::span<const Word> words, std::span<const uint32_t> marks);

// True when byte `pos` of `text` lies inside a markup tag (`<tweet
// author="@x" date="…">`, `<a href=”…”>`): a `<` opening a tag name or
// `</`, then no `>` before pos, and a `>` after it before any `<`, each
// within 300 bytes (a tag may wrap lines). Quote marks there delimit attribute values, not quotes.
bool InsideMarkupTag(std::string_view text, uint32_t pos);

}  // namespace readout::quotes

#endif  // READOUT_QUOTES_QUOTE_MARKS_H_
