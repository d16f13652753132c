// Test helpers for event tests that run the whole pipeline (the entity and
// quote stages decide the genders, roles and speakers the coder uses).
#ifndef READOUT_EVENTS_PIPELINE_TEST_UTIL_H_
#define READOUT_EVENTS_PIPELINE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "readout/pipeline.h"

namespace readout::events_test {

// Analyses `text` as one article published on `date`, with the built-in
// model (loaded once per test program).
inline Analysis Analyze(const std::string& text, const char* date = "2025-02-12") {
  static auto model = Model::Load(ModelOptions());
  EXPECT_TRUE(model.ok());
  Pipeline pipeline(*model.value());
  Document doc;
  doc.text = text;
  doc.date = Date::Parse(date);
  auto a = pipeline.Analyze(doc);
  EXPECT_TRUE(a.ok());
  return a.ok() ? std::move(a).value() : Analysis();
}

// The first event with `code`, and, when `source_text` is given, whose
// source span reads it; nullptr when none.
inline const Event* Find(const Analysis& a, std::string_view code, std::string_view source_text = {}) {
  for (const Event& e : a.events) {
    if (e.code != code) continue;
    if (source_text.empty() || (e.source && a.Text(e.source->span) == source_text)) return &e;
  }
  return nullptr;
}

}  // namespace readout::events_test

#endif  // READOUT_EVENTS_PIPELINE_TEST_UTIL_H_
