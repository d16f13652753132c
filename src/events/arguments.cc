// Subjects are found by walking left from the verb group: time phrases and
// prepositional phrases are stepped over ("Arnor on Thursday signed"), a
// relative pronoun sends the walk to its antecedent, an apposition
// ("Putin, the Russian president, said") resolves to the named phrase, and
// conjuncts ("Hungary and Romania") are gathered only when a coordinating
// word actually joins them, so a list of appositions is not read as a
// compound. Objects walk right the same way. A phrase without an entity that
// is followed by of/from/in and a phrase with one ("soldiers from Gondor")
// becomes one argument whose entity is the inner one.
#include "events/arguments.h"

#include <algorithm>

#include "events/pattern_matcher.h"
#include "events/word_lists.h"

namespace readout::events {

namespace {

bool IsPreposition(const SentenceParse& p, uint32_t i) {
  return p.token(i).pos == Pos::kIN || p.token(i).pos == Pos::kTO;
}

bool IsComma(const SentenceParse& p, uint32_t i) { return p.Lower(i) == ","; }

bool IsConj(const SentenceParse& p, uint32_t i) {
  std::string_view w = p.Lower(i);
  return w == "and" || w == "or" || w == "nor";
}

bool HasEntity(const SentenceParse& p, const Chunk& c) {
  for (uint32_t i = c.first; i < c.end; ++i) {
    if (p.EntityAt(i) >= 0) return true;
  }
  return false;
}

// The phrase names a person (an entity of type PERSON).
bool NamesPerson(const SentenceParse& p, const Phrase& ph) {
  const Analysis& a = p.analysis();
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    const int e = p.EntityAt(i);
    if (e >= 0 && a.entities[e].type == EntityType::kPerson) return true;
  }
  return false;
}

// Extends a chunk with a following of/from/in phrase when the chunk itself
// names nobody ("officials in Gondor"), and a title with its "of" phrase
// ("Secretary of State Rex Tillerson", "Ministry of Silly Walks").
Phrase Extend(const SentenceParse& p, const Chunk& c, bool object = false) {
  Phrase ph{c.first, c.end};
  if (c.end + 1 >= p.end()) return ph;
  std::string_view w = p.Lower(c.end);
  int n = p.ChunkAt(c.end + 1);
  if (n < 0 || p.chunks()[n].first != c.end + 1 || p.chunks()[n].time) return ph;
  const Chunk& next = p.chunks()[n];
  bool title = w == "of" && IsProperNoun(p.token(c.head).pos) && IsProperNoun(p.token(next.first).pos);
  bool inner = !HasEntity(p, c) && HasEntity(p, next) && (w == "of" || w == "from" || w == "in");
  // An object keeps its "of" phrase: "the population of Gondor", "members
  // of the council"; so does a subject that names nobody by itself ("the
  // head of state", "the secretary of defense").
  // The "of" phrase after a name that names no one is a charge or a
  // topic, not part of the name: "accused Osgiliath of bad faith" ("the
  // EU's sale of its shares" keeps its phrase: its head is no name).
  const bool named_head = p.EntityAt(c.head) >= 0 && !HasEntity(p, next) && !IsProperNoun(p.token(next.head).pos);
  bool of = w == "of" && (object || !HasEntity(p, c)) && !named_head;
  if (title || inner || of) ph.end = next.end;
  return ph;
}

// "Ambassador and Special Envoy Steve Witkoff": a capitalised phrase that
// names nobody, joined by "and" to a capitalised phrase naming a person, is
// that person's first title, not a second actor.
bool TitleOfNextPerson(const SentenceParse& p, const Chunk& title, const Chunk& person) {
  if (HasEntity(p, title) || person.first != title.end + 1 || p.Lower(title.end) != "and") return false;
  for (uint32_t i = title.first; i < title.end; ++i) {
    if (!IsProperNoun(p.token(i).pos)) return false;
  }
  if (!IsProperNoun(p.token(person.first).pos)) return false;
  for (uint32_t i = person.first; i < person.end; ++i) {
    int e = p.EntityAt(i);
    if (e >= 0 && p.analysis().entities[e].type == EntityType::kPerson) return true;
  }
  return false;
}

// Widens an object phrase made of `title` alone to the person it titles:
// "asked Ambassador and Special Envoy Steve Witkoff".
void MergeTitleWithPerson(const SentenceParse& p, const Chunk& title, Phrase* ph) {
  if (ph->end != title.end || title.end + 1 >= p.end()) return;
  int m = p.ChunkAt(title.end + 1);
  if (m < 0 || !TitleOfNextPerson(p, title, p.chunks()[m])) return;
  *ph = Extend(p, p.chunks()[m], /*object=*/true);
  ph->first = title.first;
}

// Chunk ending exactly at token `last`, or -1.
int ChunkEndingAt(const SentenceParse& p, int last) {
  if (last < static_cast<int>(p.first())) return -1;
  int c = p.ChunkAt(last);
  if (c < 0 || p.chunks()[c].end != static_cast<uint32_t>(last) + 1) return -1;
  return c;
}

// Whether token `i` follows a relative pronoun of its clause ("leaders
// who would rather work for"): no comma, colon or quotation mark between.
bool InRelativeClause(const SentenceParse& p, uint32_t i) {
  for (uint32_t k = i; k > p.first() && k + 15 > i; --k) {
    const Token& t = p.token(k - 1);
    if (t.pos == Pos::kWP || t.pos == Pos::kWDT) return true;
    if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote || t.kind == TokenKind::kSentenceEnd) break;
    const std::string_view w = p.Lower(k - 1);
    if (w == "," || w == ";" || w == ":" || w == "(") break;
  }
  return false;
}

