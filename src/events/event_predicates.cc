// Predicates of a sentence: every verb or chunk-head noun that starts a form
// of the verb dictionary, its code (the most specific matching pattern of
// the form's block, else the form's own), its verb group (auxiliaries,
// modals, negation, passive voice, questions) and the verb that governs an
// infinitive ("threatened to attack"), whose frame turns the code into an
// intent, threat, appeal, demand or rejection.
#include "events/sentence_coder.h"

#include <algorithm>

#include "events/irrealis.h"
#include "events/word_lists.h"

namespace readout::events {

namespace {

// Nouns whose infinitive is an intent of their owner: "its commitment to
// support the police", "Putin's offer to mediate".
bool IntentNoun(std::string_view l) {
  return l == "promise" || l == "pledge" || l == "vow" || l == "offer" || l == "commitment" ||
         l == "determination" || l == "willingness" || l == "readiness";
}

// Picks the best code for a form at tokens [first, end).
void ChooseCode(const lexicon::VerbDictionary& dict, const lexicon::VerbForm& form, const SentenceParse& parse,
                uint32_t first, uint32_t end, Predicate* pred, int* best_weight) {
  const lexicon::VerbBlock& block = dict.block(form.block);
  const uint32_t clause_end = ThatClauseOpening(parse, end);
  const FirstWindow window = FirstElementWindow(parse, end, clause_end);
  for (const auto& p : block.patterns) {
    if (p.weight < *best_weight) continue;
    if (p.weight == *best_weight && !pred->code.empty()) continue;
    if (!MayMatch(p, window)) continue;
    PatternMatch m = MatchPattern(parse, p, first, end, clause_end);
    if (!m.ok) continue;
    *best_weight = p.weight;
    pred->code = p.code;
    pred->match = m;
  }
  if (pred->code.empty() && *best_weight < 0) {
    *best_weight = -1;
    pred->code = form.code;
    pred->match = {true, first, end, -1, -1};
  }
}

// Matches the fixed words of a multi-word form around token i.
bool FixedParts(const SentenceParse& parse, const lexicon::VerbForm& f, uint32_t i, uint32_t* first, uint32_t* end) {
  *first = i;
  *end = i + 1;
  for (const std::string& w : f.after_words) {
    if (*end >= parse.end() || !parse.Is(*end, w)) return false;
    ++*end;
  }
  for (auto it = f.before_words.rbegin(); it != f.before_words.rend(); ++it) {
    if (*first <= parse.first() || !parse.Is(*first - 1, *it)) return false;
    --*first;
  }
  return true;
}

// "departes": "-es" follows only a sibilant, "o" or "y" turned "i" in
// English spelling; a word the lemmatizer cut to a stem ending otherwise is
// a misspelling, which PETRARCH's generated forms do not match either.
bool MisspeltInflection(std::string_view word, std::string_view lemma) {
  if (word.size() != lemma.size() + 2 || !word.starts_with(lemma) || !word.ends_with("es") || lemma.empty()) {
    return false;
  }
  const char last = lemma.back();
  return !(last == 's' || last == 'x' || last == 'z' || last == 'o' || lemma.ends_with("ch") || lemma.ends_with("sh"));
}

}  // namespace

void SentenceCoder::RetagObjectPlurals(const Sentence& s) {
  static const std::string_view kClauseVerbs[] = {
      "say",     "tell",    "think",    "believe", "know",     "hope",    "expect",  "fear",     "feel",
      "suppose", "guess",   "realize",  "realise", "insist",   "argue",   "claim",   "warn",     "note",
      "add",     "show",    "mean",     "suggest", "find",     "see",     "hear",    "understand", "assume",
      "doubt",   "agree",   "admit",    "deny",    "predict",  "report",  "announce", "confirm", "explain",
      "acknowledge", "recognize", "learn", "worry", "bet", "wish", "ensure", "reckon", "figure", "estimate",
      "imagine", "notice",  "indicate", "reveal",  "declare",  "state",   "write",   "contend",  "maintain",
      "allege",  "assert",  "emphasize", "stress", "concede",  "conclude", "decide", "demand",   "prove",
      "let",     "make",    "help",     "watch",   "have",     "be",      "do",      "get"};
  std::vector<Token>& tokens = a_.tokens;
  for (uint32_t k = s.first_token + 3; k + 1 < s.end_token; ++k) {
    Token& t = tokens[k];
    if (t.pos != Pos::kVBZ || t.kind != TokenKind::kWord) continue;
    const Pos next = tokens[k + 1].pos;
    if (next != Pos::kVBG && next != Pos::kVBN) continue;
    const std::string_view w = a_.TokenText(t);
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w.front() < 'a' || w.front() > 'z') continue;
    // Nouns back to a determiner, then the verb whose object they are.
    uint32_t d = k;
    while (d > s.first_token && (tokens[d - 1].pos == Pos::kNN || tokens[d - 1].pos == Pos::kJJ)) --d;
    if (d == k || d <= s.first_token + 1 || tokens[d - 1].pos != Pos::kDT) continue;
    const Token& v = tokens[d - 2];
    if (!(v.pos == Pos::kVBD || v.pos == Pos::kVBZ || v.pos == Pos::kVBP || v.pos == Pos::kVB)) continue;
    if (std::find(std::begin(kClauseVerbs), std::end(kClauseVerbs), v.lemma) != std::end(kClauseVerbs)) continue;
    t.pos = Pos::kNNS;
  }
}

