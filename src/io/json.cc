// Builds CONTRACT.md's JSON object with nlohmann::ordered_json (field order
// as in the contract) and a plain-text report for people.
#include "readout/json.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace readout {
namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(const Analysis& a, Span s) {
  return Json{{"start", s.start}, {"end", s.end}, {"text", a.Text(s)}};
}

Json NullOr(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json PlaceJson(const std::optional<Place>& p) {
  if (!p) return nullptr;
  Json j{{"name", p->name}, {"country", NullOr(p->country)}};
  if (p->has_coordinates) {
    j["lat"] = p->lat;
    j["lon"] = p->lon;
  } else {
    j["lat"] = nullptr;
    j["lon"] = nullptr;
  }
  return j;
}

Json ArgumentJson(const Analysis& a, const std::optional<EventArgument>& arg) {
  if (!arg) return nullptr;
  Json j{{"actor", NullOr(arg->actor)},
         {"entity", arg->entity >= 0 ? Json(a.entities[arg->entity].id) : Json(nullptr)}};
  j["start"] = arg->span.start;
  j["end"] = arg->span.end;
  j["text"] = a.Text(arg->span);
  return j;
}

}  // namespace

std::string ToJsonLine(const Analysis& a) {
  Json j;
  j["id"] = a.id;
  j["date"] = a.date ? Json(a.date->ToString()) : Json(nullptr);
  Json sentences = Json::array();
  for (const Sentence& s : a.sentences) sentences.push_back(Json{{"start", s.start}, {"end", s.end}});
  j["sentences"] = std::move(sentences);

  Json entities = Json::array();
  for (const Entity& e : a.entities) {
    Json ej{{"id", e.id}, {"name", e.name}, {"type", EntityTypeName(e.type)}, {"actor", NullOr(e.actor)}};
    Json mentions = Json::array();
    for (const Mention& m : e.mentions) mentions.push_back(SpanJson(a, m.span()));
    ej["mentions"] = std::move(mentions);
    Json roles = Json::array();
    for (const Role& r : e.roles) {
      Json rj{{"title", r.title}, {"org", NullOr(r.org)}};
      if (!r.country.empty()) rj["country"] = r.country;
      roles.push_back(std::move(rj));
    }
    ej["roles"] = std::move(roles);
    if (!e.aliases.empty()) ej["aliases"] = e.aliases;
    if (e.place) ej["place"] = PlaceJson(e.place);
    entities.push_back(std::move(ej));
  }
  j["entities"] = std::move(entities);

  Json quotes = Json::array();
  for (const Quote& q : a.quotes) {
    Json qj{{"kind", QuoteKindName(q.kind)}, {"start", q.content.start}, {"end", q.content.end},
            {"text", a.Text(q.content)}};
    if (q.speaker) {
      Json sj;
      sj["entity"] = q.speaker_entity >= 0 ? Json(a.entities[q.speaker_entity].id) : Json(nullptr);
      sj["name"] = q.speaker_entity >= 0 ? Json(a.entities[q.speaker_entity].name) : Json(a.Text(*q.speaker));
      sj["start"] = q.speaker->start;
      sj["end"] = q.speaker->end;
      sj["text"] = a.Text(*q.speaker);
      qj["speaker"] = std::move(sj);
    } else {
      qj["speaker"] = nullptr;
    }
    qj["cue"] = q.cue ? SpanJson(a, *q.cue) : Json(nullptr);
    qj["medium"] = NullOr(q.medium);
    quotes.push_back(std::move(qj));
  }
  j["quotes"] = std::move(quotes);

  Json events = Json::array();
  for (const Event& e : a.events) {
    Json ej{{"code", e.code}, {"root", e.root}, {"quad", e.quad}, {"goldstein", e.goldstein},
            {"plover", NullOr(e.plover)}, {"sentence", e.sentence}};
    ej["source"] = ArgumentJson(a, e.source);
    ej["target"] = ArgumentJson(a, e.target);
    ej["trigger"] = SpanJson(a, e.trigger);
    ej["negated"] = e.negated;
    ej["date"] = NullOr(e.date);
    ej["place"] = PlaceJson(e.place);
    events.push_back(std::move(ej));
  }
  j["events"] = std::move(events);

  Json times = Json::array();
  for (const TimeExpression& t : a.times) {
    Json tj = SpanJson(a, t.span);
    tj["value"] = NullOr(t.value);
    times.push_back(std::move(tj));
  }
  j["times"] = std::move(times);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string ToTextReport(const Analysis& a) {
  std::string out = fmt::format("== {} ({})\n", a.id, a.date ? a.date->ToString() : "no date");
  out += fmt::format("{} sentences, {} entities, {} quotes, {} events, {} times\n", a.sentences.size(),
                     a.entities.size(), a.quotes.size(), a.events.size(), a.times.size());
  if (!a.entities.empty()) out += "\nWho is who\n";
  for (const Entity& e : a.entities) {
    out += fmt::format("  {:<4} {:<7} {}", e.id, EntityTypeName(e.type), e.name);
    if (!e.actor.empty()) out += fmt::format(" [{}]", e.actor);
    if (e.place && !e.place->country.empty()) out += fmt::format(" ({})", e.place->country);
    out += fmt::format("  x{}", e.mentions.size());
    for (const Role& r : e.roles) out += fmt::format("; {}{}{}", r.title, r.org.empty() ? "" : ", ", r.org);
    if (!e.aliases.empty()) out += fmt::format("; also \"{}\"", fmt::join(e.aliases, "\", \""));
    out += "\n";
  }
  if (!a.quotes.empty()) out += "\nWho said what\n";
  for (const Quote& q : a.quotes) {
    std::string who = q.speaker_entity >= 0 ? a.entities[q.speaker_entity].name
                      : q.speaker           ? std::string(a.Text(*q.speaker))
                                            : std::string("(unattributed)");
    out += fmt::format("  {} [{}]", who, QuoteKindName(q.kind));
    if (q.cue) out += fmt::format(" {}", a.Text(*q.cue));
    if (!q.medium.empty()) out += fmt::format(" ({})", q.medium);
    out += fmt::format(": \"{}\"\n", a.Text(q.content));
  }
  if (!a.events.empty()) out += "\nWho did what to whom\n";
  for (const Event& e : a.events) {
    auto arg = [&](const std::optional<EventArgument>& x) {
      if (!x) return std::string("-");
      return fmt::format("{} ({})", a.Text(x->span), x->actor.empty() ? "?" : x->actor);
    };
    out += fmt::format("  {} {} {} -> {}{} [trigger \"{}\", {}]\n", e.code, e.plover, arg(e.source),
                       arg(e.target), e.negated ? " NEGATED" : "", a.Text(e.trigger),
                       e.date.empty() ? "undated" : e.date);
  }
  if (!a.times.empty()) out += "\nWhen\n";
  for (const TimeExpression& t : a.times) {
    out += fmt::format("  \"{}\" = {}\n", a.Text(t.span), t.value.empty() ? "unresolved" : t.value);
  }
  return out;
}

}  // namespace readout