bool Subordinator(std::string_view w) {
  return w == "after" || w == "before" || w == "since" || w == "until" || w == "as" || w == "because" ||
         w == "while" || w == "once" || w == "if" || w == "though" || w == "although" || w == "whereas" ||
         w == "when" || w == "unless" || w == "that" || w == "whether";
}

// Verbs whose object can be a clause without "that": "said Russia attacked".
bool TakesClause(std::string_view lemma) {
  static const std::string_view kVerbs[] = {"say", "claim", "report", "believe", "think", "announce", "note",
                                            "add", "insist", "state", "declare", "confirm", "allege", "suggest",
                                            "hope", "fear", "know", "argue", "acknowledge", "admit", "deny",
                                            "warn", "write", "tweet", "post", "stress", "explain", "reckon",
                                            "mean", "show", "indicate", "signal", "ensure", "predict"};
  for (auto v : kVerbs) {
    if (lemma == v) return true;
  }
  return false;
}

// "The ambassadors of Arnor, Osgiliath and Gondor", "lawmakers and
// officials in Fornost and Gondor": the unnamed head phrase(s) before
// of/in/from apply to every coordinated name, one argument per pair.
void ShareHead(const SentenceParse& p, std::vector<Phrase>* names) {
  const uint32_t first = names->front().first;
  if (first < p.first() + 2) return;
  std::string_view prep = p.Lower(first - 1);
  if (prep != "of" && prep != "in" && prep != "from") return;
  for (const Phrase& n : *names) {
    if (!HasEntityIn(p, n)) return;
  }
  std::vector<Phrase> heads;
  int at = static_cast<int>(first) - 2;
  while (true) {
    int c = ChunkEndingAt(p, at);
    if (c < 0 || HasEntity(p, p.chunks()[c]) || p.chunks()[c].pronoun || p.chunks()[c].time) break;
    heads.push_back({p.chunks()[c].first, p.chunks()[c].end});
    at = static_cast<int>(p.chunks()[c].first) - 1;
    if (at <= static_cast<int>(p.first()) || !IsConj(p, at)) break;
    --at;
  }
  if (heads.empty()) return;
  std::vector<Phrase> out;
  for (auto h = heads.rbegin(); h != heads.rend(); ++h) {
    for (Phrase n : *names) {
      n.head_first = h->first;
      n.head_end = h->end;
      out.push_back(n);
    }
  }
  *names = std::move(out);
}

// "Danish media and government": a bare common noun conjunct shares the
// first conjunct's leading modifier.
// People who act for someone: "Mrs. Clinton's aides and allies" are all
// hers ("Trump's rallies and protesters" are not all his).
bool ActsFor(std::string_view lemma) {
  static const std::string_view kWords[] = {
      "aide",   "ally",      "adviser",  "advisor", "supporter",   "backer", "associate", "staff",
      "staffer", "lawyer",   "attorney", "spokesman", "spokeswoman", "surrogate", "loyalist", "lieutenant",
      "deputy", "confidant", "representative", "envoy", "strategist", "operative"};
  return std::find(std::begin(kWords), std::end(kWords), lemma) != std::end(kWords);
}

void ShareModifier(const SentenceParse& p, std::vector<Phrase>* names) {
  const Phrase& front = names->front();
  if (front.end < front.first + 2) return;
  // An adjective ("Danish"), or a possessor of people acting for it
  // ("Mrs. Clinton's aides and allies"), not a name ("Trump's rallies and
  // protesters").
  uint32_t modifier_end = front.first + 1;
  if (p.token(front.first).pos != Pos::kJJ) {
    const int c = p.ChunkAt(front.first);
    if (c < 0 || p.chunks()[c].possessor_end < 0 || !ActsFor(p.token(front.end - 1).lemma)) return;
    modifier_end = static_cast<uint32_t>(p.chunks()[c].possessor_end) + 1;
  }
  for (size_t i = 1; i < names->size(); ++i) {
    Phrase& n = (*names)[i];
    if (n.end != n.first + 1 || !IsNoun(p.token(n.first).pos) || IsProperNoun(p.token(n.first).pos)) continue;
    if (modifier_end > front.first + 1 && !ActsFor(p.token(n.first).lemma)) continue;
    n.modifier_first = front.first;
    n.modifier_end = modifier_end;
  }
}

// "the African National Congress (ANC)": the span shows a short bracket
// right after the phrase (its acronym); coding keeps the phrase.
void ShowBracket(const SentenceParse& p, Phrase* ph) {
  if (ph->end + 2 >= p.end() || p.Lower(ph->end) != "(") return;
  for (uint32_t k = ph->end + 1; k < p.end() && k <= ph->end + 4; ++k) {
    if (p.Lower(k) == ")") {
      if (k > ph->end + 1) ph->span_end = std::max(ph->span_end, k + 1);
      return;
    }
    if (p.Lower(k) == "(" || p.Lower(k) == ",") return;
  }
}

