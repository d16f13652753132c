#include "entities/name_cluster.h"

#include <gtest/gtest.h>

namespace readout::entities {
namespace {

TEST(EditDistance, Table) {
  struct Case {
    const char* a;
    const char* b;
    int cap;
    int want;
  } cases[] = {
      {"Stanovaya", "Stanovaya", 2, 0}, {"Stanovaya", "Stonavaya", 2, 2}, {"Kravchenko", "Kravchneko", 2, 1},
      {"Putin", "Putn", 2, 1},          {"Kellogg", "Kelog", 2, 2},       {"abc", "xyz", 1, 2},
      {"", "ab", 3, 2},                 {"ca", "ac", 2, 1},
  };
  for (const auto& c : cases) EXPECT_EQ(EditDistance(c.a, c.b, c.cap), c.want) << c.a << " " << c.b;
}

TEST(IsMisspelling, NeedsSameFirstLetterAndLength) {
  EXPECT_TRUE(IsMisspelling("Stonavaya", "Stanovaya"));
  EXPECT_TRUE(IsMisspelling("Zelenskiy", "Zelenskyy"));
  EXPECT_FALSE(IsMisspelling("Stanovaya", "Stanovaya"));  // same spelling
  EXPECT_FALSE(IsMisspelling("Tanovaya", "Stanovaya"));   // first letter differs
  EXPECT_FALSE(IsMisspelling("Kelly", "Kelley"));         // too short to guess
  EXPECT_FALSE(IsMisspelling("Johnson", "Jackson"));      // too far apart
}

}  // namespace
}  // namespace readout::entities
