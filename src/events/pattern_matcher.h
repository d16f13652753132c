// Matches a VerbPattern around a predicate in a SentenceParse: literal words
// in order before and after the predicate, with small gaps unless adjacent,
// never across a clause boundary; '+'/'$' slots record where the target and
// source phrases must start.
#ifndef READOUT_EVENTS_PATTERN_MATCHER_H_
#define READOUT_EVENTS_PATTERN_MATCHER_H_

#include <cstdint>

#include "events/shallow_parse.h"
#include "lexicon/verb_pattern.h"

namespace readout::events {

struct PatternMatch {
  bool ok = false;
  uint32_t first = 0;     // first token the pattern covers
  uint32_t end = 0;       // one past the last token it covers
  int target_at = -1;     // token where the '+' phrase starts, or -1
  int source_at = -1;     // token where the '$' phrase starts, or -1
  bool compound = false;  // the pattern carries PETRARCH's '%' marker
};

// Tries `p` around the predicate tokens [head_first, head_end).
PatternMatch MatchPattern(const SentenceParse& parse, const lexicon::VerbPattern& p, uint32_t head_first,
                          uint32_t head_end);
// The same with ThatClauseOpening(parse, head_end) given: a caller trying
// every pattern of a block at one predicate computes it once.
PatternMatch MatchPattern(const SentenceParse& parse, const lexicon::VerbPattern& p, uint32_t head_first,
                          uint32_t head_end, uint32_t clause_end);

// The LeadBits (lexicon::LeadBit) of the tokens where a pattern's first
// after-predicate element may start its words, for one predicate: every
// pattern of the predicate's block scans this same window, and most fail
// there, so FirstWindow is computed once and MayMatch rules such patterns
// out with one mask test instead of a scan.
struct FirstWindow {
  uint64_t adjacent = 0;  // the token right after the predicate ('_')
  uint64_t gap = 0;       // every token a non-adjacent element is tried at
  uint64_t rest = 0;      // every token from there to the sentence's end
};
// The window after the predicate ending at head_end, with
// clause_end = ThatClauseOpening(parse, head_end).
FirstWindow FirstElementWindow(const SentenceParse& parse, uint32_t head_end, uint32_t clause_end);
// False only when MatchPattern must fail: `p` opens its after-predicate
// part with words none of which has a LeadBit of the window, or a later
// element's words have none of the rest of the sentence. Inline: it runs
// for every pattern tried, and most calls are a test or two.
inline bool MayMatch(const lexicon::VerbPattern& p, const FirstWindow& window) {
  for (size_t i = 0; i < p.after.size(); ++i) {
    const lexicon::PatternElement& e = p.after[i];
    if (e.kind != lexicon::PatternElement::Kind::kWords) continue;
    const uint64_t tried = i > 0 ? window.rest : e.adjacent ? window.adjacent : window.gap;
    if ((e.first_leads & tried) == 0) return false;
  }
  return true;
}

// True when tokens starting at i read as `phrase`; sets *end past it. A
// word matches a token's lower-case text, its lemma or its plural, or with
// `literal` (patterns from PETRARCH files) only its text.
bool MatchPhrase(const SentenceParse& parse, uint32_t i, const std::vector<std::string>& phrase, uint32_t* end,
                 bool literal = false);

// When token i opens a "that" clause ("that Mordor isn't"): the token
// after the clause's subject and finite verb (with its negation); else i.
uint32_t ThatClauseOpening(const SentenceParse& parse, uint32_t i);

// A token no pattern gap may cross (clause punctuation, a finite verb).
bool IsBarrier(const SentenceParse& parse, uint32_t i);

}  // namespace readout::events

#endif  // READOUT_EVENTS_PATTERN_MATCHER_H_