// The chunk a long apposition before the verb group at `group_first`
// describes ("Patricia Smith, the mother of an American killed in
// Benghazi, Libya, has filed"): the comma (or comma and closing quotation
// mark) before the group closes it; it opens at an earlier comma after a
// chunk naming someone and before a common-noun phrase ("the mother",
// "star of"), with no finite verb or relative pronoun between. Sets
// *appos_end to the closing comma; -1 when there is none.
int LongAppositionSubject(const SentenceParse& p, uint32_t group_first, uint32_t* appos_end) {
  const int first = static_cast<int>(p.first());
  int close = static_cast<int>(group_first) - 1;
  if (close > first && p.token(close).kind == TokenKind::kCloseQuote && IsComma(p, close - 1)) --close;
  if (close <= first + 2 || !IsComma(p, close)) return -1;
  for (int o = close - 2; o > first && o >= close - 30; --o) {
    const Token& t = p.token(o);
    if (t.kind == TokenKind::kSentenceEnd || p.Lower(o) == ";" || p.Lower(o) == ":") return -1;
    if (t.pos == Pos::kVBZ || t.pos == Pos::kVBP || t.pos == Pos::kMD || t.pos == Pos::kWP ||
        t.pos == Pos::kWDT) {
      return -1;
    }
    // A past form right after a noun is a participle ("two Americans killed
    // in"); elsewhere it is the verb of a clause ("lashed out at").
    if (t.pos == Pos::kVBD && !IsNoun(p.token(o - 1).pos)) return -1;
    if (!IsComma(p, o)) continue;
    const int before = ChunkEndingAt(p, o - 1);
    const int after = p.ChunkAt(o + 1);
    if (before < 0 || after < 0 || p.chunks()[after].first != static_cast<uint32_t>(o) + 1) continue;
    const Chunk& b = p.chunks()[before];
    const Chunk& d = p.chunks()[after];
    if (!HasEntity(p, b) || b.time || HasEntity(p, d) || d.pronoun || d.time) continue;
    const Pos lead = p.token(d.first).pos;
    if (IsProperNoun(lead) || !(lead == Pos::kDT || IsAdjective(lead) || IsNoun(lead))) continue;
    // The name opens the clause (or follows "and" in a list of names).
    const uint32_t start = b.first;
    if (start > p.first() && !IsConj(p, start - 1) && !IsComma(p, start - 1) &&
        p.token(start - 1).kind != TokenKind::kOpenQuote) {
      continue;
    }
    *appos_end = static_cast<uint32_t>(close);
    return before;
  }
  return -1;
}

// The span of a phrase found at token `k` (by a search that skipped what
// comes before it) shows the quantity it is part of: "more than 100,000
// civilians", "around 20,000 people", "some of the U.N. peacekeepers",
// "dozens of Islamic State fighters".
void ShowQuantifier(const SentenceParse& p, uint32_t k, Phrase* ph) {
  if (ph->span_first < k) return;
  const uint32_t first = p.first();
  auto outside = [&](uint32_t i) { return p.ChunkAt(i) < 0; };
  if (k >= first + 2 && p.token(k).pos == Pos::kCD && outside(k - 1) && outside(k - 2)) {
    const std::string_view a = p.Lower(k - 2), b = p.Lower(k - 1);
    if (((a == "more" || a == "less" || a == "fewer") && b == "than") || (a == "at" && (b == "least" || b == "most"))) {
      ph->span_first = k - 2;
      return;
    }
  }
  if (k >= first + 1 && p.token(k).pos == Pos::kCD && outside(k - 1)) {
    const std::string_view b = p.Lower(k - 1);
    if (b == "nearly" || b == "about" || b == "around" || b == "almost" || b == "over" || b == "some") {
      ph->span_first = k - 1;
      return;
    }
  }
  // A partitive: "some of", "dozens of", "each of", "three of".
  if (k >= first + 2 && p.Lower(k - 1) == "of") {
    const uint32_t q = k - 2;
    const std::string_view w = p.Lower(q);
    static const std::string_view kWords[] = {"some", "many", "most", "all", "each", "several", "dozens",
                                              "hundreds", "thousands", "scores", "millions", "few", "both",
                                              "none", "any", "one", "two", "three", "four", "five"};
    const bool quantity = p.token(q).pos == Pos::kCD ||
                          std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
    if (!quantity) return;
    // Only the quantity's own chunk (or the bare word), not "the remnants of".
    const int c = p.ChunkAt(q);
    if (c >= 0 && p.chunks()[c].first != q && p.chunks()[c].end != q + 1) return;
    ph->span_first = c >= 0 ? p.chunks()[c].first : q;
  }
}

bool IsNominative(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}


