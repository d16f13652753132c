// Mentions of all entities are flattened into one list sorted by start, so
// "which mention covers this phrase" is a binary search and "the nearest
// earlier person" a short walk back from it.
#include "quotes/speaker_resolver.h"

#include <algorithm>

#include "text/ascii_words.h"

namespace readout::quotes {
namespace {

using text::ContainsWord;
using text::IEquals;

std::string_view LastWord(std::string_view s) {
  size_t k = s.find_last_of(' ');
  return k == std::string_view::npos ? s : s.substr(k + 1);
}

}  // namespace

SpeakerResolver::SpeakerResolver(const Context& c) : c_(c) {
  for (size_t e = 0; e < c.a.entities.size(); ++e) {
    for (const Mention& m : c.a.entities[e].mentions) mentions_.push_back({m.start, m.end, static_cast<int>(e)});
  }
  std::sort(mentions_.begin(), mentions_.end(), [](const MentionRef& x, const MentionRef& y) { return x.start < y.start; });
}

void SpeakerResolver::NoteSpeaker(int entity) {
  if (entity < 0) return;
  speakers_.erase(std::remove(speakers_.begin(), speakers_.end(), entity), speakers_.end());
  speakers_.push_back(entity);
}

bool SpeakerResolver::GenderFits(int entity, Gender g) const {
  const Entity& e = c_.a.entities[entity];
  return e.type == EntityType::kPerson && (g == Gender::kUnknown || e.gender == g);
}

int SpeakerResolver::EntityOfPronoun(const Phrase& p, uint32_t at) const {
  const lexicon::CueWord* lw = c_.w[p.first].lex;
  if (!lw || lw->gender == Gender::kUnknown) {
    // "they"/"it": an organisation or group mentioned just before.
    if (!lw || !(lw->plural || c_.Equals(p.first, "it"))) return -1;
    uint32_t sentence = c_.w[p.first].sentence;
    for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), at,
                                    [](const MentionRef& m, uint32_t v) { return m.start < v; });
         it != mentions_.begin();) {
      --it;
      const Entity& e = c_.a.entities[it->entity];
      if (e.type == EntityType::kPerson || e.type == EntityType::kPlace) continue;
      uint32_t ms = 0;
      for (const Mention& m : e.mentions) if (m.start == it->start) ms = m.sentence;
      return sentence - ms <= 2 ? it->entity : -1;
    }
    return -1;
  }
  Gender g = lw->gender;
  // A person of that gender named earlier in the same sentence, the first
  // (usually its subject), before recent speakers: "Trump did not name
  // Kellogg among the aides he said he had tasked".
  const uint32_t sentence = c_.w[p.first].sentence;
  // Names inside a quote before the pronoun are the quote's words, not its
  // speaker's ("“… the Putin Trump phone call …,” she said"): the quote
  // closest before the pronoun, as a byte range.
  uint32_t quoted_from = 0, quoted_to = 0;
  for (uint32_t i = p.first; i-- > 0 && c_.w[i].sentence == sentence;) {
    if (c_.w[i].type == WordType::kCloseQuote || (c_.w[i].type == WordType::kAmbigQuote && quoted_to == 0)) {
      if (quoted_to == 0) quoted_to = c_.w[i].end;
    } else if (quoted_to != 0 && (c_.w[i].type == WordType::kOpenQuote || c_.w[i].type == WordType::kAmbigQuote)) {
      quoted_from = c_.w[i].start;
      break;
    }
  }
  if (quoted_to != 0 && quoted_from == 0) quoted_from = c_.a.sentences[sentence].start;
  // "asking Rubio why he decided": the one asked opens the question.
  if (p.first >= 3 && c_.w[p.first - 3].sentence == sentence &&
      (c_.Equals(p.first - 1, "why") || c_.Equals(p.first - 1, "whether") || c_.Equals(p.first - 1, "if") ||
       c_.Equals(p.first - 1, "how"))) {
    const uint32_t name_end = c_.w[p.first - 2].end;
    for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), name_end,
                                    [](const MentionRef& m, uint32_t v) { return m.start < v; });
         it != mentions_.begin();) {
      --it;
      if (it->end != name_end) break;
      auto first = std::lower_bound(c_.w.begin(), c_.w.end(), it->start,
                                    [](const Word& w, uint32_t v) { return w.start < v; });
      if (first == c_.w.begin() || first == c_.w.end()) break;
      const std::string_view verb = c_.a.Text((first - 1)->span());
      const bool asked = IEquals(verb, "ask") || IEquals(verb, "asks") || IEquals(verb, "asked") || IEquals(verb, "asking");
      if (asked && GenderFits(it->entity, g)) return it->entity;
      break;
    }
  }
  int same_sentence = -1;
  for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), at,
                                  [](const MentionRef& m, uint32_t v) { return m.start < v; });
       it != mentions_.begin();) {
    --it;
    if (it->start < c_.a.sentences[sentence].start) break;
    if (it->start >= quoted_from && it->start < quoted_to) continue;
    const Entity& e = c_.a.entities[it->entity];
    if (e.type != EntityType::kPerson) continue;
    // "at a Trump rally": a name after a preposition's article modifies a
    // noun ("The Platte River employee told" is a subject).
    auto word = std::lower_bound(c_.w.begin(), c_.w.end(), it->start,
                                 [](const Word& w, uint32_t v) { return w.start < v; });
    if (word - c_.w.begin() >= 2 && word != c_.w.end() && (word - 1)->pos == Pos::kDT &&
        ((word - 2)->pos == Pos::kIN || (word - 2)->pos == Pos::kTO)) {
      continue;
    }
    // A person of unknown gender counts when already quoted ("Trump").
    const bool spoke = std::find(speakers_.begin(), speakers_.end(), it->entity) != speakers_.end();
    if (e.gender == g || (e.gender == Gender::kUnknown && spoke)) same_sentence = it->entity;
  }
  if (same_sentence >= 0) return same_sentence;
  // "Sessions is a conservative. On Sunday, he appeared": the subject of
  // the sentence before, ahead of the last speaker.
  if (const int prev = PreviousSubject(p.first, g); prev >= 0) return prev;
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    if (c_.a.entities[*it].gender == g) return *it;
  }
  int unknown = -1;
  for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), at,
                                  [](const MentionRef& m, uint32_t v) { return m.start < v; });
       it != mentions_.begin();) {
    --it;
    const Entity& e = c_.a.entities[it->entity];
    if (e.type != EntityType::kPerson) continue;
    if (e.gender == g) return it->entity;
    if (e.gender == Gender::kUnknown && unknown < 0) unknown = it->entity;
  }
  return unknown;
}

