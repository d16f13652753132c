// Actor coder. A phrase is split into words (possessive 's removed, a flag
// kept); named actors are matched leftmost-longest over word n-grams whose
// first word is capitalised (so "who" is not the WHO), agents over all
// n-grams. The phrase's code is then: the head person or organisation with a
// full code; else the leftmost country/IGO code plus the head agent (the
// rightmost, longest agent match), ELI when the phrase says "former".
// Entities are coded in entity_coder.cc, through the same phrase analysis.
#include "entities/actor_coder.h"

#include <algorithm>
#include <array>
#include <vector>

#include "entities/phrase_parts.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"
#include "lexicon/gazetteer.h"
#include "lexicon/place_index.h"

namespace readout::entities {

namespace {

using lexicon::ActorDictionary;
using lexicon::ActorKind;
using lexicon::ActorRecord;

constexpr int kMaxNgram = 8;

struct Word {
  std::string_view raw;    // the word as written, possessive removed
  std::string_view whole;  // the word as written, before its 's or affixes were cut off
  std::string key;         // ActorKey of the word
  bool capitalized = false;
  bool possessive = false;  // followed by 's / ’s / '
  bool led = false;         // "U.S.-led": "-led" was cut off
};

bool IsSeparator(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' || c == '(' ||
      c == ')' || c == '"' || c == '[' || c == ']' || c == '/' || c == '!' || c == '?') {
    return true;
  }
  // “ ” – — (E2 80 9C/9D/93/94)
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto c3 = static_cast<unsigned char>(s[i + 2]);
    if (c3 == 0x9C || c3 == 0x9D || c3 == 0x93 || c3 == 0x94) {
      *len = 3;
      return true;
    }
  }
  return false;
}

// Fills *words (emptied first; its capacity is reused).
void SplitWords(std::string_view text, std::vector<Word>* out) {
  std::vector<Word>& words = *out;
  words.clear();
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    if (IsSeparator(text, i, &len)) {
      i += len;
      continue;
    }
    size_t start = i;
    while (i < text.size() && !IsSeparator(text, i, &len)) ++i;
    std::string_view w = text.substr(start, i - start);
    Word word;
    word.whole = w;
    for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
      if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
        w.remove_suffix(suffix.size());
        word.possessive = true;
        break;
      }
    }
    // "then-Fed Chair": the office as it was, named by its words.
    if (w.size() > 5 && (w.substr(0, 5) == "then-" || w.substr(0, 5) == "Then-")) w.remove_prefix(5);
    const auto c = static_cast<unsigned char>(w.empty() ? 'a' : w[0]);
    word.capitalized = (c >= 'A' && c <= 'Z') || c >= 0x80;
    // "Somalia-based", "US-led": the place is the actor's country.
    for (std::string_view suffix : {"-based", "-led", "-born"}) {
      if (w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix) {
        w.remove_suffix(suffix.size());
        word.led = suffix == "-led";
        break;
      }
    }
    word.raw = w;
    lexicon::ActorKey(w, &word.key);
    if (!word.key.empty()) words.push_back(std::move(word));
  }
}

// Key of words [start, start+len); inner words keep their 's when
// `inner_possessive` ("People's Liberation Army"). Rare: the key of a word
// with its 's is made here, not for every word.
std::string Join(const std::vector<Word>& words, size_t start, size_t len, bool inner_possessive = false) {
  std::string key;
  std::string whole_key;
  for (size_t k = start; k < start + len; ++k) {
    if (k > start) key += ' ';
    if (inner_possessive && k + 1 < start + len) {
      lexicon::ActorKey(words[k].whole, &whole_key);
      key += whole_key;
    } else {
      key += words[k].key;
    }
  }
  return key;
}

// All word keys joined by single spaces once, so that every n-gram key is a
// substring: no allocation per n-gram.
class NgramKeys {
 public:
  // Refills the keys for `words`, reusing the buffers.
  void Reset(const std::vector<Word>& words) {
    joined_.clear();
    offsets_.clear();
    for (const Word& w : words) {
      offsets_.push_back(static_cast<uint32_t>(joined_.size()));
      joined_ += w.key;
      joined_ += ' ';
    }
    offsets_.push_back(static_cast<uint32_t>(joined_.size()));
  }
  std::string_view Get(size_t start, size_t len) const {
    return std::string_view(joined_).substr(offsets_[start], offsets_[start + len] - offsets_[start] - 1);
  }