bool SentenceCoder::FindCandidates(const Sentence& s) {
  // A predicate is a verb other than a modal or a common noun (a noun that
  // heads its chunk, or a verb the tagger took for NN/NNS), a word that
  // starts a form of the dictionary.
  static constexpr uint64_t kCandidateTags =
      TagSet({Pos::kVB, Pos::kVBD, Pos::kVBG, Pos::kVBN, Pos::kVBP, Pos::kVBZ, Pos::kNN, Pos::kNNS});
  candidates_.clear();
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = a_.tokens[i];
    if (!InSet(kCandidateTags, t.pos) || t.kind != TokenKind::kWord) continue;
    const std::string_view lower = SentenceParse::LowerText(a_, t, &lower_buffer_);
    auto forms = dict_.Find(lower);
    if (forms.empty() && t.lemma != lower && !MisspeltInflection(lower, t.lemma)) forms = dict_.Find(t.lemma);
    if (!forms.empty()) candidates_.push_back({i, forms});
  }
  return !candidates_.empty();
}

void SentenceCoder::FindPredicates() {
  // Kept from sentence to sentence: no allocation once it has grown.
  std::vector<uint8_t>& covered = covered_;
  covered.assign(parse_.end() - parse_.first(), 0);
  for (const Candidate& candidate : candidates_) {
    const uint32_t i = candidate.token;
    const Token& t = parse_.token(i);
    bool verb = IsVerb(t.pos) && t.pos != Pos::kMD;
    int c = parse_.ChunkAt(i);
    bool noun = !verb && c >= 0 && parse_.chunks()[c].head == i && IsNoun(t.pos) && !IsProperNoun(t.pos) &&
                parse_.EntityAt(i) < 0;
    // "inching nearer to accord/NN with": a bare singular noun between
    // "to" and a preposition is an infinitive the tagger missed; before
    // "of" it heads a noun phrase ("to come to aid of").
    if (noun && t.pos == Pos::kNN && parse_.chunks()[c].first == i && i > parse_.first() &&
        parse_.token(i - 1).pos == Pos::kTO && i + 1 < parse_.end() && parse_.token(i + 1).pos == Pos::kIN &&
        parse_.Lower(i + 1) != "of") {
      verb = true;
      noun = false;
    }
    if (!verb && (t.pos == Pos::kNN || t.pos == Pos::kNNS) && MissedVerbAfterName(i)) {
      verb = true;
      noun = false;
    }
    if (!verb && !noun) continue;
    if (noun && covered[i - parse_.first()]) continue;
    if (verb && IsAuxiliaryUse(i)) continue;
    if (verb && InTitle(i)) continue;
    const std::span<const lexicon::VerbForm> forms = candidate.forms;
    Predicate pred;
    pred.head = i;
    pred.noun = noun;
    int best = -2;
    for (const auto& f : forms) {
      if (f.noun != noun) continue;
      uint32_t first, end;
      if (!FixedParts(parse_, f, i, &first, &end)) continue;
      int weight = static_cast<int>(f.before_words.size() + f.after_words.size()) - 2;
      if (weight > best && !pred.code.empty()) {
        // A multi-word form is more specific than the bare word.
        pred.code.clear();
      }
      int w = best;
      ChooseCode(dict_, f, parse_, first, end, &pred, &w);
      best = std::max(best, w);
    }
    if (pred.code.empty()) continue;
    // "“You think I'm going to change?” Trump asked reporters": a question
    // asked is no appeal.
    if (t.lemma == "ask" && (QuestionBefore(i) || QuestionAfter(i))) continue;
    // "Clinton was asked about securing the border", "no matter what you
    // ask me": a question, not an appeal.
    if (t.lemma == "ask" && ((i + 1 < parse_.end() && parse_.Lower(i + 1) == "about") || WhBefore(i))) continue;
    // "Sanders was asked by host Bill Maher, ...", "asked whether he
    // would": asking nothing to be done is a question.
    if (t.lemma == "ask" && !noun && AskedQuestion(parse_, i)) continue;
    // "Our goal is to destroy ISIS", "the way ... is to elect Mrs. Clinton
    // and reject Trump": a goal is no act.
    if (verb && (PlanSubject(parse_, i) || ForSubjectClause(parse_, i))) continue;
    // "Would Russia attack Poland?", "Did Trump meet Putin?": a yes-no
    // question asserts no act.
    if (InYesNoQuestion(i)) continue;
    // A participle opening an aside ("Leavitt, asked about ...") states no event.
    if (verb && t.pos == Pos::kVBN && i > parse_.first() && parse_.Lower(i - 1) == ",") continue;
    // A participle between a determiner (or an adjective) and its noun
    // describes the noun: "a pledged Sanders delegate", "lobbying and
    // consulting firms", "the ruling party".
    if (verb && !noun && ModifiesNoun(i)) continue;
    // "a competition called the House to Home Prize": naming, not calling.
    if (verb && t.pos == Pos::kVBN && i > parse_.first() && i + 1 < parse_.end() &&
        IsNoun(parse_.token(i - 1).pos) &&
        (t.lemma == "call" || t.lemma == "name" || t.lemma == "dub" || t.lemma == "title") &&
        parse_.token(i + 1).pos != Pos::kIN && parse_.token(i + 1).pos != Pos::kRP &&
        parse_.token(i + 1).pos != Pos::kTO) {
      continue;
    }
    for (uint32_t k = pred.match.first; k < pred.match.end; ++k) covered[k - parse_.first()] = 1;
    if (!noun) VerbGroup(&pred);
    preds_.push_back(std::move(pred));
  }
}