int SpeakerResolver::PreviousSubject(uint32_t i, Gender g) const {
  const uint32_t sentence = c_.w[i].sentence;
  auto is_verb = [](Pos pos) { return pos == Pos::kVBD || pos == Pos::kVBZ || pos == Pos::kVBP || pos == Pos::kMD; };
  // Opens its clause: first in the sentence, after an opening conjunction
  // or adverb, or after an opening phrase and its comma with no verb.
  auto opens = [&](uint32_t j) {
    if (j == 0 || c_.w[j - 1].sentence != sentence) return true;
    if (j >= 2 && c_.w[j - 2].sentence != sentence && (c_.w[j - 1].pos == Pos::kCC || c_.w[j - 1].pos == Pos::kRB)) {
      return true;
    }
    // "“Late this afternoon, I met with ...,” she said": the speaker after
    // a quote that opens its sentence.
    if (c_.w[j - 1].type == WordType::kCloseQuote && j >= 2 && c_.Equals(j - 2, ",")) {
      for (uint32_t k = j - 1; k > 0 && c_.w[k - 1].sentence == sentence;) {
        --k;
        if (c_.w[k].type == WordType::kOpenQuote) return k == 0 || c_.w[k - 1].sentence != sentence;
      }
      return false;
    }
    if (!c_.Equals(j - 1, ",")) return false;
    for (uint32_t k = j - 1; k > 0 && c_.w[k - 1].sentence == sentence;) {
      --k;
      if (is_verb(c_.w[k].pos) || c_.w[k].IsQuote()) return false;
    }
    return true;
  };
  std::string_view pronoun = c_.Text(i);
  // "On Sunday, he appeared at a rally where he pledged": a later "he" of
  // the sentence is the one that opened it.
  bool opening = opens(i);
  for (uint32_t j = i; !opening && j > 0 && c_.w[j - 1].sentence == sentence;) {
    --j;
    opening = IEquals(c_.Text(j), pronoun) && opens(j);
  }
  if (!opening) return -1;
  for (uint32_t back = 1; back <= 3 && back <= sentence; ++back) {
    const Sentence& s = c_.a.sentences[sentence - back];
    // The first word of that sentence.
    auto w0 = std::lower_bound(c_.w.begin(), c_.w.end(), s.start,
                               [](const Word& w, uint32_t v) { return w.start < v; });
    if (w0 == c_.w.end()) return -1;
    if (IEquals(c_.a.Text(w0->span()), pronoun)) continue;
    int possessive = -1;
    bool named = false;
    bool quoted = false;
    auto word = w0;
    for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s.start,
                                    [](const MentionRef& m, uint32_t v) { return m.start < v; });
         it != mentions_.end() && it->start < s.end; ++it) {
      for (; word != c_.w.end() && word->start < it->start; ++word) quoted ^= word->IsQuote();
      if (quoted || word == c_.w.end() || word->start != it->start) continue;
      const Entity& e = c_.a.entities[it->entity];
      if (e.type != EntityType::kPerson) continue;
      const bool spoke = std::find(speakers_.begin(), speakers_.end(), it->entity) != speakers_.end();
      if (!(e.gender == g || (e.gender == Gender::kUnknown && spoke))) continue;
      named = true;
      if (word != w0 && ((word - 1)->pos == Pos::kIN || (word - 1)->pos == Pos::kTO)) continue;
      auto after = std::lower_bound(word, c_.w.end(), it->end, [](const Word& w, uint32_t v) { return w.start < v; });
      // "Hillary Clinton’s email scandal": a curly "’s" the tagger may not
      // tag as a possessive still makes an owner.
      const bool owner = after != c_.w.end() && after->start == it->end &&
                         (after->pos == Pos::kPOS || c_.Equals(after - c_.w.begin(), "’s") ||
                          c_.Equals(after - c_.w.begin(), "'s"));
      if (!owner) return it->entity;
      if (possessive < 0) possessive = it->entity;
    }
    if (possessive >= 0) return possessive;
    if (named) return -1;
  }
  return -1;
}

