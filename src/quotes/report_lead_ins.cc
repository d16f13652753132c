// Lead-ins that frame a report without a plain "X said" clause: a name and a
// colon opening a paragraph ("Trump: My plans aren't set in stone"), a poll
// as the source of a finding ("In a CBS News poll released Sunday, 42% …"),
// and a question that led to the answer ("Asked whether he would run, Smith
// said …"). Called word by word from FindIndirectQuotes.
#include <algorithm>

#include "quotes/drafts.h"

namespace readout::quotes {

// A paragraph that opens with a name (or a speaker nominal) and a colon and
// holds at most 40 words: a headline ("Trump: My plans aren't set in
// stone") or an interview turn ("Lopez: Well, …"). Returns the colon's
// index, or kNoWord. Labels that are no speakers ("Update:", "Note:") and
// places ("Iowa:") are not taken.
uint32_t NameLabel(const Context& c, uint32_t k, uint32_t n) {
  // The label's colon ends a phrase of at most seven words: most paragraphs
  // have none there and need no further test.
  bool colon = false;
  for (uint32_t i = k; i < n && i <= k + 7 && !colon; ++i) colon = c.w[i].type == WordType::kColon;
  if (!colon) return kNoWord;
  static constexpr std::string_view kNotSpeakers[] = {"update", "note", "editor", "editors", "correction", "breaking",
                                                      "watch", "read", "related", "video", "photos", "source",
                                                      "sources", "photo", "credit", "listen", "more", "see"};
  for (std::string_view w : kNotSpeakers) {
    if (c.Equals(k, w)) return kNoWord;
  }
  // "The Latest:", "The Bottom Line:" are section labels.
  if (!c.IsWord(k) || !c.w[k].capitalised || StartsPlace(c, k) || c.Equals(k, "the")) return kNoWord;
  // "Poll: Trump a big turnoff for …", "Report: Walker to speak …": a
  // headline led by a source noun alone (9 of 10 such labels on PolNeAR
  // train are attributions).
  static constexpr std::string_view kSourceLabels[] = {"poll", "polls", "report", "reports", "survey", "study",
                                                       "newspaper"};
  bool source_label = false;
  for (std::string_view w : kSourceLabels) source_label = source_label || c.Equals(k, w);
  const Phrase p = source_label && k + 1 < n && c.w[k + 1].type == WordType::kColon
                       ? Phrase{k, k + 1, PhraseKind::kNominal}
                       : PhraseStartingAt(c, k, std::min(n, k + 7));
  if (!p.ok() || p.weak || p.kind == PhraseKind::kPronoun || p.last >= n || c.w[p.last].type != WordType::kColon) {
    return kNoWord;
  }
  // The label names a person or organisation the entity stage found
  // ("The Latest:", "A World at War:" do not).
  bool named = source_label;
  for (const Entity& e : c.a.entities) {
    if (e.type != EntityType::kPerson && e.type != EntityType::kOrg) continue;
    for (const Mention& m : e.mentions) {
      named = named || (m.start >= c.w[p.first].start && m.end <= c.w[p.last - 1].end);
    }
  }
  if (!named) return kNoWord;
  uint32_t end = p.last + 1;
  while (end < n && !c.w[end].para_start) ++end;
  // An interviewer's question is no statement.
  uint32_t tail = end;
  while (tail > p.last + 1 && !c.IsWord(tail - 1) && c.w[tail - 1].type != WordType::kEnd) --tail;
  if (tail > p.last + 1 && c.Text(tail - 1) == "?") return kNoWord;
  const uint32_t words = CountWords(c, p.last + 1, end);
  return words >= 3 && words <= 40 ? p.last : kNoWord;
}

namespace {

bool SurveyNoun(const Context& c, uint32_t i) {
  // A cheap first test: this runs over the words after every "in".
  const std::string_view t = c.Text(i);
  if (t.size() < 4 || t.size() > 7) return false;
  const char f = static_cast<char>(t[0] | 0x20);
  if (f != 'p' && f != 's') return false;
  static constexpr std::string_view kWords[] = {"poll", "polls", "survey", "surveys", "study", "studies"};
  for (std::string_view w : kWords) {
    if (c.Equals(i, w)) return true;
  }
  return false;
}

}  // namespace

// A poll as the source of a finding: "In a CBS News poll released Sunday,
// she led by 24 points" and "… he fell to 10 percent in the latest CNN/ORC
// poll." Drafts the finding with the poll as speaker and "in" as cue, and
// returns true, when word k opens such a phrase.
bool PollFinding(const Context& c, uint32_t s0, uint32_t k, uint32_t e0, Drafts* d) {
  if (!c.Equals(k, "in") || !c.IsWord(k + 1)) return false;
  uint32_t noun = kNoWord;
  uint32_t j = k + 1;
  for (; j < e0 && j < k + 12 && c.w[j].type != WordType::kComma; ++j) {
    if (SurveyNoun(c, j)) noun = j;
    if (c.IsWord(j) && (c.w[j].pos == Pos::kVBD || c.w[j].pos == Pos::kVBZ || c.w[j].pos == Pos::kVBP ||
                        c.w[j].pos == Pos::kMD || c.w[j].pos == Pos::kVBG)) {
      return false;
    }
  }
  if (noun == kNoWord) return false;
  // "in the polls", "in national polls", "in most surveys": polls in
  // general measure a standing ("has a slight lead in the polls") and are
  // no source; one poll is ("in a new Fox News poll"), and so is an
  // average of polls.
  const std::string_view head = c.Text(noun);
  if (head.back() == 's' && !c.Equals(noun - 1, "of") && !(noun >= k + 3 && c.Equals(noun - 2, "of")) &&
      !(noun >= k + 4 && c.Equals(noun - 3, "of"))) {
    return false;
  }
  Attribution at;
  at.cue_first = k;
  at.cue_last = k + 1;
  at.speaker = {k + 1, j, PhraseKind::kNominal, true};
  uint32_t first = kNoWord;
  uint32_t last = kNoWord;
  if (k == s0 && j < e0 && c.w[j].type == WordType::kComma && HasFiniteVerb(c, j + 1, e0)) {
    first = j + 1;
    last = e0;
  } else if (k > s0 + 2 && (j >= e0 || IsEnd(c, j)) && HasFiniteVerb(c, s0, k)) {
    first = s0;
    last = k;
    if (c.w[last - 1].type == WordType::kComma) --last;
  } else {
    return false;
  }
  // Not a leading "But" or "And", nor quoted words (the direct pass's).
  while (first < last && (!c.IsWord(first) || d->in_quote[first] ||
                          (c.w[first].Is(lexicon::kNotName) && !c.w[first].Is(lexicon::kDeterminer) &&
                           c.w[first].Is(lexicon::kSubordinator) == false && c.w[first].capitalised))) {
    ++first;
  }
  if (first >= last || CountWords(c, first, last) < 3) return false;
  // "In the county poll, 42% say …": a finding with its own cue is that
  // cue's report.
  for (uint32_t i = first; i < last; ++i) {
    if (CueAt(c, i) > 0) return false;
  }
  d->AddIndirect(at, first, last);
  return true;
}

// "Asked whether he would run, Smith said …" and "When asked about the
// plan, …": the question is reported with no speaker (the asker is not
// named) and "Asked" as its cue. Drafts it and returns true when word k
// opens such a lead-in.
bool AskedLeadIn(const Context& c, uint32_t s0, uint32_t k, Drafts* d) {
  if (!c.Equals(k, "asked")) return false;
  // "…, when asked about the plan, she said …" or "… told CNN when asked
  // which candidate she would back." also open a question mid-sentence.
  const bool mid = k > s0 + 1 && c.Equals(k - 1, "when");
  if (!(k == s0 || (k == s0 + 1 && c.Equals(s0, "when")) || mid)) return false;
  uint32_t i = k + 1;
  // "Asked by a reporter whether …"
  if (c.Equals(i, "by")) {
    Phrase p = PhraseStartingAt(c, i + 1, i + 8);
    if (!p.ok()) return false;
    i = p.last;
  }
  static constexpr std::string_view kOpeners[] = {"about", "if",  "whether", "why",   "how",  "what",
                                                   "who",   "when", "where",   "which", "whom", "whose"};
  // The question may follow a time or a setting: "Asked Tuesday about …",
  // "Asked during a January debate why …" (up to six words, no comma).
  bool opener = false;
  for (uint32_t start = i; !opener && i < c.w.size() && i < start + 7 && c.IsWord(i); ++i) {
    for (std::string_view o : kOpeners) opener = opener || c.Equals(i, o);
    // "Asked by X to respond to the criticism": a request's infinitive.
    opener = opener || (c.Equals(i, "to") && c.IsWord(i + 1) && c.w[i + 1].pos == Pos::kVB);
    if (opener) break;
    if (IsVerb(c.w[i].pos)) return false;
  }
  if (!opener) return false;
  const uint32_t first = c.Equals(i, "about") ? i + 1 : i;
  uint32_t last = first;
  while (last < c.w.size() && last < first + 60 && c.w[last].type != WordType::kComma && !IsEnd(c, last) &&
         !c.w[last].para_start) {
    ++last;
  }
  if (last >= c.w.size() || CountWords(c, first, last) < 1) return false;
  if (c.w[last].type != WordType::kComma && !(mid && IsEnd(c, last))) return false;
  Attribution at;
  at.cue_first = k;
  at.cue_last = k + 1;
  d->AddIndirect(at, first, last);
  return true;
}

bool AsByLeadIn(const Context& c, uint32_t s0, uint32_t k, Drafts* d) {
  if (k != s0 + 1 || !c.Equals(s0, "as") || !c.Equals(k + 1, "by") || c.w[k].pos == Pos::kVBG) return false;
  const uint32_t n = static_cast<uint32_t>(c.w.size());
  uint32_t comma = k + 2;
  while (comma < n && comma < k + 14 && c.IsWord(comma)) ++comma;
  if (comma >= n || comma == k + 2 || c.w[comma].type != WordType::kComma || d->in_quote[comma]) return false;
  const Phrase speaker = PhraseStartingAt(c, k + 2, comma);
  if (!speaker.ok() || speaker.last != comma) return false;
  uint32_t last = comma + 1;
  while (last < n && !IsEnd(c, last) && !c.w[last].para_start) ++last;
  if (CountWords(c, comma + 1, last) < 3 || !HasFiniteVerb(c, comma + 1, last)) return false;
  Attribution at;
  at.speaker = speaker;
  at.cue_first = s0;
  at.cue_last = k + 2;
  d->AddIndirect(at, comma + 1, last);
  return true;
}

}  // namespace readout::quotes
