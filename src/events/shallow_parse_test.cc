#include "events/shallow_parse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/parse_test_util.h"

namespace readout::events {
namespace {

using events_test::Parsed;

TEST(SentenceParseTest, AmountsAreNumbersSignsAndScaleWords) {
  Parsed p("Gondor gave $ 2 Million, \u20ac 5 trillion and \u00a3 9 thousand in USD, euros and dollars.");
  for (const char* w : {"$", "2", "Million", "\u20ac", "trillion", "\u00a3", "thousand", "USD", "euros", "dollars"}) {
    EXPECT_TRUE(p.parse.Amount(p.At(w))) << w;
  }
  for (const char* w : {"Gondor", "gave", ",", "and", "in"}) EXPECT_FALSE(p.parse.Amount(p.At(w))) << w;
}

TEST(SentenceParseTest, WordsLongerThanEightBytesAreNoAmounts) {
  Parsed p("The millionaires and billionaires of Gondor met the Thousandfold envoys.");
  for (const char* w : {"millionaires", "billionaires", "Thousandfold"}) {
    EXPECT_FALSE(p.parse.Amount(p.At(w))) << w;
  }
}

TEST(SentenceParseTest, LowerCasesAndStraightensCurlyContractions) {
  Parsed p("GONDOR\u2019s envoy didn\u2019t meet the Extraordinarily Patient KING.");
  EXPECT_EQ(p.parse.Lower(p.At("GONDOR")), "gondor");
  EXPECT_EQ(p.parse.Lower(p.At("KING")), "king");
  EXPECT_EQ(p.parse.Lower(p.At("Extraordinarily")), "extraordinarily");
  EXPECT_EQ(p.parse.Lower(p.At("\u2019s")), "'s");
  EXPECT_EQ(p.parse.Lower(p.At("n\u2019t")), "n't");
  EXPECT_EQ(p.parse.Lower(p.At("envoy")), "envoy");
}

// The event coder looks words up before parsing (FindCandidates) with
// LowerText: it must read every token as the parse's Lower() does, or a
// sentence could be skipped that the parse would code.
TEST(SentenceParseTest, LowerTextReadsEveryTokenAsLowerDoes) {
  for (const char* text : {"GONDOR\u2019s envoy didn\u2019t meet the Extraordinarily Patient KING.",
                           "Condemning the ATTACK, Rohan\u2019ll SANCTION Mordor and it\u2019s Thousandfold-strong.",
                           "\u201cWe\u2019re ready,\u201d said Ithilen\u2019s Minister, who\u2019d Promised $5 Million."}) {
    Parsed p(text);
    std::vector<char> buf;
    for (uint32_t i = p.parse.first(); i < p.parse.end(); ++i) {
      EXPECT_EQ(SentenceParse::LowerText(p.a, p.a.tokens[i], &buf), p.parse.Lower(i)) << p.a.TokenText(p.a.tokens[i]);
    }
  }
}

TEST(SentenceParseTest, BarriersAreClausePunctuationAndFiniteVerbs) {
  Parsed p("Gondor attacked Mordor; Rohan (the ally) will help.");
  for (const char* w : {"attacked", ";", "(", ")", "will", "."}) EXPECT_TRUE(p.parse.Barrier(p.At(w))) << w;
  for (const char* w : {"Gondor", "Mordor", "the", "help"}) EXPECT_FALSE(p.parse.Barrier(p.At(w))) << w;
}

}  // namespace
}  // namespace readout::events