int SpeakerResolver::EntityOfNominal(const Phrase& p, uint32_t at) const {
  std::string_view head = c_.Text(p.last - 1);
  if (head.size() > 1 && head.back() == 's') head.remove_suffix(1);
  // "the former secretary of state" held the office: a person whose role
  // says "former" or who is coded out of office (ELI); without "former",
  // a role that says it does not fit ("the secretary of state" is not the
  // former one). The event coder's title rule (events/nominal_referent.cc)
  // reads titles the same way.
  bool former = false;
  for (uint32_t i = p.first; i < p.last; ++i) former |= IEquals(c_.Text(i), "former");
  // An entity has many mentions: its roles are read once per call
  // (0 unread, 1 a title holds the head, 2 none does).
  role_fits_.assign(c_.a.entities.size(), 0);
  for (auto it = std::lower_bound(mentions_.begin(), mentions_.end(), at,
                                  [](const MentionRef& m, uint32_t v) { return m.start < v; });
       it != mentions_.begin();) {
    --it;
    uint8_t& fits = role_fits_[it->entity];
    if (fits == 0) {
      fits = 2;
      const Entity& e = c_.a.entities[it->entity];
      for (const Role& r : e.roles) {
        const bool role_former = ContainsWord(r.title, "former");
        if (ContainsWord(r.title, head) && (former ? role_former || e.actor.ends_with("ELI") : !role_former)) {
          fits = 1;
          break;
        }
      }
    }
    if (fits == 1) return it->entity;
  }
  return -1;
}

