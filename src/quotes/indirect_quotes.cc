// Reported speech without quote marks, one cue at a time, within its
// sentence (a sentence may hold quoted parts: they become partial quotes in
// the direct pass and stay inside the reported clause here):
//  - "According to X, CONTENT." and "CONTENT, according to X."
//  - "X said (that) CONTENT." — the subject before the cue, the clause after
//    it once "that", time words, media ("in a statement", "on Twitter") and
//    a hearer ("told reporters") are stepped over;
//  - "CONTENT, X said." and "CONTENT, said X." — the cue closes the sentence.
// A clause opened by a subordinator ("While X claimed …, …") ends at its
// comma. Content must have three words or more, and a clause right after the
// cue must not open with a preposition ("responded to", "pointed to").
#include "quotes/drafts.h"

namespace readout::quotes {
namespace {

bool IsEnd(const Context& c, uint32_t i) { return c.w[i].type == WordType::kEnd; }

bool IsPreposition(const Context& c, uint32_t i) {
  static constexpr std::string_view kPreps[] = {"to", "with", "about", "for", "by", "of", "in", "on",
                                                "at", "from", "as", "into", "over", "up", "out", "off"};
  for (std::string_view p : kPreps) {
    if (c.Equals(i, p)) return true;
  }
  return false;
}

// Trims quote marks and punctuation from both ends of [*first, *last).
void Trim(const Context& c, uint32_t* first, uint32_t* last) {
  auto junk = [&](uint32_t i) {
    WordType t = c.w[i].type;
    return c.w[i].IsQuote() || t == WordType::kComma || t == WordType::kEnd || t == WordType::kColon ||
           t == WordType::kSemicolon || t == WordType::kDash;
  };
  while (*first < *last && junk(*first)) ++*first;
  while (*last > *first && junk(*last - 1)) --*last;
}

// The comma that ends a fronted content right before word i ("…, X said"
// or "…,” X said"), or kNoWord.
uint32_t CommaBefore(const Context& c, uint32_t i, uint32_t begin) {
  if (i <= begin) return kNoWord;
  uint32_t k = i - 1;
  if (c.w[k].type == WordType::kComma) return k;
  if (c.w[k].IsQuote() && k > begin && c.w[k - 1].type == WordType::kComma) return k - 1;
  return kNoWord;
}

// True when the words after a closing cue finish the sentence: time words,
// media phrases, then the sentence end or a comma opening an aside.
bool CueClosesClause(const Context& c, uint32_t cue, uint32_t after, uint32_t end) {
  bool that = false;
  uint32_t i = SkipCueComplements(c, cue, after, end, &that);
  if (that) return false;
  return i >= end || IsEnd(c, i) || c.w[i].type == WordType::kComma || c.w[i].type == WordType::kSemicolon ||
         c.w[i].IsQuote();
}

}  // namespace

void FindIndirectQuotes(const Context& c, Drafts* d) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  uint32_t s0 = 0;  // first word of the current sentence
  for (uint32_t k = 0; k < n; ++k) {
    if (c.w[k].para_start || (k > 0 && IsEnd(c, k - 1) && !c.w[k].IsQuote())) s0 = k;
    if (d->in_quote[k] || d->cue_used[k]) continue;
    if (c.w[k].para_start) {
      // A transcript turn: "PENCE: Well, …" up to the paragraph end.
      uint32_t colon = TranscriptLabel(c, k, n);
      if (colon != kNoWord) {
        uint32_t first = colon + 1;
        uint32_t last = first;
        while (last < n && !c.w[last].para_start) ++last;
        uint32_t content_first = first;
        while (content_first < last && !c.IsWord(content_first)) ++content_first;
        if (CountWords(c, first, last) >= 3 && !d->in_quote[content_first]) {
          Attribution at;
          at.speaker = {k, colon, PhraseKind::kName};
          at.cue_first = colon;
          at.cue_last = colon + 1;
          d->attributions.push_back(at);
          Draft q;
          q.kind = QuoteKind::kDirect;
          q.first = content_first;
          q.last = last;
          while (q.last > q.first && !c.IsWord(q.last - 1) && c.w[q.last - 1].type != WordType::kEnd) --q.last;
          q.attribution = static_cast<int>(d->attributions.size()) - 1;
          d->quotes.push_back(q);
          k = colon;
          continue;
        }
      }
    }
    const uint32_t len = CueAt(c, k);
    if (len == 0) continue;
    uint32_t e0 = k + len;
    while (e0 < n && !IsEnd(c, e0) && !c.w[e0].para_start && c.w[e0].type != WordType::kSemicolon) ++e0;
    uint32_t begin = s0;
    while (begin < k && (c.w[begin].IsQuote() || !c.IsWord(begin))) ++begin;

    Attribution at;
    at.cue_first = k;
    at.cue_last = k + len;
    uint32_t first = kNoWord;
    uint32_t last = kNoWord;
    bool clause_after = false;

    if (len == 2) {  // according to
      at.speaker = PhraseStartingAt(c, k + 2, e0);
      if (!at.speaker.ok()) continue;
      uint32_t comma = CommaBefore(c, k, begin);
      if (k == begin && at.speaker.last < e0 && c.w[at.speaker.last].type == WordType::kComma) {
        first = at.speaker.last + 1;
        last = e0;
        clause_after = true;
      } else if (comma != kNoWord) {
        first = begin;
        last = comma;
      } else {
        continue;
      }
    } else {
      at.speaker = SubjectOf(c, begin, k);
      if (at.speaker.ok()) {
        bool that = false;
        uint32_t i = SkipCueComplements(c, k, k + 1, e0, &that);
        if (i < e0 && c.w[i].type == WordType::kColon) ++i;
        uint32_t comma = CommaBefore(c, at.speaker.first, begin);
        const bool opens_quote = i + 1 < e0 && c.w[i].type == WordType::kOpenQuote && c.IsWord(i + 1);
        if (i < e0 && (c.IsWord(i) || opens_quote) && (that || !IsPreposition(c, i))) {
          first = i;
          last = e0;
          clause_after = true;
        } else if (comma != kNoWord && CueClosesClause(c, k, k + 1, e0)) {
          first = begin;
          last = comma;
          // "The outreach, they said, raised new worries": a short subject
          // before a parenthetical cue; the content is the whole sentence.
          uint32_t after = SkipCueComplements(c, k, k + 1, e0, &that);
          if (CountWords(c, begin, comma) < 4 && after < e0 && c.w[after].type == WordType::kComma &&
              CountWords(c, after + 1, e0) >= 3 && c.IsWord(after + 1) && IsVerb(c.w[after + 1].pos) &&
              c.w[after + 1].pos != Pos::kVBG && !d->in_quote[begin] && !d->in_quote[comma - 1]) {
            last = e0;
          }
        } else {
          continue;
        }
      } else {
        uint32_t comma = CommaBefore(c, k, begin);
        if (comma == kNoWord) continue;
        at.speaker = PhraseStartingAt(c, k + 1, e0);
        if (!at.speaker.ok()) continue;
        uint32_t after = at.speaker.last;
        if (!(after >= e0 || IsEnd(c, after) || c.w[after].type == WordType::kComma)) continue;
        first = begin;
        last = comma;
      }
    }
    if (clause_after) {
      // A cue inside a fronted subordinate clause ("While X claimed …, Y")
      // reports only up to its comma.
      bool subordinate = c.IsWord(begin) && c.w[begin].Is(lexicon::kSubordinator);
      for (uint32_t i = begin; i < k && subordinate; ++i) subordinate = c.w[i].type != WordType::kComma;
      for (uint32_t i = first; i < last; ++i) {
        if (c.w[i].type != WordType::kComma && !c.IsWord(i)) continue;
        if (d->in_quote[i]) continue;
        if (subordinate && c.w[i].type == WordType::kComma) { last = i; break; }
        // A new clause with its own subject or a contrast ends the report:
        // "… computers and she accused …", "…, compared with …".
        uint32_t n = c.w[i].type == WordType::kComma ? i + 1 : i;
        if (i > first && (c.Equals(n, "and") || c.Equals(n, "but")) && c.IsWord(n + 1) &&
            c.w[n + 1].Is(lexicon::kPronoun) && !c.Equals(n + 1, "it") && !c.Equals(n + 1, "you")) {
          last = i;
          break;
        }
        if (c.w[i].type == WordType::kComma &&
            (c.Equals(n, "compared") || c.Equals(n, "but") || c.Equals(n, "while") || c.Equals(n, "although") ||
             c.Lower(n, lexicon::kCueVerb))) {
          last = i;
          break;
        }
      }
    }
    Trim(c, &first, &last);
    if (first >= last || CountWords(c, first, last) < 3) continue;
    // A content that is one quote entirely is the direct pass's.
    if (d->in_quote[first] && d->in_quote[last - 1] && c.w[first > 0 ? first - 1 : 0].IsQuote()) {
      bool all = true;
      for (uint32_t i = first; i < last && all; ++i) all = d->in_quote[i];
      if (all) continue;
    }
    uint32_t aside = at.speaker.last < k ? at.speaker.last : k;
    at.medium = FindMedium(c, k, k + len, clause_after ? first : e0);
    if (at.medium.empty() && aside < k) at.medium = FindMedium(c, kNoWord, aside, k);
    d->attributions.push_back(at);
    Draft q;
    q.kind = QuoteKind::kIndirect;
    q.first = first;
    q.last = last;
    q.attribution = static_cast<int>(d->attributions.size()) - 1;
    d->quotes.push_back(q);
  }
}

}  // namespace readout::quotes
