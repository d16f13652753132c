// Encoding writes the JSON by hand into the writer's reused buffer: no
// document tree, no allocation per field (the writer packs ~35 clusters per
// article). Strings are escaped per RFC 8259; bytes that are not UTF-8 (the
// reader rejects such input, so only a stage bug could make one) become
// U+FFFD so the array always parses. Numbers use std::to_chars (shortest
// form that reads back as the same double). Decoding parses with
// nlohmann-json, without exceptions, and accepts null for a missing field
// (the v8 migration builds the arrays with json_object, which writes nulls).
#include "store/packed_facts.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "store/span_list.h"
#include "text/utf8.h"

namespace readout::store {
namespace {

void AppendEscaped(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t from = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + from, i - from);
    from = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\t': out->append("\\t"); break;
      case '\r': out->append("\\r"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + from, s.size() - from);
}

void AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  // Most names are plain ASCII letters: one scan, then a single append.
  bool plain = true, high = false;
  for (unsigned char c : s) {
    plain &= c >= 0x20 && c != '"' && c != '\\';
    high |= c >= 0x80;
  }
  if (plain && !high) {
    out->append(s);
  } else if (auto bad = high ? text::FindInvalidUtf8(s) : std::nullopt) {
    std::string clean;
    while (bad) {
      clean.append(s.substr(0, *bad));
      clean.append("\xEF\xBF\xBD");
      s.remove_prefix(*bad + 1);
      bad = text::FindInvalidUtf8(s);
    }
    clean.append(s);
    AppendEscaped(clean, out);
  } else {
    AppendEscaped(s, out);
  }
  out->push_back('"');
}

template <typename T>
void AppendNumber(T v, std::string* out) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

// ,"name": (the comma unless first)
void Key(std::string_view name, bool* first, std::string* out) {
  if (!*first) out->push_back(',');
  *first = false;
  out->push_back('"');
  out->append(name);
  out->append("\":");
}

void Field(std::string_view name, std::string_view v, bool* first, std::string* out) {
  if (v.empty()) return;
  Key(name, first, out);
  AppendString(v, out);
}

template <typename T>
void NumberField(std::string_view name, T v, bool* first, std::string* out) {
  Key(name, first, out);
  AppendNumber(v, out);
}

using Json = nlohmann::json;

std::string Str(const Json& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// False when present but not a non-negative integer; `v` untouched when absent.
bool U32(const Json& o, const char* k, uint32_t* v) {
  auto it = o.find(k);
  if (it == o.end() || it->is_null()) return true;
  if (!it->is_number_unsigned()) return false;
  *v = it->get<uint32_t>();
  return true;
}

EntityType TypeFromName(std::string_view s) {
  if (s == "ORG") return EntityType::kOrg;
  if (s == "PLACE") return EntityType::kPlace;
  if (s == "GROUP") return EntityType::kGroup;
  return EntityType::kPerson;
}

}  // namespace

