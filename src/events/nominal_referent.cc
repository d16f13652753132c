// A definite title ("the president", "the former secretary of state") is
// resolved the way a reader does: to a person mentioned before it whose
// role the article gave with that title. Only "the", at most one
// adjective, and a gazetteer title filling the rest qualify; the adjective
// must be in the role too, and "former" also asks for a person coded out
// of office (ELI); without it an ELI person is never taken. Among the candidates: inside a direct quote the speaker's
// compatriot first, then the person the article has mentioned most so far
// (the story's president, not one named in passing), then the nearest. A
// phrase with any other word ("the president of the club") is left to the
// actor dictionary's sector code. O(mentions) per phrase; few qualify.
#include "events/nominal_referent.h"

#include <span>
#include <string>
#include <string_view>

#include "lexicon/gazetteer.h"
#include "readout/analysis.h"
#include "text/ascii_words.h"

namespace readout::events {
namespace {

// Titles of people running for an office, whom CAMEO codes ELI until
// they hold it.
bool CandidateTitle(std::string_view phrase) {
  return phrase == "candidate" || phrase == "nominee" || phrase == "presidential candidate" ||
         phrase == "front-runner" || phrase == "challenger" || phrase == "hopeful";
}

}  // namespace

int NominalReferent(const Model& model, const SentenceParse& p, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxTitle = 4;
  if (end < first + 2 || end > first + 2 + kMaxTitle || p.Lower(first) != "the") return -1;
  if (p.token(end - 1).pos != Pos::kNN) return -1;
  for (uint32_t i = first; i < end; ++i) {
    if (p.EntityAt(i) >= 0) return -1;
  }
  // "the [adjective] TITLE": the title must fill the rest of the phrase.
  std::string_view adjective;
  uint32_t title_first = first + 1;
  std::string_view words[kMaxTitle];
  auto title_fills = [&](uint32_t from) {
    if (end - from > kMaxTitle) return false;
    for (uint32_t i = from; i < end; ++i) words[i - from] = p.Lower(i);
    const lexicon::PhraseTrie::Hit hit =
        model.gazetteer().MatchTitle(std::span<const std::string_view>(words, end - from), 0);
    return hit.length == end - from &&
           model.gazetteer().title(hit.value).kind != lexicon::TitleKind::kHonorific;
  };
  if (!title_fills(title_first)) {
    if (end < first + 3 || !IsAdjective(p.token(first + 1).pos) || !title_fills(first + 2)) return -1;
    adjective = p.Lower(first + 1);
    title_first = first + 2;
  }
  std::string phrase;
  for (uint32_t i = title_first; i < end; ++i) {
    if (!phrase.empty()) phrase += ' ';
    phrase += p.Lower(i);
  }
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
      if (text::ContainsWord(r.title, phrase) && (adjective.empty() || text::ContainsWord(r.title, adjective))) {
        fits = true;
      }
    }
    if (!fits) continue;
    // "the president" holds the office; "the former president" held it.
    // Candidates and nominees are coded ELI while they run: "the nominee"
    // is theirs.
    if (!CandidateTitle(phrase) && en.actor.ends_with("ELI") != (adjective == "former")) continue;
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