 private:
  std::string joined_;
  std::vector<uint32_t> offsets_;
};

// The words as written, for case-sensitive place lookups.
std::string JoinRaw(const std::vector<Word>& words, size_t start, size_t len) {
  std::string s(words[start].raw);
  for (size_t k = start + 1; k < start + len; ++k) {
    s += ' ';
    s += words[k].raw;
  }
  return s;
}

// Heads that say little on their own: "intelligence officer" is SPY,
// "rebel leader" REB, so an agent word before them wins.
bool IsGenericHead(std::string_view key) {
  static constexpr std::string_view kGeneric[] = {
      "officer", "officers", "official", "officials", "leader", "leaders", "chief", "chiefs", "head",
      "heads", "member", "members", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
      "representative", "representatives", "staff", "personnel", "source", "sources", "man", "men",
      "woman", "women", "people", "group", "groups", "community", "communities", "supporter", "supporters",
      "backer", "backers"};
  for (std::string_view g : kGeneric) {
    if (key == g) return true;
  }
  return false;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A code that other words can extend: a country, or an IGO/NGO that is not
// a person ("NATO" + troops -> IGOWSTNATMIL).
bool IsBase(const ActorRecord& r, std::string_view code) {
  if (r.kind == ActorKind::kPerson) return false;
  if (r.kind == ActorKind::kCountry || code.size() == 3) return true;
  return StartsWith(code, "IGO") || StartsWith(code, "NGO");
}

// Titles that speak or act for a body: with an unknown body after "for",
// "of", "at" or "to" they say nothing about its sector ("a spokesman for Acme
// Corp" is no government spokesman).
bool IsAgentOfTitle(std::string_view key) {
  return key == "spokesman" || key == "spokeswoman" || key == "spokesperson" || key == "representative" ||
         key == "official" || key == "aide" || key == "adviser" || key == "advisor";
}

// Words from `from` name a body: capitalised after an optional "the" ("for
// Acme Corp", "to the Bush campaign"), not a portfolio ("for strategic
// communications") nor a person ("to Mr. Clinton").
bool NamesBody(const Model& model, const std::vector<Word>& words, size_t from) {
  if (from < words.size() && words[from].key == "the") ++from;
  return from < words.size() && words[from].capitalized && !model.gazetteer().IsTitleWord(words[from].raw);
}

bool IsFormerWord(std::string_view key) {
  return key == "former" || key == "ex" || key == "retired" || key == "onetime" || key == "one-time" ||
         key == "erstwhile" || key == "outgoing";
}

// The country of a region, or of a city or capital, named by words
// [start, start+len), when the place index knows one clearly (the most populous namesake, by a
// margin); "" otherwise.
std::string CityCountry(const Model& model, const std::vector<Word>& words, size_t start, size_t len,
                        uint32_t min_population) {
  const lexicon::PlaceIndex& places = model.places();
  const std::string name = JoinRaw(words, start, len);
  // A state or region ("University of Virginia") is not its namesake town
  // abroad (Virginia, South Africa).
  if (const lexicon::Region* region = places.FindRegion(name)) {
    const lexicon::Country* c = places.FindCountryByCode(region->country);
    return c == nullptr ? std::string() : c->cameo;
  }
  std::span<const lexicon::City* const> cities = places.FindCities(name);
  if (cities.empty()) return {};
  const lexicon::City& top = *cities[0];
  if (!top.capital && top.population < min_population) return {};
  if (cities.size() > 1 && cities[1]->country != top.country && cities[1]->population * 3 > top.population) {
    return {};
  }
  const lexicon::Country* c = places.FindCountryByCode(top.country);
  return c == nullptr ? std::string() : c->cameo;
}

bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Words [start, start+len) lie inside a longer capitalised run that the
// place index knows as a region ("New Mexico", "West Virginia").
bool InLongerRegion(const Model& model, const std::vector<Word>& words, size_t start, size_t len) {
  const size_t n = words.size();
  for (size_t from = start >= 2 ? start - 2 : 0; from <= start; ++from) {
    for (size_t end = start + len; end <= std::min(n, from + 3); ++end) {
      if (end - from <= len) continue;
      bool capitalised = true;
      for (size_t k = from; k < end; ++k) capitalised &= words[k].capitalized;
      if (capitalised && model.places().FindRegion(JoinRaw(words, from, end - from)) != nullptr) return true;
    }
  }
  return false;
}

// Kin words: "the father of a slain soldier" names a relative, whose own
// sector the words after "of" do not give.
bool IsKinKey(std::string_view key) {
  static constexpr std::string_view kKin[] = {
      "father", "mother", "parent", "parents", "son", "sons", "daughter", "daughters", "wife", "wives",
      "husband", "husbands", "widow", "widows", "widower", "brother", "brothers", "sister", "sisters",
      "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin",
      "stepfather", "stepmother", "stepson", "stepdaughter", "fiance", "fiancee"};
  return std::find(std::begin(kKin), std::end(kKin), key) != std::end(kKin);
}

// Bodies, not people: "Mr. Yanukovych's former party" is a party that he
// no longer leads, not a former office-holder (ELI).
bool IsBodyKey(std::string_view key) {
  static constexpr std::string_view kBodies[] = {
      "party", "parties", "government", "governments", "administration", "regime", "ministry", "parliament",
      "legislature", "congress", "senate", "court", "army", "military", "police", "committee", "agency",
      "department", "council", "campaign", "coalition", "union", "company", "firm", "newspaper", "employer"};
  return std::find(std::begin(kBodies), std::end(kBodies), key) != std::end(kBodies);
}

// A regular English plural ("officials", "senators"), not "boss".
bool IsPluralKey(std::string_view key) { return key.size() > 3 && key.ends_with("s") && !key.ends_with("ss"); }

}  // namespace

