// Entity coder: the code of one entity. Names first (the whole name, then
// without middle initials), then for people an unambiguous surname, their
// roles, and the words around the first name mention ("Ukrainian journalist
// X", "X, a senior fellow at ..."); PLACE entities take their country. The
// phrases themselves are read by the phrase coder (phrase_parts.h). Split
// from actor_coder.cc, which codes any noun phrase.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "entities/actor_coder.h"
#include "entities/phrase_parts.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/actor_key.h"
#include "lexicon/gazetteer.h"
#include "text/ascii_words.h"

namespace readout::entities {

namespace {

using internal::AnalyzePhrase;
using internal::Compose;
using internal::HasWord;
using internal::IsLeaderTitle;
using internal::IsOfficeSector;
using internal::PhraseParts;
using lexicon::ActorDictionary;
using lexicon::ActorRecord;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

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
  // "X, complicit in targeting unions,", "X, critical of the party,": an
  // adjective that governs a phrase says what X does or thinks, not what X
  // is; the nouns inside it are someone else.
  int head = first;
  while (head < n && (a.tokens[head].pos == Pos::kRB || a.tokens[head].pos == Pos::kDT)) ++head;
  if (head + 1 < n && IsAdjective(a.tokens[head].pos) &&
      (a.tokens[head + 1].pos == Pos::kIN || a.tokens[head + 1].pos == Pos::kTO)) {
    return {};
  }
  int last = first;
  for (int k = first; k < n && k - first < 14; ++k) {
    const Token& tok = a.tokens[k];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kPossessive) break;
    if (IsVerb(tok.pos) && tok.pos != Pos::kVBN && tok.pos != Pos::kVBG) break;
    // "a Clinton supporter who is ...": the relative clause is read apart.
    if (tok.pos == Pos::kWP || tok.pos == Pos::kWDT) break;
    last = k;
  }
  return a.Text({a.tokens[first].start, a.tokens[last].end});
}

// "[X], a Clinton supporter who is the Democratic chairman in Nassau
// County": the noun phrase a relative "who is/was" after the appositive
// says X is, at most 10 words up to punctuation or a verb; "" otherwise.
std::string_view RelativePredicate(const Analysis& a, std::string_view appositive) {
  if (appositive.empty()) return {};
  const uint32_t end = static_cast<uint32_t>(appositive.data() + appositive.size() - a.text.data());
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), end,
                             [](const Token& t, uint32_t e) { return t.start < e; });
  const int n = static_cast<int>(a.tokens.size());
  int t = static_cast<int>(it - a.tokens.begin());
  if (t + 2 >= n || a.tokens[t].pos != Pos::kWP || !text::IEquals(a.Text(a.tokens[t].span()), "who")) return {};
  const std::string_view be = a.Text(a.tokens[t + 1].span());
  if (be != "is" && be != "was") return {};
  const int first = t + 2;
  int last = -1;
  for (int k = first; k < n && k - first < 10; ++k) {
    const Token& tok = a.tokens[k];
    if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kPossessive) break;
    if (IsVerb(tok.pos) || tok.pos == Pos::kWP || tok.pos == Pos::kWDT || tok.pos == Pos::kCC) break;
    // "in Nassau County": where the office is, not whose (Nassau is also
    // the Bahamas' capital).
    const std::string_view w = a.Text(tok.span());
    if (w == "in" || w == "at" || w == "on" || w == "near" || w == "from") break;
    last = k;
  }
  if (last < first) return {};
  return a.Text({a.tokens[first].start, a.tokens[last].end});
}

// A title that says the post is past: "former president", "ex-chairman".
bool IsFormerTitle(std::string_view title) {
  for (std::string_view word : {"former ", "Former ", "ex-", "Ex-", "onetime ", "one-time ", "retired ", "Retired "}) {
    if (title.starts_with(word)) return true;
  }
  return false;
}

