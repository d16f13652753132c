// Actor coder. A phrase is split into words (possessive 's removed, a flag
// kept); named actors are matched leftmost-longest over word n-grams whose
// first word is capitalised (so "who" is not the WHO), agents over all
// n-grams. The phrase's code is then: the head person or organisation with a
// full code; else the leftmost country/IGO code plus the head agent (the
// rightmost, longest agent match), ELI when the phrase says "former".
// Entities try their names, then (people) the surname, roles and the words
// around the first name mention.
#include "entities/actor_coder.h"

#include <algorithm>
#include <array>
#include <vector>

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
      "woman", "women", "people", "group", "groups", "community", "communities"};
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

bool IsFormerWord(std::string_view key) {
  return key == "former" || key == "ex" || key == "retired" || key == "onetime" || key == "one-time" ||
         key == "erstwhile" || key == "outgoing";
}

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

// What a phrase says, before composing the code.
// `word` occurs in `name` as a whole word.
bool HasWord(std::string_view name, std::string_view word) {
  for (size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
  }
  return false;
}

struct PhraseParts {
  std::string full;   // code of a named person or organisation (wins)
  std::string base;   // country or IGO code
  std::string agent;  // sector code
  bool agent_before = false;
  // A second agent written before the country ("NGO~" in PETRARCH's
  // agents) when the head agent follows it: "an MSF Arnor diplomat" is
  // NGO + ARN + GOV.
  std::string prefix;
  bool former = false;
  // The full code is an organisation's that covers only part of the phrase
  // ("RAND" in "Rand Paul").
  bool full_from_part = false;
  // The country or IGO code names the whole phrase ("Zimbabwe").
  bool base_whole = false;
  // The full code is a person's, named as such, not as a possessor ("Jeb
  // Bush" in "Former Florida Gov. Jeb Bush"; not "Clinton's" in "Clinton's
  // spokesman").
  bool full_is_person = false;
};

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

PhraseParts Analyze(const Model& model, std::string_view phrase, std::optional<Date> date) {
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
      // "Korean American", "Arab Americans": Americans, not Koreans.
      const size_t after = m.start + m.len;
      const bool hyphenated_american =
          after < n && (words[after].key == "american" || words[after].key == "americans") && m.code != "USA";
      if (first_base == nullptr && !destination && !hyphenated_american) first_base = &m;
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
      if (a != nullptr) agents.push_back({a, i, i + len});
    }
  }
  const AgentMatch* best = nullptr;
  for (const AgentMatch& a : agents) {
    if (best == nullptr || a.end > best->end || (a.end == best->end && a.start < best->start)) best = &a;
  }
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
        // A bare name needs a big city: "Virginia" and "Bush" are small towns.
        std::string country = CityCountry(model, words, i, len, best != nullptr ? 50000 : 250000);
        if (!country.empty()) {
          parts.base = std::move(country);
          break;
        }
      }
    }
  }
  // "the president of a building trades council": a leader of an
  // organisation the dictionaries do not know belongs to no known sector;
  // "the president of Russia", "the head of the lawyers association" (an
  // agent after "of") keep theirs.
  if (best != nullptr && best->end - best->start == 1 && best->end + 1 < n && words[best->end].key == "of" &&
      IsLeaderTitle(words[best->start].key)) {
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
  if (best != nullptr) {
    parts.agent = best->code->code;
    parts.agent_before = best->code->before;
    for (const AgentMatch& a : agents) {
      if (!best->code->before && a.code->before && a.end <= best->start) parts.prefix = a.code->code;
    }
    for (size_t k = 0; k < best->start; ++k) parts.former |= IsFormerWord(words[k].key);
    // "Trump's campaign manager", "Trump campaign manager", "Obama's
    // defense secretary": someone who serves a named person has that
    // person's country and the office's own sector. A generic aide,
    // spokesman or lawyer keeps the principal's code ("Putin's spokesman" is
    // RUSGOV, "Sanders spokesman" his camp). Either way the phrase names the
    // person who serves, not the principal.
    const size_t head_end = head == nullptr ? 0 : head->start + head->len;
    if (head != nullptr && head->record->kind == ActorKind::kPerson && !CountryOfCode(head->code).empty() &&
        (words[head_end - 1].possessive ? best->start >= head_end : best->start == head_end)) {
      if (parts.agent != "GOV" && parts.agent != "JUD") {
        parts.base = std::string(CountryOfCode(head->code));
        parts.full.clear();
      }
      parts.full_is_person = false;
    }
  }
  return parts;
}

bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string Compose(const PhraseParts& p, std::string_view context_country) {
  if (!p.full.empty()) {
    if (p.former && p.full.size() > 3 && !CountryOfCode(p.full).empty()) {
      return std::string(CountryOfCode(p.full)) + "ELI";
    }
    return p.full;
  }
  std::string agent = p.agent;
  if (!agent.empty() && p.former && agent != "ELI") agent = "ELI";
  if (agent.empty()) return p.base;
  std::string base = p.base;
  if (base.empty()) base = context_country.empty() ? "---" : std::string(context_country);
  // IGO staff are the IGO; a country's GOV agent on a GOV code adds nothing.
  if ((StartsWith(base, "IGO") || StartsWith(base, "NGO")) && agent == "GOV") return base;
  if (EndsWith(base, agent)) return p.prefix + base;
  return p.agent_before ? agent + base : p.prefix + base + agent;
}

// Names an entity is known by, fullest first.
std::vector<std::string_view> EntityNames(const Analysis& a, const Entity& e) {
  std::vector<std::string_view> names;
  auto add = [&](std::string_view s) {
    if (!s.empty() && std::find(names.begin(), names.end(), s) == names.end()) names.push_back(s);
  };
  add(e.name);
  for (const std::string& alias : e.aliases) add(alias);
  for (const Mention& m : e.mentions) {
    if ((m.kind == MentionKind::kName || m.kind == MentionKind::kAcronym) && m.end <= a.text.size()) {
      add(a.Text(m.span()));
    }
  }
  return names;
}

// Index of the token starting at byte `start`, or -1.
int TokenAt(const Analysis& a, uint32_t start) {
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), start,
                             [](const Token& t, uint32_t s) { return t.start < s; });
  if (it == a.tokens.end() || it->start != start) return -1;
  return static_cast<int>(it - a.tokens.begin());
}

bool StopsPremodifier(const Token& t) {
  return t.kind != TokenKind::kWord && t.kind != TokenKind::kPossessive;
}

// "Ukrainian journalist [X]": up to 5 words before the mention in its
// sentence, stopping at punctuation, verbs, prepositions and conjunctions;
// with the mention itself when with_mention.
std::string_view Premodifier(const Analysis& a, const Mention& m, bool with_mention) {
  const int t = TokenAt(a, m.start);
  if (t < 0) return {};
  int first = t;
  for (int k = t - 1; k >= 0 && t - k <= 5; --k) {
    const Token& tok = a.tokens[k];
    if (StopsPremodifier(tok) || IsVerb(tok.pos) || tok.pos == Pos::kIN || tok.pos == Pos::kCC ||
        tok.pos == Pos::kWDT || tok.pos == Pos::kWP || tok.pos == Pos::kPRP) {
      break;
    }
    if (k + 1 < static_cast<int>(a.tokens.size()) && a.tokens[k + 1].paragraph_start && k + 1 <= t) break;
    first = k;
  }
  if (first == t) return {};
  if (!with_mention) return a.Text({a.tokens[first].start, a.tokens[t - 1].end});
  return a.Text({a.tokens[first].start, m.end});
}

// "[X], a senior fellow at the Carnegie Center,": the words between the
// comma after the mention and the next punctuation, at most 14 tokens.
std::string_view Appositive(const Analysis& a, const Mention& m) {
  int t = TokenAt(a, m.start);
  if (t < 0) return {};
  const int n = static_cast<int>(a.tokens.size());
  while (t < n && a.tokens[t].end <= m.end) ++t;
  if (t >= n || a.Text(a.tokens[t].span()) != ",") return {};
  const int first = t + 1;
  if (first >= n) return {};
  const Token& f = a.tokens[first];
  if (f.kind != TokenKind::kWord || IsVerb(f.pos) || f.pos == Pos::kWP || f.pos == Pos::kWDT ||
      f.pos == Pos::kPRP || f.pos == Pos::kIN) {
    return {};
  }
  int last = first;
  for (int k = first; k < n && k - first < 14; ++k) {
    const Token& tok = a.tokens[k];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kPossessive) break;
    if (IsVerb(tok.pos) && tok.pos != Pos::kVBN && tok.pos != Pos::kVBG) break;
    last = k;
  }
  return a.Text({a.tokens[first].start, a.tokens[last].end});
}

