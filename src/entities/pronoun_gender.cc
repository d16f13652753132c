// Gender of people whose given name does not tell it ("Berhanu Nega",
// "Mr. Kim"), from how the article refers to them: an honorific before a
// mention ("Mr.", "Mrs.", "Ms.") counts twice; a sentence whose first
// person is them votes with its first he/him/his or she/her that comes
// before any other person's mention and before any quotation mark (or,
// when the sentence names no one else and has no such pronoun, with the
// next sentence's first pronoun, if it comes before anyone is named
// there). Two votes one way and at most a third as many the other way
// decide. The events and quotes stages use the gender to resolve "he" and
// "she".
#include "entities/pronoun_gender.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "text/ascii_words.h"

namespace readout::entities {

namespace {

struct PersonMention {
  uint32_t start, end;
  int entity;
};

// The gender a third-person singular pronoun gives; kUnknown for other words.
Gender PronounGender(std::string_view w) {
  if (text::IEquals(w, "he") || text::IEquals(w, "him") || text::IEquals(w, "his") || text::IEquals(w, "himself")) {
    return Gender::kMale;
  }
  if (text::IEquals(w, "she") || text::IEquals(w, "her") || text::IEquals(w, "hers") || text::IEquals(w, "herself")) {
    return Gender::kFemale;
  }
  return Gender::kUnknown;
}

bool IsQuoteMark(std::string_view w) {
  return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" || w == "''" || w == "``";
}

// The first pronoun's gender in tokens [from, to) of sentence `s`, stopping
// at a quotation mark or at a mention of another person than `self`
// (`mentions` sorted by start).
Gender FirstPronoun(const Analysis& a, uint32_t from, uint32_t to, const std::vector<PersonMention>& mentions,
                    int self) {
  for (uint32_t t = from; t < to; ++t) {
    const Token& tok = a.tokens[t];
    for (const PersonMention& m : mentions) {
      if (m.entity != self && m.start <= tok.start && tok.start < m.end) return Gender::kUnknown;
    }
    const std::string_view w = a.Text(tok.span());
    if (IsQuoteMark(w)) return Gender::kUnknown;
    const Gender g = PronounGender(w);
    if (g != Gender::kUnknown) return g;
  }
  return Gender::kUnknown;
}

// Index of the first token starting at or after byte `at` in [from, to).
uint32_t TokenFrom(const Analysis& a, uint32_t from, uint32_t to, uint32_t at) {
  auto it = std::lower_bound(a.tokens.begin() + from, a.tokens.begin() + to, at,
                             [](const Token& t, uint32_t s) { return t.start < s; });
  return static_cast<uint32_t>(it - a.tokens.begin());
}

}  // namespace

void InferGenders(Analysis& a) {
  const size_t n_sentences = a.sentences.size();
  std::vector<std::vector<PersonMention>> by_sentence(n_sentences);
  bool any_unknown = false;
  for (size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& ent = a.entities[e];
    if (ent.type != EntityType::kPerson) continue;
    any_unknown |= ent.gender == Gender::kUnknown;
    for (const Mention& m : ent.mentions) {
      if (m.sentence < n_sentences) by_sentence[m.sentence].push_back({m.start, m.end, static_cast<int>(e)});
    }
  }
  if (!any_unknown) return;
  std::vector<int> male(a.entities.size(), 0), female(a.entities.size(), 0);
  auto vote = [&](int e, Gender g, int weight) {
    if (g == Gender::kMale) male[e] += weight;
    if (g == Gender::kFemale) female[e] += weight;
  };
  for (size_t s = 0; s < n_sentences; ++s) {
    std::vector<PersonMention>& list = by_sentence[s];
    if (list.empty()) continue;
    std::sort(list.begin(), list.end(), [](const PersonMention& x, const PersonMention& y) { return x.start < y.start; });
    const Sentence& sent = a.sentences[s];
    // Honorifics before any mention.
    for (const PersonMention& m : list) {
      if (a.entities[m.entity].gender != Gender::kUnknown) continue;
      const uint32_t t = TokenFrom(a, sent.first_token, sent.end_token, m.start);
      if (t == sent.first_token || t > sent.end_token) continue;
      std::string_view before = a.Text(a.tokens[t - 1].span());
      if (before.ends_with('.')) before.remove_suffix(1);
      if (before == "Mr") vote(m.entity, Gender::kMale, 2);
      if (before == "Mrs" || before == "Ms" || before == "Miss") vote(m.entity, Gender::kFemale, 2);
    }
    const PersonMention& first = list.front();
    if (a.entities[first.entity].gender != Gender::kUnknown) continue;
    const uint32_t after = TokenFrom(a, sent.first_token, sent.end_token, first.end);
    Gender g = FirstPronoun(a, after, sent.end_token, list, first.entity);
    const bool alone = std::all_of(list.begin(), list.end(), [&](const PersonMention& m) { return m.entity == first.entity; });
    if (g == Gender::kUnknown && alone && s + 1 < n_sentences) {
      const Sentence& next = a.sentences[s + 1];
      g = FirstPronoun(a, next.first_token, next.end_token, by_sentence[s + 1], first.entity);
    }
    vote(first.entity, g, 1);
  }
  for (size_t e = 0; e < a.entities.size(); ++e) {
    Entity& ent = a.entities[e];
    if (ent.type != EntityType::kPerson || ent.gender != Gender::kUnknown) continue;
    if (male[e] >= 2 && male[e] >= 3 * female[e]) ent.gender = Gender::kMale;
    if (female[e] >= 2 && female[e] >= 3 * male[e]) ent.gender = Gender::kFemale;
  }
}

}  // namespace readout::entities
