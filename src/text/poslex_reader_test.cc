#include "text/poslex_reader.h"

#include <gtest/gtest.h>

namespace readout::text {
namespace {

TEST(PoslexReaderTest, ParsesEntriesAndTags) {
  std::string_view content =
      "MNCL\n"
      "(\"'s\" ((pos -0.077) (vbz -2.848) ) () )\n"
      "\n"
      "(\"the\" ((dt -0.530) ) () )\n";
  auto r = ParsePoslex(content, "lex");
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Poslex& lex = r.value();
  ASSERT_EQ(lex.entries.size(), 2u);
  EXPECT_EQ(lex.entries[0].word, "'s");
  ASSERT_EQ(lex.entries[0].num_tags, 2u);
  EXPECT_EQ(lex.tags[lex.entries[0].first_tag].tag, "pos");
  EXPECT_FLOAT_EQ(lex.tags[lex.entries[0].first_tag + 1].logprob, -2.848f);
  EXPECT_EQ(lex.entries[1].word, "the");
  EXPECT_EQ(lex.tags[lex.entries[1].first_tag].tag, "dt");
}

TEST(PoslexReaderTest, HeaderIsOptionalAndCrLfIsAccepted) {
  auto r = ParsePoslex("(\"a\" ((dt -1.4) ) () )\r\n", "lex");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().entries.size(), 1u);
}

TEST(PoslexReaderTest, MalformedLinesGiveFileLineAndReason) {
  struct Case {
    std::string_view content;
    std::string_view expected;
  };
  const Case cases[] = {
      {"MNCL\n(\"a\" ((dt -1.4) ) () )\n(\"b\" ((nn) ) () )\n", "lex:3: expected a log probability"},
      {"(\"a\" ((dt -1.4) ) () )\n\"b\" ((nn -1) ) () )\n", "lex:2: expected '('"},
      {"(\"a ((dt -1.4) ) () )\n", "lex:1: unterminated word"},
      {"(\"a\" () () )\n", "lex:1: word \"a\" has no tags"},
      {"(\"a\" ((dt -1.4) ) () ) junk\n", "lex:1: unexpected text after the entry"},
      {"(\"a\" ((dt 2.5) ) () )\n", "lex:1: bad log probability '2.5'"},
      {"(\"a\" ((dt -1.4) ) ()\n", "lex:1: expected ')' at the end of the entry"},
  };
  for (const Case& c : cases) {
    auto r = ParsePoslex(c.content, "lex");
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
    EXPECT_NE(r.status().message().find(c.expected), std::string::npos) << r.status().message();
  }
}

TEST(PoslexReaderTest, EmptyLexiconIsAnError) {
  auto r = ParsePoslex("MNCL\n", "lex");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("no entries"), std::string::npos);
}

}  // namespace
}  // namespace readout::text
