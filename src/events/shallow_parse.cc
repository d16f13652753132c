// Noun-phrase chunking over Penn tags: a chunk is a maximal run of
// determiners, possessives, adjectives, numbers and nouns that ends in a noun
// (or is a lone pronoun). Name pairs joined by a dash ("Trump–Putin") stay in
// one chunk so nominal events can read the pair. Tokens covered by an entity
// mention count as nouns even when the tagger disagrees, so a mis-tagged name
// still heads a phrase.
#include "events/shallow_parse.h"

#include <algorithm>

#include "lexicon/verb_pattern.h"

namespace readout::events {

namespace {

bool NounLike(const Token& t) { return IsNoun(t.pos) || t.pos == Pos::kCD; }

bool Modifier(const Token& t) {
  switch (t.pos) {
    case Pos::kDT: case Pos::kPDT: case Pos::kPRPS: case Pos::kJJ: case Pos::kJJR: case Pos::kJJS:
    case Pos::kCD: case Pos::kPOS:
      return true;
    default:
      return t.kind == TokenKind::kPossessive;
  }
}

// Token j is a hyphen written against the word before it and followed by a
// space: the suspended prefix of "anti- Gondor", "pro- Russian".
bool SuspendedHyphen(const Analysis& a, uint32_t j, uint32_t end) {
  const Token& t = a.tokens[j];
  return t.kind == TokenKind::kPunct && !t.space_before && j + 1 < end && a.tokens[j + 1].space_before &&
         a.TokenText(t) == "-";
}

}  // namespace

bool IsNegation(std::string_view w) { return w == "not" || w == "n't" || w == "never" || w == "no"; }

bool IsModal(std::string_view w) {
  return w == "will" || w == "would" || w == "shall" || w == "could" || w == "might" || w == "may" ||
         w == "should" || w == "can" || w == "must" || w == "'ll" || w == "wo" || w == "ca";
}

bool IsAuxiliary(std::string_view w) {
  // Contractions come with a straight or a curly apostrophe ("’re").
  static const std::string_view kAux[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
                                          "\u2019s", "\u2019re", "'m", "\u2019m", "\u2019ve",
                                          "have", "has", "had", "having", "'ve", "do", "does", "did", "to",
                                          "also", "already", "reportedly", "again", "just", "still", "then",
                                          "jointly", "formally", "officially", "repeatedly", "finally", "later",
                                          "recently", "personally", "reportedly", "allegedly", "immediately"};
  for (auto a : kAux) {
    if (w == a) return true;
  }
  return IsModal(w) || IsNegation(w);
}

void MapTokens(const Analysis& a, std::vector<int>* token_entity, std::vector<uint8_t>* token_time) {
  token_entity->assign(a.tokens.size(), -1);
  token_time->assign(a.tokens.size(), 0);
  auto first_at = [&](uint32_t offset) {
    return static_cast<size_t>(std::lower_bound(a.tokens.begin(), a.tokens.end(), offset,
                                                [](const Token& t, uint32_t o) { return t.end <= o; }) -
                               a.tokens.begin());
  };
  for (size_t e = 0; e < a.entities.size(); ++e) {
    for (const Mention& m : a.entities[e].mentions) {
      for (size_t i = first_at(m.start); i < a.tokens.size() && a.tokens[i].start < m.end; ++i) {
        (*token_entity)[i] = static_cast<int>(e);
      }
    }
  }
  for (const TimeExpression& t : a.times) {
    for (size_t i = first_at(t.span.start); i < a.tokens.size() && a.tokens[i].start < t.span.end; ++i) {
      (*token_time)[i] = 1;
    }
  }
}

void SentenceParse::Build(const Analysis& a, const Sentence& s, const std::vector<int>& token_entity,
                          const std::vector<uint8_t>& token_time) {
  a_ = &a;
  token_entity_ = &token_entity;
  first_ = s.first_token;
  end_ = s.end_token;
  const uint32_t n = end_ - first_;
  chunks_.clear();
  chunk_of_.assign(n, -1);
  if (lower_.size() < n) {
    lower_.resize(n);
    leads_.resize(n);
  }
  // Most tokens are lower case already and are viewed in place; the others
  // are lower-cased into folded_, sized first so the views stay valid.
  folded_.clear();
  if (n > 0) folded_.reserve(a.tokens[end_ - 1].end - a.tokens[first_].start);
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view l = a.TokenText(a.tokens[first_ + i]);
    if (std::any_of(l.begin(), l.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      const size_t at = folded_.size();
      for (char c : l) folded_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      l = std::string_view(folded_).substr(at);
    }
    if (l == "\xE2\x80\x99s") l = "'s";  // curly possessive
    if (l == "n\xE2\x80\x99t") l = "n't";
    lower_[i] = l;
    const std::string& lemma = a.tokens[first_ + i].lemma;
    leads_[i] = lexicon::LeadBit(l) | (lemma.empty() ? 0 : lexicon::LeadBit(lemma));
  }
  uint32_t i = first_;
  while (i < end_) {
    const Token& t = a.tokens[i];
    bool entity = token_entity[i] >= 0;
    if (t.pos == Pos::kPRP && !entity) {
      Chunk c{i, i + 1, i, -1, true, false};
      chunk_of_[i - first_] = static_cast<int>(chunks_.size());
      chunks_.push_back(c);
      ++i;
      continue;
    }
    if (!(Modifier(t) || NounLike(t) || entity)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    int last_noun = -1;
    int possessor = -1;
    bool time = true;  // every noun in it is part of a time expression
    while (j < end_) {
      const Token& u = a.tokens[j];
      bool ent = token_entity[j] >= 0;
      if (u.pos == Pos::kCD && last_noun >= 0 && last_noun == static_cast<int>(j) - 1 && !ent &&
          IsProperNoun(a.tokens[j - 1].pos)) {
        break;  // "Ukraine three years ago": a new phrase starts at the number
      }
      if (token_time[j] && last_noun >= 0 && last_noun == static_cast<int>(j) - 1 && !token_time[j - 1]) {
        break;  // "Syrian President Bashar Assad Tuesday": the day is no part of the name
      }
      if (NounLike(u) || ent) {
        last_noun = static_cast<int>(j);
      } else if (u.kind == TokenKind::kPossessive || u.pos == Pos::kPOS) {
        if (last_noun < 0) break;
        possessor = static_cast<int>(j);
      } else if ((u.pos == Pos::kCC) && j > i && j + 1 < end_ && IsAdjective(a.tokens[j - 1].pos) &&
                 IsAdjective(a.tokens[j + 1].pos)) {
        // "awful and evil minister": coordinated adjectives stay in the phrase.
      } else if (u.kind == TokenKind::kDash && last_noun == static_cast<int>(j) - 1 && j + 1 < end_ &&
                 (token_entity[j + 1] >= 0 || IsProperNoun(a.tokens[j + 1].pos))) {
        // "Trump–Putin": keep the pair together.
      } else if (SuspendedHyphen(a, j, end_) && j > i && (token_entity[j + 1] >= 0 || IsProperNoun(a.tokens[j + 1].pos))) {
        // "an anti- Gondor parade": a prefix cut off from the name it
        // qualifies stays in the name's phrase.
      } else if (!Modifier(u) || (u.pos == Pos::kDT && j > i)) {
        break;
      }
      if ((NounLike(u) || ent) && !token_time[j]) time = false;
      ++j;
    }
    // A capitalised adjective ending the run is a name the tagger missed
    // ("Kharkiv/JJ on ...").
    if (j > i && (last_noun < 0 || last_noun < static_cast<int>(j) - 1) && IsAdjective(a.tokens[j - 1].pos)) {
      std::string_view w = a.TokenText(a.tokens[j - 1]);
      if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && j - 1 > first_) last_noun = static_cast<int>(j) - 1;
      // "Arnor cleric/JJ is": an adjective right after a name and right
      // before a finite verb is the noun the name qualifies.
      const Pos next = j < end_ ? a.tokens[j].pos : Pos::kUnknown;
      if (last_noun >= 0 && last_noun == static_cast<int>(j) - 2 && IsProperNoun(a.tokens[j - 2].pos) &&
          (next == Pos::kVBZ || next == Pos::kVBD || next == Pos::kVBP || next == Pos::kMD)) {
        last_noun = static_cast<int>(j) - 1;
      }
    }
    if (last_noun < 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    uint32_t end = static_cast<uint32_t>(last_noun) + 1;
    Chunk c{i, end, static_cast<uint32_t>(last_noun), possessor < last_noun ? possessor : -1, false, time};
    for (uint32_t k = i; k < end; ++k) chunk_of_[k - first_] = static_cast<int>(chunks_.size());
    chunks_.push_back(c);
    i = end;
  }
}

}  // namespace readout::events
