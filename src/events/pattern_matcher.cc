// Greedy left-to-right matching: each element is looked for at the first
// position allowed (next token when adjacent, otherwise within kMaxGap
// tokens), stopping at barriers. A slot ('+'/'$') takes the noun phrase that
// starts within the gap, and the next element is looked for after it.
// Patterns are short (1-4 elements), so greedy matching costs a few token
// comparisons per pattern. A block's patterns are tried in turn at one
// predicate, and most fail on their first element: FirstElementWindow
// collects the LeadBits of the tokens that element is tried at once, so
// MayMatch drops those patterns without scanning.
#include "events/pattern_matcher.h"

namespace readout::events {

namespace {
constexpr uint32_t kMaxGap = 4;

bool PluralOf(std::string_view word, std::string_view pat) {
  return word.size() == pat.size() + 1 && word.back() == 's' && word.substr(0, pat.size()) == pat;
}
}  // namespace

uint32_t ThatClauseOpening(const SentenceParse& parse, uint32_t i) {
  if (i + 2 >= parse.end() || parse.Lower(i) != "that") return i;
  const int c = parse.ChunkAt(i + 1);
  if (c < 0 || parse.chunks()[c].first != i + 1) return i;
  uint32_t k = parse.chunks()[c].end;
  const uint32_t verb = k;
  while (k < parse.end()) {
    const Pos pos = parse.token(k).pos;
    const std::string_view w = parse.Lower(k);
    if (pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kVBP || pos == Pos::kMD) {
      ++k;
    } else if (k > verb && (w == "n't" || w == "not")) {
      ++k;
    } else {
      break;
    }
  }
  return k > verb ? k : i;
}

bool IsBarrier(const SentenceParse& parse, uint32_t i) {
  return parse.InSentence(i) ? parse.Barrier(i) : IsBarrierToken(parse.token(i), std::string_view());
}

bool MatchPhrase(const SentenceParse& parse, uint32_t i, const std::vector<std::string>& phrase, uint32_t* end,
                 bool literal) {
  for (const std::string& w : phrase) {
    if (i >= parse.end()) return false;
    std::string_view low = parse.Lower(i);
    if (literal) {
      if (low != w) return false;
      ++i;
      continue;
    }
    // Most tries fail on the first letter, where only the lemma can still
    // match ("struck" for "strike").
    if (!low.empty() && !w.empty() && low[0] != w[0]) {
      if (parse.token(i).lemma != w) return false;
      ++i;
      continue;
    }
    if (!(low == w || parse.token(i).lemma == w || PluralOf(low, w) || PluralOf(w, low))) return false;
    ++i;
  }
  *end = i;
  return true;
}

FirstWindow FirstElementWindow(const SentenceParse& parse, uint32_t head_end, uint32_t clause_end) {
  FirstWindow w;
  if (head_end >= parse.end()) return w;
  w.adjacent = parse.Leads(head_end);
  // The tokens MatchPattern's loop visits for a first element of words not
  // joined to the predicate, with the same limit, amounts and barriers.
  const bool through_clause = clause_end > head_end;
  uint32_t limit = through_clause ? clause_end + kMaxGap : head_end + kMaxGap;
  for (uint32_t k = head_end; k <= limit && k < parse.end(); ++k) {
    if (k > head_end && parse.Amount(k - 1) && limit + 1 < parse.end()) ++limit;
    w.gap |= parse.Leads(k);
    if (parse.Barrier(k) && !(through_clause && k < clause_end)) break;
  }
  for (uint32_t k = head_end; k < parse.end(); ++k) w.rest |= parse.Leads(k);
  return w;
}

PatternMatch MatchPattern(const SentenceParse& parse, const lexicon::VerbPattern& p, uint32_t head_first,
                          uint32_t head_end) {
  return MatchPattern(parse, p, head_first, head_end, ThatClauseOpening(parse, head_end));
}

PatternMatch MatchPattern(const SentenceParse& parse, const lexicon::VerbPattern& p, uint32_t head_first,
                          uint32_t head_end, uint32_t clause_end) {
  PatternMatch m;
  m.first = head_first;
  m.end = head_end;
  // After the predicate.
  uint32_t pos = head_end;
  // The verb phrase holds its "that" clause, as in PETRARCH's parse trees:
  // "allowed that Mordor isn't a really pleasant place" matches
  // "* REALLY_PLEASANT". The clause's opening (that, its subject, its
  // finite verb and negation) is no gap and no barrier.
  for (const auto& e : p.after) {
    const bool through_clause =
        pos == head_end && clause_end > head_end && !e.adjacent && e.kind == lexicon::PatternElement::Kind::kWords;
    uint32_t limit = through_clause ? clause_end + kMaxGap : e.adjacent ? pos : pos + kMaxGap;
    bool found = false;
    for (uint32_t k = pos; k <= limit && k < parse.end(); ++k) {
      // Right after the verb, an amount does not count against the gap:
      // "provided $ 2 million in assistance to Fiji".
      if (!e.adjacent && pos == head_end && k > pos && parse.Amount(k - 1) && limit + 1 < parse.end()) {
        ++limit;
      }
      if (e.kind == lexicon::PatternElement::Kind::kWords) {
        uint32_t end = 0;
        // A phrase whose first word's LeadBit the token lacks cannot start
        // here: most tokens fail the element's test, most phrases their own.
        const uint64_t leads = parse.Leads(k);
        if (leads & e.first_leads) {
          for (const auto& ph : e.phrases) {
            if (!ph.empty() && !(leads & lexicon::LeadBit(ph.front()))) continue;
            if (MatchPhrase(parse, k, ph, &end, p.literal)) {
              found = true;
              break;
            }
          }
        }
        if (found) {
          pos = end;
          break;
        }
      } else {
        // "called on Republicans to back Trump": "to" before a verb marks an
        // infinitive, and the verb's object fills no slot of the pattern.
        if (k == pos && k > head_end && parse.token(k).pos == Pos::kVB && parse.Lower(k - 1) == "to") break;
        int c = parse.ChunkAt(k);
        // A slot right after a preposition of the pattern that heads a time
        // phrase is no match: "lifted sanctions against Sudan on Friday,
        // citing progress" is no "SANCTIONS ON +".
        if (k == pos && k > head_end && c >= 0 && parse.chunks()[c].time &&
            e.kind != lexicon::PatternElement::Kind::kSkip && parse.token(k - 1).pos == Pos::kIN) {
          break;
        }
        // A skip right after a word of its phrase skips the phrase's rest:
        // "warned their populations about" for "* THEIR ^ ABOUT".
        const bool rest = e.kind == lexicon::PatternElement::Kind::kSkip && k == pos && c >= 0 && k > head_end;
        if (c >= 0 && (parse.chunks()[c].first == k || rest) && !parse.chunks()[c].time) {
          if (e.kind != lexicon::PatternElement::Kind::kSkip) {
            (e.kind == lexicon::PatternElement::Kind::kTarget ? m.target_at : m.source_at) = static_cast<int>(k);
          }
          pos = parse.chunks()[c].end;
          found = true;
          break;
        }
      }
      if (parse.Barrier(k) && !(through_clause && k < clause_end)) break;
    }
    if (!found) return m;
  }
  m.end = pos;
  // Before the predicate, nearest element first.
  int at = static_cast<int>(head_first);
  for (auto it = p.before.rbegin(); it != p.before.rend(); ++it) {
    const auto& e = *it;
    int limit = e.adjacent ? at - 1 : at - 1 - static_cast<int>(kMaxGap);
    bool found = false;
    for (int k = at - 1; k >= limit && k >= static_cast<int>(parse.first()); --k) {
      if (e.kind == lexicon::PatternElement::Kind::kWords) {
        // The phrase must end at k: its last word's LeadBit filters.
        const uint64_t leads = parse.Leads(k);
        for (const auto& ph : e.phrases) {
          if (!(leads & e.last_leads)) break;
          if (!ph.empty() && !(leads & lexicon::LeadBit(ph.back()))) continue;
          int start = k - static_cast<int>(ph.size()) + 1;
          uint32_t end = 0;
          if (start >= static_cast<int>(parse.first()) && MatchPhrase(parse, start, ph, &end, p.literal) &&
              end == static_cast<uint32_t>(k) + 1) {
            found = true;
            at = start;
            break;
          }
        }
        if (found) break;
      } else {
        int c = parse.ChunkAt(k);
        if (c >= 0) {
          const Chunk& ch = parse.chunks()[c];
          if (e.kind != lexicon::PatternElement::Kind::kSkip) {
            (e.kind == lexicon::PatternElement::Kind::kTarget ? m.target_at : m.source_at) = static_cast<int>(ch.first);
          }
          at = ch.first;
          found = true;
          break;
        }
      }
      // "Gollum was seen to break in": the auxiliaries of a governing
      // verb stand between the verb and its subject.
      if (parse.Barrier(k) && !IsAuxiliary(parse.Lower(k))) break;
    }
    if (!found) return m;
  }
  m.first = at;
  m.ok = true;
  m.compound = p.compound;
  return m;
}

}  // namespace readout::events
