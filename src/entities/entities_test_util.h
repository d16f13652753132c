// Test helpers for the entity stage: one Model per test program, an analysis
// run through the entity stage, and a one-line rendering of each entity that
// golden files compare against.
#ifndef READOUT_ENTITIES_ENTITIES_TEST_UTIL_H_
#define READOUT_ENTITIES_ENTITIES_TEST_UTIL_H_

#include <fmt/format.h>

#include <string>
#include <vector>

#include "readout/analysis.h"
#include "readout/model.h"
#include "readout/pipeline.h"

namespace readout::entities::testing {

inline const Model& SharedModel() {
  static const Model* model = [] {
    auto m = Model::Load(ModelOptions{});
    return m.ok() ? std::move(m).value().release() : nullptr;
  }();
  return *model;
}

// `date` ("2016-07-11"), when given, is the article date roles are read at.
inline Analysis AnalyzeEntities(const std::string& text, const char* date = nullptr) {
  PipelineOptions opts;
  opts.quotes = false;
  opts.events = false;
  Pipeline p(SharedModel(), opts);
  Document doc;
  doc.id = "test";
  doc.text = text;
  if (date != nullptr) doc.date = Date::Parse(date);
  auto r = p.Analyze(doc);
  return r.ok() ? std::move(r).value() : Analysis{};
}

// "PERSON Vladimir Putin | Russian President Vladimir Putin; Putin | President (RUS)"
// plus " | aka Stonavaya" when the entity has aliases.
inline std::string Render(const Analysis& a, const Entity& e) {
  std::vector<std::string> mentions, roles;
  for (const Mention& m : e.mentions) mentions.emplace_back(a.Text(m.span()));
  for (const Role& r : e.roles) {
    std::string s = r.title;
    if (!r.org.empty()) s += ", " + r.org;
    if (!r.country.empty()) s += " (" + r.country + ")";
    roles.push_back(s);
  }
  std::string out = fmt::format("{} {} | {}", EntityTypeName(e.type), e.name, fmt::join(mentions, "; "));
  if (!roles.empty()) out += fmt::format(" | {}", fmt::join(roles, "; "));
  if (!e.aliases.empty()) out += fmt::format(" | aka {}", fmt::join(e.aliases, "; "));
  return out;
}

inline std::vector<std::string> RenderAll(const Analysis& a) {
  std::vector<std::string> out;
  for (const Entity& e : a.entities) out.push_back(Render(a, e));
  return out;
}

}  // namespace readout::entities::testing

#endif  // READOUT_ENTITIES_ENTITIES_TEST_UTIL_H_