// "Ethiopia departs/NNS from Libya", "Ethiopia act/NN on a resolution": a
// noun right after the name that opens the sentence, before a preposition
// or a determiner, in a clause that has no finite verb up to its first
// comma or subordinate clause, is the clause's verb the tagger missed.
bool SentenceCoder::MissedVerbAfterName(uint32_t i) const {
  if (i <= parse_.first() || i + 1 >= parse_.end()) return false;
  const int e = parse_.EntityAt(parse_.first());
  if (e < 0) return false;
  for (uint32_t k = parse_.first(); k < i; ++k) {
    if (parse_.EntityAt(k) != e) return false;
  }
  const Pos next = parse_.token(i + 1).pos;
  if (next != Pos::kIN && next != Pos::kDT && next != Pos::kTO) return false;
  static const std::string_view kOpeners[] = {"after", "before", "when",   "while",  "because", "since",
                                              "until", "as",     "if",     "though", "although", "that",
                                              "who",   "which",  "where",  "whose"};
  for (uint32_t k = i + 1; k < parse_.end(); ++k) {
    const std::string_view w = parse_.Lower(k);
    if (w == "," || w == ";" || w == ":" ||
        std::find(std::begin(kOpeners), std::end(kOpeners), w) != std::end(kOpeners)) {
      break;
    }
    const Pos pos = parse_.token(k).pos;
    if (pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kVBP || pos == Pos::kMD) return false;
  }
  return true;
}

// "on NBC's “Meet the Press”", "told Fox's Face the Nation": a capitalised
// verb after a possessive or a preposition (an opening quotation mark may
// stand between) names a show or a work. At the start of a quotation
// ("“Meet me there,” he said") the capital is the sentence's own.
bool SentenceCoder::InTitle(uint32_t i) const {
  const Token& t = parse_.token(i);
  if (i <= parse_.first() || t.end == t.start || a_.text[t.start] < 'A' || a_.text[t.start] > 'Z') return false;
  uint32_t k = i - 1;
  const std::string_view w = parse_.Lower(k);
  if (w == "\u201c" || w == "\"" || w == "``" || w == "'" || w == "''" || w == "\u2018") {
    if (k == parse_.first()) return false;
    --k;
  }
  // "on NBC's ''Meet the Press''", "his Meet the Press interview".
  const Pos pos = parse_.token(k).pos;
  return pos == Pos::kPOS || pos == Pos::kIN || pos == Pos::kPRPS;
}

// A wh-word opens the clause of the verb at `i`, through its subject and
// auxiliaries: "what you ask me", "what he has asked".
bool SentenceCoder::WhBefore(uint32_t i) const {
  for (uint32_t k = i; k > parse_.first() && k + 5 > i; --k) {
    const std::string_view w = parse_.Lower(k - 1);
    if (w == "what" || w == "whatever" || w == "which") return true;
    const Pos pos = parse_.token(k - 1).pos;
    if (!(pos == Pos::kPRP || pos == Pos::kMD || pos == Pos::kRB || IsAuxiliary(w))) return false;
  }
  return false;
}

bool SentenceCoder::QuestionBefore(uint32_t i) const {
  for (uint32_t k = parse_.first(); k < i; ++k) {
    const Token& t = parse_.token(k);
    if (t.end == t.start + 1 && a_.text[t.start] == '?') return true;
  }
  return false;
}

// "Blumenthal was asked, “If you had known ..., would you have told
// her?”": the question follows the verb.
bool SentenceCoder::QuestionAfter(uint32_t i) const {
  for (uint32_t k = i + 1; k < parse_.end(); ++k) {
    const Token& t = parse_.token(k);
    if (t.end == t.start + 1 && a_.text[t.start] == '?') return true;
  }
  return false;
}