// "the president": "the", at most one more word, and a common noun head;
// the subject a participial aside may follow.
bool DefiniteNominal(const SentenceParse& p, const Chunk& c) {
  return c.end >= c.first + 2 && c.end <= c.first + 3 && p.Lower(c.first) == "the" &&
         (p.token(c.end - 1).pos == Pos::kNN || p.token(c.end - 1).pos == Pos::kNNS);
}

// An item of a semicolon list starting at token `k`: its first phrase, or
// the person a comma names at the item's end ("the director of the CIA,
// John Ratcliffe"), showing the words before it. `stop` ends the item (the
// next ";" or the list's end). Empty (end == 0) when no phrase starts at k.
Phrase SemicolonItem(const SentenceParse& p, uint32_t k, uint32_t stop) {
  int n = p.ChunkAt(k);
  if (n < 0 || p.chunks()[n].first != k || p.chunks()[n].time) return {};
  Phrase item = Extend(p, p.chunks()[n], /*object=*/true);
  MergeTitleWithPerson(p, p.chunks()[n], &item);
  for (uint32_t j = item.end; j + 1 < stop; ++j) {
    if (!IsComma(p, j)) continue;
    int m = p.ChunkAt(j + 1);
    if (m < 0 || p.chunks()[m].first != j + 1 || p.chunks()[m].end != stop) continue;
    Phrase person = Extend(p, p.chunks()[m], /*object=*/true);
    if (!NamesPerson(p, person) || NamesPerson(p, item)) break;
    person.span_first = item.first;
    return person;
  }
  return item;
}

// "asked Secretary of State Rubio; the director of the CIA, John
// Ratcliffe; and Steve Witkoff to lead": a list whose items hold commas is
// cut by semicolons, and its last item follows "; and". `semi` is the ";"
// after the first item; the other items, or none when no "; and" ends the
// list within the sentence.
std::vector<Phrase> SemicolonConjuncts(const SentenceParse& p, uint32_t semi) {
  constexpr uint32_t kMaxItem = 16;
  std::vector<Phrase> items;
  while (semi + 1 < p.end() && p.Lower(semi) == ";") {
    uint32_t k = semi + 1;
    const bool last = IsConj(p, k);
    if (last) ++k;
    uint32_t stop = k;
    while (stop < p.end() && stop < k + kMaxItem && p.Lower(stop) != ";" &&
           p.token(stop).kind != TokenKind::kSentenceEnd) {
      ++stop;
    }
    if (last) {
      // The last item runs to the end of its phrase (and an apposition).
      Phrase item = SemicolonItem(p, k, stop);
      if (item.end == 0) return {};
      items.push_back(item);
      return items;
    }
    if (stop >= p.end() || p.Lower(stop) != ";") return {};
    Phrase item = SemicolonItem(p, k, stop);
    if (item.end == 0) return {};
    items.push_back(item);
    semi = stop;
  }
  return {};
}

}  // namespace

bool HasEntityIn(const SentenceParse& p, const Phrase& ph) {
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    if (p.EntityAt(i) >= 0) return true;
  }
  return false;
}

