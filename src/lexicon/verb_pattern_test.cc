#include "lexicon/verb_pattern.h"

#include <gtest/gtest.h>

namespace readout::lexicon {
namespace {

// A token can read as `word` (pattern_matcher.cc: MatchPhrase) only if its
// TokenLeads hold the word's LeadBit.
bool MayRead(std::string_view lower, std::string_view lemma, std::string_view word) {
  return (TokenLeads(lower, lemma) & LeadBit(word)) != 0;
}

TEST(LeadBitTest, TellsApartWordsOfOneFirstLetter) {
  // Only distinct bits make the filter worth having; these pattern words
  // share their first letter.
  EXPECT_NE(LeadBit("to"), LeadBit("the"));
  EXPECT_NE(LeadBit("to"), LeadBit("that"));
  EXPECT_NE(LeadBit("on"), LeadBit("of"));
  EXPECT_EQ(LeadBit("talks"), LeadBit("ta"));
  EXPECT_EQ(LeadBit(""), ~uint64_t{0});
}

TEST(TokenLeadsTest, CoverTextLemmaAndPlurals) {
  EXPECT_TRUE(MayRead("struck", "strike", "strike"));
  EXPECT_TRUE(MayRead("talks", "talk", "talk"));
  EXPECT_TRUE(MayRead("talk", "talk", "talks"));
  // Words of one and two bytes, where an 's' changes the first two bytes.
  EXPECT_TRUE(MayRead("a", "a", "as"));
  EXPECT_TRUE(MayRead("us", "we", "u"));
  EXPECT_TRUE(MayRead("x", "", "x"));
  EXPECT_TRUE(MayRead("", "", "anything"));
  EXPECT_FALSE(MayRead("troops", "troop", "to"));
}

TEST(PatternElementTest, IndexLeadsOrsFirstAndLastWords) {
  PatternElement e;
  EXPECT_EQ(e.first_leads, ~uint64_t{0});
  e.phrases = {{"humanitarian", "aid"}, {"to"}};
  e.IndexLeads();
  EXPECT_EQ(e.first_leads, LeadBit("humanitarian") | LeadBit("to"));
  EXPECT_EQ(e.last_leads, LeadBit("aid") | LeadBit("to"));
}

}  // namespace
}  // namespace readout::lexicon
