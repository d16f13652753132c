// Runs the quote stage: one pass builds the WordView (quotes/word_view.h),
// marks are paired (quote_marks.h), the direct pass attributes quoted
// segments and the indirect pass reported clauses (drafts.h). Speakers are
// resolved last, in text order, so a pronoun can prefer the people already
// quoted.
#include "quotes/quote_extractor.h"

#include <algorithm>

#include "quotes/drafts.h"
#include "quotes/speaker_resolver.h"

namespace readout::quotes {

void CarryWrittenMedium(Analysis& a);

void ExtractQuotes(const Model& model, Analysis& a) {
  a.quotes.clear();
  if (a.tokens.empty()) return;
  // One buffer per thread: the view is rebuilt for every document, and its
  // allocation cost more than filling it on short ones.
  thread_local WordView view;
  view.Build(a, model.cues());
  const std::span<const Word> words = view.words();
  const Context c{a, words, model.cues(), view.keys()};
  // Quote marks inside markup tags (`<tweet author="@x">`) delimit
  // attribute values; they are left out of the pairing. (Only articles
  // with a '<' are scanned.)
  std::span<const uint32_t> marks = view.marks();
  std::vector<uint32_t> outside_tags;
  if (a.text.find('<') != std::string::npos) {
    for (const uint32_t m : marks) {
      if (!words[m].IsQuote() || !InsideMarkupTag(a.text, words[m].start)) outside_tags.push_back(m);
    }
    marks = outside_tags;
  }
  const std::vector<QuotedSegment> segments = PairQuoteMarks(words, marks);

  Drafts d;
  d.in_quote.assign(words.size(), 0);
  d.cue_used.assign(words.size(), 0);
  for (const QuotedSegment& s : segments) {
    uint32_t from = s.open;
    uint32_t to = s.close != kNoWord ? s.close + 1 : s.last;
    for (uint32_t i = from; i < to; ++i) d.in_quote[i] = 1;
  }
  FindDirectQuotes(c, segments, &d);
  FindIndirectQuotes(c, view.report_words(), &d);
  FindNounCues(c, view.stance_words(), &d);
  FindAdjectiveCues(c, view.stance_words(), &d);

  std::stable_sort(d.quotes.begin(), d.quotes.end(), [](const Draft& x, const Draft& y) {
    return x.first != y.first ? x.first < y.first : x.last > y.last;  // enclosing first
  });
  // Resolve each attribution once, in the order of first use.
  SpeakerResolver resolver(c);
  std::vector<int> resolved(d.attributions.size(), -2);
  std::vector<ResolvedSpeaker> speakers(d.attributions.size());
  for (const Draft& q : d.quotes) {
    Quote out;
    out.kind = q.kind;
    out.content = {words[q.first].start, words[q.last - 1].end};
    out.sentence = words[q.first].sentence;
    if (q.attribution >= 0) {
      const Attribution& at = d.attributions[q.attribution];
      if (resolved[q.attribution] == -2 && at.speaker.ok()) {
        speakers[q.attribution] = resolver.Resolve(at.speaker);
        resolver.NoteSpeaker(speakers[q.attribution].entity);
        resolved[q.attribution] = 1;
      }
      if (at.speaker.ok()) {
        out.speaker = speakers[q.attribution].span;
        out.speaker_entity = speakers[q.attribution].entity;
      }
      if (at.cue_first != kNoWord) out.cue = Span{words[at.cue_first].start, words[at.cue_last - 1].end};
      out.medium = std::string(at.medium);
    }
    a.quotes.push_back(std::move(out));
  }
  CarryWrittenMedium(a);
}

// "Trump wrote on Truth Social: …" and later "…,” Trump wrote.": a writer's
// later posts without a named medium are on the medium that the same writer
// last wrote on, in this article. Only writing cues on both sides; what a
// person says aloud is not carried.
void CarryWrittenMedium(Analysis& a) {
  auto writes = [&](const Quote& q) {
    if (!q.cue) return false;
    const std::string_view cue = a.Text(*q.cue);
    for (std::string_view w : {"wrote", "writes", "write", "posted", "posts", "tweeted", "tweets"}) {
      if (cue == w) return true;
    }
    return false;
  };
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    Quote& q = a.quotes[i];
    if (!q.medium.empty() || q.speaker_entity < 0 || !writes(q)) continue;
    for (size_t j = i; j-- > 0;) {
      const Quote& before = a.quotes[j];
      if (before.speaker_entity != q.speaker_entity || !writes(before)) continue;
      if (!before.medium.empty()) q.medium = before.medium;
      break;
    }
  }
}

}  // namespace readout::quotes
