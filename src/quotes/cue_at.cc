// Where a cue starts: a lexicon word flagged as a cue verb (checked against
// the word's shape and neighbours where the tagger may have read a verb as a
// noun: "Viguerie notes that", "Sanders talks about", title-case headlines),
// or "according to". Split from phrases.cc; the word-shape predicates it
// uses (NameWord, SubjectPronoun, NameSubjectBefore, ObjectOpens) live there.
#include <string_view>

#include "quotes/phrases.h"

namespace readout::quotes {

using lexicon::kCueVerb;
using lexicon::kDeterminer;

bool IsAccordingTo(const Context& c, uint32_t i) { return c.Equals(i, "according") && c.Equals(i + 1, "to"); }

namespace {

// "sees the vote as a test": "as" after the object, within eight words and
// before any punctuation or finite verb.
bool AsFollows(const Context& c, uint32_t i) {
  for (uint32_t k = i + 1; k < c.w.size() && k < i + 9; ++k) {
    if (!c.IsWord(k)) return false;
    if (c.Equals(k, "as")) return k > i + 1;
    const Pos p = c.w[k].pos;
    if (p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD) return false;
  }
  return false;
}

// A verb form without the third-person, past or participle ending ("show",
// "call"; not "claims", "called", "reading": "a hat reading “…”").
bool BareForm(std::string_view t) {
  return !(t.size() > 3 && (t.back() == 's' || t.substr(t.size() - 2) == "ed" || t.substr(t.size() - 3) == "ing"));
}

// Word i follows a modal or a do-form, over "not" or "n't".
bool AfterModal(const Context& c, uint32_t i) {
  if (i == 0) return false;
  uint32_t m = i - 1;
  if (i >= 2 && (c.Equals(m, "not") || c.Equals(m, "n't") || c.Equals(m, "n\u2019t"))) --m;
  if (!c.IsWord(m)) return false;
  static constexpr std::string_view kModals[] = {"will", "would", "can", "could", "should", "may",  "might",
                                                 "must", "shall", "did",   "does",  "do",     "wo",   "ca"};
  for (std::string_view w : kModals) {
    if (c.Equals(m, w)) return true;
  }
  return false;
}

// Words i - 1 and i lie inside one mention of an organisation or a place:
// a capitalised cue form there is part of a name ("the United States Court
// of Appeals"), not a headline's verb. (People are left out: a headline's
// speaker and verb are sometimes read as one name, "Clinton Calls". Only
// asked for the rare title-case candidates.)
bool InsideOneMention(const Context& c, uint32_t i) {
  const uint32_t from = c.w[i - 1].start;
  const uint32_t to = c.w[i].end;
  for (const Entity& e : c.a.entities) {
    if (e.type == EntityType::kPerson) continue;
    for (const Mention& m : e.mentions) {
      if (m.start <= from && to <= m.end) return true;
    }
  }
  return false;
}

// "a group called Black Votes Matter", "one firm called Acme": "called"
// right after a noun phrase opened by an indefinite determiner and before a
// name gives the phrase its name; it reports nothing. (Not after a person:
// "one lawmaker called Trump …".)
// (Also before a quoted or "the"-led name, "a website called “The
// Local”", "a movement called the People's Party", after a noun's "of"
// phrase, "a group of exiles called Ginbot 7", and after a capitalised
// noun, "a super PAC called Future 45".)
bool NamingCalled(const Context& c, uint32_t i) {
  if (!c.Equals(i, "called") || i < 2 || !c.IsWord(i - 1) || !IsNoun(c.w[i - 1].pos) ||
      c.w[i - 1].Is(lexicon::kPersonNoun)) {
    return false;
  }
  uint32_t n = i + 1;
  if (n < c.w.size() && (c.w[n].type == WordType::kOpenQuote || c.w[n].type == WordType::kAmbigQuote)) ++n;
  if (c.Equals(n, "the")) ++n;
  if (!NameWord(c, n) && !(n > i + 1 && c.IsWord(n))) return false;
  for (uint32_t k = i - 1; k-- > 0 && k + 8 > i;) {
    if (!c.IsWord(k)) return false;
    if (c.EqualsAny(k, "a", "an", "one", "another")) return true;
    if (c.Equals(k, "of")) continue;
    // (An adjective the lists count as a determiner goes on: "a new group".)
    if ((c.w[k].Is(kDeterminer) && !IsAdjective(c.w[k].pos)) || IsVerb(c.w[k].pos) ||
        (c.w[k].capitalised && c.w[k].pos != Pos::kNNP)) {
      return false;
    }
  }
  return false;
}

// "Millennials support background checks", "A majority of Republicans
// support deportation", "the senators surveyed support lowering …": the
// tagger reads a bare cue form after a plural as a noun. A plural noun
// (or a capitalised plural the tagger read as a name), or a survey
// participle after a noun, stands right before it.
bool PluralSubjectBefore(const Context& c, uint32_t i) {
  if (i == 0 || !c.IsWord(i - 1)) return false;
  const Word& p = c.w[i - 1];
  if (p.pos == Pos::kNNS || p.pos == Pos::kNNPS) return true;
  const std::string_view t = c.Text(i - 1);
  // (Not a person's name: "Sanders support remains".)
  if (p.pos == Pos::kNNP && p.capitalised && t.size() > 4 && t.back() == 's' && t[t.size() - 2] != 's') {
    for (const Entity& e : c.a.entities) {
      if (e.type != EntityType::kPerson) continue;
      for (const Mention& m : e.mentions) {
        if (m.start <= p.start && p.end <= m.end) return false;
      }
    }
    return true;
  }
  return i >= 2 && IsNoun(c.w[i - 2].pos) && c.EqualsAny(i - 1, "surveyed", "polled", "interviewed");
}

}  // namespace

uint32_t CueAt(const Context& c, uint32_t i) {
  // Every cue but "according to" is a lexicon word flagged as a cue verb;
  // most words are neither (the indirect pass asks for every word).
  if (i >= c.w.size()) return 0;
  const lexicon::CueWord* e = c.w[i].lex;
  if (e == nullptr || ((e->flags & kCueVerb) == 0 && !e->needs_as && !e->needs_quote)) {
    return IsAccordingTo(c, i) ? 2 : 0;
  }
  if (c.IsWord(i) && c.w[i].lex && c.w[i].lex->needs_as && !AsFollows(c, i)) return 0;
  if (NamingCalled(c, i)) return 0;
  if (c.Equals(i, "think") && c.EqualsAny(i + 1, "tank", "tanks")) return 0;  // a noun: "the think tank"
  // "All told, …": a sum, not a telling.
  if (i > 0 && c.Equals(i, "told") && c.Equals(i - 1, "all") && i + 1 < c.w.size() &&
      c.w[i + 1].type == WordType::kComma) {
    return 0;
  }
  // An adverb or particle is no verb: "looking back to 2008", "fought his
  // way back to respectability" ("back" backs a candidate only as a verb).
  if (c.w[i].phrase_len <= 1 && (c.w[i].pos == Pos::kRB || c.w[i].pos == Pos::kRP) && !c.w[i].capitalised &&
      (!c.IsWord(i + 1) || c.EqualsAny(i + 1, "to", "in", "into", "on", "at", "then", "when", "home"))) {
    return 0;
  }
  // "271 pledged delegates", "the stated goal": a participle between a
  // number or a determiner and the noun it modifies is an adjective.
  // (Over one adjective too: "a large pledged delegate lead".)
  const auto modifier_start = [&](uint32_t j) {
    return c.w[j].pos == Pos::kCD || c.EqualsAny(j, "the", "a", "an", "his", "her", "their", "its", "our");
  };
  if (i > 0 && c.w[i].phrase_len <= 1 && c.IsWord(i - 1) && c.IsWord(i + 1) && !c.w[i].capitalised &&
      (modifier_start(i - 1) ||
       (i > 1 && c.w[i - 1].pos == Pos::kJJ && !c.w[i - 1].capitalised && c.IsWord(i - 2) && modifier_start(i - 2))) &&
      (c.w[i + 1].pos == Pos::kNN || c.w[i + 1].pos == Pos::kNNS) && !c.w[i + 1].Is(kDeterminer | lexicon::kPronoun)) {
    const std::string_view t = c.Text(i);
    if (t.size() > 4 && t.substr(t.size() - 2) == "ed") return 0;
  }
  // "+quote" cues: an opening quote right after (over a comma or colon).
  if (c.IsWord(i) && c.w[i].lex && c.w[i].lex->needs_quote) {
    uint32_t q = i + 1;
    if (q < c.w.size() && (c.w[q].type == WordType::kComma || c.w[q].type == WordType::kColon)) ++q;
    if (!(q < c.w.size() && (c.w[q].type == WordType::kOpenQuote || c.w[q].type == WordType::kAmbigQuote))) return 0;
  }
  // A cue form the tagger reads as a noun is one ("the report", "a post").
  if (c.Lower(i, kCueVerb) && !IsNoun(c.w[i].pos)) return c.w[i].phrase_len > 1 ? c.w[i].phrase_len : 1;
  // The tagger reads "notes", "shows", "claims" as plural nouns even in
  // "Viguerie notes that …": a form followed by "that" is a verb unless a
  // determiner, an adjective or a possessive makes it a noun ("his claims
  // that …", "Trump's claims that …").
  if (c.Lower(i, kCueVerb) && i > 0 && c.Equals(i + 1, "that") && c.IsWord(i - 1) &&
      !c.w[i - 1].Is(kDeterminer) && (c.w[i - 1].capitalised || !IsAdjective(c.w[i - 1].pos)) &&
      (NameWord(c, i - 1) || SubjectPronoun(c, i - 1) || IsNoun(c.w[i - 1].pos))) {
    return 1;
  }
  // "The ad claims “Jeb is …”": before an opening quote (or a comma or
  // colon and one), after a noun, a name or a pronoun.
  // (A bare form after a singular noun is no verb: "the reality show
  // “…”", not "the ad claims “…”".)
  if (c.Lower(i, kCueVerb) && i > 0 && c.IsWord(i - 1) && !c.w[i - 1].Is(kDeterminer) &&
      (NameWord(c, i - 1) || SubjectPronoun(c, i - 1) || IsNoun(c.w[i - 1].pos)) &&
      !(c.w[i - 1].pos == Pos::kNN && !c.w[i - 1].capitalised && BareForm(c.Text(i)))) {
    uint32_t q = i + 1;
    if (q < c.w.size() && (c.w[q].type == WordType::kComma || c.w[q].type == WordType::kColon)) ++q;
    if (q < c.w.size() && c.w[q].type == WordType::kOpenQuote) return 1;
  }
  // "Republican voters in each state want all …": after a plural noun or
  // a subject pronoun, a cue form the tagger read as a noun is the verb
  // when a determiner, a pronoun or "to" + verb follows.
  if (c.Lower(i, kCueVerb) && i > 0 && c.IsWord(i - 1) &&
      (c.w[i - 1].pos == Pos::kNNS || c.w[i - 1].pos == Pos::kNNPS || SubjectPronoun(c, i - 1)) &&
      c.IsWord(i + 1) &&
      (c.w[i + 1].Is(kDeterminer) || NameWord(c, i + 1) ||
       (c.Equals(i + 1, "to") && c.IsWord(i + 2) &&
        (c.w[i + 2].pos == Pos::kVB || (c.w[i + 2].pos == Pos::kNN && !c.w[i + 2].capitalised &&
                                        c.w[i].lex->takes_infinitive))))) {
    return 1;
  }
  if (c.Lower(i, kCueVerb) && PluralSubjectBefore(c, i) && BareForm(c.Text(i)) && c.IsWord(i + 1) &&
      !c.w[i + 1].capitalised && (IsNoun(c.w[i + 1].pos) || c.w[i + 1].pos == Pos::kVBG) &&
      !c.w[i + 1].Is(kCueVerb)) {
    return 1;
  }
  if (c.Lower(i, kCueVerb) && NameSubjectBefore(c, i) && ObjectOpens(c, i + 1)) return 1;
  // "Republicans will pledge to …", "she did not mention …": right after a
  // modal or a do-form (over "not"), the form is the verb.
  if (c.Lower(i, kCueVerb) && AfterModal(c, i) && c.IsWord(i + 1)) return c.w[i].phrase_len > 1 ? c.w[i].phrase_len : 1;
  // "…, a new Quinnipiac University poll shows.": a third-person form
  // that ends the sentence after a noun phrase set off by a comma closes
  // the report before it.
  if (c.Lower(i, kCueVerb) && i > 1 && IsEnd(c, i + 1) && c.IsWord(i - 1) && IsNoun(c.w[i - 1].pos) &&
      c.Text(i).back() == 's') {
    for (uint32_t k = i - 1; k + 7 > i && k > 0; --k) {
      if (c.w[k - 1].type == WordType::kComma) return 1;
      if (!c.IsWord(k - 1) || IsVerb(c.w[k - 1].pos)) break;
    }
  }
  // "Rubio is congratulating Trump": an -ing form after a be-form is the
  // progressive verb whatever the tagger read.
  if (c.Lower(i, kCueVerb) && i > 0 && c.EqualsAny(i - 1, "is", "are", "was", "were", "been") && c.IsWord(i + 1)) {
    const std::string_view t = c.Text(i);
    if (t.size() > 4 && t.substr(t.size() - 3) == "ing") return c.w[i].phrase_len > 1 ? c.w[i].phrase_len : 1;
  }
  // "Noting that …, X said", "Citing the cost, the council …": a
  // participle that opens the sentence, with "that" or an object after it.
  if (c.IsWord(i) && c.w[i].capitalised && c.w[i].pos == Pos::kVBG && c.w[i].Is(kCueVerb) &&
      (i == 0 || c.w[i].para_start || IsEnd(c, i - 1)) &&
      ((c.Equals(i + 1, "that") && c.w[i + 1].pos != Pos::kDT) ||
       (e->takes_object && ObjectOpens(c, i + 1) && !c.Equals(i + 1, "about") && !c.Equals(i + 1, "for")))) {
    return 1;
  }
  // Headlines in title case: "Trump Says He Will Win", "…, Noah Says.":
  // a capitalised third-person form ("Says", "Slams") or "Said" between a
  // capitalised word and a capitalised word, a quote or the end.
  // (Also a cue phrase in title case, "Mike Pence Calls for …", "X Sides
  // With Y"; a past form without "-ed", "Sanders Told A Reporter …"; and a
  // bare form after a capitalised plural, "Hedge Funds Support X",
  // "Democrats Call For Action".)
  if (c.IsWord(i) && c.w[i].capitalised && c.w[i].Is(kCueVerb) && i > 0 && NameWord(c, i - 1) &&
      !InsideOneMention(c, i)) {
    std::string_view t = c.Text(i);
    const bool third = (t.size() > 3 && t.back() == 's' && t[t.size() - 2] != 's') ||
                       (t.size() > 4 && t.substr(t.size() - 2) == "ed") ||
                       c.EqualsAny(i, "said", "told", "wrote", "spoke", "sought", "thought", "took", "gave");
    const bool plural_subject = BareForm(t) && PluralSubjectBefore(c, i);
    const uint32_t len = c.w[i].phrase_len > 1 ? c.w[i].phrase_len : 1;
    const uint32_t n = i + len;
    // (A lower-case particle may follow: "Calls for Special Prosecutor".)
    const bool particle = c.EqualsAny(n, "for", "with", "about", "against", "on", "to", "of", "out") &&
                          !c.w[n].capitalised && c.IsWord(n + 1) && c.w[n + 1].capitalised;
    const bool next = n < c.w.size() && ((c.IsWord(n) && c.w[n].capitalised) || c.w[n].IsQuote() ||
                                         c.w[n].type == WordType::kEnd || c.w[n].type == WordType::kColon || particle);
    if ((third || plural_subject) && next) return len;
  }
  if (IsAccordingTo(c, i)) return 2;
  return 0;
}

}  // namespace readout::quotes