void AppendEntityJson(const Entity& e, int64_t global, bool counted, std::string* out) {
  bool first = true;
  out->push_back('{');
  Field("id", e.id, &first, out);
  NumberField("entity", global, &first, out);
  Field("name", e.name, &first, out);
  Field("type", EntityTypeName(e.type), &first, out);
  Field("actor", e.actor, &first, out);
  if (!e.aliases.empty()) {
    Key("aliases", &first, out);
    out->push_back('[');
    for (size_t i = 0; i < e.aliases.size(); ++i) {
      if (i) out->push_back(',');
      AppendString(e.aliases[i], out);
    }
    out->push_back(']');
  }
  if (e.place) {
    Key("place", &first, out);
    bool pf = true;
    out->push_back('{');
    Key("name", &pf, out);
    AppendString(e.place->name, out);
    Field("country", e.place->country, &pf, out);
    if (e.place->has_coordinates) {
      NumberField("lat", e.place->lat, &pf, out);
      NumberField("lon", e.place->lon, &pf, out);
    }
    out->push_back('}');
  }
  NumberField("mentions", static_cast<int64_t>(e.mentions.size()), &first, out);
  NumberField("counted", counted ? 1 : 0, &first, out);
  Key("mention_spans", &first, out);
  out->push_back('"');
  AppendMentions(e.mentions, out);
  out->push_back('"');
  if (!e.roles.empty()) {
    Key("roles", &first, out);
    out->push_back('[');
    for (size_t i = 0; i < e.roles.size(); ++i) {
      const Role& r = e.roles[i];
      if (i) out->push_back(',');
      bool rf = true;
      out->push_back('{');
      Key("title", &rf, out);
      AppendString(r.title, out);
      Field("org", r.org, &rf, out);
      Field("country", r.country, &rf, out);
      if (!r.evidence.empty()) {
        NumberField("start", r.evidence.start, &rf, out);
        NumberField("end", r.evidence.end, &rf, out);
      }
      out->push_back('}');
    }
    out->push_back(']');
  }
  out->push_back('}');
}

void AppendTimesJson(const Analysis& a, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < a.times.size(); ++i) {
    const TimeExpression& t = a.times[i];
    if (i) out->push_back(',');
    bool first = true;
    out->push_back('{');
    NumberField("start", t.span.start, &first, out);
    NumberField("end", t.span.end, &first, out);
    Key("text", &first, out);
    AppendString(a.Text(t.span), out);
    Field("value", t.value, &first, out);
    NumberField("sentence", t.sentence, &first, out);
    out->push_back('}');
  }
  out->push_back(']');
}

bool DecodeEntities(std::string_view json, std::vector<Entity>* out) {
  Json doc = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) return false;
  std::vector<Entity> entities;
  for (const Json& o : doc) {
    if (!o.is_object()) return false;
    Entity e;
    e.id = Str(o, "id");
    e.name = Str(o, "name");
    e.type = TypeFromName(Str(o, "type"));
    e.actor = Str(o, "actor");
    if (auto it = o.find("aliases"); it != o.end() && it->is_array()) {
      for (const Json& al : *it) {
        if (al.is_string()) e.aliases.push_back(al.get<std::string>());
      }
    }
    if (auto it = o.find("place"); it != o.end() && it->is_object()) {
      Place p;
      p.name = Str(*it, "name");
      p.country = Str(*it, "country");
      auto lat = it->find("lat"), lon = it->find("lon");
      if (lat != it->end() && lat->is_number() && lon != it->end() && lon->is_number()) {
        p.lat = lat->get<double>();
        p.lon = lon->get<double>();
        p.has_coordinates = true;
      }
      e.place = std::move(p);
    }
    if (!DecodeMentions(Str(o, "mention_spans"), &e.mentions)) return false;
    if (auto it = o.find("roles"); it != o.end() && it->is_array()) {
      for (const Json& r : *it) {
        if (!r.is_object()) return false;
        Role role;
        role.title = Str(r, "title");
        role.org = Str(r, "org");
        role.country = Str(r, "country");
        if (!U32(r, "start", &role.evidence.start) || !U32(r, "end", &role.evidence.end)) return false;
        e.roles.push_back(std::move(role));
      }
    }
    entities.push_back(std::move(e));
  }
  *out = std::move(entities);
  return true;
}

bool DecodeTimes(std::string_view json, std::vector<TimeExpression>* out) {
  Json doc = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) return false;
  std::vector<TimeExpression> times;
  for (const Json& o : doc) {
    if (!o.is_object()) return false;
    TimeExpression t;
    if (!U32(o, "start", &t.span.start) || !U32(o, "end", &t.span.end) || !U32(o, "sentence", &t.sentence)) {
      return false;
    }
    t.value = Str(o, "value");
    times.push_back(std::move(t));
  }
  *out = std::move(times);
  return true;
}

}  // namespace readout::store