// Token `i` lies in a clause that ends in '?' and opens (after the
// sentence start, an opening quotation mark, a comma, a colon or a
// semicolon) with an auxiliary, a modal or "if", or a wh-word and a modal: "Would Russia attack
// Poland?", "“Did you meet him?”", "Why would Russia attack?".
bool SentenceCoder::InYesNoQuestion(uint32_t i) const {
  uint32_t q = i + 1;
  while (q < parse_.end() && !(parse_.token(q).end == parse_.token(q).start + 1 && a_.text[parse_.token(q).start] == '?')) {
    ++q;
  }
  if (q >= parse_.end()) return false;
  // "Do the rebel groups backed by Ankara have a choice?": a participle
  // after its noun describes it, and the question presupposes it.
  if (i > parse_.first() && parse_.token(i).pos == Pos::kVBN && IsNoun(parse_.token(i - 1).pos)) return false;
  uint32_t start = parse_.first();
  for (uint32_t k = i; k > parse_.first(); --k) {
    std::string_view w = parse_.Lower(k - 1);
    if (w == "\u201c" || w == "\"" || w == "``" || w == ":" || w == ";" || w == "?" || w == ",") {
      start = k;
      break;
    }
  }
  auto aux = [](std::string_view w) {
    static const std::string_view kAux[] = {"would", "will", "could", "can", "should", "shall", "might",
                                            "may",   "must", "do",    "does", "did",   "is",    "are",
                                            "was",   "were", "has",   "have", "had",   "wo",    "ca"};
    return std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux);
  };
  if (start >= i) return false;
  std::string_view first = parse_.Lower(start);
  // "If you had known, would you have told her?": the condition of a
  // question is no more asserted than the question.
  // "Who has fought the bid?": the doer is what is asked.
  if (aux(first) || first == "if" || first == "whether" || first == "who") return true;
  const bool wh = first == "why" || first == "how" || first == "what" || first == "when" || first == "where" ||
                  first == "who" || first == "whom";
  if (!wh || start + 1 >= i) return false;
  // "Why would Russia attack?", "Why will they meet?": the act is in
  // question ("Why did Arnor attack?" presupposes it).
  std::string_view second = parse_.Lower(start + 1);
  return second == "would" || second == "could" || second == "should" || second == "might" || second == "will" ||
         second == "can";
}

bool SentenceCoder::ModifiesNoun(uint32_t i) const {
  const Pos pos = parse_.token(i).pos;
  if ((pos != Pos::kVBN && pos != Pos::kVBG) || i == parse_.first() || i + 1 >= parse_.end()) return false;
  const Pos next = parse_.token(i + 1).pos;
  if (!(IsNoun(next) || (pos == Pos::kVBN && next == Pos::kNNP))) return false;
  if (pos == Pos::kVBG && next != Pos::kNN && next != Pos::kNNS) return false;
  const Pos prev = parse_.token(i - 1).pos;
  // Articles only: "both endorsed Mr. Trump", "some accused Trump" are
  // subjects with their verbs.
  const std::string_view w = parse_.Lower(i - 1);
  // "The U.S. military launched strikes": "military" read as an adjective
  // is the subject's noun.
  if (w == "military" && prev == Pos::kJJ) return false;
  const bool article = w == "a" || w == "an" || w == "the";
  if (article || prev == Pos::kPRPS || prev == Pos::kPOS || (prev == Pos::kJJ && next != Pos::kNNP)) return true;
  // "lobbying and consulting firms": a conjunct of another modifier.
  return prev == Pos::kCC && i >= parse_.first() + 2 &&
         (parse_.token(i - 2).pos == Pos::kVBG || parse_.token(i - 2).pos == Pos::kJJ) &&
         (i < parse_.first() + 3 || parse_.Is(i - 3, "a") || parse_.Is(i - 3, "an") || parse_.Is(i - 3, "the") ||
          parse_.token(i - 3).pos == Pos::kJJ || parse_.token(i - 3).pos == Pos::kCD ||
          parse_.token(i - 3).pos == Pos::kIN || parse_.token(i - 3).pos == Pos::kCC);
}

// "has met", "was attacked", "did not attack": have/be/do before the verb
// they help is no predicate of its own.
bool SentenceCoder::IsAuxiliaryUse(uint32_t i) const {
  const std::string& l = parse_.token(i).lemma;
  if (l != "have" && l != "be" && l != "do" && l != "get") return false;
  for (uint32_t k = i + 1; k < parse_.end() && k < i + 4; ++k) {
    Pos pos = parse_.token(k).pos;
    if (pos == Pos::kVBN || pos == Pos::kVBG || pos == Pos::kVB || pos == Pos::kVBD) return true;
    if (pos != Pos::kRB && !IsNegation(parse_.Lower(k))) return false;
  }
  return false;
}

