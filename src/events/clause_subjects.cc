// Subjects a clause borrows from another: a participle that opens a clause
// after a comma ("..., calling on Congress to act") is done by the subject
// of the finite verb before the comma, the main clause's; English leaves
// that subject unsaid, so the verb group's own subject search finds nothing.
// A "he"/"she" that neither its sentence nor an earlier event source
// resolves takes the last quote speaker of its gender, else the nearest
// person of its gender named shortly before, as the quote stage resolves
// its speakers.
#include "events/sentence_coder.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "text/ascii_words.h"

namespace readout::events {

std::vector<Phrase> SentenceCoder::CommaParticipleSubject(const Predicate& p) {
  std::vector<Phrase> out;
  if (parse_.token(p.head).pos != Pos::kVBG) return out;
  // "..., publicly chastising X": adverbs may open the clause, nothing else.
  uint32_t comma = p.head;
  while (comma > parse_.first() && parse_.token(comma - 1).pos == Pos::kRB) --comma;
  if (comma > p.group_first || comma <= parse_.first() + 1 || parse_.Lower(comma - 1) != ",") return out;
  --comma;
  for (uint32_t k = comma; k-- > parse_.first();) {
    const std::string_view w = parse_.Lower(k);
    if (w == ";" || w == ":") break;
    const Pos pos = parse_.token(k).pos;
    if (pos != Pos::kVBD && pos != Pos::kVBZ && pos != Pos::kVBP && pos != Pos::kMD) continue;
    // "blasted Rubio for a bill that would have granted X, telling": the
    // verb of a relative clause is not the main clause's.
    uint32_t g = k;
    while (g > parse_.first() && (parse_.token(g - 1).pos == Pos::kRB || parse_.token(g - 1).pos == Pos::kMD)) --g;
    if (g > parse_.first() && (parse_.token(g - 1).pos == Pos::kWDT || parse_.token(g - 1).pos == Pos::kWP)) {
      k = g - 1;
      continue;
    }
    // A predicate already attached gives its sources, whichever side of
    // the verb they stand on.
    for (const Predicate& q : preds_) {
      if (&q == &p || q.noun || q.head != k) continue;
      if (!q.passive && !q.sources.empty()) return q.sources;
      break;
    }
    bool coordinated = false;
    out = FindSubjects(parse_, ChainStart(k), &coordinated);
    return out;
  }
  return out;
}

int SentenceCoder::EarlierPerson(uint32_t k, Gender want, int exclude) const {
  const uint32_t at = parse_.token(k).start;
  auto fits = [&](int e) {
    return e >= 0 && e != exclude && a_.entities[e].type == EntityType::kPerson && a_.entities[e].gender == want;
  };
  // The last quote speaker before the pronoun.
  int best = -1;
  uint32_t best_at = 0;
  for (const Quote& q : a_.quotes) {
    if (!q.speaker || q.speaker->start >= at || q.speaker->start < best_at || !fits(q.speaker_entity)) continue;
    best = q.speaker_entity;
    best_at = q.speaker->start;
  }
  if (best >= 0) return best;
  // The nearest person named in this sentence or the three before.
  for (size_t e = 0; e < a_.entities.size(); ++e) {
    if (!fits(static_cast<int>(e))) continue;
    for (const Mention& m : a_.entities[e].mentions) {
      if (m.start >= at) break;
      if (m.sentence + 3 < sentence_ || m.start < best_at || InQuote(m.start)) continue;
      best = static_cast<int>(e);
      best_at = m.start;
    }
  }
  return best;
}

namespace {

// Whether token `k` of sentence `sent` opens its clause: first in the
// sentence, after an opening conjunction or adverb ("But he"), or after
// an opening phrase and its comma with no verb in it ("On Sunday, he").
bool OpensClause(const Analysis& a, const Sentence& sent, uint32_t k) {
  if (k == sent.first_token) return true;
  const Pos before = a.tokens[k - 1].pos;
  if (k == sent.first_token + 1 && (before == Pos::kCC || before == Pos::kRB)) return true;
  if (a.Text(a.tokens[k - 1].span()) != ",") return false;
  for (uint32_t i = sent.first_token; i + 1 < k; ++i) {
    const Pos pos = a.tokens[i].pos;
    if (pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kVBP || pos == Pos::kMD) return false;
  }
  return true;
}

// The token that starts at byte `start`; a.tokens.size() when none does.
uint32_t TokenAt(const Analysis& a, uint32_t start) {
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), start,
                             [](const Token& t, uint32_t at) { return t.start < at; });
  return it != a.tokens.end() && it->start == start ? static_cast<uint32_t>(it - a.tokens.begin())
                                                    : static_cast<uint32_t>(a.tokens.size());
}

}  // namespace