std::vector<Phrase> FindSubjects(const SentenceParse& p, uint32_t group_first, bool* coordinated) {
  *coordinated = false;
  std::vector<Phrase> out;
  int k = static_cast<int>(group_first) - 1;
  const int first = static_cast<int>(p.first());
  if (k >= first && (p.Lower(k) == "and" || p.Lower(k) == "but" || p.Lower(k) == "or" || p.Lower(k) == "nor")) {
    *coordinated = true;
    return out;
  }
  bool relative = false;
  bool who = false;  // the relative pronoun is "who": its antecedent is a person
  if (k >= first && (p.token(k).pos == Pos::kWP || p.token(k).pos == Pos::kWDT || p.Lower(k) == "who" ||
                     p.Lower(k) == "that" || p.Lower(k) == "which")) {
    relative = true;
    who = p.Lower(k) == "who";
    --k;
    if (k >= first && IsComma(p, k)) --k;
  }
  // "Arnor's foreign minister, in remarks published on Monday, urged": an
  // aside between commas that opens with a preposition is stepped over to
  // the phrase before it.
  if (!relative && k > first && IsComma(p, k)) {
    for (int o = k - 1; o > first && o >= k - 12; --o) {
      const TokenKind kind = p.token(o).kind;
      if (kind == TokenKind::kSentenceEnd || kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote ||
          p.Lower(o) == ";" || p.Lower(o) == ":") {
        break;
      }
      if (!IsComma(p, o)) continue;
      // The phrase before it names someone and opens the sentence (or
      // follows "and"): not "travel to Columbus, Ohio, on Wednesday".
      const int before = ChunkEndingAt(p, o - 1);
      if (o + 1 < k && p.token(o + 1).pos == Pos::kIN && before >= 0 && HasEntity(p, p.chunks()[before])) {
        const uint32_t start = p.chunks()[before].first;
        if (start == p.first() || p.token(start - 1).pos == Pos::kCC) k = o - 1;
      }
      break;
    }
  }
  // "Mr. Trump, who has campaigned as an economic populist, has also hit":
  // a relative clause between commas is stepped over to the named phrase
  // it follows.
  if (!relative && k > first + 2 && IsComma(p, k)) {
    for (int o = k - 1; o > first + 1 && o >= k - 20; --o) {
      const TokenKind kind = p.token(o).kind;
      if (kind == TokenKind::kSentenceEnd || kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote ||
          IsComma(p, o) || p.Lower(o) == ";" || p.Lower(o) == ":") {
        break;
      }
      if (p.Lower(o) != "who" && p.Lower(o) != "which") continue;
      if (!IsComma(p, o - 1)) break;
      const int before = ChunkEndingAt(p, o - 2);
      if (before >= 0 && HasEntity(p, p.chunks()[before])) k = o - 2;
      break;
    }
  }
  int found = -1;
  int commas = 0;
  uint32_t bracket_end = 0;  // past ")" of "(NAF)" right before the subject
  for (int steps = 0; k >= first && steps < 16; ++steps) {
    // "Nigerian Air Force (NAF) says": step over a short bracketed name.
    if (p.Lower(k) == ")" && found < 0) {
      int open = k - 1;
      while (open >= first && open >= k - 6 && p.Lower(open) != "(" && p.Lower(open) != ")") --open;
      if (open > first && open >= k - 6 && p.Lower(open) == "(") {
        bracket_end = static_cast<uint32_t>(k) + 1;
        k = open - 1;
        continue;
      }
    }
    int c = p.ChunkAt(k);
    if (c >= 0) {
      const Chunk& ch = p.chunks()[c];
      bool pp = ch.first > p.first() && IsPreposition(p, ch.first - 1);
      // "after Trump spoke": the subject of a subordinate clause.
      if (pp && ch.end == group_first && Subordinator(p.Lower(ch.first - 1))) pp = false;
      // "the release of Adli Yaish, who had been arrested": "who" goes
      // back to the person right before it, inside a prepositional phrase
      // too.
      if (pp && who && steps == 0 && NamesPerson(p, Phrase{ch.first, ch.end})) pp = false;
      // "their battle against a militant group that has pledged loyalty":
      // "that/which" goes back to the phrase right before it, the object
      // of a preposition too (not of "of", whose phrase is part of a
      // larger one: "the leader of the group that"; nor of a place's
      // preposition: "explosions at the White House that had injured"),
      // when it names someone or a group of people: things ("an attack
      // that killed") keep the walk to their author.
      const std::string_view before_prep = pp ? p.Lower(ch.first - 1) : std::string_view();
      if (pp && relative && !who && steps == 0 && ch.end == static_cast<uint32_t>(k) + 1 && before_prep != "of" &&
          before_prep != "at" && before_prep != "in" && before_prep != "near" && before_prep != "on" &&
          (HasEntity(p, ch) || IsPeopleHead(p.token(ch.end - 1).lemma))) {
        pp = false;
      }
      // "leaders who would rather work for Cruz or Rubio said": a conjunct
      // of a preposition's object is inside the phrase too (not after "of",
      // whose phrase is part of the subject: "the envoys of A and B met").
      if (!pp && ch.first > p.first() + 1 && IsConj(p, ch.first - 1)) {
        int before = ChunkEndingAt(p, static_cast<int>(ch.first) - 2);
        // "for Cruz or Rubio or Ben Carson": back to the first conjunct.
        for (int hops = 0; before >= 0 && hops < 4; ++hops) {
          const uint32_t f = p.chunks()[before].first;
          if (f <= p.first() + 1 || !IsConj(p, f - 1)) break;
          const int prev = ChunkEndingAt(p, static_cast<int>(f) - 2);
          if (prev < 0) break;
          before = prev;
        }
        if (before >= 0) {
          const Chunk& b = p.chunks()[before];
          if (b.first > p.first() && IsPreposition(p, b.first - 1) && p.Lower(b.first - 1) != "of" &&
              !Subordinator(p.Lower(b.first - 1)) && InRelativeClause(p, b.first - 1)) {
            k = static_cast<int>(b.first) - 2;
            continue;
          }
        }
      }
      if (ch.time || pp) {
        k = static_cast<int>(ch.first) - (pp ? 2 : 1);
        continue;
      }
      // "a row between Radagast the Brown called": a name's epithet ("the"
      // and one proper noun) belongs to the name, here inside a
      // prepositional phrase.
      if (ch.end == ch.first + 2 && p.Lower(ch.first) == "the" && IsProperNoun(p.token(ch.first + 1).pos)) {
        const int name = ChunkEndingAt(p, static_cast<int>(ch.first) - 1);
        if (name >= 0 && IsProperNoun(p.token(p.chunks()[name].head).pos) && p.chunks()[name].first > p.first() &&
            IsPreposition(p, p.chunks()[name].first - 1)) {
          k = static_cast<int>(p.chunks()[name].first) - 2;
          continue;
        }
      }
      found = c;
      break;
    }
    // "Ingold, also speaking at the rally, criticized": a participial
    // aside opened by a comma is stepped over to the phrase before it.
    if ((p.token(k).pos == Pos::kVBG || p.token(k).pos == Pos::kVBN) && k - 1 > first) {
      int open = k - 1;
      if (p.token(open).pos == Pos::kRB && open - 1 > first) --open;
      if (IsComma(p, open) && ChunkEndingAt(p, open - 1) >= 0) {
        k = open - 1;
        continue;
      }
    }
    if (IsBarrier(p, k) || p.Lower(k) == "that" || p.token(k).pos == Pos::kVBN || p.token(k).pos == Pos::kVBG ||
        p.token(k).pos == Pos::kVB) {
      break;
    }
    // "..., and on the Democratic side Pate backed": a clause joined by
    // "and" opening with a phrase the walk stepped over; what comes before
    // the conjunction belongs to the first clause.
    if ((IsConj(p, k) || p.Lower(k) == "but") && static_cast<uint32_t>(k) + 1 < group_first &&
        IsPreposition(p, k + 1)) {
      break;
    }
    if (IsComma(p, k) && ++commas > 2) break;
    --k;
  }
  // "Patricia Smith, the mother of an American killed in Benghazi, has
  // filed", "Kerry Washington, star of television's “Scandal,” thanked": a
  // long description between commas after a name, holding participles and
  // places the walk stops at, is stepped over to the name.
  uint32_t long_appos_end = 0;
  // Also when the walk stopped at a place ending the description ("...
  // in Benghazi, Libya, have filed").
  const bool place_found = found >= 0 && p.EntityAt(p.chunks()[found].head) >= 0 &&
                           p.analysis().entities[p.EntityAt(p.chunks()[found].head)].type == EntityType::kPlace;
  if ((found < 0 || place_found) && !relative) {
    const int described = LongAppositionSubject(p, group_first, &long_appos_end);
    if (described >= 0) found = described;
  }
  if (found < 0) return out;
  const Chunk* ch = &p.chunks()[found];
  // A participial aside between subject and verb: "Trump, speaking at the
  // swearing-in for his new director Tulsi Gabbard, said": the subject is
  // the phrase before the aside's opening comma.
  if (!relative && group_first > p.first() && IsComma(p, group_first - 1)) {
    for (int k = static_cast<int>(ch->first) - 1; k > first && k >= static_cast<int>(ch->first) - 20; --k) {
      if (IsBarrier(p, k)) break;
      if (p.token(k).pos != Pos::kVBG && p.token(k).pos != Pos::kVBN) continue;
      // "Clinton, also campaigning in Wisconsin, said": an adverb may open the aside.
      int open = k - 1;
      if (open > first && p.token(open).pos == Pos::kRB) --open;
      // "The president,…following the call": a quote's ellipsis after the comma.
      if (open > first && (p.Lower(open) == "\u2026" || p.Lower(open) == "...")) --open;
      if (!IsComma(p, open)) continue;
      int b = ChunkEndingAt(p, open - 1);
      if (b >= 0 && !p.chunks()[b].time &&
          (HasEntity(p, p.chunks()[b]) || DefiniteNominal(p, p.chunks()[b]))) {
        ch = &p.chunks()[b];
        break;
      }
    }
  }
  // An object of another verb is no subject, unless that verb opens a
  // relative clause: "Lavrov, who visited Ankara, spoke".
  if (!relative && ch->first > p.first() && IsVerb(p.token(ch->first - 1).pos) &&
      !TakesClause(p.token(ch->first - 1).lemma)) {
    int r = static_cast<int>(ch->first) - 2;
    while (r >= first && r >= static_cast<int>(ch->first) - 5 && p.token(r).pos != Pos::kWP &&
           p.token(r).pos != Pos::kWDT) {
      --r;
    }
    if (r < first || r < static_cast<int>(ch->first) - 5) return out;
    int b = ChunkEndingAt(p, r >= first + 1 && IsComma(p, r - 1) ? r - 2 : r - 1);
    if (b < 0) return out;
    ch = &p.chunks()[b];
  }
  // Apposition "B, C, verb" (C possibly with its of/for phrases: "Thomas
  // Shannon, U.S. undersecretary of state for political affairs, paid"):
  // prefer the named phrase B; the span shows B through C.
  uint32_t appos_end = 0;
  bool appos_before = false;  // the span shows a description before the name
  const bool comma_before_verb = !relative && group_first > ch->end && IsComma(p, group_first - 1) &&
                                 group_first - 1 - ch->end <= 8;
  if (ch->first >= p.first() + 2 && IsComma(p, ch->first - 1) && ch->end < p.end() &&
      (IsComma(p, ch->end) || comma_before_verb)) {
    int b = ChunkEndingAt(p, static_cast<int>(ch->first) - 2);
    if (b >= 0 && HasEntity(p, p.chunks()[b]) &&
        !(p.chunks()[b].first > p.first() && IsConj(p, p.chunks()[b].first - 1))) {
      const Chunk& named = p.chunks()[b];
      const int head = named.first >= p.first() + 2 && IsPreposition(p, named.first - 1)
                           ? ChunkEndingAt(p, static_cast<int>(named.first) - 2)
                           : -1;
      if (head >= 0 && NamesPerson(p, Phrase{ch->first, ch->end}) &&
          !NamesPerson(p, Phrase{p.chunks()[head].first, named.end})) {
        // "The US commander in Iraq, General David Petraeus, met", "A
        // spokesman for the Taliban, Qari Ahmadi, claimed": the person named
        // after a description whose name sits in its of/in/for phrase is
        // the subject; the span shows the description too.
        appos_before = true;
        out.push_back(Extend(p, *ch));
        out.back().span_first = p.chunks()[head].first;
      } else {
        appos_end = IsComma(p, ch->end) ? ch->end : group_first - 1;
        ch = &named;
      }
    }
  }
  if (!appos_before) out.push_back(Extend(p, *ch));
  if (appos_end > out.back().end) out.back().span_end = appos_end;
  if (long_appos_end > out.back().end && ch == &p.chunks()[found]) out.back().span_end = long_appos_end;
  if (bracket_end > 0 && out.back().end + 1 < bracket_end && p.Lower(out.back().end) == "(") {
    out.back().span_end = bracket_end;
  }
  // Conjuncts to the left: "A, B and C". The word right before the last
  // conjunct joins the list; after a bare comma the phrases before it
  // belong to another clause: "swing states such as Ohio and Florida,
  // Sabato said" has one speaker.
  std::vector<Phrase> more;
  bool joined = false;
  int at = static_cast<int>(ch->first) - 1;
  // An apposition ("Farook and his wife, Tashfeen Malik, killed") or a
  // relative clause's antecedent ("Singer and Griffin, hedge fund managers
  // who are backing") keeps the list before its comma.
  if (!relative && at > first && IsComma(p, at) && !IsConj(p, at - 1) && ch->end < p.end() &&
      !IsComma(p, ch->end)) {
    at = first;
  }
  // "Reps. Darrell Issa and Duncan Hunter, who was one of the earliest to
  // endorse": a singular verb after "who" has the last conjunct alone.
  if (relative && group_first < p.end()) {
    const std::string_view v = p.Lower(group_first);
    if (p.token(group_first).pos == Pos::kVBZ || v == "was" || v == "is" || v == "has") at = first;
  }
  // "Obama got a lot of money from the financial industry, and he still
  // signed": ", and" before a subject pronoun opens a clause of its own.
  if (ch->end == ch->first + 1 && at > first + 1 && IsConj(p, at) && IsComma(p, at - 1)) {
    const std::string_view w = p.Lower(ch->first);
    if (w == "he" || w == "she" || w == "they" || w == "we" || w == "i") at = first;
  }
  while (at > first) {
    bool conj = IsConj(p, at);
    if (!conj && !IsComma(p, at)) break;
    int prev = at - 1;
    if (conj && prev >= first && IsComma(p, prev)) --prev;
    int b = ChunkEndingAt(p, prev);
    if (b < 0) break;
    const Chunk& left = p.chunks()[b];
    if (more.empty() && prev + 1 == at && out.back().first == ch->first && TitleOfNextPerson(p, left, *ch)) {
      out.back().first = left.first;  // "Ambassador and Special Envoy X said": one subject
      at = static_cast<int>(left.first) - 1;
      continue;
    }
    joined |= conj;
    more.push_back(Extend(p, left));
    at = static_cast<int>(p.chunks()[b].first) - 1;
  }
  if (joined) {
    out.insert(out.begin(), more.rbegin(), more.rend());
    // "Erin Brockovich, the legendary environmental activist and lawyer,
    // endorsed": coordinated descriptions between commas after a person's
    // name describe that person, the subject.
    if (!relative && comma_before_verb && out.size() >= 3 && NamesPerson(p, out.front()) &&
        IsComma(p, out.front().end)) {
      bool unnamed = true;
      for (size_t i = 1; i < out.size(); ++i) unnamed &= !HasEntityIn(p, out[i]);
      if (unnamed) {
        out.resize(1);
        out.back().span_end = group_first - 1;
        return out;
      }
    }
    ShareHead(p, &out);
    ShareModifier(p, &out);
  }
  return out;
}