std::string CodeRole(const Model& model, const Role& role, std::optional<Date> date) {
  PhraseParts title = Analyze(model, role.title, date);
  // The role's country (the entity stage read it from "Russian President",
  // "US ambassador") is the person's; a country in the title may be where
  // they serve ("former Ambassador to NATO").
  if (!role.country.empty()) title.base = role.country;
  if (!role.org.empty()) {
    PhraseParts org = Analyze(model, role.org, date);
    if (!org.full.empty()) {
      if (title.former && !CountryOfCode(org.full).empty()) return std::string(CountryOfCode(org.full)) + "ELI";
      return org.full;
    }
    if (title.base.empty()) title.base = org.base;
    if (!org.agent.empty()) {
      title.agent = org.agent;
      title.agent_before = org.agent_before;
    } else if (IsLeaderTitle(lexicon::ActorKey(role.title))) {
      title.agent.clear();
    }
  } else if (role.country.empty() && !role.title.empty() && role.title[0] >= 'a' && role.title[0] <= 'z' &&
             IsLeaderTitle(lexicon::ActorKey(role.title))) {
    // "Luis Osuna, the president of the lawyers association": a leader's
    // title in lower case with no organisation read names an office of
    // some body, not the government's ("President Obama" is capitalised).
    title.agent.clear();
  }
  return Compose(title, {});
}

}  // namespace

std::string_view CountryOfCode(std::string_view code) {
  if (code.size() < 3 || StartsWith(code, "IGO") || StartsWith(code, "NGO") || StartsWith(code, "---") ||
      StartsWith(code, "IMG")) {
    return {};
  }
  return code.substr(0, 3);
}

std::string CodeText(const Model& model, std::string_view phrase, std::optional<Date> date,
                     std::string_view context_country) {
  return Compose(Analyze(model, phrase, date), context_country);
}

std::string CodeSpan(const Model& model, const Analysis& analysis, Span span, std::string_view context_country) {
  if (span.end > analysis.text.size() || span.empty()) return {};
  return CodeText(model, analysis.Text(span), analysis.date, context_country);
}

// `name` without the single-letter middle initials between its first and
// last words ("John R. Kasich" -> "John Kasich"); "" when it has none.
std::string WithoutMiddleInitials(std::string_view name) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < name.size();) {
    size_t space = name.find(' ', at);
    if (space == std::string_view::npos) space = name.size();
    if (space > at) words.push_back(name.substr(at, space - at));
    at = space + 1;
  }
  if (words.size() < 3) return {};
  std::string out(words[0]);
  bool dropped = false;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string_view w = words[i];
    const bool initial = i + 1 < words.size() && (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && w[0] >= 'A' &&
                         w[0] <= 'Z';
    if (initial) {
      dropped = true;
      continue;
    }
    out += ' ';
    out += w;
  }
  return dropped ? out : std::string();
}

// The entity's full name begins with a given name that the record's name
// lacks: "Melania Trump" and "Hunter Biden" are not the office-holders whose
// surnames they share, nor is "Jane Francis" the pope.
bool OtherGivenName(const Model& model, const std::vector<std::string_view>& names, const ActorRecord& r) {
  for (std::string_view name : names) {
    const size_t space = name.find(' ');
    if (space == std::string_view::npos) continue;
    const std::string_view given = name.substr(0, space);
    // Any first word that is no title and no initial ("Khizr Khan" is not
    // Imran Khan); "President Obama" and "J. Smith" say nothing.
    // An all-capital word ("AG Lynch") is an abbreviation, not a name.
    const bool first_name = given.size() >= 2 && given.back() != '.' && given[0] >= 'A' && given[0] <= 'Z' &&
                            !(given[1] >= 'A' && given[1] <= 'Z') && !model.gazetteer().IsTitleWord(given);
    if (first_name && !HasWord(r.name, given)) return true;
  }
  return false;
}

