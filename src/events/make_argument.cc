// The argument a phrase makes: the entity named at its head (or inside it,
// before its first of/in/from phrase), its actor code, widened by the
// phrase's own words where they name a sector ("the Calenardhon
// government"), else the referent of a title ("the president") or the code
// of the phrase's words (entities::CodeSpan). Split from arguments.cc,
// which finds the phrases.
#include <algorithm>

#include "entities/actor_coder.h"
#include "events/arguments.h"
#include "events/nominal_referent.h"
#include "lexicon/gazetteer.h"
#include "lexicon/place_index.h"
#include "text/ascii_words.h"

namespace readout::events {
namespace {

// True when every token of the phrase but determiners belongs to entity e.
bool OnlyEntity(const SentenceParse& p, const Phrase& ph, int e) {
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    if (p.EntityAt(i) != e && p.token(i).pos != Pos::kDT) return false;
  }
  return true;
}

// A person's name that is a given name and a surname, with no title in
// it ("Kerry Washington"; not "Bree Prime Minister Romendacil").
bool IsPersonalName(const Model& model, const Entity& e) {
  const std::string_view name = e.name;
  const size_t space = name.find(' ');
  if (e.type != EntityType::kPerson || space == std::string_view::npos || name.find(' ', space + 1) != std::string_view::npos) {
    return false;
  }
  return model.gazetteer().GivenName(name.substr(0, space)).has_value() &&
         !model.gazetteer().IsTitleWord(name.substr(space + 1));
}

// The code of a phrase whose tokens [from, end) are common nouns after
// entity `e`: a person's is coded with the person's name before them (the
// actor coder's principal rule: "Hillary Clinton supporters" USACVL, an
// aide keeps the person's code); a party's takes an office of state after
// it with the party's country ("Republican state attorney" USAJUD). ""
// when the words are no such head or say nothing new.
std::string ModifierEntityCode(const Model& model, const SentenceParse& p, int e, uint32_t from, uint32_t end) {
  const Analysis& a = p.analysis();
  const Entity& entity = a.entities[e];
  std::string rest;
  // "Donald Trump's campaign chairman", "Mr. Yanukovych's former party": a
  // person's possessive before the head is a principal too; adjectives
  // may come between.
  const bool possessive =
      entity.type == EntityType::kPerson && from + 1 < end &&
      (p.token(from).kind == TokenKind::kPossessive || p.token(from).pos == Pos::kPOS);
  if (possessive) ++from;
  // "the Republican presidential front-runner", "the Democratic nominee":
  // one who runs for office, whom CAMEO codes ELI until they hold it (as
  // the candidates' own records are), not the party; adjectives may come
  // between.
  if (entity.type != EntityType::kPerson && entity.actor.ends_with("PTY") &&
      !entities::CountryOfCode(entity.actor).empty()) {
    const std::string_view head = p.Lower(end - 1);
    bool candidate = head == "nominee" || head == "nominees" || head == "candidate" || head == "candidates" ||
                     head == "front-runner" || head == "front-runners" || head == "frontrunner" ||
                     head == "hopeful" || head == "hopefuls";
    for (uint32_t i = from; candidate && i + 1 < end; ++i) {
      candidate = IsAdjective(p.token(i).pos) || p.token(i).pos == Pos::kNN;
    }
    if (candidate) return std::string(entities::CountryOfCode(entity.actor)) + "ELI";
  }
  const Pos last = p.token(end - 1).pos;
  if (last != Pos::kNN && last != Pos::kNNS) return {};
  for (uint32_t i = from; i < end; ++i) {
    const Pos pos = p.token(i).pos;
    if (pos != Pos::kNN && pos != Pos::kNNS && !(possessive && pos == Pos::kJJ)) return {};
    if (!rest.empty()) rest += ' ';
    rest += a.Text(p.token(i).span());
  }
  if (entity.type == EntityType::kPerson) {
    const std::string code =
        entities::CodeText(model, entity.name + (possessive ? "'s " : " ") + rest, a.date);
    // Only a code the person's own would not give (the name unknown to
    // the dictionaries gives none).
    return code.size() > 3 && !code.starts_with("---") ? code : std::string();
  }
  // "Verizon workers", "Verizon customers": a company's workers are labour,
  // its customers private people (the phrase coder's rule).
  if (entity.actor.ends_with("BUS")) {
    const std::string code = entities::CodeText(model, entity.name + " " + rest, a.date);
    return code.ends_with("LAB") || code.ends_with("CVL") ? code : std::string();
  }
  const std::string_view country = entities::CountryOfCode(entity.actor);
  if (country.empty() || !entity.actor.ends_with("PTY")) return {};
  // "Republican leaders", "Democratic officials": the party's own people,
  // not the government's.
  const std::string_view head = p.Lower(end - 1);
  if (head == "leader" || head == "leaders" || head == "leadership" || head == "official" || head == "officials") {
    return {};
  }
  const std::string office = entities::CodeText(model, rest, a.date);
  if (office == "---GOV" || office == "---LEG" || office == "---JUD") return std::string(country) + office.substr(3);
  return {};
}

// "Sen. Dianne Feinstein of California, the ranking Democrat on the
// committee, who said", "Michael Demastus, pastor of a church and a Cruz
// supporter, said": a phrase opening with an article that stands after a
// person's name and a comma (with an of/from place or body between, or
// after a first appositive and "and") is that person. The person entity,
// or -1.
int AppositivePerson(const SentenceParse& p, const Phrase& ph) {
  const Analysis& a = p.analysis();
  if (ph.first < 2) return -1;
  const std::string_view det = p.Lower(ph.first);
  if (det != "a" && det != "an" && det != "the") return -1;
  // A singular head: "the ranking Democrat", not "the Republicans".
  uint32_t head = ph.first + 1;
  while (head + 1 < ph.end && p.token(head + 1).pos != Pos::kIN) ++head;
  if (p.token(head).pos == Pos::kNNS || p.token(head).pos == Pos::kNNPS) return -1;
  // "Hama Tuk, the mother of a soldier killed in ...": a phrase with an
  // of-phrase is often cut from a longer one (the soldier was killed).
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    if (p.Lower(i) == "of") return -1;
  }
  int comma = static_cast<int>(ph.first) - 1;
  if (p.Lower(comma) == "and") {
    // "..., pastor of the church and a Cruz supporter": back over the first
    // appositive (no verb in it) to its comma.
    int k = comma - 1;
    while (k > 0 && comma - k < 14 && p.Lower(k) != "," && !IsVerb(p.token(k).pos)) --k;
    if (k <= 0 || p.Lower(k) != ",") return -1;
    comma = k;
  }
  if (p.Lower(comma) != ",") return -1;
  int k = comma - 1;
  // "Feinstein of California,": a place or body after the name.
  const int pp = p.EntityAt(k);
  if (pp >= 0 && a.entities[pp].type != EntityType::kPerson) {
    while (k > 0 && p.EntityAt(k) == pp) --k;
    if (p.Lower(k) == "the") --k;
    if (k <= 0 || (p.Lower(k) != "of" && p.Lower(k) != "from")) return -1;
    --k;
  }
  const int person = p.EntityAt(k);
  if (person < 0 || a.entities[person].type != EntityType::kPerson) return -1;
  // "In an interview with hosts Joe Scarborough and Mika Brzezinski, the
  // candidate stated": a name after a preposition or "and" ends a fronted
  // phrase or a list; the phrase after the comma is the clause's subject.
  while (k > 0 && p.EntityAt(k - 1) == person) --k;
  if (k > 0) {
    const Pos before = p.token(k - 1).pos;
    if (before == Pos::kIN || before == Pos::kCC || before == Pos::kTO) return -1;
  }
  return person;
}

