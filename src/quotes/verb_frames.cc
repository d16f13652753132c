// Verb frames around a cue that FindIndirectQuotes reads (split from
// indirect_quotes.cc): the speaker after an inverted cue ("…, said X"), the
// agentless passive of belief and saying ("is expected to …"), a
// tell-verb's clause without "that" whose subject looked like its hearer
// ("warned the bridge would fail"), and a participle that opens the
// sentence ("Noting that …, X said"). Each looks at a few words around the
// cue; none allocates.
#include "quotes/drafts.h"

namespace readout::quotes {

// The speaker after an inverted cue that closes its clause ("…, said Dan
// Gerstein, director of …", "…, said the company's chief executive, …",
// "…, say experts like …"): a name or a speaker nominal, else a run of
// determiner-led words without a verb, ending at a comma, "who" or the end.
Phrase InvertedSpeaker(const Context& c, uint32_t k, uint32_t e0) {
  auto closes = [&](uint32_t i) {
    return i >= e0 || c.w[i].type == WordType::kComma || IsEnd(c, i) || c.Equals(i, "who") ||
           c.Equals(i, "like");
  };
  Phrase p = PhraseStartingAt(c, k + 1, e0);
  if (p.ok() && (p.kind == PhraseKind::kName || (p.kind == PhraseKind::kNominal && !p.weak)) && closes(p.last)) {
    return p;
  }
  if (!ReportingCue(c, k) || !c.IsWord(k + 1) || !(c.w[k + 1].Is(lexicon::kDeterminer) || IsNoun(c.w[k + 1].pos))) {
    return {};
  }
  uint32_t i = k + 1;
  for (; i < e0 && i < k + 12 && !closes(i); ++i) {
    const bool possessive = c.w[i].type == WordType::kOther && (c.Text(i) == "'s" || c.Text(i) == "\u2019s");
    if (!c.IsWord(i) && !possessive) return {};
    if (c.IsWord(i) && (IsVerb(c.w[i].pos) || c.w[i].Is(lexicon::kThat))) return {};
  }
  if (!closes(i) || i == k + 1 || !IsNoun(c.w[i - 1].pos)) return {};
  return {k + 1, i, PhraseKind::kNominal};
}

// "A tribunal is expected to rule …", "The talks are said to have …": a
// report in the passive without an agent. The subject is part of what is
// reported and the text names no source. Returns the index of the be-form
// before the cue at k, or kNoWord.
uint32_t PassiveReport(const Context& c, uint32_t k, uint32_t len, uint32_t begin) {
  if (len != 1 || !c.IsWord(k) || c.w[k].capitalised || c.w[k].lex == nullptr) return kNoWord;
  const lexicon::CueWord& cw = *c.w[k].lex;
  if (cw.needs_as || cw.needs_quote) return kNoWord;
  // Verbs of belief ("is expected to", "are believed to") and of saying
  // without an object ("is said to"); not stances ("is favored to win") nor
  // "as" frames, which name more often than they report ("was identified as").
  if (cw.verb_class != lexicon::CueVerbClass::kBelief &&
      !(cw.verb_class == lexicon::CueVerbClass::kSpeech && !cw.takes_object)) {
    return kNoWord;
  }
  if (c.w[k].pos != Pos::kVBN && c.w[k].pos != Pos::kVBD) return kNoWord;
  if (!c.Equals(k + 1, "to") || !c.IsWord(k + 2) || c.w[k + 2].pos != Pos::kVB) return kNoWord;
  uint32_t b = k;
  while (b > begin && c.IsWord(b - 1) && !c.w[b - 1].capitalised &&
         (c.w[b - 1].pos == Pos::kRB || c.Equals(b - 1, "not") || c.Equals(b - 1, "n't") ||
          c.Equals(b - 1, "n\u2019t"))) {
    --b;
  }
  if (b <= begin + 1) return kNoWord;
  const uint32_t be = b - 1;
  if (c.Equals(be, "is") || c.Equals(be, "are") || c.Equals(be, "was") || c.Equals(be, "were") ||
      c.Equals(be, "be") || c.Equals(be, "been") || c.Equals(be, "being")) {
    return be;
  }
  return kNoWord;
}

// "warned the bridge would fail": what a tell-verb's complements took for
// the hearer (from the cue at k, `len` words, to word i) is the subject of
// the reported clause when a finite verb follows it. Returns the clause's
// first word, else i.
uint32_t TellClauseStart(const Context& c, uint32_t k, uint32_t len, uint32_t i, uint32_t e0) {
  if (i <= k + len || i >= e0 || c.w[k].lex == nullptr ||
      c.w[k].lex->verb_class != lexicon::CueVerbClass::kTell || !c.IsWord(i) || c.w[i].capitalised) {
    return i;
  }
  const Pos p = c.w[i].pos;
  if (p != Pos::kMD && p != Pos::kVBD && p != Pos::kVBZ && p != Pos::kVBP) return i;
  uint32_t h = i;
  while (h > k + len && (c.w[h - 1].type == WordType::kOther ||
                         (c.IsWord(h - 1) && !c.w[h - 1].Is(lexicon::kTimeWord) &&
                          (IsNoun(c.w[h - 1].pos) || IsAdjective(c.w[h - 1].pos) ||
                           c.w[h - 1].Is(lexicon::kDeterminer) || c.w[h - 1].pos == Pos::kCD)))) {
    --h;
  }
  return h < i && c.IsWord(h) ? h : i;
}

// "Noting that only one senator voted for it, Ms. Hale said …": a
// participle cue at word k that opens the sentence speaks for the subject
// of the main clause after its comma (set in *speaker) and reports up to
// that comma, which it returns; kNoWord when no such subject follows.
uint32_t FrontedParticipleEnd(const Context& c, const Drafts& d, uint32_t k, uint32_t e0, Phrase* speaker) {
  *speaker = {};
  for (uint32_t i = k + 1; i < e0 && i < k + 30; ++i) {
    if (c.w[i].type == WordType::kComma && !d.in_quote[i]) {
      *speaker = ClauseSubject(c, i + 1, e0);
      return speaker->ok() ? i : kNoWord;
    }
  }
  return kNoWord;
}

// "issued a statement", "posted a message on Facebook", "released a
// formal report": a verb that puts out a document, with the document
// alone as its object, reports no content (the text, if any, follows).
bool DocumentObject(const Context& c, uint32_t k, uint32_t first, uint32_t last) {
  static constexpr std::string_view kVerbs[] = {"issue",  "issues",  "issued",  "issuing", "post",
                                                "posts",  "posted",  "posting", "release", "releases",
                                                "released", "releasing"};
  bool publishes = false;
  for (std::string_view v : kVerbs) publishes = publishes || c.Equals(k, v);
  if (!publishes) return false;
  static constexpr std::string_view kDocuments[] = {"message", "messages", "comment", "comments",
                                                    "report",  "reports",  "video",   "videos"};
  for (uint32_t i = first; i < last && i < first + 5; ++i) {
    if (!c.IsWord(i)) return false;
    const bool document = c.w[i].Is(lexicon::kCueNoun) || [&] {
      for (std::string_view d : kDocuments) {
        if (c.Equals(i, d)) return true;
      }
      return false;
    }();
    // (The document's own preposition or adjunct may follow: "a
    // statement on the subject", "a message on Facebook".)
    if (document) return i + 1 == last || IsPreposition(c, i + 1) || c.w[i + 1].type != WordType::kWord;
    if (!(c.w[i].Is(lexicon::kDeterminer) || IsAdjective(c.w[i].pos) || c.w[i].pos == Pos::kVBG ||
          c.EqualsAny(i, "following", "new", "formal", "written"))) {
      return false;
    }
  }
  return false;
}

// A noun object [first, last) that opens with a short noun phrase (no
// verb, at most four words) and "about": the word after "about", else
// first.
uint32_t AboutTopicStart(const Context& c, const Drafts& d, uint32_t first, uint32_t last) {
  for (uint32_t t = first + 1; t < last && t < first + 5; ++t) {
    if (d.in_quote[t] || !c.IsWord(t) || (IsVerb(c.w[t].pos) && c.w[t].pos != Pos::kVBG)) return first;
    if (c.Equals(t, "about")) {
      const bool head = IsNoun(c.w[t - 1].pos) || c.EqualsAny(t - 1, "little", "nothing", "much", "more", "less", "all");
      return head && t + 1 < last ? t + 1 : first;
    }
  }
  return first;
}

}  // namespace readout::quotes