std::vector<Phrase> FindObjects(const SentenceParse& p, uint32_t at) {
  std::vector<Phrase> out;
  uint32_t k = at;
  while (k < p.end() && k < at + 2 && p.ChunkAt(k) < 0 &&
         (p.token(k).pos == Pos::kRB || p.token(k).pos == Pos::kRP)) {
    ++k;
  }
  // Quantifiers before a number: "killed at least 75 people".
  const uint32_t quantifier = k;
  if (k + 1 < p.end() && ((p.Lower(k) == "at" && (p.Lower(k + 1) == "least" || p.Lower(k + 1) == "most")) ||
                          ((p.Lower(k) == "more" || p.Lower(k) == "less" || p.Lower(k) == "fewer") &&
                           p.Lower(k + 1) == "than"))) {
    k += 2;
    // "at least 81 people" chunked from "least": the chunk is the object.
    if (k < p.end() && p.ChunkAt(k) >= 0 && p.chunks()[p.ChunkAt(k)].first == k - 1) --k;
  } else if (k + 1 < p.end() && p.ChunkAt(k) < 0 && p.token(k + 1).pos == Pos::kCD &&
             (p.Lower(k) == "nearly" || p.Lower(k) == "about" || p.Lower(k) == "around" ||
              p.Lower(k) == "almost" || p.Lower(k) == "over" || p.Lower(k) == "some" || p.Lower(k) == "up")) {
    ++k;
  }
  // Step over a time phrase: "vetoed on Friday a resolution".
  if (k + 1 < p.end() && p.token(k).pos == Pos::kIN && p.ChunkAt(k + 1) >= 0 &&
      p.chunks()[p.ChunkAt(k + 1)].time) {
    k = p.chunks()[p.ChunkAt(k + 1)].end;
  } else if (k < p.end() && p.ChunkAt(k) >= 0 && p.chunks()[p.ChunkAt(k)].time) {
    k = p.chunks()[p.ChunkAt(k)].end;
  }
  if (k >= p.end()) return out;
  int c = p.ChunkAt(k);
  if (c < 0 || p.chunks()[c].time || p.chunks()[c].first != k) return out;
  // A nominative pronoun starts a clause, it is no object: "the call he
  // held", "said they would".
  if (p.chunks()[c].pronoun && IsNominative(p.Lower(k))) return out;
  // "phoning on behalf of his new wife": whom one acts for is no object.
  if (p.Lower(k) == "behalf") return out;
  out.push_back(Extend(p, p.chunks()[c], /*object=*/true));
  MergeTitleWithPerson(p, p.chunks()[c], &out.back());
  if (quantifier < k && k <= quantifier + 2 && p.ChunkAt(quantifier) < 0) out.back().span_first = quantifier;
  // "at least 20 soldiers" chunked from "least": show the "at".
  if (k > p.first() && p.Lower(k - 1) == "at" && (p.Lower(k) == "least" || p.Lower(k) == "most")) {
    out.back().span_first = k - 1;
  }
  ShowQuantifier(p, k, &out.back());
  // Apposition naming the object: "an American school teacher, Marc Fogel".
  if (out.back().end + 1 < p.end() && IsComma(p, out.back().end) && !HasEntityIn(p, out.back())) {
    int n = p.ChunkAt(out.back().end + 1);
    if (n >= 0 && p.chunks()[n].first == out.back().end + 1 && IsProperNoun(p.token(p.chunks()[n].head).pos)) {
      uint32_t after = p.chunks()[n].end;
      if (after >= p.end() || IsComma(p, after) || p.token(after).kind == TokenKind::kSentenceEnd) {
        out.back().end = after;
        return out;
      }
    }
  }
  // "said Ed Rendell, a former Pennsylvania governor and two-term
  // Philadelphia mayor": after a person's name, a comma and a phrase headed
  // by a common noun naming no one else is an apposition, not a conjunct.
  if (out.back().end + 1 < p.end() && IsComma(p, out.back().end) && NamesPerson(p, out.back())) {
    int n = p.ChunkAt(out.back().end + 1);
    // A title whose person follows before the next comma is the next
    // conjunct: "asked Marco Rubio, Director of the CIA John Ratcliffe, and".
    uint32_t clause = out.back().end + 1;
    while (clause < p.end() && clause < out.back().end + 12 && !IsComma(p, clause) &&
           p.token(clause).kind != TokenKind::kSentenceEnd) {
      ++clause;
    }
    // The person ends that stretch; one named inside it ("Ben Jealous, a
    // former NAACP leader and a Sanders supporter") describes.
    const bool person_ends = clause > out.back().end + 1 && NamesPerson(p, {clause - 1, clause});
    if (n >= 0 && p.chunks()[n].first == out.back().end + 1 && !p.chunks()[n].pronoun &&
        !IsProperNoun(p.token(p.chunks()[n].head).pos) && !person_ends) {
      return out;
    }
  }
  if (out.back().end + 2 < p.end() && p.Lower(out.back().end) == ";") {
    std::vector<Phrase> items = SemicolonConjuncts(p, out.back().end);
    out.insert(out.end(), items.begin(), items.end());
    return out;
  }
  // Conjuncts to the right: "A, B and C".
  std::vector<Phrase> more;
  bool joined = false;
  uint32_t e = out.back().end;
  while (e + 1 < p.end()) {
    bool conj = IsConj(p, e);
    if (!conj && !IsComma(p, e)) break;
    uint32_t next = e + 1;
    if (!conj && next < p.end() && IsConj(p, next)) {
      conj = true;
      ++next;
    }
    int n = next < p.end() ? p.ChunkAt(next) : -1;
    if (n < 0 || p.chunks()[n].first != next || p.chunks()[n].time) break;
    // "traveled to Jerusalem and Mr. Netanyahu embraced him": a phrase
    // before a past or third-person verb is the subject of a
    // clause of its own (not before a bare verb: "help Israel and the
    // Palestinians achieve").
    if (conj && p.chunks()[n].end < p.end()) {
      const Pos v = p.token(p.chunks()[n].end).pos;
      if (v == Pos::kVBD || v == Pos::kVBZ) break;
    }
    joined |= conj;
    more.push_back(Extend(p, p.chunks()[n]));
    MergeTitleWithPerson(p, p.chunks()[n], &more.back());
    e = more.back().end;
    if (conj) break;
  }
  if (joined) out.insert(out.end(), more.begin(), more.end());
  for (Phrase& ph : out) ShowBracket(p, &ph);
  return out;
}

}  // namespace readout::events