// The coded organisation or group whose council, board or committee the
// phrase names, in an of/for phrase right after it ("The executive
// council for the 1.6 million member AFT", "the executive board of the
// NEA"); -1 otherwise.
int BodyAfter(const SentenceParse& p, const Phrase& ph) {
  const Analysis& a = p.analysis();
  if (ph.end <= ph.first || ph.end + 1 >= p.end()) return -1;
  const std::string_view head = p.Lower(ph.end - 1);
  if (head != "council" && head != "board" && head != "committee" && head != "leadership") return -1;
  if (p.Lower(ph.end) != "of" && p.Lower(ph.end) != "for") return -1;
  for (uint32_t k = ph.end + 1; k < p.end() && k < ph.end + 8; ++k) {
    const int e = p.EntityAt(k);
    if (e >= 0) {
      const Entity& body = a.entities[e];
      const bool coded = !body.actor.empty() && !body.actor.starts_with("---");
      return (body.type == EntityType::kOrg || body.type == EntityType::kGroup) && coded ? e : -1;
    }
    const Pos pos = p.token(k).pos;
    if (pos != Pos::kDT && pos != Pos::kCD && pos != Pos::kJJ && pos != Pos::kNN && pos != Pos::kNNP) return -1;
  }
  return -1;
}

// "the court" after "the Supreme Court", "the committee" after "the House
// Judiciary Committee": a coded organisation whose name ends in the
// phrase's one noun, named before it in its sentence or the two before
// (the nearest); -1 otherwise.
int NamedBodyBefore(const SentenceParse& p, const Phrase& ph) {
  const Analysis& a = p.analysis();
  if (ph.end != ph.first + 2 || p.Lower(ph.first) != "the" || p.token(ph.first + 1).pos != Pos::kNN) return -1;
  const std::string_view head = p.Lower(ph.first + 1);
  const uint32_t at = p.token(ph.first).start;
  // The sentence of the phrase, and the first byte of the two before.
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), at,
                             [](uint32_t v, const Sentence& s) { return v < s.start; });
  const size_t sentence = it == a.sentences.begin() ? 0 : static_cast<size_t>(it - a.sentences.begin()) - 1;
  const uint32_t from = a.sentences[sentence >= 2 ? sentence - 2 : 0].start;
  int best = -1;
  uint32_t best_at = 0;
  for (size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& body = a.entities[e];
    if (body.type != EntityType::kOrg || body.actor.empty() || body.actor.starts_with("---")) continue;
    const size_t space = body.name.rfind(' ');
    const std::string_view last = std::string_view(body.name).substr(space == std::string::npos ? 0 : space + 1);
    if (space == std::string::npos || !text::IEquals(last, head)) continue;
    for (const Mention& m : body.mentions) {
      if (m.start >= at) break;
      if (m.start >= from && m.start >= best_at) best = static_cast<int>(e), best_at = m.start;
    }
  }
  return best;
}

