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
// This file walks the words and tries the lead-ins and labels; the frames
// are read in according_to.cc and subject_cues.cc and checked in
// reading_checks.cc (cue_reading.h).
#include "quotes/cue_reading.h"

namespace readout::quotes {
namespace {

// Word j starts the region a report's subject is sought in: a paragraph,
// a sentence (after its end mark, or a closing mark after one), or the
// text after a dateline, which ends in a dash and is a sentence of its own
// ("KYIV, Ukraine — Russia attacked …, officials said").
bool StartsSentence(const Context& c, uint32_t j) {
  return c.w[j].para_start || (j > 0 && IsEnd(c, j - 1) && !c.w[j].IsQuote()) ||
         (j > 1 && c.w[j - 1].type == WordType::kCloseQuote && IsEnd(c, j - 2) && !c.w[j].IsQuote()) ||
         (j > 0 && c.w[j - 1].type == WordType::kDash && c.w[j].sentence != c.w[j - 1].sentence);
}

}  // namespace

void FindIndirectQuotes(const Context& c, std::span<const uint32_t> report_words, Drafts* d) {
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  uint32_t s0 = 0;    // first word of the current sentence
  uint32_t next = 0;  // the first word not yet stepped over
  // Only the words the view lists can start anything (WordView::
  // report_words); every word still moves the sentence start.
  for (const uint32_t k : report_words) {
    if (k < next) continue;  // inside a label already taken
    for (uint32_t j = next; j <= k; ++j) {
      if (StartsSentence(c, j)) s0 = j;
    }
    next = k + 1;
    if (d->in_quote[k]) continue;
    // Appearances and hearsay ("X seemed to …", "X is reportedly …"): their
    // words are no lexicon words, so they are tried before the cue tests.
    if (MayHoldSubject(c, k) && HeldSubjectReport(c, s0, k, d)) continue;
    // A cue that attributes a quote before it may still report a clause of
    // its own: "“…,” but he denied that they were on duty".
    if (d->cue_used[k] && !(c.Equals(k + 1, "that") && k + 2 < n && c.IsWord(k + 2) && !d->in_quote[k + 2])) continue;
    if (c.w[k].para_start) {
      // A transcript turn: "PENCE: Well, …" up to the paragraph end; or a
      // headline or interview turn led by a name: "Trump: My plans aren't
      // set in stone", "Lopez: Well, no one …".
      uint32_t colon = TranscriptLabel(c, k, n);
      if (colon == kNoWord) colon = NameLabel(c, k, n);
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
          uint32_t content_last = last;
          while (content_last > content_first && !c.IsWord(content_last - 1) &&
                 c.w[content_last - 1].type != WordType::kEnd) {
            --content_last;
          }
          // A name label's content is the speaker's words only when quoted or
          // a transcript's; a headline's is a report.
          const QuoteKind kind = TranscriptLabel(c, k, n) != kNoWord ? QuoteKind::kDirect : QuoteKind::kIndirect;
          d->AddQuote(kind, content_first, content_last, d->AddAttribution(at));
          next = colon + 1;  // the label's words start nothing, nor a sentence
          continue;
        }
      }
    }
    if (c.w[k].type != WordType::kWord) continue;  // cues and lead-ins are words
    // Cues are lexicon words or "according"; lead-ins open with "asked" or
    // "in". Most words are none of these.
    // (A lexicon word that is no cue verb is no cue either: CueAt.)
    const lexicon::CueWord* lw = c.w[k].lex;
    const bool cue_word = lw != nullptr && ((lw->flags & lexicon::kCueVerb) != 0 || lw->needs_as || lw->needs_quote);
    if (!cue_word && !c.Equals(k, "in") && !c.Equals(k, "asked") && !c.Equals(k, "according")) continue;
    if (c.Equals(k, "asked") && AskedLeadIn(c, s0, k, d)) continue;  // (its own first test, inline)
    if (cue_word && k == s0 + 1 && AsByLeadIn(c, s0, k, d)) continue;
    if (c.Equals(k, "in")) {
      uint32_t e = k + 1;
      while (e < n && !IsEnd(c, e) && !c.w[e].para_start && c.w[e].type != WordType::kSemicolon) ++e;
      if (PollFinding(c, s0, k, e, d)) continue;
    }
    const uint32_t len = CueAt(c, k);
    if (len == 0) continue;
    uint32_t e0 = k + len;
    while (e0 < n && !IsEnd(c, e0) && !c.w[e0].para_start && c.w[e0].type != WordType::kSemicolon) ++e0;
    uint32_t begin = s0;
    while (begin < k && (c.w[begin].IsQuote() || !c.IsWord(begin))) ++begin;


    CueReading r;
    r.s0 = s0;
    r.k = k;
    r.len = len;
    r.e0 = e0;
    r.begin = begin;
    r.at.cue_first = k;
    r.at.cue_last = k + len;
    const bool read = IsAccordingTo(c, k) ? ReadAccordingTo(c, d, &r) : ReadSubjectCue(c, d, &r);
    if (read) AddReading(c, d, &r);
  }
  DropNestedHeldReports(d);
  CoverPartials(c, d);
  CoverDroppedQuotes(c, d);
}

}  // namespace readout::quotes