std::string CodeRole(const Model& model, const Role& role, std::optional<Date> date) {
  PhraseParts title = AnalyzePhrase(model, role.title, date);
  // The role's country (the entity stage read it from "Russian President",
  // "US ambassador") is the person's; a country in the title may be where
  // they serve ("former Ambassador to NATO").
  if (!role.country.empty()) title.base = role.country;
  if (!role.org.empty()) {
    PhraseParts org = AnalyzePhrase(model, role.org, date);
    // "former official" is itself an agent phrase (ELI): out of office.
    const bool former = title.former || title.agent == "ELI";
    // A former office of state makes the elite (ELI); a former post at a
    // college or company keeps that body's sector, as the phrase coder
    // does ("former president of Dartmouth College").
    const std::string_view org_sector =
        org.full.size() > 3 ? std::string_view(org.full).substr(3) : std::string_view(org.agent);
    // With a body that says nothing ("former reporter, Breitbart"), the
    // title says what the post was: a former reporter is still the media.
    const bool title_office = title.agent.empty() || title.agent == "ELI" || IsOfficeSector(title.agent) ||
                              title.agent == "PTY" || title.candidate;
    const bool office =
        (org_sector.empty() ? title_office : IsOfficeSector(org_sector)) || org.full.starts_with("IGO");
    if (!org.full.empty()) {
      if (former && office && !CountryOfCode(org.full).empty()) return std::string(CountryOfCode(org.full)) + "ELI";
      return org.full;
    }
    if (title.base.empty()) title.base = org.base;
    if (former && office) {
      title.agent = "ELI";
    } else if (!org.agent.empty()) {
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


// `name` without a generational suffix ("Harry Hurt III" -> "Harry Hurt").
std::string_view WithoutSuffix(std::string_view name) {
  for (std::string_view suffix : {" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"}) {
    if (name.ends_with(suffix)) return name.substr(0, name.size() - suffix.size());
  }
  return name;
}

std::string_view LastWord(std::string_view s) {
  const size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// Another person of the article bears this surname with a given name that
// the record's name lacks: "Mr. Hurt" after "Harry Hurt III" is not the
// congressman Robert Hurt, even when the two were not joined as one entity.
bool ArticleNamesOtherBearer(const Model& model, const Analysis& a, const Entity& self, std::string_view surname,
                             const ActorRecord& r) {
  for (const Entity& other : a.entities) {
    if (&other == &self || other.type != EntityType::kPerson) continue;
    const std::string_view name = WithoutSuffix(other.name);
    if (name.find(' ') == std::string_view::npos || !text::IEquals(LastWord(name), surname)) continue;
    if (OtherGivenName(model, {name}, r)) return true;
  }
  return false;
}

// Whether every letter of `s` is a capital ("FICO", "NATO").
bool AllCapitals(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

std::string CodeEntityImpl(const Model& model, const Analysis& a, const Entity& e, std::optional<Date> date,
                           bool principals);

// The entity of the article that `name` names in full: its name, an
// alias, a mention's text, or its surname after a title ("Mrs. Clinton",
// "Sen. Sanders"); the most mentioned when several do. nullptr if none.
const Entity* NamedEntity(const Model& model, const Analysis& a, const Entity& self, std::string_view name) {
  if (name.empty() || name[0] < 'A' || name[0] > 'Z') return nullptr;
  std::string_view surname;
  const size_t space = name.find(' ');
  if (space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos &&
      model.gazetteer().IsTitleWord(name.substr(0, space))) {
    surname = name.substr(space + 1);
  }
  const Entity* found = nullptr;
  for (const Entity& other : a.entities) {
    if (&other == &self || (other.type != EntityType::kPerson && other.type != EntityType::kOrg)) continue;
    bool named = text::IEquals(other.name, name) ||
                 (!surname.empty() && text::IEquals(LastWord(WithoutSuffix(other.name)), surname));
    for (size_t k = 0; k < other.aliases.size() && !named; ++k) named = text::IEquals(other.aliases[k], name);
    for (size_t k = 0; k < other.mentions.size() && !named; ++k) {
      const Mention& m = other.mentions[k];
      named = m.end <= a.text.size() && text::IEquals(a.Text(m.span()), name);
    }
    if (named && (found == nullptr || other.mentions.size() > found->mentions.size())) found = &other;
  }
  return found;
}

std::string_view WithoutPossessive(std::string_view s) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (s.ends_with(suffix)) return s.substr(0, s.size() - suffix.size());
  }
  return s;
}

// "spokesman for Ryan", "a senior adviser to Mrs. Clinton", "Sanders's
// spokesman", "Obama's former budget director": a title of someone who
// serves a principal whom the article names as another entity. A
// spokesman, aide, adviser or lawyer keeps the principal's code (the
// principal rule of the phrase coder); another office takes the
// principal's country and its own sector ("campaign manager for Trump"
// USAPTY); "former" makes it ELI. "" when the phrase is no such title.
std::string PrincipalCode(const Model& model, const Analysis& a, const Entity& self, std::string_view phrase,
                          std::optional<Date> date) {
  if (self.type != EntityType::kPerson) return {};
  std::string_view title;
  const Entity* principal = nullptr;
  size_t at = std::string_view::npos;
  size_t rest = 0;
  bool former_before = false;
  bool after_article = false;  // "a top Clinton aide": lower-case words first
  for (std::string_view prep : {" for ", " to "}) {
    const size_t k = phrase.rfind(prep);
    if (k != std::string_view::npos && (at == std::string_view::npos || k > at)) at = k, rest = k + prep.size();
  }
  // "an adviser to Mr. Sanders and past president of the union": a list
  // of roles, of which the office read by the phrase coder says more.
  bool campaign = false;
  if (at != std::string_view::npos && phrase.find(" and ", rest) == std::string_view::npos) {
    std::string_view name = phrase.substr(rest);
    name = name.substr(0, name.find(','));
    name = WithoutPossessive(name);
    // "the Feingold campaign": the person's campaign, party politics.
    if (name.starts_with("the ")) name.remove_prefix(4);
    if (name.ends_with(" campaign")) {
      name.remove_suffix(9);
      campaign = true;
    }
    principal = NamedEntity(model, a, self, name);
    title = phrase.substr(0, at);
    if (principal != nullptr && campaign && principal->type != EntityType::kPerson) principal = nullptr;
  }
  if (principal == nullptr) {
    // "Clinton spokesman", "Trump campaign manager", "a top Clinton aide":
    // a name of the article written before the title, without a
    // possessive, after at most three lower-case words (an article and
    // adjectives; "former" among them is kept in the title).
    size_t start = 0;
    for (int skipped = 0; skipped < 3 && start < phrase.size() && phrase[start] >= 'a' && phrase[start] <= 'z';
         ++skipped) {
      const size_t space = phrase.find(' ', start);
      if (space == std::string_view::npos) break;
      start = space + 1;
    }
    if (start < phrase.size() && !(phrase[start] >= 'A' && phrase[start] <= 'Z')) start = 0;
    size_t end = start;
    while (end < phrase.size()) {
      const size_t space = phrase.find(' ', end);
      if (space == std::string_view::npos || !(phrase[end] >= 'A' && phrase[end] <= 'Z')) break;
      end = space + 1;
    }
    if (end > start && end < phrase.size() && phrase[end] >= 'a' && phrase[end] <= 'z') {
      const Entity* named = NamedEntity(model, a, self, phrase.substr(start, end - 1 - start));
      if (named != nullptr && named->type == EntityType::kPerson) {
        principal = named;
        title = phrase.substr(end);
        former_before = phrase.substr(0, start).find("former") != std::string_view::npos;
        after_article = start > 0;
      }
    }
  }
  if (principal == nullptr) {
    // "Sanders's spokesman": a possessive name first.
    for (size_t k = 0; k + 1 < phrase.size() && principal == nullptr; ++k) {
      if (phrase[k] != '\'' && !(phrase.compare(k, 3, "\xE2\x80\x99") == 0)) continue;
      const size_t after = phrase.find(' ', k);
      if (after == std::string_view::npos) break;
      principal = NamedEntity(model, a, self, phrase.substr(0, k));
      title = phrase.substr(after + 1);
    }
  }
  if (principal == nullptr) return {};
  const PhraseParts parts = AnalyzePhrase(model, title, date);
  if (!parts.full.empty() || !parts.base.empty()) return {};
  // "a Clinton supporter", "a Podesta employee": support and employment
  // are read by the appositive rules below (an office in a relative clause
  // outranks support; an employee works for a body).
  if (after_article && (parts.agent == "CVL" || parts.agent == "LAB")) return {};
  bool former = parts.former || former_before;
  for (std::string_view word : {"former ", "Former ", "ex-", "onetime ", "one-time "}) {
    former |= title.find(word) != std::string_view::npos;
  }
  if (parts.agent.empty() && !former) return {};
  // The stage codes entities in order: a principal named later is coded
  // here (without principals of its own, so no cycle).
  const std::string code =
      principal->actor.empty() ? CodeEntityImpl(model, a, *principal, date, /*principals=*/false) : principal->actor;
  const std::string_view country = CountryOfCode(code);
  // A former party or campaign post stays party politics (IsOfficeSector).
  if (former && parts.agent == "PTY" && !parts.candidate) return country.empty() ? std::string() : std::string(country) + "PTY";
  if (former) return country.empty() ? std::string() : std::string(country) + "ELI";
  if (campaign) return country.empty() ? std::string() : std::string(country) + "PTY";
  if (code.empty() || parts.agent == "GOV" || parts.agent == "JUD") return code;
  return country.empty() ? std::string() : std::string(country) + parts.agent;
}

// "representative for Mr.", "adviser to Sen.": a title that ends in the
// honorific of the person it serves.
bool EndsWithServedTitle(const Model& model, std::string_view title) {
  const std::string_view last = LastWord(title);
  const bool honorific = last == "Mr" || last == "Mrs" || last == "Ms" || last == "Dr" ||
                         (last.ends_with('.') && model.gazetteer().IsTitleWord(last));
  if (last.size() == title.size() || !honorific) return false;
  const std::string_view before = LastWord(title.substr(0, title.size() - last.size() - 1));
  return before == "for" || before == "to" || before == "of";
}

// "W.W. Norton", "J.P. Morgan": two or more initials ("X.Y.") before a
// capitalised word, the initials unknown to the actor dictionary.
bool StartsWithUnknownInitials(const Model& model, std::string_view name) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || space + 1 >= name.size() || name[space + 1] < 'A' ||
      name[space + 1] > 'Z') {
    return false;
  }
  const std::string_view first = name.substr(0, space);
  if (first.size() < 4 || first.size() % 2 != 0) return false;
  for (size_t k = 0; k < first.size(); k += 2) {
    if (first[k] < 'A' || first[k] > 'Z' || first[k + 1] != '.') return false;
  }
  return model.actors().FindActor(first) == nullptr;
}

// Whether byte `at` lies inside a mention of a person other than `self`.
bool InOtherPerson(const Analysis& a, const Entity& self, uint32_t at) {
  for (const Entity& other : a.entities) {
    if (&other == &self || other.type != EntityType::kPerson) continue;
    for (const Mention& m : other.mentions) {
      if (m.start <= at && at < m.end) return true;
    }
  }
  return false;
}

std::string CodeEntityImpl(const Model& model, const Analysis& a, const Entity& e, std::optional<Date> date,
                           bool principals) {
  const ActorDictionary& dict = model.actors();
  const std::vector<std::string_view> names = EntityNames(a, e);

  if (e.type == EntityType::kPlace) {
    // "W.W. Norton" (a publisher) is no town: a place is not named after
    // initials, unless they are a known name themselves ("U.S. Virgin
    // Islands").
    for (std::string_view name : names) {
      if (StartsWithUnknownInitials(model, name)) return {};
    }
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
      PhraseParts p = AnalyzePhrase(model, name, date);
      if (!p.full.empty()) return p.full;  // "White House" tagged as a place
      if (whole.empty() && p.base_whole) whole = std::move(p.base);
    }
    // Only for a country or an unresolved place: the state of Georgia stays USA.
    if (!whole.empty() && (!e.place || e.place->kind == PlaceKind::kCountry || e.place->country.empty())) return whole;
    if (e.place && !e.place->country.empty()) return e.place->country;
    for (std::string_view name : names) {
      PhraseParts p = AnalyzePhrase(model, name, date);
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
    PhraseParts p = AnalyzePhrase(model, name, date);
    // A person's name that holds an organisation's name ("Rand Paul",
    // "RAND") is not that organisation.
    // Nor is an organisation's acronym a person's name ("FICO" is not
    // Robert Fico).
    const bool acronym_of_person = e.type != EntityType::kPerson && p.full_is_person && AllCapitals(name);
    if (acronym_of_person) continue;
    // "Kuchma" (a listed one-word alias) after "Tomas Kuchma III".
    if (e.type == EntityType::kPerson && p.full_is_person && name.find(' ') == std::string_view::npos) {
      const ActorRecord* r = dict.FindActor(name);
      if (r != nullptr && ArticleNamesOtherBearer(model, a, e, name, *r)) continue;
    }
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
      if (r != nullptr && !OtherGivenName(model, names, *r) && !ArticleNamesOtherBearer(model, a, e, name, *r)) {
        return ActorDictionary::CodeAt(*r, date);
      }
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
    // 3. Roles: the present ones first; a former post ("former president,
    // Dartmouth College") only when no present role gives a code.
    std::vector<const Role*> ordered;
    for (const bool former_pass : {false, true}) {
      for (const Role& role : e.roles) {
        if (IsFormerTitle(role.title) == former_pass) ordered.push_back(&role);
      }
    }
    for (const Role* role_ptr : ordered) {
      const Role& role = *role_ptr;
      // "A representative for Mr. Pinchuk" gives Pinchuk the role
      // "representative for Mr.": the title of the one who serves him.
      if (EndsWithServedTitle(model, role.title)) continue;
      std::string code = principals && role.org.empty() ? PrincipalCode(model, a, e, role.title, date) : std::string();
      if (code.empty()) code = CodeRole(model, role, date);
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
    const std::string_view appositive = Appositive(a, m);
    // A supporter is a private person only when nothing says more: "a
    // Clinton supporter who is the Democratic chairman in Nassau County"
    // holds a party office.
    const std::string_view relative = person ? RelativePredicate(a, appositive) : std::string_view();
    bool supporter_fallback = false;
    for (std::string_view context : {Premodifier(a, m, !person), appositive, relative}) {
      if (context.empty()) continue;
      // "Amy Schumer, Janelle Monae and ...": a list of people, no
      // appositive.
      std::string code = principals ? PrincipalCode(model, a, e, context, date) : std::string();
      if (!code.empty()) return code;
      if (context.data() == appositive.data() &&
          InOtherPerson(a, e, static_cast<uint32_t>(context.data() - a.text.data()))) {
        continue;
      }
      // Words that name another person ("On Twitter, Former Florida Gov.
      // Jeb Bush called") give this entity nothing.
      const PhraseParts parts = AnalyzePhrase(model, context, date);
      if (parts.full_is_person) continue;
      code = Compose(parts, {});
      // "Congressman Chris Collins, a Trump supporter", "House Speaker Tim
      // Moore, both Republicans": the office read before (---LEG) keeps its
      // sector and takes the country; support or party membership is no
      // office.
      if (StartsWith(fallback, "---") && fallback.size() > 3 && code.size() == 6 &&
          (code.ends_with("CVL") || code.ends_with("PTY")) && !CountryOfCode(code).empty()) {
        return std::string(CountryOfCode(code)) + fallback.substr(3);
      }
      const bool supporter = code.ends_with("CVL") && !relative.empty() && context.data() == appositive.data();
      if (!code.empty() && !StartsWith(code, "---") && !supporter) return code;
      if (fallback.empty() || (supporter_fallback && !code.empty())) {
        fallback = code;
        supporter_fallback = supporter;
      }
    }
    break;
  }
  return fallback;
}

}  // namespace

std::string CodeEntity(const Model& model, const Analysis& a, const Entity& e, std::optional<Date> date) {
  return CodeEntityImpl(model, a, e, date, /*principals=*/true);
}

}  // namespace readout::entities