// "its defense of Planned Parenthood, the abortion business that is
// being investigated": a singular phrase opening with an article right
// after a coded organisation's or group's name and a comma names that
// body. Not after an opening prepositional phrase ("In an interview with
// CNN, the candidate said"); -1 otherwise.
int AppositiveBody(const SentenceParse& p, const Phrase& ph) {
  const Analysis& a = p.analysis();
  if (ph.first < p.first() + 2) return -1;
  const std::string_view det = p.Lower(ph.first);
  if (det != "a" && det != "an" && det != "the") return -1;
  for (uint32_t i = ph.first; i < ph.end; ++i) {
    if (p.Lower(i) == "of" || p.token(i).pos == Pos::kNNS || p.token(i).pos == Pos::kNNPS) return -1;
  }
  if (p.Lower(ph.first - 1) != ",") return -1;
  const int body = p.EntityAt(ph.first - 2);
  if (body < 0) return -1;
  const Entity& e = a.entities[body];
  if ((e.type != EntityType::kOrg && e.type != EntityType::kGroup) || e.actor.empty() || e.actor.starts_with("---")) {
    return -1;
  }
  // A sentence that opens with a preposition and has no verb before the
  // name is a fronted phrase: the phrase after the comma is the subject.
  if (p.token(p.first()).pos == Pos::kIN || p.token(p.first()).pos == Pos::kTO) {
    bool verb = false;
    for (uint32_t i = p.first(); i + 2 < ph.first && !verb; ++i) verb = IsVerb(p.token(i).pos);
    if (!verb) return -1;
  }
  // "Facebook, Google, Twitter and the company": a list, no appositive.
  for (uint32_t i = ph.end; i < p.end() && i < ph.end + 2; ++i) {
    if (p.Lower(i) == "and" || p.Lower(i) == "or") return -1;
  }
  return body;
}

}  // namespace