void SentenceCoder::VerbGroup(Predicate* p) {
  uint32_t g = p->head;
  bool be = false;
  bool to = false;
  bool be_to = false;
  while (g > parse_.first()) {
    uint32_t k = g - 1;
    std::string_view w = parse_.Lower(k);
    const Pos pos = parse_.token(k).pos;
    bool aux = (IsAuxiliary(w) && !IsNoun(pos)) || pos == Pos::kRB || pos == Pos::kMD;
    // A floating quantifier: "India and the US have both indicted".
    aux |= (w == "both" || w == "all" || w == "each") && k > parse_.first() &&
           IsAuxiliary(parse_.Lower(k - 1));
    if (!aux) break;
    // A pattern that spells the negation or the modal out ("DID NOT *",
    // "INDICATED SHOULD *") has already coded it.
    if (IsNegation(w) && k < p->match.first) p->negated = true;
    // "who'd previously endorsed": "'d" before a participle is "had".
    const bool had = w == "'d" && (parse_.token(p->head).pos == Pos::kVBN || parse_.token(p->head).pos == Pos::kVBD);
    if (Frame f = FrameOfModal(w); f != Frame::kNone && !had && p->frame == Frame::kNone && k < p->match.first) {
      p->frame = f;
    }
    if (IsBe(w)) be = true;
    // "Sanders was to fly to the Vatican", "Russia is to attack": what is
    // scheduled or planned (judge_2041 #49).
    be_to |= IsBe(w) && k + 1 < p->head && parse_.Lower(k + 1) == "to" && k < p->match.first;
    if (w == "to") to = true;
    g = k;
  }
  p->group_first = g;
  // "is committed to", "is scheduled to": adjectival, not passive.
  bool to_follows = p->head + 1 < parse_.end() && parse_.Lower(p->head + 1) == "to";
  p->passive = be && parse_.token(p->head).pos == Pos::kVBN && !to_follows;
  if (be_to && !p->passive && p->frame == Frame::kNone && parse_.token(p->head).pos == Pos::kVB) {
    p->frame = Frame::kIntent;
  }
  // A participle right after a noun phrase modifies it: "a first-grader
  // killed at Sandy Hook", "a poll released Sunday by ABC News".
  if (!be && g == p->head && parse_.token(p->head).pos == Pos::kVBN && g > parse_.first()) {
    int c = parse_.ChunkAt(g - 1);
    if (c >= 0 && parse_.chunks()[c].end == g && !parse_.chunks()[c].pronoun &&
        (!Named({parse_.chunks()[c].first, g}) || ByFollows(p->head))) {
      p->passive = true;
    }
  }
  // A bare participle coordinated with a passive one shares its voice:
  // "was tortured and killed in a prison" (the prison is no target).
  if (!p->passive && g == p->head && parse_.token(p->head).pos == Pos::kVBN && g >= parse_.first() + 3 &&
      (parse_.Lower(g - 1) == "and" || parse_.Lower(g - 1) == "or") && parse_.token(g - 2).pos == Pos::kVBN &&
      IsBe(parse_.Lower(g - 3))) {
    p->passive = true;
  }
  // A participle followed by "by" outside a perfect tense is passive
  // whatever comes before it: "I get endorsed by Bernie", "a barbecue
  // hosted by Scott Brown" (a quoted name before it).
  // A past form the tagger read as a past tense counts too when "by" is
  // not part of the verb's own form ("stood by").
  const Pos hp = parse_.token(p->head).pos;
  if (!p->passive && (hp == Pos::kVBN || hp == Pos::kVBD) && p->head + 1 < parse_.end() &&
      parse_.Lower(p->head + 1) == "by" && p->match.end <= p->head + 1 &&
      !(hp == Pos::kVBD && p->code.starts_with("01"))) {  // "said by telephone"
    std::string_view a = parse_.Lower(g);
    if (!(g < p->head && (a == "has" || a == "have" || a == "had" || a == "'ve" || a == "'d"))) p->passive = true;
  }
  // A gerund after a verb is its complement: "did not mention requesting
  // a donation", "suggested boycotting Apple".
  // Adverbs may stand between: "will avoid directly helping him".
  bool adverbs_before = true;
  for (uint32_t k = g; k < p->head; ++k) adverbs_before &= parse_.token(k).pos == Pos::kRB && !IsNegation(parse_.Lower(k));
  bool gerund = parse_.token(p->head).pos == Pos::kVBG && adverbs_before && g > parse_.first() &&
                IsVerb(parse_.token(g - 1).pos) && parse_.token(g - 1).pos != Pos::kMD &&
                !IsAuxiliary(parse_.Lower(g - 1));
  if (to || gerund) {
    FindGovernor(p);
  } else if (const int shared = SharedInfinitiveTo(*p); shared >= 0) {
    // "has no plans to either address the conference or meet with
    // Sanders": a bare verb after "or" shares the first verb's "to", and
    // so its governor's negation and frame, kept as its own frame (as
    // event_participants.cc shares them) so that its trigger stays the
    // verb itself.
    const uint32_t own_first = p->group_first;
    p->group_first = static_cast<uint32_t>(shared);
    FindGovernor(p);
    p->group_first = own_first;
    const Frame g = p->governor_frame;
    if (p->frame == Frame::kNone &&
        (g == Frame::kIntent || g == Frame::kRefuse || g == Frame::kThreat || g == Frame::kDrop)) {
      p->frame = g;
    }
    p->governor = -1;
    p->governor_frame = Frame::kNone;
  }
  // "refrain from endorsing", "stopped short of endorsing", "kept him
  // from attacking": a gerund its governor holds back is no act.
  // Adverbs may stand between: "stopped short of fully endorsing".
  bool adverbs_only = true;
  for (uint32_t k = g; k < p->head; ++k) adverbs_only &= parse_.token(k).pos == Pos::kRB;
  if (parse_.token(p->head).pos == Pos::kVBG && adverbs_only && g >= parse_.first() + 2 &&
      (parse_.Lower(g - 1) == "from" || parse_.Lower(g - 1) == "of")) {
    for (uint32_t k = g - 2; k + 4 >= g && k >= parse_.first(); --k) {
      const std::string& l = parse_.token(k).lemma;
      if (l == "refrain" || l == "abstain" || l == "desist" || l == "prevent" || l == "stop" || l == "keep" ||
          l == "short" || l == "avoid" || l == "bar" || l == "ban" || l == "block" || l == "dissuade" ||
          l == "instead") {
        p->frame = Frame::kDrop;
        break;
      }
      if (k == parse_.first()) break;
    }
  }
  // "taking heat for not condemning Trump's attacks": a gerund not done,
  // after a preposition, is no event, negated or not.
  if (parse_.token(p->head).pos == Pos::kVBG && p->negated && g > parse_.first() &&
      parse_.token(g - 1).pos == Pos::kIN && IsNegation(parse_.Lower(g))) {
    p->frame = Frame::kDrop;
  }
  // "ideas for attacking Trump", "his policy of not attacking", "was like
  // saying", "told CNN about extending his support": a gerund naming a
  // plan, a comparison or a topic is no act.
  if (parse_.token(p->head).pos == Pos::kVBG && adverbs_only &&
      (GerundOfPlanNoun(parse_, g) || ComparedGerund(parse_, g) || TopicGerund(parse_, g))) {
    p->frame = Frame::kDrop;
  }
  // "it would have been cool had Clinton congratulated him": an inverted
  // condition (had/were/should before the subject) is no event either.
  if (g == p->head && g > parse_.first() && (parse_.token(g).pos == Pos::kVBN || parse_.token(g).pos == Pos::kVBD)) {
    const int c = parse_.ChunkAt(g - 1);
    if (c >= 0 && parse_.chunks()[c].end == g && parse_.chunks()[c].first > parse_.first()) {
      const uint32_t b = parse_.chunks()[c].first - 1;
      const std::string_view w = parse_.Lower(b);
      const bool opens = b == parse_.first() || !(IsNoun(parse_.token(b - 1).pos) || parse_.token(b - 1).pos == Pos::kPRP);
      if ((w == "had" || w == "were" || w == "should") && opens) p->frame = Frame::kDrop;
    }
  }
  // "he never said he wanted to kill", "did not say that Russia attacked":
  // a report its teller denies is no act (judge_2040 #15).
  if (DeniedReport(parse_, std::min(g, p->match.first))) p->negated = true;
  // "everything I say", "a party that rejects Nikki Haley ... is one that":
  // an act of a kind named, none done (judge_2039 #85, judge_2040 #32).
  if (QuantifiedFreeRelative(parse_, g) ||
      (g == p->head && (GenericRelative(parse_, p->head) || GerundAsSubject(parse_, p->head)))) {
    p->frame = Frame::kDrop;
  }
  // "if you attack him", "unless Russia withdraws": a condition is no event.
  for (int k = static_cast<int>(g) - 1; k >= static_cast<int>(parse_.first()) && k >= static_cast<int>(g) - 8; --k) {
    std::string_view w = parse_.Lower(k);
    if (w == "if" || w == "unless" || w == "whether") {
      p->frame = Frame::kDrop;
      break;
    }
    if (IsBarrier(parse_, k) || w == "," || w == "that") break;
  }
}