int SentenceCoder::PreviousSubject(uint32_t k, Gender want) const {
  const uint32_t at = parse_.token(k).start;
  const uint32_t tk = TokenAt(a_, at);
  if (tk >= a_.tokens.size() || sentence_ >= a_.sentences.size()) return -1;
  const std::string_view pronoun = parse_.Lower(k);
  const Sentence& own = a_.sentences[sentence_];
  // "On Sunday, he appeared at a rally where he pledged": a later "he" of
  // the sentence is the one that opened it.
  bool opens = OpensClause(a_, own, tk);
  for (uint32_t j = own.first_token; j < tk && !opens; ++j) {
    opens = text::IEquals(a_.Text(a_.tokens[j].span()), pronoun) && OpensClause(a_, own, j);
  }
  // A pronoun inside its clause with no person named before it in its
  // sentence ("Prosecutors threatened to charge him") goes on with the
  // sentence before as well.
  // ("As he sat ..., forces arrested him": the earlier pronoun's person.)
  for (uint32_t j = own.first_token; j < tk && !opens; ++j) {
    const std::string_view w = a_.Text(a_.tokens[j].span());
    const bool male = text::IEquals(w, "he") || text::IEquals(w, "him") || text::IEquals(w, "his");
    const bool female = text::IEquals(w, "she") || text::IEquals(w, "her");
    if ((want == Gender::kMale && male) || (want == Gender::kFemale && female)) return -1;
  }
  for (size_t e = 0; e < a_.entities.size() && !opens; ++e) {
    if (a_.entities[e].type != EntityType::kPerson) continue;
    for (const Mention& m : a_.entities[e].mentions) {
      if (m.sentence == sentence_ && m.start < at) return -1;
    }
  }
  opens = true;
  for (uint32_t back = 1; back <= 3 && back <= sentence_; ++back) {
    const uint32_t t = sentence_ - back;
    const Sentence& sent = a_.sentences[t];
    // "He asserted ...": the chain goes on to the sentence before.
    if (sent.end_token > sent.first_token &&
        text::IEquals(a_.Text(a_.tokens[sent.first_token].span()), pronoun)) {
      continue;
    }
    int first = -1, possessive = -1;
    uint32_t first_at = UINT32_MAX, possessive_at = UINT32_MAX;
    bool named = false;
    for (size_t e = 0; e < a_.entities.size(); ++e) {
      if (a_.entities[e].type != EntityType::kPerson || !Agrees(static_cast<int>(e), want)) continue;
      for (const Mention& m : a_.entities[e].mentions) {
        if (m.sentence != t || m.kind != MentionKind::kName || InQuote(m.start)) continue;
        named = true;
        const uint32_t mt = TokenAt(a_, m.start);
        if (mt >= a_.tokens.size() || (mt > sent.first_token && IsPrepositionTag(a_.tokens[mt - 1].pos))) continue;
        const uint32_t after = TokenAt(a_, m.end);
        const bool owner = after < a_.tokens.size() &&
                           (a_.tokens[after].kind == TokenKind::kPossessive || a_.tokens[after].pos == Pos::kPOS);
        if (owner) {
          if (m.start < possessive_at) possessive = static_cast<int>(e), possessive_at = m.start;
        } else if (m.start < first_at) {
          first = static_cast<int>(e), first_at = m.start;
        }
        break;
      }
    }
    if (first >= 0) return first;
    if (possessive >= 0) return possessive;
    if (named) return -1;
  }
  return -1;
}

int SentenceCoder::AskedPerson(uint32_t k, Gender want) const {
  if (k < parse_.first() + 3) return -1;
  const std::string_view wh = parse_.Lower(k - 1);
  if (wh != "why" && wh != "whether" && wh != "if" && wh != "how") return -1;
  const int e = parse_.EntityAt(k - 2);
  if (e < 0 || a_.entities[e].type != EntityType::kPerson || !Agrees(e, want)) return -1;
  uint32_t start = k - 2;
  while (start > parse_.first() && parse_.EntityAt(start - 1) == e) --start;
  if (start == parse_.first() || parse_.token(start - 1).lemma != "ask") return -1;
  return e;
}

}  // namespace readout::events