int SpeakerResolver::EntityOfName(const Phrase& p) const {
  std::string_view text = c_.a.Text({c_.w[p.first].start, c_.w[p.last - 1].end});
  std::string_view last = c_.Text(p.last - 1);
  for (size_t e = 0; e < c_.a.entities.size(); ++e) {
    const Entity& en = c_.a.entities[e];
    if (en.type == EntityType::kPlace) continue;
    if (IEquals(LastWord(en.name), last)) return static_cast<int>(e);
    for (const std::string& al : en.aliases) {
      if (IEquals(al, text) || IEquals(al, last)) return static_cast<int>(e);
    }
  }
  return -1;
}

bool SpeakerResolver::AfterPreposition(const Phrase& p, uint32_t start) const {
  for (uint32_t i = p.first; i < p.last && c_.w[i].start < start; ++i) {
    if (c_.Equals(i, "of") || c_.Equals(i, "with") || c_.Equals(i, "in") || c_.Equals(i, "from") ||
        c_.Equals(i, "at") || c_.Equals(i, "by")) {
      return true;
    }
  }
  return false;
}

ResolvedSpeaker SpeakerResolver::Resolve(const Phrase& p) {
  ResolvedSpeaker r;
  r.span = {c_.w[p.first].start, c_.w[p.last - 1].end};
  // The covering mention: prefer one ending where the phrase ends (its head),
  // then people, then the longest overlap.
  const MentionRef* best = nullptr;
  int best_score = -1;
  // "Critics of Halvorsen", "supporters of the mayor": those who follow or
  // oppose someone do not speak for them, so nothing after the follower
  // noun's "of" (a name or a title) is the speaker.
  uint32_t follower_of = r.span.end;
  for (uint32_t i = p.first; i + 1 < p.last; ++i) {
    if (c_.w[i].Is(lexicon::kFollowerNoun) && c_.Equals(i + 1, "of")) {
      follower_of = c_.w[i].end;
      break;
    }
  }
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), r.span.start,
                             [](const MentionRef& m, uint32_t v) { return m.start < v; });
  while (it != mentions_.begin() && (it - 1)->end > r.span.start) --it;
  for (; it != mentions_.end() && it->start < r.span.end; ++it) {
    if (it->end <= r.span.start) continue;
    const Entity& e = c_.a.entities[it->entity];
    if (e.type == EntityType::kPlace) continue;
    // A nominal is its head's: a name inside a prepositional phrase of it
    // ("people with knowledge of Gates' work") is not the speaker.
    if (p.kind == PhraseKind::kNominal && it->end < r.span.end && AfterPreposition(p, it->start)) continue;
    // "a Sanders supporter", "critics of Obama": those who follow or
    // oppose someone do not speak for them.
    if (it->end < r.span.end && c_.w[p.last - 1].Is(lexicon::kFollowerNoun)) continue;
    if (it->start >= follower_of) continue;
    int score = (it->end == r.span.end ? 4 : 0) + (e.type == EntityType::kPerson ? 2 : 0) +
                (e.type == EntityType::kOrg ? 1 : 0);
    if (score > best_score) {
      best_score = score;
      best = &*it;
    }
  }
  if (best) {
    r.entity = best->entity;
    if (p.kind == PhraseKind::kName && r.span.Contains({best->start, best->end})) r.span = {best->start, best->end};
    return r;
  }
  if (follower_of < r.span.end) return r;
  switch (p.kind) {
    case PhraseKind::kPronoun: r.entity = EntityOfPronoun(p, r.span.start); break;
    case PhraseKind::kNominal: r.entity = EntityOfNominal(p, r.span.start); break;
    case PhraseKind::kName: r.entity = EntityOfName(p); break;
    case PhraseKind::kNone: break;
  }
  return r;
}

}  // namespace readout::quotes
