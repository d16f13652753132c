// Where a report ends (FindIndirectQuotes): a noun object ends before an
// adjunct, a comma or a second predicate; a reported clause ends before a
// new clause with its own subject, a contrast, a second report or a
// participle clause. Lists of noun phrases and asides in a pair of dashes
// are stepped over; a comma inside a closing quote mark counts as a comma.
#include "quotes/drafts.h"

namespace readout::quotes {

// True when a clause with its own subject starts at word i: a subject
// pronoun or a name, then a finite verb.
bool NewClauseAt(const Context& c, uint32_t i) {
  if (!c.IsWord(i)) return false;
  uint32_t v = kNoWord;
  if (c.w[i].Is(lexicon::kPronoun) && !c.Equals(i, "her") && !c.Equals(i, "him") && !c.Equals(i, "them") &&
      !c.Equals(i, "you")) {
    v = i + 1;
  } else {
    Phrase p = PhraseStartingAt(c, i, i + 6);
    if (p.ok() && (p.kind == PhraseKind::kName || (p.kind == PhraseKind::kNominal && !p.weak))) v = p.last;
  }
  if (v == kNoWord || !c.IsWord(v)) return false;
  const Pos p = c.w[v].pos;
  return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD;
}

// A finite verb at word i, over adverbs ("and later fessed up", "and has
// championed"): the start of a second predicate.
bool PredicateAt(const Context& c, uint32_t i) {
  for (int s = 0; s < 2 && c.IsWord(i) && c.w[i].pos == Pos::kRB; ++s) ++i;
  if (!c.IsWord(i)) return false;
  const Pos p = c.w[i].pos;
  return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD;
}

// "…, even as he defended …", "… as she left the breakfast": a clause of
// time or manner with its own subject.
bool AsClauseAt(const Context& c, uint32_t i) {
  if (c.Equals(i, "even") && c.Equals(i + 1, "as")) return true;
  return c.Equals(i, "as") && NewClauseAt(c, i + 1);
}

namespace {

// Word i has the verb form of the cue at k, so after "and" it opens a
// second predicate of the cue's subject: "has praised X and offered …",
// "touting X and pounding …". (Past tense and participle count as one:
// the tagger often reads one for the other.)
bool SameVerbForm(const Context& c, uint32_t k, uint32_t i) {
  if (!c.IsWord(i) || c.w[i].capitalised) return false;
  const Pos a = c.w[k].pos;
  const Pos b = c.w[i].pos;
  if (a == Pos::kVBG) return b == Pos::kVBG;
  if (a == Pos::kVBD || a == Pos::kVBN) return b == Pos::kVBD || b == Pos::kVBN;
  return false;
}

// "with each side questioning X and Senator Y pressing …": after "and"
// at i, a noun phrase of up to five words and then a gerund, the second
// half of a pair of absolute clauses, when the cue at k is a gerund too.
bool GerundClauseAt(const Context& c, uint32_t k, uint32_t i) {
  if (c.w[k].pos != Pos::kVBG) return false;
  for (uint32_t j = i + 1; j < i + 7 && c.IsWord(j); ++j) {
    const Word& w = c.w[j];
    if (w.pos == Pos::kVBG && !w.capitalised) return j > i + 1;
    if (!(IsNoun(w.pos) || IsAdjective(w.pos) || w.pos == Pos::kCD || w.Is(lexicon::kDeterminer) ||
          c.Equals(j, "of"))) {
      return false;
    }
  }
  return false;
}

// "…, a decision that surprised the town", "…, an extraction method known
// as fracking", "…, a higher level of uncertainty than …", "…, a plan the
// mayor has modified": after the comma at i, an indefinite noun phrase
// (with its own relative clause, participle or complement, or alone) sums
// up the clause before it. (The caller asks only once the report has its
// finite verb.)
bool SummaryAppositiveAt(const Context& c, uint32_t i) {
  if (!(c.Equals(i + 1, "a") || c.Equals(i + 1, "an"))) return false;
  for (uint32_t j = i + 2; j < i + 7 && c.IsWord(j); ++j) {
    const Pos p = c.w[j].pos;
    if (j > i + 2 && (c.Equals(j, "that") || c.Equals(j, "which") || p == Pos::kVBN)) {
      return IsNoun(c.w[j - 1].pos);
    }
    if (j > i + 2 && IsNoun(c.w[j - 1].pos) && !IsNoun(p) && !IsAdjective(p)) return true;
    if (!(IsNoun(p) || IsAdjective(p)) || c.w[j].capitalised) return false;
  }
  return true;
}

// "in recent weeks", "in late May", "during the past year", "over the
// coming months": a preposition opening a time phrase at word i (a few
// modifiers, then a time word, a plural unit of time or a month).
bool TimePhraseAt(const Context& c, uint32_t i) {
  if (!(c.Equals(i, "in") || c.Equals(i, "during") || c.Equals(i, "over"))) return false;
  static constexpr std::string_view kModifiers[] = {"the", "recent", "late", "early", "coming", "past", "last",
                                                    "next", "few", "several", "previous", "mid", "a", "two"};
  static constexpr std::string_view kUnits[] = {"days", "weeks", "months", "years", "decades", "past", "may"};
  for (uint32_t t = i + 1; t < i + 5 && c.IsWord(t); ++t) {
    if (c.w[t].Is(lexicon::kTimeWord)) return t > i + 1 || !c.Equals(t, "this");
    for (std::string_view u : kUnits) {
      if (c.Equals(t, u)) return true;
    }
    bool modifier = false;
    for (std::string_view m : kModifiers) modifier = modifier || c.Equals(t, m);
    if (!modifier) return false;
  }
  return false;
}

// Word i is a possessive clitic ("'s").
bool Possessive(const Context& c, uint32_t i) {
  return i < c.w.size() && c.w[i].type == WordType::kOther && (c.Text(i) == "'s" || c.Text(i) == "\u2019s");
}

// "…, and the market did", "…, and now some close allies are hoping",
// "…, and the Civil Liberties Union of Ohio has sued": after a comma and a
// conjunction, a clause of its own whose subject is any noun phrase of up
// to eight words (over a leading adverb), then a finite verb.
bool CoordinateClauseAt(const Context& c, uint32_t i) {
  if (c.IsWord(i) && c.w[i].pos == Pos::kRB) ++i;
  bool noun = false;
  for (uint32_t j = i; j < i + 9 && c.IsWord(j); ++j) {
    const Word& w = c.w[j];
    const Pos p = w.pos;
    if (noun && (p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD)) return true;
    if (noun && p == Pos::kRB && PredicateAt(c, j)) return true;
    if (IsNoun(p) || (w.Is(lexicon::kPronoun) && !c.EqualsAny(j, "it", "you", "her", "him", "them"))) {
      noun = true;
      continue;
    }
    if (IsAdjective(p) || p == Pos::kCD || w.Is(lexicon::kDeterminer) || (noun && c.Equals(j, "of")) ||
        (noun && p == Pos::kPOS)) {
      continue;
    }
    return false;
  }
  return false;
}

// A lower-case common noun at word i.
bool CommonNounAt(const Context& c, uint32_t i) {
  return c.IsWord(i) && !c.w[i].capitalised && !c.w[i].Is(lexicon::kPronoun) &&
         (c.w[i].pos == Pos::kNN || c.w[i].pos == Pos::kNNS);
}

// A word after a comma that opens a clause outside the report: a contrast,
// a relative clause, a concession ("…, despite …", "…, which …").
bool ClauseBreak(const Context& c, uint32_t i) {
  static constexpr std::string_view kWords[] = {"compared", "but",  "while",     "although", "though",
                                                "despite",  "even", "including", "however",  "whereas"};
  for (std::string_view w : kWords) {
    if (c.Equals(i, w)) return true;
  }
  return false;
}

// A relative clause after a comma ends the report once the report has its
// verb ("…, who had been imprisoned"), not inside its subject ("said his
// call, which lasted an hour, went well").
bool RelativeWord(const Context& c, uint32_t i) {
  return c.Equals(i, "which") || c.Equals(i, "who") || c.Equals(i, "where");
}

// A word that ends a noun-phrase object: an adjunct clause or phrase.
bool ObjectEnd(const Context& c, uint32_t i) {
  static constexpr std::string_view kWords[] = {"because", "since", "if",       "when",   "after",
                                                "before",  "while", "although", "though", "by",
                                                "despite", "until", "during",   "amid",   "unless"};
  for (std::string_view w : kWords) {
    if (c.Equals(i, w)) return true;
  }
  return false;
}

// A preposition of time that ends a noun object ("endorsed him after the
// debate") but not an infinitive ("to run ads during the debates").
bool TimePreposition(const Context& c, uint32_t i) {
  return c.EqualsAny(i, "after", "before", "during", "until", "amid");
}

// The comma at i opens an aside that a second comma closes within 25
// words, and the cue's frame goes on after it with "as", "of" and a gerund,
// or "to" and a verb: returns the second comma, else kNoWord.
uint32_t FrameAfterAside(const Context& c, const Drafts& d, uint32_t i, uint32_t last) {
  for (uint32_t j = i + 1; j < last && j < i + 26; ++j) {
    const WordType t = c.w[j].type;
    if (t == WordType::kEnd || t == WordType::kSemicolon || t == WordType::kColon || d.in_quote[j]) return kNoWord;
    // (An aside with a cue of its own is a report: "…, he argued, to …".)
    if (c.Lower(j, lexicon::kCueVerb)) return kNoWord;
    if (t != WordType::kComma) continue;
    if (j == i + 1 || !c.IsWord(j + 1) || !c.IsWord(j + 2)) return kNoWord;
    const bool as = c.Equals(j + 1, "as") && !c.EqualsAny(j + 2, "soon", "well", "long", "far", "much", "many");
    const bool of_gerund = c.Equals(j + 1, "of") && c.w[j + 2].pos == Pos::kVBG;
    // (An infinitive after an added member: "ordered the office, along
    // with the county prosecutor, to release …".)
    const bool infinitive = c.Equals(j + 1, "to") && c.w[j + 2].pos == Pos::kVB &&
                            (c.Equals(i + 1, "along") || c.Equals(i + 1, "together"));
    return as || of_gerund || infinitive ? j : kNoWord;
  }
  return kNoWord;
}

// The dash at i opens an aside that a second dash closes within 15 words,
// with the report going on after it ("her server - there were several -
// was never hacked"): returns the closing dash, else kNoWord.
uint32_t DashAsideEnd(const Context& c, uint32_t i, uint32_t last) {
  for (uint32_t j = i + 1; j < last && j < i + 16; ++j) {
    const WordType t = c.w[j].type;
    if (t == WordType::kEnd || t == WordType::kSemicolon || t == WordType::kColon) return kNoWord;
    if (t == WordType::kDash) return j > i + 1 && j + 1 < last && c.IsWord(j + 1) ? j : kNoWord;
  }
  return kNoWord;
}

// The comma at i continues a list of noun phrases ("X, Y and Z", "X, Y,
// and Z"): noun-phrase words only up to "and"/"or", which is followed by
// no second predicate.
bool ListGoesOn(const Context& c, uint32_t i, uint32_t last, bool gerunds) {
  for (uint32_t j = i + 1; j < last && j < i + 8; ++j) {
    if (c.w[j].type == WordType::kComma) continue;
    if (!c.IsWord(j)) return false;
    // (A list of gerund phrases: "eliminating caucuses, limiting …".)
    if (gerunds && c.w[j].pos == Pos::kVBG) continue;
    if (c.Equals(j, "and") || c.Equals(j, "or")) {
      // (A participle that modifies the last item's noun is no verb:
      // "X, Y and rising rents", "growing economic inequality".)
      const bool modifier =
          c.IsWord(j + 1) && (c.w[j + 1].pos == Pos::kVBG || c.w[j + 1].pos == Pos::kVBN) &&
          c.IsWord(j + 2) && !c.w[j + 2].capitalised &&
          (CommonNounAt(c, j + 2) || IsAdjective(c.w[j + 2].pos) || (gerunds && c.w[j + 1].pos == Pos::kVBG));
      return j > i + 1 && c.IsWord(j + 1) && !PredicateAt(c, j + 1) &&
             (!IsVerb(c.w[j + 1].pos) || modifier) && !c.w[j + 1].Is(lexicon::kPronoun);
    }
    const Pos p = c.w[j].pos;
    if (IsVerb(p) || c.w[j].Is(lexicon::kThat | lexicon::kSubordinator | lexicon::kCueVerb) ||
        c.Equals(j, "including") || c.Equals(j, "which") || c.Equals(j, "who")) {
      return false;
    }
  }
  return false;
}

}  // namespace

uint32_t ObjectEndAt(const Context& c, const Drafts& d, uint32_t k, uint32_t first, uint32_t last) {
  // "supported her by a wide margin", "opposed it because …", "the PACs
  // supporting Kasich paid …": an object ends before an adjunct clause,
  // a comma or the next finite verb.
  // (An infinitive keeps its own times: "plans to run ads during the
  // debates", "vowed to fight on after the loss".)
  const bool infinitive = c.Equals(first, "to") || c.Equals(first, "not");
  // A participle modifies a noun ("the PACs supporting Kasich paid …") and
  // its object ends at the next finite verb; after a be-form it is the
  // clause's own verb ("is pointing out the progress he has made").
  uint32_t b = k;
  while (b > 0 && c.IsWord(b - 1) && c.w[b - 1].pos == Pos::kRB && !c.w[b - 1].capitalised) --b;
  const bool progressive = b > 0 && c.EqualsAny(b - 1, "is", "are", "was", "were", "been", "be", "'s", "'re") |
                                        c.EqualsAny(b - 1, "\u2019s", "\u2019re", "'m", "\u2019m");
  // (In a relative clause the head's own predicate still ends it: "a
  // reporter who has been asking about X got an answer".)
  uint32_t r = b > 0 ? b - 1 : 0;
  while (r > 0 && c.IsWord(r - 1) && c.w[r - 1].Is(lexicon::kAux) && !c.w[r - 1].capitalised) --r;
  const bool relative = r > 0 && c.EqualsAny(r - 1, "who", "that", "which");
  const bool participle = c.w[k].pos == Pos::kVBG && (!progressive || relative);
  for (uint32_t i = first + 1; i < last; ++i) {
    // "hailed the vote as “fantastic,” telling …": a comma inside a
    // closing mark ends the object too; the mark stays with it.
    if (c.w[i].type == WordType::kCloseQuote && i > first + 1 && c.w[i - 1].type == WordType::kComma) {
      last = i + 1;
      break;
    }
    if (d.in_quote[i]) continue;
    const WordType t = c.w[i].type;
    const Pos p = c.w[i].pos;
    const bool finite = p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD;
    // "praised his voters, lawmakers and thinkers": a list goes on.
    if (t == WordType::kComma && ListGoesOn(c, i, last, c.w[first].pos == Pos::kVBG)) continue;
    // "cited Johnson, an heir to the fortune, as someone who …", "accuses
    // one of the reporters, Ann Ruiz, of ignoring …": an aside in commas
    // after the object, then the rest of the cue's frame.
    if (t == WordType::kComma && i > first) {
      const uint32_t close = FrameAfterAside(c, d, i, last);
      if (close != kNoWord) {
        i = close;
        continue;
      }
    }
    // "rejected massive, costly projects": a comma between adjectives of
    // one noun.
    if (t == WordType::kComma && c.IsWord(i - 1) && IsAdjective(c.w[i - 1].pos) && c.IsWord(i + 1) &&
        IsAdjective(c.w[i + 1].pos) && (CommonNounAt(c, i + 2) || CommonNounAt(c, i + 3))) {
      continue;
    }
    // "cited several factors, including the cuts": the examples stay
    // with the noun they name.
    // (Not names: "had endorsed her bid, including Gov. X" lists the
    // subject's members.)
    if (t == WordType::kComma && c.Equals(i + 1, "including") && CommonNounAt(c, i - 1) && c.IsWord(i + 2) &&
        !c.w[i + 2].capitalised) {
      continue;
    }
    // "a new book by X", "comments by Trump that …": a common noun's
    // agent stays in the object.
    // (So does a participle's: "an iPhone used by one of the gunmen".)
    const bool noun_agent = c.Equals(i, "by") && c.IsWord(i - 1) && !c.w[i - 1].capitalised &&
                            (c.w[i - 1].pos == Pos::kNN || c.w[i - 1].pos == Pos::kNNS ||
                             (c.w[i - 1].pos == Pos::kVBN && i - 1 > first)) &&
                            !(c.IsWord(i + 1) && c.w[i + 1].pos == Pos::kVBG);
    if (t == WordType::kDash) {
      const uint32_t close = DashAsideEnd(c, i, last);
      if (close != kNoWord) {
        i = close;
        continue;
      }
    }
    if (t == WordType::kComma || t == WordType::kDash || t == WordType::kColon ||
        (ObjectEnd(c, i) && !noun_agent && !(infinitive && TimePreposition(c, i))) ||
        (finite && participle && k > 0 && !c.w[k - 1].IsQuote() &&
         c.w[k - 1].type != WordType::kComma)) {
      last = i;
      break;
    }
    // The object ends before a second predicate ("denied the charges
    // and accused …") or a clause with its own subject ("wants the votes
    // and the governor wants …"; not names coordinated after a name or a
    // pronoun: "he and his father visited"), a time ("endorsed Trump in early June", "…
    // this week"), a medium ("praised X in an interview") or an as-clause.
    // (Not a time word next to a possessive, which modifies a noun:
    // "cited Clinton's September 2011 visit", "USA TODAY's request".)
    const bool time = c.IsWord(i) && c.w[i].Is(lexicon::kTimeWord) &&
                      (!(c.Equals(i, "this") || c.Equals(i, "last")) ||
                       (c.IsWord(i + 1) && c.w[i + 1].Is(lexicon::kTimeWord))) &&
                      !Possessive(c, i - 1) && !Possessive(c, i + 1);
    // (An infinitive keeps its own times and places: "plans to run ads
    // during the debates".)
    const bool to_content = c.Equals(first, "to") || c.Equals(first, "not");
    if (((c.Equals(i, "and") || c.Equals(i, "but")) && (PredicateAt(c, i + 1) || SameVerbForm(c, k, i + 1) ||
                                                         GerundClauseAt(c, k, i) ||
          (NewClauseAt(c, i + 1) && CommonNounAt(c, i - 1)))) ||
        (!to_content && (time || AdjunctEnd(c, i, last, true) != kNoWord || TimePhraseAt(c, i))) || AsClauseAt(c, i)) {
      last = i;
      break;
    }
  }
  return last;
}

uint32_t RestrictiveRelativeEnd(const Context& c, const Drafts& d, uint32_t k, uint32_t first, uint32_t last) {
  // The relative word before the cue, over auxiliaries, adverbs and "not".
  uint32_t r = k;
  while (r > 0 && r + 4 > k && c.IsWord(r - 1) && !c.w[r - 1].capitalised &&
         (c.w[r - 1].Is(lexicon::kAux) || c.w[r - 1].pos == Pos::kRB || c.Equals(r - 1, "not"))) {
    --r;
  }
  if (r < 2 || !(c.Equals(r - 1, "who") || c.Equals(r - 1, "that")) || !c.IsWord(r - 2) ||
      !IsNoun(c.w[r - 2].pos) || c.w[r - 2].Is(lexicon::kPronoun)) {
    return last;
  }
  // "voters who support Sanders are in college", "a donor who wants to
  // give more could shell out …": the head's own predicate follows the
  // relative clause; the report ends before it.
  // (Not a clause with its own subject: "donors that shows it has grown".)
  // (A name before a verb is read as the object: "support Sanders are".)
  if (c.w[first].Is(lexicon::kPronoun) && !c.EqualsAny(first, "her", "him", "them")) return last;
  for (uint32_t i = first + 1; i < last; ++i) {
    if (d.in_quote[i]) continue;
    if (!c.IsWord(i)) return last;
    if (c.w[i].Is(lexicon::kThat | lexicon::kSubordinator) || c.Equals(i, "which") || c.Equals(i, "who") ||
        c.w[i].Is(lexicon::kPronoun)) {
      return last;
    }
    if (PredicateAt(c, i) && !c.w[i - 1].Is(lexicon::kAux)) return i;
  }
  return last;
}

uint32_t ReportEndAt(const Context& c, const Drafts& d, uint32_t k, uint32_t begin, uint32_t first,
                     uint32_t last) {
  // A cue inside a fronted subordinate clause ("While X claimed …, Y")
  // reports only up to its comma.
  bool subordinate = c.IsWord(begin) && c.w[begin].Is(lexicon::kSubordinator);
  for (uint32_t i = begin; i < k && subordinate; ++i) subordinate = c.w[i].type != WordType::kComma;
  // So does a cue inside a relative clause set off by a comma or a dash
  // ("The fees, which officials said will rise in May, hurt …"): the
  // clause closes at its comma.
  for (uint32_t i = k; i > begin && i + 8 > k && !subordinate; --i) {
    const WordType t = c.w[i - 1].type;
    if (t == WordType::kComma || t == WordType::kDash) {
      subordinate = c.Equals(i, "which") || c.Equals(i, "who") || c.Equals(i, "whom");
      break;
    }
    if (!c.IsWord(i - 1)) break;
  }
  const bool opens_subordinate = c.IsWord(first) && c.w[first].Is(lexicon::kSubordinator);
  const bool infinitive = c.Equals(first, "to") || (c.Equals(first, "not") && c.Equals(first + 1, "to"));
  bool subordinate_closed = false;
  for (uint32_t i = first; i < last; ++i) {
    // A comma inside a closing mark ("… as “fantastic,” telling …")
    // ends a clause like one outside it; the mark stays with the report.
    const bool mark_comma =
        c.w[i].type == WordType::kCloseQuote && i > first + 1 && c.w[i - 1].type == WordType::kComma;
    if (d.in_quote[i] && !mark_comma) continue;
    const bool comma = c.w[i].type == WordType::kComma || mark_comma;
    const uint32_t cut = mark_comma ? i + 1 : i;
    if (i > first && c.w[i - 1].type == WordType::kComma && opens_subordinate) subordinate_closed = true;
    // A dash opens an aside the report does not hold ("… the families of
    // terrorists — a proposal he has raised before").
    if (c.w[i].type == WordType::kDash && i > first) {
      // ("those old - and previously unreported - postings": an aside
      // in a pair of dashes inside the report is stepped over.)
      const uint32_t close = DashAsideEnd(c, i, last);
      if (close != kNoWord) {
        i = close;
        continue;
      }
      last = cut;
      break;
    }
    if (!comma && !c.IsWord(i)) continue;
    if (subordinate && comma) {
      last = cut;
      break;
    }
    // A new clause with its own subject or a contrast ends the report:
    // "… computers and she accused …", "…, compared with …".
    uint32_t n = comma ? i + 1 : i;
    // (An infinitive counts as the report's verb: "decided not to run
    // and she won".)
    if (i > first && (c.Equals(n, "and") || c.Equals(n, "but")) && c.IsWord(n + 1) &&
        c.w[n + 1].Is(lexicon::kPronoun) && !c.Equals(n + 1, "it") && !c.Equals(n + 1, "you") &&
        (HasFiniteVerb(c, first, i) || infinitive)) {
      last = cut;
      break;
    }
    // "… “kept us safe” on Twitter before claiming …": a participle
    // clause of time or means ends the report.
    if (i > first && c.IsWord(i + 1) && c.w[i + 1].pos == Pos::kVBG &&
        (c.Equals(i, "before") || c.Equals(i, "after") || c.Equals(i, "while"))) {
      last = cut;
      break;
    }
    // A comma before a new clause with its own subject, once the report
    // has its verb: "… had been slowed by new rules, we got the biggest
    // deal", "… would not end on his watch, U.S. forces bombed …".
    // Not the comma that closes a report's own fronted subordinate
    // clause: "said if she is elected, taxes will fall".
    const uint32_t clause_at = c.Equals(i + 1, "and") || c.Equals(i + 1, "but") ? i + 2 : i + 1;
    if (comma && i > first &&
        (NewClauseAt(c, clause_at) || (clause_at == i + 2 && CoordinateClauseAt(c, clause_at))) &&
        HasFiniteVerb(c, first, i) && !(opens_subordinate && !subordinate_closed)) {
      last = cut;
      break;
    }
    // "…, and has championed …": a second predicate of the speaker after
    // a comma; "…, putting them …": a participle clause; "… even as he
    // defended …"; "… in an interview published Saturday": the medium.
    if (i > first && comma && HasFiniteVerb(c, first, i) &&
        (((c.Equals(i + 1, "and") || c.Equals(i + 1, "but")) && PredicateAt(c, i + 2)) ||
         SummaryAppositiveAt(c, i) ||
         (c.IsWord(i + 1) && c.w[i + 1].pos == Pos::kVBG))) {
      last = cut;
      break;
    }
    if (i > first && (AsClauseAt(c, i) || AdjunctEnd(c, i, last, false) != kNoWord) &&
        HasFiniteVerb(c, first, i)) {
      last = cut;
      break;
    }
    // A second report of another speaker: "… is honest, and three-quarters
    // said …", "… in politics and about the same numbers would rather …":
    // "and" then a subject of a few words and a finite cue verb.
    // (Not subjects coordinated after a pronoun or a name: "what he and
    // Putin had decided".)
    if (i > first && c.Equals(n, "and") && HasFiniteVerb(c, first, i) &&
        !(c.IsWord(n - 1) && (c.w[n - 1].Is(lexicon::kPronoun) || c.w[n - 1].capitalised))) {
      bool next_report = false;
      // (Over auxiliaries: "… and others have said …".)
      bool aux = false;
      for (uint32_t v = n + 2; v < last && v < n + 8 && c.IsWord(v); ++v) {
        if (c.w[v].Is(lexicon::kCueVerb) && !c.w[v].capitalised) {
          const Pos p = c.w[v].pos;
          next_report = p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || (aux && p == Pos::kVBN);
          break;
        }
        if (c.Lower(v, lexicon::kAux) && (c.w[v].pos == Pos::kVBP || c.w[v].pos == Pos::kVBZ ||
                                          c.w[v].pos == Pos::kVBD || c.w[v].pos == Pos::kMD)) {
          aux = true;
          continue;
        }
        if (IsVerb(c.w[v].pos)) break;
      }
      if (next_report) {
        last = cut;
        break;
      }
    }
    // "… yes while 48 percent agreed": a contrast opens another clause.
    if (i > first && (c.Equals(i, "while") || c.Equals(i, "whereas")) && HasFiniteVerb(c, first, i) &&
        NewClauseAt(c, i + 1)) {
      last = cut;
      break;
    }
    // A second predicate of the speaker: "… the remarks and said …".
    // (A participle form only with a clause of its own: "… but implied
    // that …".)
    // (Or after a comma: "…, and accused X of …".)
    if (i > first && (c.Equals(n, "and") || c.Equals(n, "but")) && c.Lower(n + 1, lexicon::kCueVerb) &&
        (c.w[n + 1].pos != Pos::kVBN || c.Equals(n + 2, "that") || (comma && HasFiniteVerb(c, first, i)))) {
      last = cut;
      break;
    }
    // (Not "including" after a noun object: "cited several factors,
    // including the cuts".)
    const bool examples = c.Equals(n, "including") && CommonNounAt(c, i - 1) && c.IsWord(n + 1) &&
                          !c.w[n + 1].capitalised && !HasFiniteVerb(c, first, i);
    if (comma && ((ClauseBreak(c, n) && !examples) || (RelativeWord(c, n) && HasFiniteVerb(c, first, i)) ||
                  (c.Lower(n, lexicon::kCueVerb) && c.w[n].pos != Pos::kVBP))) {
      last = cut;
      break;
    }
  }
  return last;
}

}  // namespace readout::quotes
