// A cue verb read with its speaker: the subject before it (coordinated,
// long, a participle's, a fronted participle's main clause), an agentless
// passive whose content holds the subject, or an inverted speaker after a
// closing cue ("…, said X"). The content is the clause, infinitive or
// object after the cue once "that", asides, hearers and media are stepped
// over; or, for a parenthetical or closing cue, the clause before it.
#include "quotes/cue_reading.h"

namespace readout::quotes {
namespace {

// A preposition that belongs to the cue right before it ("called for",
// "talked about", "warned against", "referring to").
bool CuePreposition(const Context& c, uint32_t i) {
  return c.Equals(i, "for") || c.Equals(i, "about") || c.Equals(i, "against") || c.Equals(i, "to") ||
         c.Equals(i, "of") || c.Equals(i, "on");
}

// Word i opens a show's title after its channel's possessive: "KTV's
// “Morning Hour”", "CNN's ''State of the Union''".
bool ShowTitleAt(const Context& c, uint32_t i) {
  uint32_t k = i;
  while (k < i + 4 && NameWord(c, k)) ++k;
  if (k == i || k + 1 >= c.w.size() || c.w[k].type != WordType::kOther) return false;
  const std::string_view t = c.Text(k);
  return (t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019") &&
         (c.w[k + 1].type == WordType::kOpenQuote || c.w[k + 1].type == WordType::kAmbigQuote);
}

bool IsFinite(Pos p) { return p == Pos::kVBZ || p == Pos::kVBD || p == Pos::kVBP || p == Pos::kMD; }

// After a parenthetical cue's comma, word i goes on with the report
// before the cue: its predicate ("The main problem they face, X says, is
// figuring out …"), a clause of reason or concession ("He's leaning
// toward Kasich, he said, because …") or a verbless phrase ("… had two
// interviews, officials said, the first by a consular officer").
bool ReportGoesOnAt(const Context& c, uint32_t i, uint32_t e0) {
  if (!c.IsWord(i) || c.w[i].capitalised) return false;
  const Pos p = c.w[i].pos;
  if (p == Pos::kVBZ || p == Pos::kVBD || p == Pos::kVBP || p == Pos::kMD) return true;
  if (c.EqualsAny(i, "because", "since", "although", "though", "unless", "especially", "particularly", "partly",
                  "largely", "mainly", "except")) {
    return true;
  }
  return c.w[i].Is(lexicon::kDeterminer) && !HasFiniteVerb(c, i, e0);
}

// CommaBefore for a speaker phrase that a title may precede ("…, DFA
// spokesman Neil Sroka said"): steps back over up to seven noun, adjective
// and name words and "and" first.
uint32_t CommaBeforeSpeaker(const Context& c, const Phrase& speaker, uint32_t begin) {
  uint32_t comma = CommaBefore(c, speaker.first, begin);
  if (comma != kNoWord || speaker.kind == PhraseKind::kPronoun) return comma;
  uint32_t i = speaker.first;
  // (Also over "and" in a coordinated subject: "…, teachers and union
  // officials told the Gazette".)
  for (int s = 0; s < 7 && i > begin; ++s) {
    const Word& w = c.w[i - 1];
    if (w.type != WordType::kWord || w.Is(lexicon::kCueVerb | lexicon::kThat) ||
        !(IsNoun(w.pos) || IsAdjective(w.pos) || w.capitalised ||
          (c.Equals(i - 1, "and") && i - 1 > begin && c.IsWord(i - 2) &&
           (IsNoun(c.w[i - 2].pos) || c.w[i - 2].capitalised)))) {
      break;
    }
    --i;
    comma = CommaBefore(c, i, begin);
    if (comma != kNoWord) return comma;
  }
  return kNoWord;
}

// The "to" of an infinitive after a tell-verb's hearer that starts at
// `from` ("Florida agencies that dealt with the case to …", "Mills,
// Sullivan and Abedin to …"): the hearer may hold a list and a relative
// clause, but no other finite verb. kNoWord when none.
uint32_t HearerInfinitive(const Context& c, uint32_t from, uint32_t e0) {
  if (!c.IsWord(from) || c.Equals(from, "that") || c.Equals(from, "to") || IsVerb(c.w[from].pos)) return kNoWord;
  for (uint32_t t = from + 1; t < e0 && t < from + 16; ++t) {
    if (c.w[t].type == WordType::kComma) continue;
    if (!c.IsWord(t)) return kNoWord;
    if (c.Equals(t, "to") && c.IsWord(t + 1) && c.w[t + 1].pos == Pos::kVB) return t;
    const Pos p = c.w[t].pos;
    const bool finite = p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD;
    if (finite && !(c.Equals(t - 1, "that") || c.Equals(t - 1, "who") || c.Equals(t - 1, "which"))) return kNoWord;
  }
  return kNoWord;
}

// True when the words after a closing cue finish the sentence: time words,
// media phrases, then the sentence end or a comma opening an aside.
bool CueClosesClause(const Context& c, uint32_t cue, uint32_t after, uint32_t end) {
  bool that = false;
  uint32_t i = SkipCueComplements(c, cue, after, end, &that);
  if (that) return false;
  if (i >= end || IsEnd(c, i) || c.w[i].type == WordType::kComma || c.w[i].type == WordType::kSemicolon ||
      c.w[i].IsQuote()) {
    return true;
  }
  // "…, the mayor said as he left the hall", "…, X said after meeting
  // Y": an adverbial clause of time or reason after the cue.
  if (c.EqualsAny(i, "as", "while", "when", "after", "before", "because", "since") && c.IsWord(i + 1) &&
      !c.Equals(i + 1, "that") && ReportingCue(c, cue)) {
    return true;
  }
  // "…, she said in a video message to the convention.": prepositional
  // phrases without a verb up to the sentence end.
  if (!IsPreposition(c, i)) return false;
  for (uint32_t k = i; k < end && !IsEnd(c, k); ++k) {
    if (c.w[k].type == WordType::kComma || c.w[k].type == WordType::kSemicolon) return true;
    if (c.IsWord(k) && (IsVerb(c.w[k].pos) || c.w[k].Is(lexicon::kThat))) return false;
  }
  return true;
}

// The attribution with a speaker whose cue stands last in [begin, cue)
// (with `before`, a speaker before its cue), or nullptr. The list is not
// in text order: the direct pass's attributions come first, so an earlier
// sentence's indirect one may follow this sentence's quotes'.
const Attribution* LastAttributionBefore(const Drafts& d, uint32_t begin, uint32_t cue, bool before) {
  const Attribution* best = nullptr;
  for (const Attribution& at : d.attributions) {
    if (at.cue_first == kNoWord || at.cue_first >= cue || at.cue_first < begin || !at.speaker.ok()) continue;
    if (before && at.speaker.last > at.cue_first) continue;
    if (best == nullptr || at.cue_first >= best->cue_first) best = &at;
  }
  return best;
}

// The subject of a participle cue after a comma ("Clinton criticised the
// plan, saying …", "…, he said, adding that …"): the speaker of the last
// attribution in the sentence, else the phrase that opens the sentence.
Phrase ParticipleSubject(const Context& c, const Drafts& d, uint32_t begin, uint32_t cue) {
  if (const Attribution* at = LastAttributionBefore(d, begin, cue, false)) return at->speaker;
  uint32_t i = begin;
  while (i < cue && ((c.IsWord(i) && c.w[i].Is(lexicon::kNotName) && !c.w[i].Is(lexicon::kDeterminer)) ||
                     c.w[i].type == WordType::kComma)) {
    ++i;
  }
  Phrase p = PhraseStartingAt(c, i, cue);
  if (p.ok() && !p.weak && !c.Equals(p.last, "by")) return p;
  // "A speech by Defense Secretary Pete Hegseth in Brussels, saying …":
  // the agent of a noun that opens the sentence.
  // (Over a lead-in: "In particular, a speech by …".)
  for (uint32_t b = begin + 1; b < cue && b < begin + 10; ++b) {
    if (c.IsWord(b) && IsVerb(c.w[b].pos)) break;
    if (!c.Equals(b, "by") || !c.IsWord(b - 1) || !IsNoun(c.w[b - 1].pos)) continue;
    const Phrase agent = PhraseStartingAt(c, b + 1, cue);
    if (agent.ok() && agent.kind == PhraseKind::kName) return agent;
    break;
  }
  if (p.ok() && !p.weak) return p;
  return {};
}

// "X said … and predicted that …": a cue that opens a second predicate
// ("and", "but", over adverbs) shares the speaker of the sentence's last
// attribution before it.
Phrase CoordinatedSubject(const Context& c, const Drafts& d, uint32_t begin, uint32_t k) {
  uint32_t j = k;
  while (j > begin && (c.Lower(j - 1, lexicon::kAux) || (c.IsWord(j - 1) && c.w[j - 1].pos == Pos::kRB))) --j;
  if (j <= begin || !(c.Equals(j - 1, "and") || c.Equals(j - 1, "but"))) return {};
  if (const Attribution* at = LastAttributionBefore(d, begin, k, true)) return at->speaker;
  return {};
}

}  // namespace

// The comma that ends a fronted content right before word i ("…, X said"
// or "…,” X said"), or kNoWord.
uint32_t CommaBefore(const Context& c, uint32_t i, uint32_t begin) {
  if (i <= begin) return kNoWord;
  uint32_t k = i - 1;
  if (c.w[k].type == WordType::kComma) return k;
  if (c.w[k].IsQuote() && k > begin && c.w[k - 1].type == WordType::kComma) return k - 1;
  return kNoWord;
}

namespace {

// The cue with its subject before it reports the clause, infinitive or
// object after it, or the clause before a parenthetical or closing cue.
bool ReadClauseAfterCue(const Context& c, Drafts* d, CueReading* r) {
  const uint32_t k = r->k, len = r->len, e0 = r->e0, begin = r->begin;
  Attribution& at = r->at;
  uint32_t& first = r->first;
  uint32_t& last = r->last;
  bool& clause_after = r->clause_after;
  uint32_t& min_words = r->min_words;
  bool& noun_object = r->noun_object;
  bool that = false;
  uint32_t i = SkipCueComplements(c, k, k + len, e0, &that);
  if (!that) i = TellClauseStart(c, k, len, i, e0);  // "warned the bridge would fail"
  // "asked agencies that dealt with the case to stonewall …", "asked
  // Mills, Sullivan and Abedin to search …": a tell-verb's hearer of
  // any length before its infinitive; a short hearer stays in the
  // content, a long one is left out.
  bool hearer_infinitive = false;
  if (c.w[k].lex->verb_class == lexicon::CueVerbClass::kTell && c.w[k].lex->takes_infinitive && len == 1) {
    const uint32_t t = HearerInfinitive(c, k + 1, e0);
    if (t != kNoWord) {
      i = CountWords(c, k + 1, t) <= 5 ? k + 1 : t;
      that = false;
      hearer_infinitive = true;
    }
  }
  if (i < e0 && c.w[i].type == WordType::kColon) ++i;
  // "said that, during the period, Gates was …": the aside after
  // "that" opens the report.
  if (that && i + 1 < e0 && c.w[i].type == WordType::kComma && c.IsWord(i + 1)) ++i;
  // "says that – in his professional life – he is …": the report
  // resumes after an aside in dashes.
  if (that && i + 1 < e0 && c.w[i].type == WordType::kDash) {
    uint32_t t = i + 1;
    while (t < e0 && t < i + 14 && c.w[t].type != WordType::kDash) ++t;
    if (t + 1 < e0 && c.w[t].type == WordType::kDash && c.IsWord(t + 1)) i = t + 1;
  }
  // "as Comey noted, …" and "…, as Comey noted": an as-clause holds
  // the cue; the report is the main clause after or before it.
  // (Any cue of saying or belief: "as the Tribune reported", "as many
  // researchers believe".)
  const bool as_clause = at.speaker.last <= k && at.speaker.first > begin && c.Equals(at.speaker.first - 1, "as") &&
                         (ReportingCue(c, k) || AsClauseCue(c, k));
  uint32_t comma = CommaBeforeSpeaker(c, at.speaker, begin);
  if (as_clause && comma == kNoWord) comma = CommaBefore(c, at.speaker.first - 1, begin);
  if (!that) {
    const uint32_t t = LateThat(c, k, i, e0);
    if (t != kNoWord) {
      i = t;
      that = true;
    }
  }
  // "saying, among other things, that …": a short aside in commas
  // before "that".
  if (!that && i < e0 && c.w[i].type == WordType::kComma && ReportingCue(c, k)) {
    for (uint32_t t = i + 1; t < e0 && t < i + 8; ++t) {
      if (c.w[t].type == WordType::kComma) {
        if (t > i + 1 && c.Equals(t + 1, "that") && HasFiniteVerb(c, t + 2, e0)) {
          i = t + 2;
          that = true;
        }
        break;
      }
      if (!c.IsWord(t) || IsVerb(c.w[t].pos)) break;
    }
  }
  // A short lead-in without a verb before the speaker ("Still,", "In
  // the end,") leaves the clause after the cue's comma as the report.
  const uint32_t lead = comma == kNoWord ? at.speaker.first : comma;
  if (!that && (at.speaker.first == begin || (as_clause && (comma == kNoWord || at.speaker.first == begin + 1)) ||
                (comma != kNoWord && CountWords(c, begin, comma) <= 4 &&
                                              !HasFiniteVerb(c, begin, comma) && !d->in_quote[begin]))) {
    const uint32_t f = ClauseAfterComma(c, k, i, e0, as_clause);
    if (f != kNoWord && lead >= begin) {
      i = f;
      that = true;
    }
  }
  // "But there is a risk, some Democrats said, that Sanders …": a
  // clause split by a parenthetical cue is reported whole.
  if (!that && comma != kNoWord && i + 2 < e0 && c.w[i].type == WordType::kComma && c.Equals(i + 1, "that") &&
      HasFiniteVerb(c, begin, comma) && HasFiniteVerb(c, i + 2, e0) && ReportingCue(c, k) &&
      !d->in_quote[begin]) {
    uint32_t f = begin;
    while (f < comma && c.IsWord(f) && c.w[f].Is(lexicon::kNotName) && !c.w[f].Is(lexicon::kDeterminer) &&
           c.w[f].capitalised) {
      ++f;
    }
    first = f;
    last = e0;
    clause_after = false;
    Trim(c, &first, &last);
    if (CountWords(c, first, last) >= 3) {
      at.medium = FindMedium(c, k, k + len, e0);
      d->AddIndirect(at, first, last);
    }
    return false;
  }
  const bool opens_quote = i + 1 < e0 && c.w[i].type == WordType::kOpenQuote && c.IsWord(i + 1);
  // "vowed to fight", "called for a ban", "talked about the plan":
  // an infinitive or a cue's own preposition opens the content.
  const lexicon::CueWord& cw = *c.w[k].lex;
  const bool to_verb = c.Equals(i, "to") && c.IsWord(i + 1) && c.w[i + 1].pos == Pos::kVB;
  const bool infinitive = to_verb && cw.takes_infinitive;
  // "asked Trump about the remarks", "reminded voters of the stakes":
  // a tell-verb's preposition after its hearer opens the content.
  const bool hearer_prep = !that && !to_verb && i > k + len && len == 1 &&
                           cw.verb_class == lexicon::CueVerbClass::kTell &&
                           c.EqualsAny(i, "about", "of", "for") && c.IsWord(i + 1) && !d->in_quote[i];
  if (hearer_prep) ++i;
  // (Not "posted on the website", "writing for the Tribune" nor "said
  // on KTV's “Morning Hour”", where the medium follows, nor "added to
  // her lead", which grows something.)
  const bool cue_prep = hearer_prep ||
                        (!that && !to_verb && i == k + len && CuePreposition(c, i) && c.IsWord(i + 1) &&
                         !(c.Equals(i, "on") && (cw.verb_class == lexicon::CueVerbClass::kWrite ||
                                                 ShowTitleAt(c, i + 1))) &&
                         !(c.Equals(i, "for") && cw.verb_class == lexicon::CueVerbClass::kWrite) &&
                         !(c.Equals(i, "to") && c.EqualsAny(k, "add", "adds", "added", "adding")));
  if (cue_prep && !hearer_prep) at.cue_last = ++i;
  // "Experts expect the press to be played …": an object with its own
  // infinitive reads as a clause.
  bool object_infinitive = false;
  if (!that && !to_verb && c.IsWord(i) && !IsPreposition(c, i)) {
    for (uint32_t t = i + 1; t < e0 && t < i + 7 && c.IsWord(t); ++t) {
      if (IsVerb(c.w[t].pos) && !c.Equals(t, "to")) break;
      if (c.Equals(t, "to") && c.IsWord(t + 1) && c.w[t + 1].pos == Pos::kVB) {
        object_infinitive = true;
        break;
      }
    }
  }
  // Without "that", a verb that takes no object reports a clause only.
  const bool clause = that || infinitive || cue_prep || opens_quote || object_infinitive || hearer_infinitive ||
                      HasFiniteVerb(c, i, e0);
  const bool content_ok = clause || cw.takes_object || cw.verb_class != lexicon::CueVerbClass::kBelief;
  min_words = clause || cw.takes_object ? 1 : 3;
  noun_object = (cw.takes_object || infinitive || cue_prep) && !that && !opens_quote;
  // A noun object that is a place ("Russia attacked Kyiv") is an act.
  if (noun_object && !clause && PlaceObjectAt(c, i)) return false;
  // "is proposing $275 billion in new spending": an amount of money.
  const bool money = i + 1 < e0 && c.w[i].type == WordType::kOther && c.IsWord(i + 1) &&
                     (c.Text(i) == "$" || c.Text(i) == "\u20ac" || c.Text(i) == "\u00a3");
  // (A report never opens with a conjunction: "which he favors but
  // says would never pass".)
  const bool conjunction = c.Equals(i, "but") || c.Equals(i, "and") || c.Equals(i, "or");
  // "a record that minority voters view differently": an adverb
  // alone is no object; the relative word is the content.
  if (!that && c.IsWord(i) && c.w[i].pos == Pos::kRB && !c.w[i].capitalised &&
      RelativeGapReport(c, at.speaker, begin, k, len, &first, &last)) {
    min_words = 1;
  } else if (i < e0 && (c.IsWord(i) || opens_quote || money) && content_ok && !conjunction &&
      (that || infinitive || cue_prep || !IsPreposition(c, i) || PrepositionOpensClause(c, k, i, e0))) {
    first = i;
    last = e0;
    clause_after = true;
  } else if (comma != kNoWord && CueClosesClause(c, k, k + len, e0)) {
    first = begin;
    last = comma;
    // "The outreach, they said, raised new worries": a short subject
    // before a parenthetical cue; the content is the whole sentence.
    uint32_t after = SkipCueComplements(c, k, k + len, e0, &that);
    // (A longer subject too, when it holds no verb of its own: "Any
    // interpretation of his actions, X said, would read this as …".)
    // (Also when the words after the cue's comma are no predicate:
    // "It was, she said, the worst storm in years", "In the end, X
    // said, the toll stayed": the sentence goes on past the cue.)
    const uint32_t next = after + 1;
    // (A subordinate clause before the cue is no main clause either:
    // "Unless the levees are raised, experts say, the town will …".)
    bool subordinate_lead = c.IsWord(begin) && c.w[begin].Is(lexicon::kSubordinator);
    for (uint32_t t = begin; t < comma && subordinate_lead; ++t) {
      subordinate_lead = c.w[t].type != WordType::kComma;
    }
    if ((CountWords(c, begin, comma) < 4 || !HasFiniteVerb(c, begin, comma) || subordinate_lead ||
         ReportGoesOnAt(c, next, e0)) &&
        after < e0 &&
        c.w[after].type == WordType::kComma && c.IsWord(next) && c.w[next].pos != Pos::kVBG &&
        !c.Equals(next, "and") && !c.Equals(next, "but") && !c.Equals(next, "or") &&
        CountWords(c, next, e0) >= (IsVerb(c.w[next].pos) ? 3u : 2u) && !d->in_quote[begin] &&
        !d->in_quote[comma - 1]) {
      // (The part after the cue ends like any report: "…, officials
      // said, could be unraveled by external events, whether …".)
      last = ReportEndAt(c, *d, k, next, next, e0);
      // A fronted phrase up to a comma opens no report ("Bound by a
      // long border, the two towns, he said, now …"), and a long
      // lead-in before a clause leaves the clause alone.
      for (uint32_t i = comma; i-- > begin + 1;) {
        // (A dash sets off a fronted clause too: "… - and the permit, his
        // campaign said, had been hard to get".)
        if ((c.w[i].type == WordType::kComma || c.w[i].type == WordType::kDash) && !d->in_quote[i]) {
          first = i + 1;
          if (c.EqualsAny(first, "and", "but") && first + 1 < comma) ++first;
          break;
        }
      }
      // (Not before the subject's own predicate: "The main problem
      // they face, X says, is finding the money".)
      if (CountWords(c, first, comma) > CountWords(c, next, e0) && HasFiniteVerb(c, next, e0) &&
          !IsFinite(c.w[next].pos)) {
        first = next;
      }
    }
    // A fronted adverbial clause or phrase is no report: "After the
    // court ruled, the state asked the justices for …", "In recent
    // months, firms have called off …".
    // (When the cue goes on with its own complement; "…, records
    // show." ends the sentence and reports what stands before.)
    if (last == comma && !d->in_quote[first] && !d->in_quote[comma - 1] && c.IsWord(after) &&
        (subordinate_lead ||
         (!HasFiniteVerb(c, first, comma) && (IsPreposition(c, first) || c.w[first].pos == Pos::kVBG)))) {
      return false;
    }
  } else if (!that && RelativeGapReport(c, at.speaker, begin, k, len, &first, &last)) {
    min_words = 1;  // "which Cruz proposed": the relative word
  } else {
    return false;
  }
  return true;
}

// A closing cue with its speaker after it ("…, said X", "…, X said" read
// inverted): the clause before the comma; `inverted_speaker` is the
// speaker InvertedSpeaker found, or not ok.
bool ReadInvertedCue(const Context& c, Drafts* d, CueReading* r, const Phrase& inverted_speaker) {
  const uint32_t k = r->k, len = r->len, e0 = r->e0, begin = r->begin;
  Attribution& at = r->at;
  uint32_t& first = r->first;
  uint32_t& last = r->last;
  uint32_t comma = CommaBefore(c, k, begin);
  if (comma == kNoWord) return false;
  at.speaker = inverted_speaker.ok() ? inverted_speaker : PhraseStartingAt(c, k + len, e0);
  if (!at.speaker.ok()) return false;
  uint32_t after = at.speaker.last;
  // (Or a relative clause of the speaker's: "…, said a handful of
  // officials who know the port".)
  if (!(after >= e0 || IsEnd(c, after) || c.w[after].type == WordType::kComma || c.Equals(after, "who"))) {
    return false;
  }
  first = begin;
  last = comma;
  // "Any interpretation of his actions, said X, an expert on Russia,
  // would read this as …": a subject before an inverted cue whose
  // predicate follows the speaker (and an aside of the speaker's):
  // the predicate is reported too.
  if (after < e0 && c.w[after].type == WordType::kComma && !HasFiniteVerb(c, begin, comma) &&
      !d->in_quote[begin]) {
    uint32_t next = after + 1;
    if (!(c.IsWord(next) && IsFinite(c.w[next].pos))) {
      next = kNoWord;
      for (uint32_t j = after + 1; j < e0 && j < after + 25; ++j) {
        if (c.w[j].type == WordType::kComma) {
          if (c.IsWord(j + 1) && IsFinite(c.w[j + 1].pos) && !c.w[j + 1].capitalised) next = j + 1;
          break;
        }
        if (!c.IsWord(j) || IsFinite(c.w[j].pos) || d->in_quote[j]) break;
      }
    }
    if (next != kNoWord && CountWords(c, next, e0) >= 2) {
      const uint32_t end = ReportEndAt(c, *d, k, next, next, e0);
      uint32_t f = next, l = end;
      Trim(c, &f, &l);
      if (l > f) d->AddIndirect(at, f, l);
    }
  }
  return true;
}

}  // namespace

bool ReadSubjectCue(const Context& c, Drafts* d, CueReading* r) {
  const uint32_t k = r->k, len = r->len, e0 = r->e0, begin = r->begin;
  Attribution& at = r->at;
  uint32_t& first = r->first;
  uint32_t& last = r->last;
  bool& clause_after = r->clause_after;
  bool& passive = r->passive;
  uint32_t& fronted_end = r->fronted_end;
  // "…, the race will be tight, said Dan Gerstein, director of …": a
  // name after the cue that closes the clause makes it inverted.
  const Pos kp = c.w[k].pos;
  const bool finite_cue = kp == Pos::kVBD || ((kp == Pos::kVBZ || kp == Pos::kVBP) && ReportingCue(c, k));
  const Phrase after = k > begin && len == 1 && CommaBefore(c, k, begin) != kNoWord && finite_cue
                           ? InvertedSpeaker(c, k, e0)
                           : Phrase{};
  const bool inverted = after.ok();
  if (!inverted) at.speaker = CoordinatedSubject(c, *d, begin, k);
  if (!inverted && !at.speaker.ok()) at.speaker = SubjectOf(c, begin, k);
  // (Also when the finders took a phrase inside its relative clause: "An
  // official who was briefed on the details said".)
  if (!inverted && len == 1 && (!at.speaker.ok() || at.speaker.kind != PhraseKind::kPronoun)) {
    const Phrase long_subject = LongSubject(c, begin, k);
    if (long_subject.ok() &&
        (!at.speaker.ok() || (long_subject.last < at.speaker.first && c.IsWord(long_subject.last) &&
                              CommaBefore(c, at.speaker.first, begin) == kNoWord &&
                              (c.Equals(long_subject.last, "who") || c.Equals(long_subject.last, "that"))))) {
      at.speaker = long_subject;
    }
  }
  // (The comma may stand inside a closing mark: "… “expanded the party,” claiming …".)
  // (Or a dash: "… the accusations — saying the campaign chose …".)
  const bool comma_before = k > begin && (c.w[k - 1].type == WordType::kComma ||
                                          (c.w[k - 1].type == WordType::kDash && k > begin + 2) ||
                                          (c.w[k - 1].type == WordType::kCloseQuote && k > begin + 1 &&
                                           c.w[k - 2].type == WordType::kComma));
  // "… by citing his results", "…, while saying that …", "… and
  // answering questions about …": a gerund after a preposition or a
  // conjunction is the clause subject's too.
  const bool gerund_lead =
      k > begin + 1 && c.IsWord(k - 1) && !c.w[k - 1].capitalised &&
      (c.Equals(k - 1, "by") || c.Equals(k - 1, "while") || c.Equals(k - 1, "after") ||
       c.Equals(k - 1, "before") || c.Equals(k - 1, "without") || c.Equals(k - 1, "and") ||
       c.Equals(k - 1, "through") || c.Equals(k - 1, "when"));
  if (!at.speaker.ok() && !inverted && (comma_before || gerund_lead) && c.w[k].pos == Pos::kVBG) {
    at.speaker = ParticipleSubject(c, *d, begin, k);
  }
  // "Noting that …, Ms. Hale said …": the main clause's subject.
  if (k == begin && c.w[k].capitalised && c.w[k].pos == Pos::kVBG) {
    fronted_end = FrontedParticipleEnd(c, *d, k, e0, &at.speaker);
    if (fronted_end == kNoWord) return false;
  }
  const uint32_t passive_be = inverted ? kNoWord : PassiveReport(c, k, len, begin);
  const uint32_t passive_first =
      passive_be == kNoWord ? kNoWord : HeldSubjectStart(c, *d, begin, passive_be, at.speaker);
  if (passive_first != kNoWord) {
    passive = true;
    at.held_subject = true;
    at.speaker = {};
    at.cue_first = passive_be;
    first = passive_first;
    last = e0;
    clause_after = true;
    // A relative clause ends at its comma: "…, which is expected to come
    // on Dec. 16, presents …".
    if (first + 1 == passive_be) {
      for (uint32_t i = k + 1; i < e0; ++i) {
        if (c.w[i].type == WordType::kComma && !d->in_quote[i]) {
          last = i;
          break;
        }
      }
    }
    return true;
  }
  if (at.speaker.ok()) return ReadClauseAfterCue(c, d, r);
  return ReadInvertedCue(c, d, r, after);
}

}  // namespace readout::quotes