std::string CodeEntity(const Model& model, const Analysis& a, const Entity& e, std::optional<Date> date) {
  const ActorDictionary& dict = model.actors();
  const std::vector<std::string_view> names = EntityNames(a, e);

  if (e.type == EntityType::kPlace) {
    // "South China Sea" is no Chinese actor.
    for (std::string_view name : names) {
      const lexicon::RegionInfo* region = model.gazetteer().FindRegion(name);
      if (region != nullptr && region->water) return {};
    }
    // The actor dictionary's own code for the whole name wins over the
    // place index's country: dictionaries may use other codes ("ZIMBABWE
    // [RHO <790606] [ZBW]", "NEW_ZEALAND [NZE]").
    std::string whole;
    for (std::string_view name : names) {
      PhraseParts p = Analyze(model, name, date);
      if (!p.full.empty()) return p.full;  // "White House" tagged as a place
      if (whole.empty() && p.base_whole) whole = std::move(p.base);
    }
    // Only for a country or an unresolved place: the state of Georgia stays USA.
    if (!whole.empty() && (!e.place || e.place->kind == PlaceKind::kCountry || e.place->country.empty())) return whole;
    if (e.place && !e.place->country.empty()) return e.place->country;
    for (std::string_view name : names) {
      PhraseParts p = Analyze(model, name, date);
      if (!p.base.empty()) return p.base;
    }
    return {};
  }

  // 1. The names themselves. A person named in full with a given name is
  // not coded from a one-word form here ("Melania Trump" is also "Trump"):
  // step 2 takes the surname when the given names agree.
  std::string fallback;
  const bool given_full_name =
      e.type == EntityType::kPerson && std::any_of(names.begin(), names.end(), [&](std::string_view n) {
        const size_t space = n.find(' ');
        return space != std::string_view::npos && model.gazetteer().GivenName(n.substr(0, space)).has_value();
      });
  // "John R. Kasich", "Donald J. Trump": the dictionary may know the name
  // without its middle initial.
  std::vector<std::string> without_initials;
  if (e.type == EntityType::kPerson) {
    for (std::string_view name : names) {
      std::string stripped = WithoutMiddleInitials(name);
      if (!stripped.empty()) without_initials.push_back(std::move(stripped));
    }
  }
  std::vector<std::string_view> tried = names;
  tried.insert(tried.end(), without_initials.begin(), without_initials.end());
  for (std::string_view name : tried) {
    if (given_full_name && name.find(' ') == std::string_view::npos) continue;
    PhraseParts p = Analyze(model, name, date);
    // A person's name that holds an organisation's name ("Rand Paul",
    // "RAND") is not that organisation.
    if (!p.full.empty() && !(e.type == EntityType::kPerson && p.full_from_part)) return p.full;
    if (fallback.empty() && e.type != EntityType::kPerson) fallback = Compose(p, {});
  }
  if (e.type != EntityType::kPerson) {
    if (!fallback.empty()) return fallback;
  }

  if (e.type == EntityType::kPerson) {
    // 2. Surname alone ("Kellogg"), when the article never gives a full name
    // that the dictionary would know.
    for (std::string_view name : names) {
      std::string key = lexicon::ActorKey(name);
      if (key.find(' ') != std::string::npos) continue;
      const ActorRecord* r = dict.FindPersonBySurnameKey(key);
      if (r != nullptr && !OtherGivenName(model, names, *r)) return ActorDictionary::CodeAt(*r, date);
    }
    // "Wasserman Schultz": a surname of two words, the end of one known
    // person's name, not after a given name.
    for (std::string_view name : names) {
      std::string key = lexicon::ActorKey(name);
      const size_t space = key.rfind(' ');
      if (space == std::string::npos || model.gazetteer().GivenName(name.substr(0, name.find(' '))).has_value()) {
        continue;
      }
      const ActorRecord* r = dict.FindPersonBySurnameKey(std::string_view(key).substr(space + 1));
      if (r == nullptr) continue;
      const std::string record_key = lexicon::ActorKey(r->name);
      if (record_key.size() > key.size() && record_key.ends_with(key) &&
          record_key[record_key.size() - key.size() - 1] == ' ') {
        return ActorDictionary::CodeAt(*r, date);
      }
    }
    // 3. Roles.
    for (const Role& role : e.roles) {
      std::string code = CodeRole(model, role, date);
      if (!code.empty() && !StartsWith(code, "---")) return code;
      if (fallback.empty()) fallback = code;
    }
  }

  // 4. Words around the first name mention.
  for (const Mention& m : e.mentions) {
    if (m.kind != MentionKind::kName || m.end > a.text.size() || a.tokens.empty()) continue;
    // A person's own name was tried above; with the words before it, a
    // name that holds an organisation's ("Senator Rand Paul") would code as
    // that organisation.
    const bool person = e.type == EntityType::kPerson;
    for (std::string_view context : {Premodifier(a, m, !person), Appositive(a, m)}) {
      if (context.empty()) continue;
      // Words that name another person ("On Twitter, Former Florida Gov.
      // Jeb Bush called") give this entity nothing.
      const PhraseParts parts = Analyze(model, context, date);
      if (parts.full_is_person) continue;
      std::string code = Compose(parts, {});
      if (!code.empty() && !StartsWith(code, "---")) return code;
      if (fallback.empty()) fallback = code;
    }
    break;
  }
  return fallback;
}

}  // namespace readout::entities
