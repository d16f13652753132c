// Each test walks a few tokens around the predicate over the shallow
// parse's tags and chunks: a plan noun before "is to" or before the
// preposition of a gerund, a chunk (or coordinated chunks) between "help"
// and a bare verb, the words after "ask" up to what it asks for. No test
// crosses the sentence.
#include "events/irrealis.h"

#include "events/word_lists.h"

namespace readout::events {

namespace {

bool BareVerb(const SentenceParse& parse, uint32_t i) {
  if (!parse.InSentence(i)) return false;
  const Pos pos = parse.token(i).pos;
  return pos == Pos::kVB || pos == Pos::kVBP;
}

bool OpeningQuote(std::string_view w) { return w == "\u201c" || w == "\"" || w == "``"; }

// "to" and a bare verb at `i`, a quotation mark between them or not ("to
// “cease and desist”").
bool ToVerb(const SentenceParse& parse, uint32_t i) {
  if (!parse.InSentence(i) || parse.Lower(i) != "to") return false;
  return BareVerb(parse, i + 1) || (OpeningQuote(parse.Lower(i + 1)) && BareVerb(parse, i + 2));
}

bool IsBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "'s" || w == "be";
}

}  // namespace

bool HelpsToDo(const SentenceParse& parse, uint32_t head, bool* named) {
  *named = false;
  uint32_t k = head + 1;
  while (parse.InSentence(k) && parse.token(k).pos == Pos::kRB) ++k;  // "not only"
  if (BareVerb(parse, k) || ToVerb(parse, k)) return true;
  *named = true;
  // The object, possibly coordinated: "Hillary and Tim Kaine".
  bool object = false;
  while (parse.InSentence(k)) {
    const int c = parse.ChunkAt(k);
    if (c < 0) break;
    k = parse.chunks()[c].end;
    object = true;
    // A bracket after a name: "Sen. Ted Cruz (R-TX) win".
    if (parse.Lower(k) == "(") {
      uint32_t close = k + 1;
      while (parse.InSentence(close) && close < k + 8 && parse.Lower(close) != ")") ++close;
      if (parse.Lower(close) == ")") k = close + 1;
    }
    if (parse.Lower(k) == "and" || parse.Lower(k) == "or") {
      ++k;
      continue;
    }
    break;
  }
  return object && (BareVerb(parse, k) || ToVerb(parse, k));
}

bool GerundOfPlanNoun(const SentenceParse& parse, uint32_t group_first) {
  if (group_first < parse.first() + 2) return false;
  const std::string_view prep = parse.Lower(group_first - 1);
  if (prep != "of" && prep != "for" && prep != "about") return false;
  uint32_t k = group_first - 2;
  // "floated the notion Sunday of admitting": a time phrase between the
  // noun and its "of" is stepped over.
  const int c = parse.ChunkAt(k);
  if (c >= 0 && parse.chunks()[c].time && parse.chunks()[c].first > parse.first()) k = parse.chunks()[c].first - 1;
  const Token& noun = parse.token(k);
  return IsNoun(noun.pos) && !IsProperNoun(noun.pos) && IsPlanNoun(noun.lemma);
}

bool ComparedGerund(const SentenceParse& parse, uint32_t group_first) {
  if (group_first <= parse.first()) return false;
  const std::string_view w = parse.Lower(group_first - 1);
  return w == "like" || w == "than";
}

bool TopicGerund(const SentenceParse& parse, uint32_t group_first) {
  return group_first > parse.first() && parse.Lower(group_first - 1) == "about";
}

bool PlanSubject(const SentenceParse& parse, uint32_t head) {
  // Back over the infinitives and their objects to the finite verb.
  uint32_t k = head;
  bool to = false;
  while (k > parse.first() && k + 24 > head) {
    --k;
    const std::string_view w = parse.Lower(k);
    const Pos pos = parse.token(k).pos;
    if (w == "to") to = true;
    if (w == "," && !(parse.Lower(k + 1) == "but" || parse.Lower(k + 1) == "and" || parse.Lower(k + 1) == "or" ||
                      parse.Lower(k + 1) == "not")) {
      return false;
    }
    if (w == ";" || w == ":" || w == "that") return false;
    if (pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kMD || (pos == Pos::kVBP && !IsBeForm(w))) {
      if (!IsBeForm(w) || !to) return false;
      break;
    }
  }
  if (!IsBeForm(parse.Lower(k))) return false;
  // "is (not) to": the infinitive follows the copula; or "is for
  // Washington to oppose".
  uint32_t n = k + 1;
  while (parse.InSentence(n) && parse.token(n).pos == Pos::kRB) ++n;
  if (parse.Lower(n) == "for" && parse.ChunkAt(n + 1) >= 0) n = parse.chunks()[parse.ChunkAt(n + 1)].end;
  if (parse.Lower(n) != "to") return false;
  // The subject: a plan noun within a few tokens before the copula ("the
  // way to rise above them is").
  for (uint32_t b = k; b > parse.first() && b + 7 > k; --b) {
    const Token& t = parse.token(b - 1);
    const std::string_view w = parse.Lower(b - 1);
    if (w == "," || w == ";" || w == "that" || (IsVerb(t.pos) && t.pos != Pos::kVB)) return false;
    if (IsNoun(t.pos) && !IsProperNoun(t.pos) && IsPlanNoun(t.lemma)) return true;
  }
  return false;
}

