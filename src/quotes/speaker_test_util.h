// Test helper for quote tests that run the whole pipeline (the entity stage
// decides the people, roles and genders the speaker resolver uses).
#ifndef READOUT_QUOTES_SPEAKER_TEST_UTIL_H_
#define READOUT_QUOTES_SPEAKER_TEST_UTIL_H_

#include <string>

#include "readout/model.h"
#include "readout/pipeline.h"

namespace readout::quotes_test {

// The name of the speaker entity of the first quote whose content starts
// with `content` in `text` (undated), "none" when its speaker has no
// entity, "no quote" when there is no such quote, "error" when the
// pipeline fails. The built-in model is loaded once per test program.
inline std::string SpeakerOf(const std::string& text, const std::string& content) {
  static const Model* model = [] {
    auto m = Model::Load(ModelOptions{});
    return m.ok() ? std::move(m).value().release() : nullptr;
  }();
  if (model == nullptr) return "error";
  Pipeline pipeline(*model);
  Document doc;
  doc.id = "t";
  doc.text = text;
  auto r = pipeline.Analyze(doc);
  if (!r.ok()) return "error";
  const Analysis& a = r.value();
  for (const Quote& q : a.quotes) {
    if (a.Text(q.content).substr(0, content.size()) != content) continue;
    return q.speaker_entity < 0 ? "none" : a.entities[q.speaker_entity].name;
  }
  return "no quote";
}

}  // namespace readout::quotes_test

#endif  // READOUT_QUOTES_SPEAKER_TEST_UTIL_H_
