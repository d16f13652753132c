// Direct and partial quotes. For each quote (a group of paired segments) the
// attribution is looked for, in order:
//  1. after it, in the words up to the sentence end, when the quote does not
//     end its own sentence with a full stop: “…,” X said / said X / X, a …,
//     wrote on Twitter;
//  2. before it, in its sentence: X said: “…” / X said, “…” (direct), or
//     X said it was “…” (partial, inside reported speech);
//  3. from the quote just before, when nothing but the end of that quote's
//     attribution stands between them: “A,” she said. “B.”
// A quote with none of these is kept when it reads as a statement: six words
// or more, or three with its own closing punctuation, standing at the start
// of its sentence (no speaker); or four words or more inside a sentence
// (partial; the subject that opens the clause, if any, is its speaker and
// that subject's verb its cue). Shorter quoted words inside a sentence are
// titles, nicknames or scare quotes.
#include "quotes/drafts.h"

namespace readout::quotes {
namespace {

// Words from i are a byline's source up to a colon or the sentence end:
// names, "the", possessives and a link ("by Times' Michael Paulson:", "by
// the New York Post's Amy Spencer http://…").
// Returns the colon or sentence end that closes the byline, or kNoWord.
uint32_t NameOrPossessiveAfterBy(const Context& c, uint32_t i) {
  if (c.Equals(i, "the")) ++i;
  if (!NameWord(c, i)) return kNoWord;
  for (uint32_t t = i + 1; t < c.w.size() && t < i + 10; ++t) {
    const WordType ty = c.w[t].type;
    if (ty == WordType::kColon || ty == WordType::kEnd) return t;
    if (ty == WordType::kOther || NameWord(c, t)) continue;
    return kNoWord;
  }
  return kNoWord;
}

constexpr uint32_t kPostFrameWords = 28;
// Quoted words inside a sentence without a cue are kept from this length on
// (shorter ones are titles, nicknames, scare quotes).
constexpr uint32_t kUnattributedMinWords = 4;
// At most this many words from the clause's verb to the quote for the clause
// subject to be the speaker of quoted words without a cue.
constexpr uint32_t kSubjectVerbReach = 4;


// The word after the sentence or clause that starts right after a close
// mark, and the attribution found there; -1 when none.
int PostFrame(const Context& c, uint32_t close, Drafts* d, uint32_t* frame_end) {
  uint32_t begin = close + 1;
  uint32_t stop = begin;
  while (stop < c.w.size() && stop - begin < kPostFrameWords && !IsEnd(c, stop) && !c.w[stop].IsQuote() &&
         !(c.w[stop].para_start)) {
    ++stop;
  }
  for (uint32_t k = begin; k < stop; ++k) {
    uint32_t len = CueAt(c, k);
    if (len == 0) continue;
    Attribution at;
    at.cue_first = k;
    at.cue_last = k + len;
    if (k > begin) {
      at.speaker = SubjectOf(c, begin, k);
      // "the State Department announcement on Kellogg's travel said"
      if (at.speaker.weak) {
        Phrase first = PhraseStartingAt(c, begin, k);
        if (first.ok() && !first.weak) at.speaker = first;
      }
      if (!at.speaker.ok()) {
        at.speaker = PhraseStartingAt(c, begin, k);
        if (at.speaker.ok() && k - at.speaker.last > 6) at.speaker = {};
      }
      // Words before the cue that are not its subject: not an attribution frame.
      if (!at.speaker.ok()) return -1;
    } else {
      // Inverted, "said X": X must end the clause ("said X.", "said X, a
      // ...", "said X on Tuesday"), or the cue was no cue ("call he held").
      at.speaker = PhraseStartingAt(c, k + len, stop);
      uint32_t after = at.speaker.ok() ? at.speaker.last : k;
      // "said the man who built …": a relative clause may follow.
      if (at.speaker.ok() && after < stop && c.IsWord(after) && !c.w[after].Is(lexicon::kTimeWord) &&
          !c.Equals(after, "in") && !c.Equals(after, "on") && !c.Equals(after, "at") && !c.Equals(after, "during") &&
          !c.Equals(after, "who")) {
        return -1;
      }
    }
    // The speaker phrase itself may name the medium ("the announcement").
    uint32_t aside = at.speaker.ok() && at.speaker.last <= k ? at.speaker.first : k;
    at.medium = FindMedium(c, k, k + len, stop);
    if (at.medium.empty() && aside < k) at.medium = FindMedium(c, kNoWord, aside, k);
    while (stop < c.w.size() && !IsEnd(c, stop) && !c.w[stop].IsQuote() && !c.w[stop].para_start) ++stop;
    *frame_end = stop < c.w.size() && IsEnd(c, stop) ? stop + 1 : stop;
    return d->AddAttribution(at);
  }
  return -1;
}

// The speaker of the last attribution whose cue stands in [begin, cue).
Phrase SpeakerBefore(const Context& c, const Drafts& d, uint32_t begin, uint32_t cue) {
  (void)c;
  for (size_t a = d.attributions.size(); a-- > 0;) {
    const Attribution& at = d.attributions[a];
    if (at.cue_first == kNoWord || at.cue_first >= cue || at.cue_first < begin) continue;
    if (at.speaker.ok()) return at.speaker;
  }
  return {};
}

// The whole lead-in [begin, cue) as the speaker of a speech verb right
// before a quote, when no phrase finder takes it: "Another source familiar
// with the plan said, “…”", "Yet another said, “…”", "Mayor Lee himself
// said". The words must read as one noun phrase: a capitalised word or a
// determiner first, at most twelve words, no finite verb, no clause word, no
// comma (an apposition is the finders' business). Trailing time words and
// reflexives ("himself", "on Tuesday") are stepped over.
Phrase LeadInSubject(const Context& c, uint32_t begin, uint32_t cue) {
  uint32_t j = cue;
  while (j > begin && c.IsWord(j - 1) &&
         (c.w[j - 1].Is(lexicon::kTimeWord) || c.Equals(j - 1, "himself") || c.Equals(j - 1, "herself") ||
          c.Equals(j - 1, "themselves") || c.Equals(j - 1, "also") || c.Equals(j - 1, "then"))) {
    --j;
  }
  if (j <= begin || j - begin > 12 || !c.IsWord(begin)) return {};
  if (!c.w[begin].capitalised && !c.w[begin].Is(lexicon::kDeterminer)) return {};
  for (uint32_t i = begin; i < j; ++i) {
    const WordType t = c.w[i].type;
    if (t != WordType::kWord && c.Text(i) != "'s" && c.Text(i) != "’s" && c.Text(i) != "'" && c.Text(i) != "’") {
      return {};
    }
    if (t != WordType::kWord) continue;
    const Pos pos = c.w[i].pos;
    if (pos == Pos::kVB || pos == Pos::kVBD || pos == Pos::kVBP || pos == Pos::kVBZ || pos == Pos::kMD) return {};
    if (c.Equals(i, "that") || c.Equals(i, "who") || c.Equals(i, "which") || c.Equals(i, "when") ||
        c.Equals(i, "if") || c.Equals(i, "as") || c.Equals(i, "it") || c.Equals(i, "there")) {
      return {};
    }
    if (CueAt(c, i) > 0) return {};
  }
  return {begin, j, PhraseKind::kNominal, false};
}

// The attribution in the words [begin, open) before a quote; -1 when none.
// A participle cue after a comma takes the subject of the cue before it
// ("he said, adding, “…”"). A lead-in ending with a colon and opening with
// a speaker needs no cue verb: the colon is the cue ("She then addressed the
// crowd: “…”").
int PreFrame(const Context& c, uint32_t begin, uint32_t open, Drafts* d, bool* adjacent) {
  const WordType lead = c.w[open - 1].type;
  int cues_seen = 0;
  for (uint32_t k = open; k > begin;) {
    --k;
    uint32_t len = CueAt(c, k);
    if (len == 0) continue;
    ++cues_seen;
    Attribution at;
    at.cue_first = k;
    at.cue_last = k + len;
    at.speaker = SubjectOf(c, begin, k);
    const bool tell = c.w[k].lex && c.w[k].lex->verb_class == lexicon::CueVerbClass::kTell;
    if (!at.speaker.ok() && !tell) {
      // "said Trump: “…”": the inverted speaker must run up to the quote
      // (after a tell-verb the phrase is the hearer: "telling the crowd").
      at.speaker = PhraseStartingAt(c, k + len, open);
      if (at.speaker.ok() && at.speaker.last + 1 < open) at.speaker = {};
    }
    for (uint32_t k2 = k; !at.speaker.ok() && k2 > begin && c.w[k - 1].type == WordType::kComma;) {
      --k2;
      if (CueAt(c, k2) > 0) at.speaker = SubjectOf(c, begin, k2);
    }
    // "…, adding, “…”", "…, she said, by saying, “…”": a participle takes
    // the speaker of the sentence's attribution before it, else the subject
    // that opens the clause.
    if (!at.speaker.ok() && c.w[k].pos == Pos::kVBG) at.speaker = SpeakerBefore(c, *d, begin, k);
    if (!at.speaker.ok() && c.w[k].pos == Pos::kVBG) at.speaker = ClauseSubject(c, begin, k);
    if (!at.speaker.ok() && c.w[k].pos != Pos::kVBG && ReportingCue(c, k)) at.speaker = LeadInSubject(c, begin, k);
    // "A spokeswoman for the panel emailed reporters …, arguing, “…”": the
    // participle's speaker is the subject of the clause's first finite verb.
    if (!at.speaker.ok() && c.w[k].pos == Pos::kVBG && k > 0 && c.w[k - 1].type == WordType::kComma) {
      // The sentence may start before an earlier quote ("X said he was
      // “outraged,” arguing that “…”").
      uint32_t sb = begin;
      while (sb > 0 && !c.w[sb].para_start && c.w[sb - 1].type != WordType::kEnd) --sb;
      uint32_t v = sb;
      while (v < k && !(c.IsWord(v) && !c.w[v].capitalised && !d->in_quote[v] &&
                        (c.w[v].pos == Pos::kVBD || c.w[v].pos == Pos::kVBZ || c.w[v].pos == Pos::kVBP))) {
        ++v;
      }
      if (v < k && v > sb) {
        at.speaker = LeadInSubject(c, sb, v);
        if (!at.speaker.ok()) at.speaker = SubjectOf(c, sb, v);
        if (at.speaker.ok() && at.speaker.weak) at.speaker = {};
      }
    }
    // The cue nearest the quote may be no cue of it ("wrote back: “…”"):
    // look one cue further back.
    if (!at.speaker.ok() && cues_seen < 2) continue;
    if (!at.speaker.ok()) return -1;
    at.medium = FindMedium(c, k, k + len, open);
    if (at.medium.empty() && at.speaker.last < k) at.medium = FindMedium(c, kNoWord, at.speaker.last, k);
    // "On Facebook, she answered …, saying, “…”": a fronted medium.
    if (at.medium.empty() && at.speaker.first > begin && at.speaker.first < k) {
      at.medium = FindMedium(c, kNoWord, begin, at.speaker.first);
    }
    *adjacent = (lead == WordType::kColon || lead == WordType::kComma) && open - k <= 12;
    return d->AddAttribution(at);
  }
  // "Said Ellen Park, who grew up there, “…”": a sentence that opens with
  // the cue, inverted (CueAt takes lower-case cues only).
  if ((lead == WordType::kComma || lead == WordType::kColon) && begin + 1 < open && c.w[begin].capitalised &&
      (c.Equals(begin, "said") || c.Equals(begin, "says") || c.Equals(begin, "added") || c.Equals(begin, "adds") ||
       c.Equals(begin, "wrote") || c.Equals(begin, "writes"))) {
    Attribution at;
    at.speaker = PhraseStartingAt(c, begin + 1, open);
    if (at.speaker.ok() && at.speaker.kind != PhraseKind::kPronoun) {
      at.cue_first = begin;
      at.cue_last = begin + 1;
      *adjacent = true;
      return d->AddAttribution(at);
    }
  }
  if (lead == WordType::kColon) {
    uint32_t i = begin;
    while (i < open && c.Lower(i, lexicon::kNotName)) ++i;
    Attribution at;
    at.speaker = PhraseStartingAt(c, i, open - 1);
    // "… does not surprise pollster Dana Shore: “…”", "More from Jones:
    // “…”": a name (never a pronoun or common noun) right before the colon.
    if ((!at.speaker.ok() || at.speaker.kind == PhraseKind::kNominal) && open >= begin + 2) {
      Phrase end = PhraseEndingAt(c, begin, open - 2);
      at.speaker = end.ok() && end.kind == PhraseKind::kName ? end : Phrase{};
    }
    if (!at.speaker.ok() || at.speaker.kind == PhraseKind::kNominal) return -1;
    at.cue_first = open - 1;
    at.cue_last = open;
    *adjacent = true;
    return d->AddAttribution(at);
  }
  return -1;
}

// The attribution of the sentence right before a quote that opens its
// paragraph or sentence ("Kerry said that …. ¶ “That adds up …”"), when that
// sentence holds no quote of its own; -1 when none.
int PreviousSentence(const Context& c, uint32_t open, Drafts* d, bool* adjacent) {
  if (open == 0) return -1;
  uint32_t end = open;  // the previous sentence is [ps, end)
  uint32_t ps = end - 1;
  while (ps > 0 && !c.w[ps].para_start && c.w[ps - 1].type != WordType::kEnd) {
    if (c.w[ps].IsQuote()) return -1;
    --ps;
  }
  if (c.w[ps].IsQuote() || end - ps > 60) return -1;
  if (c.w[end - 1].type == WordType::kColon) return PreFrame(c, ps, end, d, adjacent);
  for (uint32_t k = end; k > ps;) {
    --k;
    uint32_t len = CueAt(c, k);
    if (len == 0 || c.w[k].capitalised) continue;
    Attribution at;
    at.cue_first = k;
    at.cue_last = k + len;
    at.speaker = SubjectOf(c, ps, k);
    if (!at.speaker.ok()) continue;
    at.medium = FindMedium(c, k, k + len, end);
    *adjacent = true;
    return d->AddAttribution(at);
  }
  return -1;
}

}  // namespace

uint32_t TranscriptLabel(const Context& c, uint32_t i, uint32_t end) {
  auto all_caps = [&](uint32_t k) {
    if (!c.IsWord(k)) return false;
    std::string_view t = c.Text(k);
    int letters = 0;
    for (char ch : t) {
      if (ch >= 'a' && ch <= 'z') return false;
      letters += ch >= 'A' && ch <= 'Z';
    }
    return letters >= 2;
  };
  static constexpr std::string_view kNotSpeakers[] = {"update", "note", "editor", "correction", "breaking",
                                                      "watch", "read", "related", "video", "photos", "source"};
  if (!all_caps(i)) return kNoWord;
  for (std::string_view n : kNotSpeakers) {
    if (c.Equals(i, n)) return kNoWord;
  }
  uint32_t j = i + 1;
  if (j < end && c.w[j].type == WordType::kEnd && c.Text(j) == ".") ++j;  // "MR."
  if (j < end && all_caps(j)) ++j;
  return j < end && c.w[j].type == WordType::kColon && j + 1 < end ? j : kNoWord;
}

uint32_t CountWords(const Context& c, uint32_t first, uint32_t last) {
  uint32_t n = 0;
  for (uint32_t i = first; i < last; ++i) n += c.w[i].type == WordType::kWord;
  return n;
}

void FindDirectQuotes(const Context& c, const std::vector<QuotedSegment>& segs, Drafts* d) {
  uint32_t frame_end = kNoWord;  // word after the previous quote's attribution
  int last_attr = -1;
  uint32_t lede_open = kNoWord;  // the opening mark of a byline's lede
  for (size_t g = 0; g < segs.size();) {
    size_t h = g + 1;
    while (h < segs.size() && segs[h].group == segs[g].group) ++h;
    const QuotedSegment& s0 = segs[g];
    const QuotedSegment& sn = segs[h - 1];
    const uint32_t open = s0.open;
    uint32_t rs = open;
    while (rs > 0 && !c.w[rs].para_start && c.w[rs - 1].type != WordType::kEnd && !c.w[rs - 1].IsQuote()) --rs;
    const bool pre_empty = rs == open;

    uint32_t words = 0;
    for (size_t k = g; k < h; ++k) words += CountWords(c, segs[k].first, segs[k].last);
    const WordType last_type = c.w[sn.last - 1].type;
    const bool closes_sentence = last_type == WordType::kEnd;
    const bool full_stop = closes_sentence && c.Text(sn.last - 1) == ".";

    int attr = -1;
    bool direct = pre_empty;
    bool used_cue = false;
    // A transcript turn in quotes: “PENCE: Well, …”
    uint32_t label_colon = TranscriptLabel(c, s0.first, s0.last);
    if (label_colon != kNoWord) {
      Attribution at;
      at.speaker = {s0.first, label_colon, PhraseKind::kName};
      at.cue_first = label_colon;
      at.cue_last = label_colon + 1;
      attr = d->AddAttribution(at);
    }
    uint32_t new_frame_end = sn.close != kNoWord ? sn.close + 1 : sn.last;
    // Inside reported speech the cue before the quote wins ("Obama said
    // “it gets me mad” every time he thinks ...").
    if (attr < 0 && !pre_empty) {
      bool adjacent = false;
      attr = PreFrame(c, rs, open, d, &adjacent);
      direct = attr >= 0 && adjacent;
      used_cue = direct;
    }
    if (attr < 0 && sn.close != kNoWord && !full_stop) {
      attr = PostFrame(c, sn.close, d, &new_frame_end);
      used_cue = attr >= 0 && pre_empty;
      // "“We were stunned” by the closure of the mill, the leader said":
      // words of the clause after the closing mark make the quote a part
      // of the reported clause, which the indirect pass reports whole.
      if (used_cue) {
        const Attribution& pa = d->attributions[attr];
        const uint32_t frame = pa.speaker.ok() ? std::min(pa.speaker.first, pa.cue_first) : pa.cue_first;
        // (Only when the quote closes on a word, not on its own
        // punctuation, and the words after it up to the frame's comma hold
        // no finite verb: "“…” if she didn't win, said X" is no such clause.)
        if (frame > sn.close + 2 && c.IsWord(sn.close - 1) && c.w[frame - 1].type == WordType::kComma &&
            CountWords(c, sn.close + 1, frame) >= 2 && !HasFiniteVerb(c, sn.close + 1, frame - 1)) {
          direct = false;
          used_cue = false;
        }
      }
    } else if (attr >= 0 && sn.close != kNoWord && !full_stop) {
      // “…,” she said. after a quote the lead-in already attributed: the
      // next quote still follows this one's attribution.
      uint32_t probe_end = new_frame_end;
      const size_t before = d->attributions.size();
      const int probe = PostFrame(c, sn.close, d, &probe_end);
      if (probe >= 0) {
        new_frame_end = probe_end;
        const Attribution& pa = d->attributions[probe];
        // A participle with words of its own after it ("“…,” blaming the
        // mayor", "“…,” noting that …") reports them: the indirect pass
        // keeps it.
        const bool own_report = c.w[pa.cue_first].pos == Pos::kVBG && c.IsWord(pa.cue_last) &&
                                !d->in_quote[pa.cue_last];
        for (uint32_t k = pa.cue_first; k < pa.cue_last && !own_report; ++k) d->cue_used[k] = 1;
      }
      d->attributions.resize(before);
    }
    if (attr < 0 && pre_empty && last_attr >= 0 && frame_end == open) attr = last_attr;
    if (attr < 0 && pre_empty && (words >= 6 || closes_sentence)) {
      bool adjacent = false;
      attr = PreviousSentence(c, open, d, &adjacent);
    }
    // Short quoted words inside a sentence that hold no letters (an
    // identifier: “2016-06-29”), or that are all capitalised right after a
    // preposition (a show or title: "on “Good Morning America”"), are never
    // a partial statement. A capitalised nickname after a cue stays ("called
    // him “Little Marco”").
    // (Up to eight words right after a work's noun: "the podcast “Here's
    // the Thing”", "the reality show “Cake Boss”". Not after the noun's
    // comma: "his new book, “…,”" is often the content's own.)
    // (So after a noun's naming "called": "a play called “Los Hijos de
    // Trump”", "an account called “Hypo-Cruz”". Not "titled": PolNeAR
    // gives a title its work's attribution.)
    const bool naming = !pre_empty && open > rs + 1 && c.Equals(open - 1, "called") && CueAt(c, open - 1) == 0;
    const bool after_work = !pre_empty && open > rs &&
                            (naming || c.EqualsAny(open - 1, "show", "program", "programme", "podcast", "book", "memoir",
                                                   "autobiography", "series", "film", "movie", "documentary", "column"));
    bool title_like = !pre_empty && (words <= 5 || (after_work && words <= 8));
    bool letters = false;
    for (size_t k = g; k < h && title_like; ++k) {
      for (uint32_t i = segs[k].first; i < segs[k].last && title_like; ++i) {
        if (!c.IsWord(i)) continue;
        const unsigned char ch = static_cast<unsigned char>(c.Text(i)[0]);
        letters = letters || !(ch >= '0' && ch <= '9');
        title_like = c.w[i].capitalised || (ch >= '0' && ch <= '9') || c.w[i].Is(lexicon::kNamePrep) ||
                     c.Equals(i, "the") || c.Equals(i, "and") || c.Equals(i, "a");
      }
    }
    if (title_like && letters) {
      static constexpr std::string_view kPreps[] = {"on", "in", "to", "of", "at", "from", "for", "with", "by"};
      // (Also over a name's possessive: "on ABC's “This Week”".)
      uint32_t before = open - 1;
      if (before > rs + 1 && c.w[before].type == WordType::kOther &&
          (c.Text(before) == "'s" || c.Text(before) == "\u2019s" || c.Text(before) == "'" ||
           c.Text(before) == "\u2019")) {
        uint32_t n = before;
        while (n > rs && before - n < 4 && NameWord(c, n - 1)) --n;
        if (n < before && n > rs) before = n - 1;
      }
      bool after_prep = after_work;
      for (std::string_view p : kPreps) after_prep = after_prep || c.Equals(before, p);
      // (A tell-verb's hearer: "told “Fox and Friends”", "told NBC's
      // “Today”": a show, not words said.)
      after_prep = after_prep || (c.IsWord(before) && c.w[before].lex != nullptr && c.Lower(before, lexicon::kCueVerb) &&
                                  c.w[before].lex->verb_class == lexicon::CueVerbClass::kTell &&
                                  c.w[before].phrase_len <= 1);
      title_like = after_prep;
    }
    // A headline with its byline ("“Museum to close,” by the Post's Ann
    // Lee: …") is a title, whatever it says.
    // (The quoted lede after the byline's colon is the story's text, not
    // a statement: “…,” by X: “…”.)
    if (sn.close != kNoWord && c.Equals(sn.close + 1, "by")) {
      const uint32_t byline_end = NameOrPossessiveAfterBy(c, sn.close + 2);
      if (byline_end != kNoWord) {
        title_like = true;
        if (c.w[byline_end].type == WordType::kColon) lede_open = byline_end + 1;
      }
    }
    if (open == lede_open) title_like = true;
    // A title-case name opening the sentence as a noun's modifier
    // ("“Daily Show” host X said", "“Orange Is the New Black” star X") is
    // a title: its close follows a word and a common noun follows it.
    if (!title_like && pre_empty && words <= 6 && sn.close != kNoWord && c.IsWord(sn.last - 1) &&
        c.IsWord(sn.close + 1) && IsNoun(c.w[sn.close + 1].pos) && !c.w[sn.close + 1].Is(lexicon::kCueVerb) &&
        NameWord(c, sn.close + 2)) {
      bool title_case = true;
      for (size_t k = g; k < h && title_case; ++k) {
        for (uint32_t i = segs[k].first; i < segs[k].last && title_case; ++i) {
          title_case = !c.IsWord(i) || c.w[i].capitalised || c.w[i].Is(lexicon::kNamePrep) ||
                       c.EqualsAny(i, "the", "and", "a", "of", "is", "in", "on", "to", "for", "with");
        }
      }
      title_like = title_case;
    }
    if (title_like && label_colon == kNoWord) {
      // (A quote right after the title still follows the clause's frame:
      // "X said on ABC's “This Week.” “…”".)
      last_attr = attr;
      if (attr >= 0) frame_end = new_frame_end;
      g = h;
      continue;
    }
    const bool statement = words >= 6 || (words >= 3 && (closes_sentence || last_type == WordType::kComma));
    // Quoted words inside a sentence that no cue attributes but that run
    // long enough to be someone's words (PolNeAR counts them: "drawing
    // chants of “…”", "Christie retorted “…”" with a verb outside our
    // lists): kept as partial. The subject that opens the clause, when one
    // stands before its verb, is their speaker and that verb their cue.
    const bool unattributed_words = attr < 0 && !pre_empty && words >= kUnattributedMinWords;
    if (unattributed_words) {
      Phrase subj = ClauseSubject(c, rs, open);
      if (subj.ok()) {
        uint32_t v = subj.last;
        while (v < open && (c.Lower(v, lexicon::kAux) || (c.IsWord(v) && c.w[v].pos == Pos::kRB))) ++v;
        // Only a verb that the quote follows closely ("retorted that “…”",
        // "called it “…”"): further away the quote is often not the
        // subject's ("walked in to chants of “…”").
        if (open - v <= kSubjectVerbReach) {
          Attribution at;
          at.speaker = subj;
          at.cue_first = v;
          at.cue_last = v + 1;
          at.from_subject = true;
          attr = d->AddAttribution(at);
        }
      }
      // The indirect pass may still report the clause around them.
      d->dropped.push_back({rs, s0.first, sn.last});
    }
    if (attr < 0 && !(statement && pre_empty) && !unattributed_words) {
      if (!pre_empty) d->dropped.push_back({rs, s0.first, sn.last});
      last_attr = -1;
      g = h;
      continue;
    }
    // A title no cue frames ("a guest of the “Morning Harbour Radio Hour”
    // program, said …") is no partial quote; its cue stays free for the
    // clause (quoted_titles.cc).
    if (!direct && h == g + 1 && label_colon == kNoWord &&
        UnframedTitle(c, segs[g].first, segs[g].last, attr >= 0 ? d->attributions[attr].cue_last : kNoWord)) {
      last_attr = attr;
      if (attr >= 0) frame_end = new_frame_end;
      g = h;
      continue;
    }
    if (used_cue) {
      const Attribution& at = d->attributions[attr];
      for (uint32_t k = at.cue_first; k < at.cue_last; ++k) d->cue_used[k] = 1;
    }
    for (size_t k = g; k < h; ++k) {
      d->AddQuote(direct ? QuoteKind::kDirect : QuoteKind::kPartial,
                  k == g && label_colon != kNoWord ? label_colon + 1 : segs[k].first, segs[k].last, attr);
    }
    frame_end = new_frame_end;
    last_attr = attr;
    g = h;
  }
}

}  // namespace readout::quotes
