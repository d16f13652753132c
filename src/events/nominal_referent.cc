// A definite title noun ("the president") is resolved the way a reader
// does: to a person mentioned before it whose role the article gave with
// that title word, in office unless the phrase says "former" (an ELI
// code is out of office); inside a direct quote, the speaker's compatriot first;
// then the one the article has mentioned most so far (the story's
// president, not one named in passing), then the nearest. Only "the" + noun, or "the" + one adjective + noun
// when the role has the adjective too, qualifies; a phrase with any other
// word ("the former president", "the president of the club") is left to
// the actor dictionary's sector code. The search walks each person's
// mentions once: O(mentions) per phrase, and few phrases qualify.
#include "events/nominal_referent.h"

#include <string_view>

#include "lexicon/gazetteer.h"
#include "readout/analysis.h"

namespace readout::events {
namespace {

char Fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// `word` (lower case) is a whole word of `title`, ignoring case.
bool TitleHasWord(std::string_view title, std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  while (i < title.size()) {
    while (i < title.size() && !((title[i] >= 'A' && title[i] <= 'Z') || (title[i] >= 'a' && title[i] <= 'z'))) ++i;
    size_t j = i;
    while (j < title.size() && ((title[j] >= 'A' && title[j] <= 'Z') || (title[j] >= 'a' && title[j] <= 'z'))) ++j;
    if (j - i == word.size()) {
      bool same = true;
      for (size_t k = 0; k < word.size() && same; ++k) same = Fold(title[i + k]) == word[k];
      if (same) return true;
    }
    i = j;
  }
  return false;
}

}  // namespace

int NominalReferent(const Model& model, const SentenceParse& p, uint32_t first, uint32_t end) {
  if (end < first + 2 || end > first + 3 || p.Lower(first) != "the") return -1;
  const uint32_t head = end - 1;
  if (p.token(head).pos != Pos::kNN) return -1;
  for (uint32_t i = first; i < end; ++i) {
    if (p.EntityAt(i) >= 0) return -1;
  }
  const std::string_view adjective = end == first + 3 ? p.Lower(first + 1) : std::string_view();
  if (end == first + 3 && !IsAdjective(p.token(first + 1).pos)) return -1;
  const std::string_view noun = p.Lower(head);
  const std::string_view words[] = {noun};
  const lexicon::PhraseTrie::Hit title = model.gazetteer().MatchTitle(words, 0);
  if (title.length != 1 || model.gazetteer().title(title.value).kind == lexicon::TitleKind::kHonorific) return -1;
  const Analysis& a = p.analysis();
  const uint32_t at = p.token(first).start;
  // Inside a direct quote, the speaker's own country's office-holder: "the
  // president" in the White House spokeswoman's words.
  std::string_view country;
  for (const Quote& q : a.quotes) {
    if (q.kind != QuoteKind::kIndirect && q.content.start <= at && at < q.content.end && q.speaker_entity >= 0) {
      const std::string& code = a.entities[q.speaker_entity].actor;
      if (code.size() >= 3 && !code.starts_with("---")) country = std::string_view(code).substr(0, 3);
      break;
    }
  }
  int best = -1;
  size_t best_count = 0;
  uint32_t best_last = 0;
  bool best_in_country = false;
  for (size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& en = a.entities[e];
    if (en.type != EntityType::kPerson || en.mentions.empty() || en.mentions.front().start >= at) continue;
    bool fits = false;
    for (const Role& r : en.roles) {
      if (TitleHasWord(r.title, noun) && (adjective.empty() || TitleHasWord(r.title, adjective))) fits = true;
    }
    if (!fits) continue;
    // "the president" holds the office; "the former president" held it.
    if (en.actor.ends_with("ELI") != (adjective == "former")) continue;
    size_t count = 0;
    uint32_t last = 0;
    for (const Mention& m : en.mentions) {
      if (m.start >= at) break;
      ++count;
      last = m.start;
    }
    const bool in_country = !country.empty() && std::string_view(en.actor).substr(0, 3) == country;
    // The speaker's compatriot first, then the most mentioned, then the nearest.
    const bool better = best < 0 || in_country > best_in_country ||
                        (in_country == best_in_country &&
                         (count > best_count || (count == best_count && last > best_last)));
    if (better) best = static_cast<int>(e), best_count = count, best_last = last, best_in_country = in_country;
  }
  return best;
}

}  // namespace readout::events
