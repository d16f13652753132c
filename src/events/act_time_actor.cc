// Act-time actor codes. The sentence's first time expression with a year
// before the article's is the time of the act (a year alone is read as its
// 1 July, a month as its 15th); each side that is a person entity, coded
// as the entity is, takes the code its dictionary record has at that date,
// when the record has the person in some office then. Only
// a code with a country or an IGO replaces the side's: a sector alone
// ("---GOV") says less than the article-date code did. A sentence without
// a time of its own, telling a past act, takes the year its paragraph set
// in the two sentences before (NarrativeTime).
#include "events/act_time_actor.h"

#include <optional>
#include <string>

#include "entities/actor_coder.h"
#include "lexicon/actor_dictionary.h"

namespace readout::events {

namespace {

// The date a time expression's value stands for: "2007" -> 2007-07-01,
// "2010-03" -> 2010-03-15, "2013-05-08" as is; nullopt otherwise.
std::optional<Date> ValueDate(const std::string& value) {
  if (value.size() == 4) return Date::Parse(value + "-07-01");
  if (value.size() == 7) return Date::Parse(value + "-15");
  if (value.size() == 10) return Date::Parse(value);
  return std::nullopt;
}

// The person's code at `when` from the dictionary's record for the
// entity's full name (or an alias), when that record is the one that
// coded the side at the article's date and holds a dated code whose range
// contains `when`; "" otherwise. "In 1988" is no time of Obama's, whose
// first office began in 2005, and a clause's year may belong to someone
// else ("in the style of Ronald Reagan in 1988"). A one-word name counts
// only as a listed alias ("Obama", "Netanyahu": FindActor is an exact-name
// lookup), never as a surname guess: a bare "Clinton" would be read as one
// Clinton's record or the other's.
std::string CodeThen(const Model& model, const Analysis& a, const Entity& e, const std::string& actor,
                     const Date& when) {
  const long day = when.ToDays();
  auto code_then = [&](std::string_view name) -> std::string {
    const lexicon::ActorRecord* r = model.actors().FindActor(name);
    if (r == nullptr || lexicon::ActorDictionary::CodeAt(*r, a.date) != actor) return {};
    for (const lexicon::DatedCode& c : r->codes) {
      if (c.dated() && c.from <= day && day <= c.to) return lexicon::ActorDictionary::CodeAt(*r, when);
    }
    return {};
  };
  std::string code = code_then(e.name);
  for (size_t k = 0; k < e.aliases.size() && code.empty(); ++k) code = code_then(e.aliases[k]);
  return code;
}

// The time a narrative sets for sentence `s` that names none itself: "By
// 2010, Mr. Yanukovych's revival was complete. ... Mr. Manafort pressed Mr.
// Yanukovych to sign" tells of 2010 on. The last time of an earlier year
// than the article's in the kNarrative sentences before, within the
// paragraph; nullopt when `s`
// has a time of its own or a sentence between names a time that is not
// earlier (the story is back in the present).
constexpr uint32_t kNarrative = 2;

// Whether the expression writes its year in digits ("in 2010", "By 2010");
// "eight years ago" counts from the article's date and sets no narrative.
bool WritesYear(const Analysis& a, const TimeExpression& t) {
  const std::string_view text = a.Text(t.span);
  return t.value.size() >= 4 && text.find(std::string_view(t.value).substr(0, 4)) != std::string_view::npos;
}

std::optional<Date> NarrativeTime(const Analysis& a, uint32_t s) {
  std::optional<Date> found;
  uint32_t found_sentence = 0;
  // Within the paragraph: a new one may turn to another time.
  uint32_t from = s;
  while (from > 0 && s - from < kNarrative && !a.sentences[from].paragraph_start) --from;
  for (const TimeExpression& t : a.times) {
    if (t.sentence > s || t.sentence < from) continue;
    const std::optional<Date> d = ValueDate(t.value);
    if (!d) continue;
    if (t.sentence == s) return std::nullopt;
    if (d->year >= a.date->year) {
      if (t.sentence >= found_sentence) found.reset();
      found_sentence = std::max(found_sentence, t.sentence);
      continue;
    }
    if (!WritesYear(a, t)) continue;
    if (!found || t.sentence >= found_sentence) found = d, found_sentence = t.sentence;
  }
  return found;
}

// Whether the event's trigger is a verb in the past ("pressed") that
// reports no speech: "said in a telephone interview" is the reporter's
// present, whatever past the story tells.
bool PastAct(const Token& head) {
  // The simple past only: "has met" is the present's perfect.
  if (head.pos != Pos::kVBD) return false;
  return head.lemma != "say" && head.lemma != "tell";
}

// Whether the side's own words call the person a former holder of the
// office `code` gives, before the name: "former California Gov. Jerry
// Brown criticized Bill Clinton" (a 1992 debate in a 2016 article, when
// Brown governed again); not "Former Democratic candidate Bernie Sanders"
// (a senator still) nor "Gov. Chris Christie, a former federal prosecutor".
bool CalledFormer(const Model& model, const Analysis& a, const EventArgument& side, const Entity& e,
                  std::string_view code) {
  uint32_t name_at = side.span.end;
  for (const Mention& m : e.mentions) {
    if (m.start >= side.span.start && m.end <= side.span.end) {
      name_at = m.start;
      break;
    }
  }
  if (name_at <= side.span.start || name_at > side.span.end) return false;
  const std::string_view before = a.Text({side.span.start, name_at});
  for (std::string_view word : {"former ", "Former ", "ex-", "Ex-"}) {
    const size_t at = before.find(word);
    if (at == std::string_view::npos || (at != 0 && before[at - 1] != ' ')) continue;
    // The office the words after "former" name must be the one held.
    const std::string title = std::string(before.substr(0, at)) + std::string(before.substr(at + word.size()));
    const std::string office = entities::CodeText(model, title, a.date);
    return office.size() == 6 && office.ends_with(code.substr(3));
  }
  return false;
}

// Whether the time `t`, after the act's verb `head`, sits in a relative
// clause opened between them: "hit Mrs. Clinton over her husband's trade
// policies, including NAFTA, which Mr. Clinton signed into law in 1993"
// dates the signing, not the hitting. A time before the verb is left alone
// ("In 2007, Mr. Manafort, who ..., set up").
bool InLaterRelativeClause(const Analysis& a, uint32_t s, const Token& head, const TimeExpression& t) {
  if (t.span.start < head.end) return false;
  const Sentence& sentence = a.sentences[s];
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    const Token& tok = a.tokens[i];
    if (tok.start < head.end) continue;
    if (tok.start >= t.span.start) break;
    if (tok.pos == Pos::kWDT || tok.pos == Pos::kWP || tok.pos == Pos::kWPS) return true;
  }
  return false;
}

// An office of state (the sectors "former" turns into the elite).
bool OfficeOfState(std::string_view code) {
  if (code.size() != 6) return false;
  const std::string_view sector = code.substr(3);
  return sector == "GOV" || sector == "LEG" || sector == "JUD" || sector == "MIL" || sector == "COP" ||
         sector == "SPY";
}

}  // namespace

