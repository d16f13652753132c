#include "events/shallow_parse.h"

#include <gtest/gtest.h>

#include <string>

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

TEST(SentenceParseTest, BarriersAreClausePunctuationAndFiniteVerbs) {
  Parsed p("Gondor attacked Mordor; Rohan (the ally) will help.");
  for (const char* w : {"attacked", ";", "(", ")", "will", "."}) EXPECT_TRUE(p.parse.Barrier(p.At(w))) << w;
  for (const char* w : {"Gondor", "Mordor", "the", "help"}) EXPECT_FALSE(p.parse.Barrier(p.At(w))) << w;
}

}  // namespace
}  // namespace readout::events