bool ForSubjectClause(const SentenceParse& parse, uint32_t head) {
  for (uint32_t k = head; k > parse.first() && k + 20 > head; --k) {
    const uint32_t f = k - 1;
    const Pos pos = parse.token(f).pos;
    if (pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kVBP || pos == Pos::kMD) return false;
    if (parse.Lower(f) != "for") continue;
    const bool opens = f == parse.first() || OpeningQuote(parse.Lower(f - 1)) || parse.Lower(f - 1) == "," ||
                       parse.Lower(f - 1) == ":" || parse.Lower(f - 1) == ";";
    const int c = parse.ChunkAt(f + 1);
    if (!opens || c < 0) return false;
    uint32_t n = parse.chunks()[c].end;
    while (parse.InSentence(n) && parse.token(n).pos == Pos::kRB) ++n;  // "both"
    if (parse.Lower(n) == "both" || parse.Lower(n) == "either") ++n;
    return parse.Lower(n) == "to";
  }
  return false;
}

bool AskedQuestion(const SentenceParse& parse, uint32_t head) {
  for (uint32_t k = head + 1; k < parse.end(); ++k) {
    const std::string_view w = parse.Lower(k);
    if (ToVerb(parse, k) || w == "for" || w == "that" || w == "of") return false;
    // "didn't ask me like you're asking me – I don't see": a dash or a
    // comparison ends what is asked (a semicolon may separate those asked:
    // "asked Rubio; the director of the CIA, John Ratcliffe; ... to lead").
    if (w == "whether" || w == "if" || w == "?" || OpeningQuote(w) || w == "like" || w == "\u2013" ||
        w == "\u2014" || w == "--") {
      return true;
    }
  }
  return true;
}

bool DeniedReport(const SentenceParse& parse, uint32_t first) {
  uint32_t k = first;
  // "wanted to kill": the infinitive's governing verb opens the clause.
  if (parse.Lower(k) == "to" && k > parse.first() && IsVerb(parse.token(k - 1).pos) &&
      parse.token(k - 1).pos != Pos::kMD) {
    --k;
  }
  // "he had never": the clause's own auxiliaries and adverbs.
  while (k > parse.first() && parse.token(k - 1).pos == Pos::kRB && !IsNegation(parse.Lower(k - 1))) --k;
  while (k > parse.first() && IsAuxiliary(parse.Lower(k - 1)) && !IsNegation(parse.Lower(k - 1))) --k;
  if (k <= parse.first()) return false;
  const int c = parse.ChunkAt(k - 1);
  if (c < 0 || parse.chunks()[c].end != k) return false;
  k = parse.chunks()[c].first;
  if (k > parse.first() && parse.Lower(k - 1) == "that") --k;
  if (k <= parse.first()) return false;
  const Token& verb = parse.token(k - 1);
  if (!IsVerb(verb.pos)) return false;
  const std::string& l = verb.lemma;
  if (l != "say" && l != "claim" && l != "suggest" && l != "state" && l != "assert" && l != "mean") return false;
  // "never actually said", "did not say", "didn't really claim".
  for (uint32_t n = k - 1; n > parse.first() && n + 5 > k; --n) {
    const std::string_view w = parse.Lower(n - 1);
    if (IsNegation(w)) return true;
    if (parse.token(n - 1).pos != Pos::kRB && !IsAuxiliary(w)) break;
  }
  return false;
}

bool QuantifiedFreeRelative(const SentenceParse& parse, uint32_t group_first) {
  if (group_first <= parse.first()) return false;
  const int c = parse.ChunkAt(group_first - 1);
  if (c < 0 || parse.chunks()[c].end != group_first || parse.chunks()[c].first <= parse.first()) return false;
  const std::string_view w = parse.Lower(parse.chunks()[c].first - 1);
  return w == "everything" || w == "anything" || w == "whatever" || w == "whoever" || w == "whichever";
}

bool GenericRelative(const SentenceParse& parse, uint32_t head) {
  const Pos pos = parse.token(head).pos;
  if (pos != Pos::kVBZ && pos != Pos::kVBP) return false;
  if (head < parse.first() + 2) return false;
  const std::string_view rel = parse.Lower(head - 1);
  if (rel != "that" && rel != "who" && rel != "which") return false;
  const int c = parse.ChunkAt(head - 2);
  if (c < 0 || parse.chunks()[c].end != head - 1 || parse.chunks()[c].pronoun) return false;
  const std::string_view det = parse.Lower(parse.chunks()[c].first);
  if (det != "a" && det != "an" && det != "any" && det != "every") return false;
  for (uint32_t k = parse.chunks()[c].first; k + 1 < head; ++k) {
    if (IsProperNoun(parse.token(k).pos)) return false;  // "a Republican who backs"
  }
  return true;
}

bool GerundAsSubject(const SentenceParse& parse, uint32_t head) {
  if (parse.token(head).pos != Pos::kVBG) return false;
  if (head > parse.first() && parse.Lower(head - 1) != "that") return false;
  for (uint32_t k = head + 1; parse.InSentence(k) && k < head + 25; ++k) {
    const Token& t = parse.token(k);
    if (t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) return false;
    const std::string_view w = parse.Lower(k);
    if (w == "," || w == ";" || w == ":" || w == "(") return false;
    if (IsBeForm(w) && w != "be") {
      const std::string_view before = parse.Lower(k - 1);
      return before != "that" && before != "who" && before != "which" && before != "what";
    }
  }
  return false;
}

}  // namespace readout::events