EventArgument MakeArgument(const Model& model, const SentenceParse& p, const Phrase& ph) {
  EventArgument arg;
  const Analysis& a = p.analysis();
  // Prefer the entity at the head (the last named token), else any inside;
  // a phrase that names someone before its first of/in/from phrase is
  // theirs ("an Islamic State target southwest of Baghdad").
  uint32_t own_end = ph.end;
  for (uint32_t i = ph.first + 1; i < ph.end; ++i) {
    const std::string_view w = p.Lower(i);
    if (w == "of" || w == "in" || w == "from") {
      if (HasEntityIn(p, {ph.first, i})) own_end = i;
      break;
    }
  }
  int entity_last = -1;
  for (int i = static_cast<int>(own_end) - 1; i >= static_cast<int>(ph.first); --i) {
    int e = p.EntityAt(i);
    if (e >= 0) {
      arg.entity = e;
      entity_last = i;
      break;
    }
  }
  if (arg.entity >= 0) arg.actor = a.entities[arg.entity].actor;
  // "American servicemen in Vietnam", "officials in Puerto Rico": a place
  // after in/at/near is where the actor is; the words before it name the
  // actor, and the place gives only a missing country.
  if (arg.entity >= 0 && a.entities[arg.entity].type == EntityType::kPlace) {
    uint32_t f = static_cast<uint32_t>(entity_last);
    while (f > ph.first && p.EntityAt(f - 1) == arg.entity) --f;
    const std::string_view prep = f > ph.first + 1 ? p.Lower(f - 1) : std::string_view();
    if (prep == "in" || prep == "at" || prep == "near") {
      std::string head = entities::CodeSpan(model, a, {p.token(ph.first).start, p.token(f - 2).end});
      if (head.starts_with("---") && head.size() > 3 && !entities::CountryOfCode(arg.actor).empty()) {
        // A territory coded as a part of its country ("Puerto Rico" USAPRI,
        // a region of the place index whose own code is the part after the
        // country) keeps the whole code: "officials in Puerto Rico" USAPRIGOV.
        const lexicon::Region* region = model.places().FindRegion(a.entities[arg.entity].name);
        const bool territory = arg.actor.size() == 6 && region != nullptr && region->country == arg.actor.substr(3);
        head = (territory ? arg.actor : std::string(entities::CountryOfCode(arg.actor))) + head.substr(3);
      }
      if (!head.empty() && !head.starts_with("---")) {
        arg.actor = std::move(head);
        arg.entity = -1;
        arg.span = {p.token(std::min(ph.span_first, ph.first)).start,
                    p.token((ph.span_end ? std::max(ph.span_end, ph.end) : ph.end) - 1).end};
        return arg;
      }
    }
  }
  // "Sanders supporters", "a top Clinton fundraiser", "the Republican state
  // attorney": a person or party before the phrase's head noun modifies it;
  // the phrase names someone else.
  if (arg.entity >= 0 && entity_last + 1 < static_cast<int>(own_end)) {
    std::string code = ModifierEntityCode(model, p, arg.entity, entity_last + 1, own_end);
    if (!code.empty() && code != arg.actor) {
      arg.actor = std::move(code);
      arg.entity = -1;
    }
  }
  arg.span = {p.token(ph.first).start, p.token(ph.end - 1).end};
  const Span shown{p.token(std::min(ph.span_first, ph.first)).start,
                   p.token((ph.span_end ? std::max(ph.span_end, ph.end) : ph.end) - 1).end};
  // A one-word "person" that the actor dictionary knows as a country is
  // the country: "Rohan" in "Mordor, Rohan, Fornost and Bree" (also a given
  // name, and coded from its neighbour as if "Rohan, Fornost" were a role).
  if (arg.entity >= 0 && arg.actor.size() <= 3 && a.entities[arg.entity].type == EntityType::kPerson &&
      a.entities[arg.entity].name.find(' ') == std::string::npos && ph.end == ph.first + 1 &&
      IsProperNoun(p.token(ph.first).pos)) {
    std::string code = entities::CodeSpan(model, a, arg.span);
    if (code.size() == 3 && code != "---") arg.actor = std::move(code);
  }
  bool pronoun = ph.end == ph.first + 1 && (p.token(ph.first).pos == Pos::kPRP || p.token(ph.first).pos == Pos::kPRPS);
  // A shared head names the sector: "the ambassadors of [Arnor]" -> ARNGOV.
  if (ph.head_end > ph.head_first && arg.entity >= 0 && !arg.actor.empty() && arg.actor.size() <= 6) {
    Span head{p.token(ph.head_first).start, p.token(ph.head_end - 1).end};
    std::string code = entities::CodeSpan(model, a, head, entities::CountryOfCode(arg.actor));
    if (code.size() > 3 && code.starts_with(arg.actor)) arg.actor = std::move(code);
    arg.span = shown;
    return arg;
  }
  // The phrase around a country or organisation can name its sector: "the
  // Calenardhon government" is CALGOV, "soldiers from Gondor" GONMIL. The
  // phrase's code wins when it extends the entity's.
  if (arg.entity >= 0 && !arg.actor.empty() && arg.actor.size() <= 6 && !OnlyEntity(p, ph, arg.entity)) {
    std::string phrase = entities::CodeSpan(model, a, arg.span);
    // "Senator Bernie Sanders of Vermont": ---LEG gains the country USA.
    const bool fills_country = arg.actor.starts_with("---") && phrase.size() == arg.actor.size() &&
                               !phrase.starts_with("---") && phrase.ends_with(arg.actor.substr(3));
    // An agent written before the name extends it at the front: "MSF
    // Arnor diplomat" is NGO + ARN + GOV with PETRARCH's agents.
    const size_t at = phrase.find(arg.actor);
    const bool extends = phrase.size() > arg.actor.size() && (at == 0 || at == 3);
    if (extends || fills_country) {
      arg.actor = std::move(phrase);
    }
  }
  // An entity coded by its sector alone ("minister Calimehtar", ---GOV)
  // takes the country its phrase gives: "Ithilen's awful and evil minister
  // Calimehtar" is ITHGOV.
  if (arg.entity >= 0 && arg.actor.starts_with("---") && !OnlyEntity(p, ph, arg.entity)) {
    std::string phrase = entities::CodeSpan(model, a, arg.span);
    // Only a country that another name in the phrase gives.
    bool named = false;
    for (uint32_t i = ph.first; i < ph.end && !named && phrase.size() >= 3 && !phrase.starts_with("---"); ++i) {
      const int e = p.EntityAt(i);
      named = e >= 0 && e != arg.entity && a.entities[e].actor.size() >= 3 &&
              phrase.compare(0, 3, a.entities[e].actor, 0, 3) == 0;
    }
    if (named) arg.actor = std::move(phrase);
  }
  // A shared possessor names whom the conjunct acts for: "allies" in
  // "Mrs. Clinton's aides and allies".
  for (uint32_t i = ph.modifier_first; arg.entity < 0 && i < ph.modifier_end; ++i) {
    const Token& last = p.token(ph.modifier_end - 1);
    if (p.EntityAt(i) >= 0 && (last.kind == TokenKind::kPossessive || last.pos == Pos::kPOS)) {
      arg.entity = p.EntityAt(i);
      arg.actor = a.entities[arg.entity].actor;
    }
  }
  if (ph.modifier_end > ph.modifier_first && (arg.actor.empty() || arg.actor.starts_with("---")) && !pronoun) {
    const std::string text = std::string(a.Text({p.token(ph.modifier_first).start, p.token(ph.modifier_end - 1).end})) +
                             " " + std::string(a.Text(arg.span));
    std::string code = entities::CodeText(model, text, a.date);
    if (!code.empty() && !code.starts_with("---")) arg.actor = std::move(code);
  }
  // "X, a Cruz supporter, said": the appositive is X. So is "the ranking
  // Democrat": a party's member named by one singular word of the party
  // ("Democrat" of the Democratic Party) is a person, not the party.
  bool member = false;
  if (arg.entity >= 0 && ph.end > ph.first + 1 && a.entities[arg.entity].type == EntityType::kGroup &&
      arg.actor.ends_with("PTY") && p.EntityAt(ph.end - 1) == arg.entity && p.EntityAt(ph.end - 2) != arg.entity &&
      p.token(ph.end - 1).pos == Pos::kNNP) {
    const std::string_view word = a.Text(p.token(ph.end - 1).span());
    member = !word.ends_with("s") && word != a.entities[arg.entity].name;
  }
  if ((arg.entity < 0 || member) && !pronoun && ph.modifier_end == 0) {
    const int e = AppositivePerson(p, ph);
    if (e >= 0 && !a.entities[e].actor.empty() && !a.entities[e].actor.starts_with("---")) {
      arg.entity = e;
      arg.actor = a.entities[e].actor;
    }
  }
  // "Planned Parenthood, the abortion business that ...": the body.
  if (arg.entity < 0 && !pronoun && ph.modifier_end == 0 && (arg.actor.empty() || arg.actor.starts_with("---"))) {
    const int e = AppositiveBody(p, ph);
    if (e >= 0) {
      arg.entity = e;
      arg.actor = a.entities[e].actor;
    }
  }
  // "the president" after "President Donald Trump": that person.
  if (arg.entity < 0 && !pronoun && ph.head_end == 0 && ph.modifier_end == 0) {
    const int e = NominalReferent(model, p, ph.first, ph.end);
    if (e >= 0) {
      arg.entity = e;
      arg.actor = a.entities[e].actor;
    }
  }
  // "after the Supreme Court refused ..., McCrory blamed the court": the
  // body named shortly before.
  if (arg.entity < 0 && !pronoun && (arg.actor.empty() || arg.actor.starts_with("---"))) {
    const int e = NamedBodyBefore(p, ph);
    if (e >= 0) {
      arg.entity = e;
      arg.actor = a.entities[e].actor;
    }
  }
  // A person the actor coder left uncoded is not coded from the words of
  // their own name when it is a personal name (a given name first):
  // "Kerry Washington" is no government in Washington. The rest of the
  // phrase may still say who they are. ("Medicorps Karvia", typed a
  // person, is still read as the names it holds.)
  if (arg.actor.empty() && !pronoun && arg.entity >= 0 && IsPersonalName(model, a.entities[arg.entity])) {
    std::string rest;
    for (uint32_t i = ph.first; i < ph.end; ++i) {
      if (p.EntityAt(i) == arg.entity) continue;
      if (!rest.empty()) rest += ' ';
      rest += a.Text(p.token(i).span());
    }
    arg.actor = entities::CodeText(model, rest, a.date);
    arg.span = shown;
    return arg;
  }
  // "The executive council for the 1.6 million member AFT": a body's own
  // council, board or committee after which the phrase stops is the body.
  if (arg.entity < 0 && !pronoun && (arg.actor.empty() || arg.actor.starts_with("---"))) {
    const int body = BodyAfter(p, ph);
    if (body >= 0) arg.actor = a.entities[body].actor;
  }
  if (arg.actor.empty() && !pronoun) {
    arg.actor = entities::CodeSpan(model, a, arg.span);
    // "the affected Ithilen villages": code the names inside the phrase.
    for (uint32_t i = ph.first; arg.actor.empty() && i < ph.end; ++i) {
      if (!IsProperNoun(p.token(i).pos)) continue;
      uint32_t j = i;
      while (j + 1 < ph.end && IsProperNoun(p.token(j + 1).pos)) ++j;
      if (ph.first != i || ph.end != j + 1) {
        arg.actor = entities::CodeSpan(model, a, {p.token(i).start, p.token(j).end});
      }
      i = j;
    }
  }
  arg.span = shown;
  return arg;
}

}  // namespace readout::events