void CodeSidesAtActTime(const Model& model, const Analysis& a, uint32_t s, const Token& head, Event& event) {
  // The side's own "former" dates the act after the office, whatever the
  // dictionary gives at the article's date.
  for (std::optional<EventArgument>* side : {&event.source, &event.target}) {
    if (!*side || (*side)->entity < 0) continue;
    const Entity& e = a.entities[(*side)->entity];
    if (e.type == EntityType::kPerson && (*side)->actor == e.actor && OfficeOfState(e.actor) &&
        CalledFormer(model, a, **side, e, e.actor)) {
      (*side)->actor = e.actor.substr(0, 3) + "ELI";
    }
  }
  if (!a.date) return;
  std::optional<Date> when;
  for (const TimeExpression& t : a.times) {
    if (t.sentence != s || InLaterRelativeClause(a, s, head, t)) continue;
    const std::optional<Date> d = ValueDate(t.value);
    if (d && d->year < a.date->year) {
      when = d;
      break;
    }
  }
  if (!when && PastAct(head)) when = NarrativeTime(a, s);
  if (!when) return;
  for (std::optional<EventArgument>* side : {&event.source, &event.target}) {
    if (!*side || (*side)->entity < 0) continue;
    const Entity& e = a.entities[(*side)->entity];
    if (e.type != EntityType::kPerson || (*side)->actor != e.actor) continue;
    std::string code = CodeThen(model, a, e, e.actor, *when);
    if (code.empty() || code.starts_with("---")) continue;
    (*side)->actor = std::move(code);
  }
}

}  // namespace readout::events
