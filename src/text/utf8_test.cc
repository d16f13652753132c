#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace readout::text {
namespace {

struct Case {
  std::string input;
  std::optional<size_t> bad;
};

TEST(FindInvalidUtf8, TableOfSequences) {
  const Case cases[] = {
      {"", std::nullopt},
      {"plain ascii", std::nullopt},
      {"Zelenskyy\xE2\x80\x99s", std::nullopt},       // curly apostrophe
      {"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", std::nullopt},  // Київ
      {"\xF0\x9F\x98\x80", std::nullopt},               // emoji
      {"ab\xFF", 2},                                     // never valid
      {"\xC0\xAF", 0},                                   // overlong '/'
      {"x\xED\xA0\x80", 1},                              // surrogate
      {"\xF4\x90\x80\x80", 0},                           // past U+10FFFF
      {"abc\xE2\x80", 3},                                // truncated
      {"\x80", 0},                                       // lone continuation
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FindInvalidUtf8(c.input), c.bad) << c.input;
  }
}

TEST(DecodeUtf8, RoundTripsMultiByte) {
  std::string s = "a\xE2\x80\x9C\xF0\x9F\x98\x80";
  size_t i = 0;
  EXPECT_EQ(DecodeUtf8(s, &i), U'a');
  EXPECT_EQ(DecodeUtf8(s, &i), U'\u201C');
  EXPECT_EQ(DecodeUtf8(s, &i), U'\U0001F600');
  EXPECT_EQ(i, s.size());
  size_t start = 0;
  EXPECT_EQ(DecodeUtf8Before(s, s.size(), &start), U'\U0001F600');
  EXPECT_EQ(start, 4u);
}

}  // namespace
}  // namespace readout::text