namespace internal {

// Titles that only say someone leads an organisation: with an unknown
// organisation they say nothing about the sector ("president of CEPA").
bool IsLeaderTitle(std::string_view key) {
  static constexpr std::string_view kLeaders[] = {
      "president", "vice president", "chairman", "chairwoman", "chair", "vice chairman", "vice chair", "co-chair",
      "treasurer", "director", "deputy director", "head", "chief", "leader", "founder", "co-founder",
      "executive director", "managing director", "secretary general", "secretary-general"};
  for (std::string_view k : kLeaders) {
    if (key == k) return true;
  }
  return false;
}

// "Pa.", "Calif.": a capital, then lower-case letters, then a period.
bool IsLowerAbbreviation(std::string_view w) {
  if (w.size() < 3 || w.size() > 6 || w.back() != '.' || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (size_t k = 1; k + 1 < w.size(); ++k) {
    if (!(w[k] >= 'a' && w[k] <= 'z')) return false;
  }
  return true;
}

// Word `i`, when it is "campaign", names a candidate's or party's
// campaign: after a name, a possessive or a determiner ("the Trump
// campaign", "his campaign", "the presidential campaign"), not after a
// common word ("a $1 million ad campaign", "an ineffective campaign", "a
// Kickstarter campaign" is a name's too, but rare), nor opening a longer
// name ("Campaign Legal Center"). Other words: true.
bool IsPoliticalCampaign(const std::vector<Word>& words, size_t i) {
  const std::string_view key = words[i].key;
  if (key != "campaign" && key != "campaigns") return true;
  if (words[i].capitalized && i + 1 < words.size() && words[i + 1].capitalized) return false;
  if (i == 0) return true;
  const Word& before = words[i - 1];
  if (before.capitalized || before.possessive) return true;
  static constexpr std::string_view kDeterminers[] = {"the", "his", "her", "their", "its", "our", "my", "your",
                                                      "whose", "presidential", "reelection", "re-election"};
  return std::find(std::begin(kDeterminers), std::end(kDeterminers), before.key) != std::end(kDeterminers);
}

// Words for a body's staff: "employee", "staffer" (its "workers" on
// strike are labour).
bool IsStaffKey(std::string_view key) {
  return key == "employee" || key == "employees" || key == "staffer" || key == "staffers";
}

// Words that say what kind of body a name is: "Coalition" in "Philly
// Coalition for Real Justice".
bool IsBodyTypeKey(std::string_view key) {
  static constexpr std::string_view kTypes[] = {
      "coalition", "committee", "center", "centre", "institute", "foundation", "council", "alliance", "league",
      "network", "fund", "project", "campaign", "association", "society", "organization", "organisation",
      "group", "movement", "partnership", "front", "union", "federation"};
  return std::find(std::begin(kTypes), std::end(kTypes), key) != std::end(kTypes);
}

// Words [start, end) are the cause in a body's name: capitalised, after
// "for" that follows a word naming the kind of body, with only capitalised
// words and connectors between ("Coalition for Real Justice": Justice is
// what the coalition is for, not a court).
bool InBodyCause(const std::vector<Word>& words, size_t start, size_t end) {
  for (size_t k = start; k < end; ++k) {
    if (!words[k].capitalized) return false;
  }
  for (size_t k = start; k-- > 1;) {
    const std::string_view key = words[k].key;
    if (key == "for") return words[k - 1].capitalized && IsBodyTypeKey(words[k - 1].key);
    if (!words[k].capitalized && key != "and" && key != "the" && key != "a" && key != "of") return false;
  }
  return false;
}

// Sectors of public office: "former" makes their holders ELI. Party and
// campaign posts are not among them: "Trump's former campaign manager"
// still works in party politics (PTY), as judges of CAMEO codes read it.
bool IsOfficeSector(std::string_view agent) {
  for (std::string_view office : {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP"}) {
    if (agent.starts_with(office)) return true;
  }
  return false;
}

// `word` occurs in `name` as a whole word.
bool HasWord(std::string_view name, std::string_view word) {
  for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

PhraseParts AnalyzePhrase(const Model& model, std::string_view phrase, std::optional<Date> date) {
  const ActorDictionary& dict = model.actors();
  PhraseParts parts;
  // Buffers reused from phrase to phrase on this thread (Analyze does not
  // call itself): no allocation per phrase once they have grown.
  thread_local std::vector<Word> words;
  thread_local NgramKeys keys;
  thread_local std::vector<bool> named;
  SplitWords(phrase, &words);
  keys.Reset(words);
  const size_t n = words.size();
  named.assign(n, false);
  const int max_actor = std::min(kMaxNgram, std::max(1, dict.max_actor_words()));
  const int max_agent = std::min(kMaxNgram, std::max(1, dict.max_agent_words()));

  // Named actors, leftmost-longest.
  struct Match {
    size_t start, len;
    const ActorRecord* record;
    std::string code;
  };
  thread_local std::vector<Match> matches;
  matches.clear();
  for (size_t i = 0; i < n;) {
    bool found = false;
    for (size_t len = std::min<size_t>(max_actor, n - i); len >= 1 && !found; --len) {
      const bool cap = words[i].capitalized || (words[i].key == "the" && len > 1 && words[i + 1].capitalized);
      if (!cap) continue;
      // A possessive inside the n-gram ends a name ("Russia's Foreign")
      // unless the name has it ("People's Liberation Army").
      bool inner_possessive = false;
      for (size_t k = i; k + 1 < i + len; ++k) inner_possessive |= words[k].possessive;
      const ActorRecord* r = inner_possessive ? dict.FindActorKey(Join(words, i, len, true))
                                              : dict.FindActorKey(keys.Get(i, len));
      // "New Mexico", "West Virginia": a short name inside a longer region
      // name of the place index is that region's word, not Mexico or the
      // West.
      if (r != nullptr && len <= 2 && InLongerRegion(model, words, i, len)) r = nullptr;
      // "Lewisburg, Pa.", "Va.": an abbreviation written in lower case
      // with a period is no acronym ("PA" is the Palestinian Authority).
      if (r != nullptr && len == 1 && IsLowerAbbreviation(words[i].whole)) r = nullptr;
      if (r != nullptr) {
        matches.push_back({i, len, r, ActorDictionary::CodeAt(*r, date)});
        for (size_t k = i; k < i + len; ++k) named[k] = true;
        i += len;
        found = true;
      }
    }
    if (!found) ++i;
  }

  // Head full match: a person (the last one not used as a possessive
  // modifier: "Putin's spokesman Dmitry Peskov"), else the first
  // organisation with a full code.
  const Match* head = nullptr;
  const Match* first_person = nullptr;
  const Match* first_org = nullptr;
  const Match* first_base = nullptr;
  for (const Match& m : matches) {
    if (m.code.empty()) continue;
    if (IsBase(*m.record, m.code)) {
      // "ambassador to Poland": a destination, not the actor's country.
      const bool destination = m.start > 0 && words[m.start - 1].key == "to";
      // "Foundation for Middle East Peace", "Center on Europe": a region
      // after "for"/"on" is the body's subject, not where it is.
      const bool topic = m.record->kind != ActorKind::kCountry && m.code.size() == 3 && m.start > 0 &&
                         (words[m.start - 1].key == "for" || words[m.start - 1].key == "on");
      // "Korean American", "Arab Americans": Americans, not Koreans.
      const size_t after = m.start + m.len;
      const bool hyphenated_american =
          after < n && (words[after].key == "american" || words[after].key == "americans") && m.code != "USA";
      if (first_base == nullptr && !destination && !hyphenated_american && !topic) first_base = &m;
      continue;
    }
    if (m.record->kind == ActorKind::kPerson) {
      // "Melania Trump", "Hunter Biden": a given name that the record's name
      // lacks, right before the surname, names someone else.
      if (m.start > 0 && words[m.start - 1].capitalized &&
          model.gazetteer().GivenName(words[m.start - 1].raw).has_value() &&
          !HasWord(m.record->name, words[m.start - 1].raw)) {
        continue;
      }
      if (first_person == nullptr) first_person = &m;
      if (!words[m.start + m.len - 1].possessive) head = &m;
    } else if (first_org == nullptr) {
      first_org = &m;
    }
  }
  if (head == nullptr) head = first_person != nullptr ? first_person : first_org;
  // "Chile's Defense Department": an organisation of another country than
  // the one the phrase starts with is a generic name here; its words are
  // read as agents instead.
  if (head != nullptr && head->record->kind != ActorKind::kPerson && first_base != nullptr &&
      first_base->start < head->start && !CountryOfCode(first_base->code).empty() &&
      !CountryOfCode(head->code).empty() && CountryOfCode(first_base->code) != CountryOfCode(head->code)) {
    for (size_t k = head->start; k < head->start + head->len; ++k) named[k] = false;
    head = nullptr;
  }
  if (head != nullptr) {
    parts.full = head->code;
    parts.full_from_part = head->record->kind != ActorKind::kPerson && head->len < n;
    parts.full_is_person = head->record->kind == ActorKind::kPerson && !words[head->start + head->len - 1].possessive;
  }
  if (first_base != nullptr) {
    parts.base = first_base->code;
    parts.base_whole = first_base->len == n || (first_base->len + 1 == n && first_base->start == 1 && words[0].key == "the");
  }

  // Agents: the head is the match ending last, then the longest; a generic
  // head ("officer", "leader") gives way to the nearest agent before it.
  struct AgentMatch {
    const lexicon::AgentCode* code;
    size_t start, end;
  };
  thread_local std::vector<AgentMatch> agents;
  agents.clear();
  for (size_t i = 0; i < n; ++i) {
    for (size_t len = 1; len <= std::min<size_t>(max_agent, n - i); ++len) {
      bool overlaps_name = false;
      for (size_t k = i; k < i + len; ++k) overlaps_name |= named[k];
      if (overlaps_name) continue;
      std::string_view key = keys.Get(i, len);
      const lexicon::AgentCode* a = dict.FindAgentKey(key);
      if (a == nullptr && len == 1 && StartsWith(key, "ex-")) {
        // "ex-president": the office, made former below.
        a = dict.FindAgentKey(key.substr(3));
        if (a != nullptr) parts.former = true;
      }
      if (a != nullptr && InBodyCause(words, i, i + len)) a = nullptr;
      if (a != nullptr && len == 1 && !IsPoliticalCampaign(words, i)) {
        // "the insurgent campaign of her brother": the word before
        // describes the campaign, not an actor.
        agents.erase(std::remove_if(agents.begin(), agents.end(), [&](const AgentMatch& m) { return m.end == i; }),
                     agents.end());
        a = nullptr;
      }
      if (a != nullptr) agents.push_back({a, i, i + len});
    }
  }
  // "the father of a slain American soldier": the words after a kin word's
  // "of" describe the relative; their agents are not this person's.
  for (const AgentMatch& a : agents) {
    if (a.end - a.start == 1 && a.end + 1 < n && words[a.end].key == "of" && IsKinKey(words[a.start].key)) {
      const size_t kin_end = a.end;
      agents.erase(std::remove_if(agents.begin(), agents.end(), [&](const AgentMatch& m) { return m.start > kin_end; }),
                   agents.end());
      break;
    }
  }
  AgentMatch rule_agent{nullptr, 0, 0};  // an agent the rules below put in place
  const AgentMatch* best = nullptr;
  for (const AgentMatch& a : agents) {
    if (best == nullptr || a.end > best->end || (a.end == best->end && a.start < best->start)) best = &a;
  }
  // "the legendary environmental activist and lawyer", "the Florida
  // senator and Republican presidential candidate": one person described
  // twice under one article; the description the writer leads with is the
  // person's. Not a leader title ("the president and chief executive" of a
  // company), a generic head, nor a plural group ("police and fire
  // officials" are both).
  if (best != nullptr && best->start >= 2 && !IsPluralKey(words[best->end - 1].key)) {
    size_t and_at = best->start;
    for (size_t k = best->start; k > 0 && best->start - k < 4; --k) {
      const std::string_view w = words[k - 1].key;
      if (w == "and") {
        and_at = k - 1;
        break;
      }
      if (w == "the" || w == "a" || w == "an" || words[k - 1].possessive || named[k - 1]) break;
    }
    const AgentMatch* first = nullptr;
    for (const AgentMatch& a : agents) {
      if (and_at < best->start && a.end == and_at) first = &a;
    }
    if (first != nullptr && !IsPluralKey(words[first->end - 1].key) &&
        !IsLeaderTitle(keys.Get(first->start, first->end - first->start)) &&
        !IsGenericHead(words[first->end - 1].key) && !IsGenericHead(words[best->end - 1].key)) {
      best = first;
    }
  }
  // The phrase's own head, before a generic one gives way: "Clinton
  // supporter" names a supporter, whatever sector an earlier word gives.
  const AgentMatch* own_head = best;
  if (best != nullptr && best->end - best->start == 1 && IsGenericHead(words[best->start].key)) {
    const AgentMatch* modifier = nullptr;
    for (const AgentMatch& a : agents) {
      if (a.end <= best->start && (modifier == nullptr || a.end > modifier->end ||
                                   (a.end == modifier->end && a.start < modifier->start))) {
        modifier = &a;
      }
    }
    if (modifier != nullptr) best = modifier;
  }
  // "the state of Arizona", "the city of Flint": a state or city as a
  // body that sues or acts is its government.
  if (best == nullptr && parts.full.empty()) {
    for (size_t i = 0; i + 2 < n; ++i) {
      if ((words[i].key != "state" && words[i].key != "city" && words[i].key != "commonwealth") ||
          words[i + 1].key != "of" || !words[i + 2].capitalized) {
        continue;
      }
      std::string country;
      for (size_t len = std::min<size_t>(3, n - i - 2); len >= 1 && country.empty(); --len) {
        country = CityCountry(model, words, i + 2, len, 0);
      }
      if (!country.empty()) {
        if (parts.base.empty()) parts.base = std::move(country);
        parts.agent = "GOV";
      }
      break;
    }
  }
  // "the U.S.-led coalition", "a Saudi-led coalition": a coalition led by a
  // state is a military one (MIL), not an advocacy coalition (NGO).
  if (best != nullptr && best->end - best->start == 1 &&
      (words[best->start].key == "coalition" || words[best->start].key == "coalitions")) {
    bool led = false;
    for (size_t k = 0; k < best->start; ++k) led |= words[k].led;
    const lexicon::AgentCode* military = led ? dict.FindAgentKey("military") : nullptr;
    if (military != nullptr) {
      rule_agent = {military, best->start, best->end};
      best = &rule_agent;
    }
  }
  // "the Platte River employee", "Clinton Foundation employees": staff of a
  // named body work for it; its own sector word ("Foundation") or, for a
  // body the dictionaries do not know, a business (BUS), not labour (LAB).
  if (best != nullptr && best->end - best->start == 1 && best->start > 0 && words[best->start - 1].capitalized &&
      IsStaffKey(words[best->start].key)) {
    const AgentMatch* body = nullptr;
    for (const AgentMatch& a : agents) {
      if (a.end == best->start) body = &a;
    }
    if (body != nullptr) {
      best = body;
    } else if (const lexicon::AgentCode* business = dict.FindAgentKey("company")) {
      rule_agent = {business, best->start, best->end};
      best = &rule_agent;
    }
  }
  // No country word: a city, when it is the whole phrase ("Munich") or the
  // phrase also names a sector ("Shanghai police", "Oxford University");
  // otherwise "David Axelrod" would be Panamanian.
  if (parts.base.empty() && parts.full.empty()) {
    for (size_t i = 0; i < n && parts.base.empty(); ++i) {
      if (!words[i].capitalized || named[i]) continue;
      for (size_t len = std::min<size_t>(3, n - i); len >= 1; --len) {
        if (best == nullptr && len != n) continue;
        if (best != nullptr && i < best->end && best->start < i + len) continue;
        if (dict.FindAgentKey(keys.Get(i, len)) != nullptr) continue;
        // A bare name needs a big city: "Virginia" and "Bush" are small towns;
        // so does a known person's surname ("the Bush administration" is no
        // Egyptian town's, "Jackson State University" is in Mississippi).
        const bool surname = len == 1 && dict.IsPersonSurnameKey(words[i].key);
        std::string country = CityCountry(model, words, i, len, best == nullptr ? 250000 : surname ? 100000 : 50000);
        if (!country.empty()) {
          parts.base = std::move(country);
          break;
        }
      }
    }
  }
  // "the president of a building trades council", "a spokesman for Acme
  // Corp": a leader or spokesman of an organisation the dictionaries do not
  // know belongs to no known sector; "the president of Russia", "the head
  // of the lawyers association" (an agent after "of") keep theirs.
  if (best != nullptr && best->end - best->start == 1 && best->end + 1 < n &&
      ((words[best->end].key == "of" && IsLeaderTitle(words[best->start].key)) ||
       ((words[best->end].key == "for" || words[best->end].key == "of" || words[best->end].key == "at" ||
         words[best->end].key == "to") &&
        IsAgentOfTitle(words[best->start].key) && NamesBody(model, words, best->end + 1)))) {
    bool known = false;
    for (size_t k = best->end + 1; k < n; ++k) known |= named[k];
    for (const AgentMatch& a : agents) known |= a.start > best->end;
    if (!known) best = nullptr;
  }
  // Without a date, "US Senator Marco Rubio", "Foreign Minister Le Drian":
  // the title right before the name says which of the person's offices the
  // text means (the latest one of that sector), not the most recent office.
  if (!date && head != nullptr && head->record->kind == ActorKind::kPerson && !parts.full.empty()) {
    for (const AgentMatch& a : agents) {
      if (a.end != head->start || IsGenericHead(words[a.end - 1].key)) continue;
      const std::string_view sector = std::string_view(a.code->code).substr(0, 3);
      const lexicon::DatedCode* office = nullptr;
      for (const lexicon::DatedCode& c : head->record->codes) {
        if (c.code.size() > 3 && std::string_view(c.code).substr(3, 3) == sector &&
            (office == nullptr || c.to > office->to)) {
          office = &c;
        }
      }
      if (office != nullptr) parts.full = office->code;
    }
  }
  // "Beijing", "TEHRAN": a national capital named alone stands for its
  // government, as in "Beijing warned"; an entity that is a place keeps its
  // bare country (CodeEntity).
  if (best == nullptr && parts.full.empty() && parts.base_whole && first_base != nullptr &&
      first_base->record->kind == ActorKind::kCountry) {
    const lexicon::Country* country = model.places().FindCountryByCode(parts.base);
    if (country != nullptr && !country->capital.empty() &&
        lexicon::ActorKey(country->capital) == keys.Get(first_base->start, first_base->len)) {
      parts.agent = "GOV";
    }
  }
  // "Verizon workers", "a Verizon customer": a company's workers acting as
  // such are labour of its country, its customers private people; neither
  // is the company.
  if (best != nullptr && head != nullptr && head->record->kind != ActorKind::kPerson && head->code.ends_with("BUS") &&
      (best->code->code == "LAB" || best->code->code == "CVL") && best->start >= head->start + head->len &&
      !CountryOfCode(head->code).empty()) {
    parts.base = std::string(CountryOfCode(head->code));
    parts.full.clear();
  }
  if (best != nullptr) {
    parts.agent = best->code->code;
    parts.agent_before = best->code->before;
    for (const AgentMatch& a : agents) {
      if (!best->code->before && a.code->before && a.end <= best->start) parts.prefix = a.code->code;
    }
    // "former" of a body ("his former party") dates the tie, not an office.
    const bool body = best->end - best->start == 1 && IsBodyKey(words[best->start].key);
    for (size_t k = 0; k < best->start && !body; ++k) parts.former |= IsFormerWord(words[k].key);
    const std::string_view head_word = words[best->end - 1].key;
    parts.candidate = head_word == "candidate" || head_word == "nominee" || head_word == "hopeful" ||
                      head_word == "mate" || head_word == "front-runner" || head_word == "frontrunner";
    // "Trump's campaign manager", "Trump campaign manager", "Obama's
    // defense secretary": someone who serves a named person has that
    // person's country and the office's own sector. A generic aide,
    // spokesman or lawyer keeps the principal's code ("Putin's spokesman" is
    // RUSGOV, "Sanders spokesman" his camp). Either way the phrase names the
    // person who serves, not the principal.
    const size_t head_end = head == nullptr ? 0 : head->start + head->len;
    if (head != nullptr && head->record->kind == ActorKind::kPerson && !CountryOfCode(head->code).empty() &&
        (words[head_end - 1].possessive ? own_head->start >= head_end : own_head->start == head_end)) {
      if (parts.agent != "GOV" && parts.agent != "JUD") {
        parts.base = std::string(CountryOfCode(head->code));
        parts.full.clear();
      }
      parts.full_is_person = false;
    }
  }
  return parts;
}

std::string Compose(const PhraseParts& p, std::string_view context_country) {
  if (!p.full.empty()) {
    if (p.former && p.full.size() > 3 && !CountryOfCode(p.full).empty()) {
      return std::string(CountryOfCode(p.full)) + "ELI";
    }
    return p.full;
  }
  std::string agent = p.agent;
  // A former office-holder is of the elite; a former correspondent or
  // professor keeps the sector of the work (CAMEO's ELI is for those who
  // held public office).
  if (!agent.empty() && p.former && agent != "ELI" && (IsOfficeSector(agent) || p.candidate)) agent = "ELI";
  if (agent.empty()) return p.base;
  std::string base = p.base;
  if (base.empty()) base = context_country.empty() ? "---" : std::string(context_country);
  // IGO staff are the IGO; a country's GOV agent on a GOV code adds nothing.
  if ((StartsWith(base, "IGO") || StartsWith(base, "NGO")) && agent == "GOV") return base;
  if (EndsWith(base, agent)) return p.prefix + base;
  return p.agent_before ? agent + base : p.prefix + base + agent;
}

}  // namespace internal

std::string_view CountryOfCode(std::string_view code) {
  if (code.size() < 3 || StartsWith(code, "IGO") || StartsWith(code, "NGO") || StartsWith(code, "---") ||
      StartsWith(code, "IMG")) {
    return {};
  }
  return code.substr(0, 3);
}

std::string CodeText(const Model& model, std::string_view phrase, std::optional<Date> date,
                     std::string_view context_country) {
  return internal::Compose(internal::AnalyzePhrase(model, phrase, date), context_country);
}

std::string CodeSpan(const Model& model, const Analysis& analysis, Span span, std::string_view context_country) {
  if (span.end > analysis.text.size() || span.empty()) return {};
  return CodeText(model, analysis.Text(span), analysis.date, context_country);
}

}  // namespace readout::entities
