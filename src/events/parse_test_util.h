// Test helper for tests of the events stage's sentence parse: the parse of
// an analysed text's first sentence, with a token lookup by its text.
#ifndef READOUT_EVENTS_PARSE_TEST_UTIL_H_
#define READOUT_EVENTS_PARSE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/pipeline_test_util.h"
#include "events/shallow_parse.h"

namespace readout::events_test {

// The parse of the analysis's first sentence.
struct Parsed {
  explicit Parsed(const std::string& text) : a(Analyze(text)) {
    events::MapTokens(a, &token_entity, &token_time);
    parse.Build(a, a.sentences.at(0), token_entity, token_time);
  }
  // The first token of the sentence that reads `text` as written.
  uint32_t At(std::string_view text) const {
    for (uint32_t i = parse.first(); i < parse.end(); ++i) {
      if (a.TokenText(a.tokens[i]) == text) return i;
    }
    ADD_FAILURE() << "no token " << text;
    return parse.first();
  }
  Analysis a;
  std::vector<int> token_entity;
  std::vector<uint8_t> token_time;
  events::SentenceParse parse;
};

}  // namespace readout::events_test

#endif  // READOUT_EVENTS_PARSE_TEST_UTIL_H_