// Words that make "be ... to VERB" an intent: "will be more than happy
// to reach a deal", "is ready to talk", "is due to meet" (scheduled).
bool SentenceCoder::WillingWord(std::string_view w) {
  static const std::string_view kWords[] = {"happy", "willing", "ready", "eager", "prepared", "keen",
                                            "determined", "glad", "open", "due", "poised"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Words that make "be ... to VERB" a purpose or a likelihood.
bool SentenceCoder::PurposeWord(std::string_view w) {
  static const std::string_view kWords[] = {
      "time", "aim", "goal", "plan", "idea", "hope", "way", "reason", "reasons", "chance", "attempt", "effort",
      "job", "mission", "task", "intention", "priority", "strategy", "option", "opportunity", "need", "right",
      "likely", "unlikely", "easy", "hard", "difficult", "important", "necessary", "impossible", "possible",
      "reluctant", "unable", "hesitant", "enough", "too"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool SentenceCoder::ByFollows(uint32_t head) const {
  for (uint32_t k = head + 1; k < parse_.end() && k < head + 5; ++k) {
    if (parse_.Lower(k) == "by") return true;
    if (IsBarrier(parse_, k)) break;
  }
  return false;
}

// "threatened to attack", "urged Eriador to respond": the verb before "to",
// possibly with an object between.
void SentenceCoder::FindGovernor(Predicate* p) {
  int k = static_cast<int>(p->group_first) - 1;
  int object = -1;  // first token of the phrase stepped over, if any
  int next_chunk = -1;  // the chunk right before the infinitive, if any
  // Up to 10 steps: "called for the Islamic State strongholds in Syria and
  // Iraq to be hit" (a chunk is one step).
  for (int steps = 0; k >= static_cast<int>(parse_.first()) && steps < 10; ++steps, --k) {
    int c = parse_.ChunkAt(k);
    if (c >= 0) {
      if (next_chunk < 0 && parse_.chunks()[c].end == p->group_first) next_chunk = c;
      k = static_cast<int>(parse_.chunks()[c].first);
      object = parse_.chunks()[c].pronoun && parse_.Lower(k).ends_with("self") ? -1 : k;
      if (parse_.Lower(k).ends_with("selves")) object = -1;
      continue;
    }
    const Token& t = parse_.token(k);
    // "considers how to attack", "asked whether to meet": an open question.
    if (static_cast<uint32_t>(k) + 1 == p->group_first && parse_.Lower(p->group_first) == "to" &&
        IsWhWord(parse_.Lower(k))) {
      p->governor_frame = Frame::kDrop;
      p->governor = -2 - k;
      return;
    }
    if (IsVerb(t.pos) && t.pos != Pos::kMD) {
      if (parse_.Lower(k) == "about") break;
      // "had not wanted to negotiate": the governor's negation is the event's;
      // "may be willing to back", "could decide to attack": so is a modal
      // that makes it a possibility.
      bool maybe = false;
      for (int n = k - 1; n >= static_cast<int>(parse_.first()) && n >= k - 4; --n) {
        std::string_view w = parse_.Lower(n);
        if (IsNegation(w) && n < static_cast<int>(p->match.first)) p->negated = true;
        maybe |= FrameOfModal(w) == Frame::kDrop;
        if (!IsAuxiliary(w) && parse_.token(n).pos != Pos::kRB) break;
      }
      p->governor_frame = FrameOfGovernor(t.lemma);
      // "most don't expect him to back Clinton", "did not want U.S. troops
      // to fight": someone's wish or expectation about another's act
      // commits neither of them to it.
      if (p->governor_frame == Frame::kIntent && object == k + 1) p->governor_frame = Frame::kDrop;
      // "is not expected to pressure", "is supposed to meet": what others
      // expect of the subject, no act or intent of its own.
      if ((t.lemma == "expect" || t.lemma == "suppose") && t.pos == Pos::kVBN && k > static_cast<int>(parse_.first())) {
        int b = k - 1;
        while (b > static_cast<int>(parse_.first()) && (parse_.token(b).pos == Pos::kRB || IsNegation(parse_.Lower(b)))) --b;
        if (IsBe(parse_.Lower(b))) p->governor_frame = Frame::kDrop;
      }
      // "was seen to break into", "was known to meet": a witness's report
      // of the subject's act, which is coded as the act.
      if ((t.lemma == "see" || t.lemma == "know" || t.lemma == "hear" || t.lemma == "watch") && t.pos == Pos::kVBN &&
          k > static_cast<int>(parse_.first()) && object < 0) {
        int b = k - 1;
        while (b > static_cast<int>(parse_.first()) && parse_.token(b).pos == Pos::kRB) --b;
        if (IsBe(parse_.Lower(b))) p->governor_frame = Frame::kNone;
      }
      // "called for a bigger military effort to destroy", "pressed for X
      // to": an appeal ("called on X to" is coded by its own pattern).
      const bool call_for = (t.lemma == "call" || t.lemma == "press" || t.lemma == "push") &&
                            parse_.Lower(k + 1) == "for";
      if (p->governor_frame == Frame::kNone && call_for) p->governor_frame = Frame::kAppeal;
      // "celebrated the Justice Department's decision not to indict her",
      // "backed his effort to repeal": the infinitive completes the noun
      // before it, a decision or a plan, and is no act; the verb keeps its
      // own event ("praised Trump's decision"). A promise, a pledge or an
      // offer ("its commitment to support the police") is an intent, left
      // to the governing verb's frame.
      if (!call_for && next_chunk >= 0) {
        const Token& h = parse_.token(parse_.chunks()[next_chunk].head);
        // "went out of his way to criticize" is no way to do it.
        // "voted for the authority to invade Iraq", "the permission to
        // strike": a power granted is no act done (judge_2040 #0); not
        // "the authorities" or "world powers", who may be urged to act.
        const std::string_view word = parse_.Lower(parse_.chunks()[next_chunk].head);
        const bool power = word == "authority" || word == "authorization" || word == "authorisation" ||
                           word == "permission" || word == "mandate" || word == "power";
        if (IsNoun(h.pos) && !IsProperNoun(h.pos) && ((IsPlanNoun(h.lemma) && !IntentNoun(h.lemma)) || power) &&
            h.lemma != "way") {
          p->frame = Frame::kDrop;
          p->governor_frame = Frame::kNone;
          return;
        }
      }
      // "Obama and Xi also have other topics to discuss", "has the votes to
      // pass it": the infinitive says what a thing owned is for, no act
      // (judge_2041 #75); "have to meet" (no object) is an obligation.
      if (t.lemma == "have" && next_chunk >= 0 && !parse_.chunks()[next_chunk].pronoun &&
          object == static_cast<int>(parse_.chunks()[next_chunk].first)) {
        const Token& h = parse_.token(parse_.chunks()[next_chunk].head);
        if (IsNoun(h.pos) && !IsProperNoun(h.pos)) {
          p->frame = Frame::kDrop;
          p->governor_frame = Frame::kNone;
          return;
        }
      }
      // "I am going to protect all Americans": a stated intention.
      if (t.lemma == "go" && t.pos == Pos::kVBG && object < 0 && k > static_cast<int>(parse_.first()) &&
          (IsBe(parse_.Lower(k - 1)) || parse_.Lower(k - 1) == "'m")) {
        p->governor_frame = Frame::kIntent;
      }

      // "it was time to attack", "the aim is to topple", "is unlikely to
      // help": a purpose or a hypothesis, no act; "Russia is to attack"
      // is a plan.
      if (t.lemma == "be") {
        if (static_cast<uint32_t>(k) + 1 == p->group_first) p->governor_frame = Frame::kIntent;
        bool not_before = false;
        for (uint32_t n = k + 1; n < p->group_first; ++n) {
          not_before |= IsNegation(parse_.Lower(n));
          if (!WillingWord(parse_.Lower(n))) continue;
          p->governor_frame = Frame::kIntent;
          // "he's not ready to support" (not "is not the only one to").
          if (not_before) p->negated = true;
        }
        for (uint32_t n = k + 1; n < p->group_first; ++n) {
          if (PurposeWord(parse_.Lower(n))) p->governor_frame = Frame::kDrop;
        }
      }
      if (maybe) p->governor_frame = Frame::kDrop;
      for (size_t i = 0; i < preds_.size(); ++i) {
        if (preds_[i].head == static_cast<uint32_t>(k)) p->governor = static_cast<int>(i);
      }
      if (p->governor < 0) p->governor = -2 - k;  // an uncoded governing verb
      // "offered to send troops to help", "decided to try to attack": an
      // uncoded governor without a frame passes on its own governor's.
      const bool no_event = p->governor < -1 || preds_[p->governor].code == "---";
      if (no_event && p->governor_frame == Frame::kNone) {
        p->governor_frame = ChainFrame(static_cast<uint32_t>(k));
      }
      return;
    }
    if (IsBarrier(parse_, k) || parse_.Lower(k) == ",") return;
  }
}

// The "to" of the infinitive a bare verb is coordinated with ("to visit
// Beijing and meet Xi", "to either address X or meet Y"), or -1: the
// verb has no auxiliaries of its own and follows "and" or "or", and
// within a few chunks before stands a bare verb right after "to".
int SentenceCoder::SharedInfinitiveTo(const Predicate& p) const {
  const uint32_t g = p.group_first;
  if (g != p.head || parse_.token(g).pos != Pos::kVB || g < parse_.first() + 3) return -1;
  if (parse_.Lower(g - 1) != "and" && parse_.Lower(g - 1) != "or") return -1;
  int k = static_cast<int>(g) - 2;
  for (int steps = 0; k > static_cast<int>(parse_.first()) && steps < 6; ++steps, --k) {
    const int c = parse_.ChunkAt(k);
    if (c >= 0) {
      k = static_cast<int>(parse_.chunks()[c].first);
      continue;
    }
    if (IsBarrier(parse_, k) || parse_.Lower(k) == ",") return -1;
    if (!IsVerb(parse_.token(k).pos)) continue;
    if (parse_.token(k).pos != Pos::kVB) return -1;
    int t = k - 1;
    while (t > static_cast<int>(parse_.first()) &&
           (parse_.token(t).pos == Pos::kRB || parse_.Lower(t) == "either")) {
      --t;
    }
    return parse_.Lower(t) == "to" ? t : -1;
  }
  return -1;
}

// One hop up a chain of infinitives: moves `start` back over the
// auxiliaries and adverbs before it and, when "to" is among them, returns
// the verb that governs it, possibly with an object between ("urged
// Eriador to"); -1 when there is none.
int SentenceCoder::GoverningVerb(uint32_t* start) const {
  bool to = false;
  while (*start > parse_.first() &&
         (IsAuxiliary(parse_.Lower(*start - 1)) || parse_.token(*start - 1).pos == Pos::kRB)) {
    to |= parse_.Lower(*start - 1) == "to";
    --*start;
  }
  if (!to || *start == parse_.first()) return -1;
  int k = static_cast<int>(*start) - 1;
  int c = parse_.ChunkAt(k);
  if (c >= 0) k = static_cast<int>(parse_.chunks()[c].first) - 1;
  if (k < static_cast<int>(parse_.first()) || !IsVerb(parse_.token(k).pos) || parse_.token(k).pos == Pos::kMD) {
    return -1;
  }
  return k;
}

// The first frame among the verbs governing the verb at token `v`
// through "to" (up to three hops); kNone when there is none.
Frame SentenceCoder::ChainFrame(uint32_t v) const {
  uint32_t start = v;
  for (int hops = 0; hops < 3; ++hops) {
    const int k = GoverningVerb(&start);
    if (k < 0) break;
    if (Frame f = FrameOfGovernor(parse_.token(k).lemma); f != Frame::kNone) return f;
    start = static_cast<uint32_t>(k);
  }
  return Frame::kNone;
}

// Where the clause of the verb at token `v` starts, for finding its
// subject: its auxiliaries, and through "to" the verbs that govern it
// ("Australia has offered to send troops to help": "has offered").
uint32_t SentenceCoder::ChainStart(uint32_t v) const {
  uint32_t start = v;
  for (int hops = 0; hops < 4; ++hops) {
    const int k = GoverningVerb(&start);
    if (k < 0) break;
    start = static_cast<uint32_t>(k);
  }
  return start;
}

}  // namespace readout::events
