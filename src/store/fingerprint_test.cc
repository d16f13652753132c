#include "store/fingerprint.h"

#include <gtest/gtest.h>

#include <string>

#include "store/entity_key.h"

namespace readout::store {
namespace {

const char* kStory =
    "MOSCOW (Reuters) - Russian President Vladimir Putin said on Tuesday that Moscow was ready to hold talks with "
    "Washington on arms control, but only if the United States dropped what he called its hostile policies toward "
    "Russia. Speaking at a news conference in the Kremlin, Putin said the decision rested with the White House.";

TEST(NormalizedTextHash, IgnoresCaseAndWhiteSpaceLayout) {
  EXPECT_EQ(NormalizedTextHash("Putin met  Trump.\n\nThey talked."), NormalizedTextHash("  putin met trump. they talked. "));
  EXPECT_NE(NormalizedTextHash("Putin met Trump."), NormalizedTextHash("Putin met Biden."));
  EXPECT_NE(NormalizedTextHash("ab"), NormalizedTextHash("a b"));
}

TEST(MinHash, CopiesWithSmallEditsAreSimilar) {
  std::string copy = std::string("By Staff Writer. ") + kStory + " Additional reporting by Jane Doe; editing by John Roe.";
  auto a = ComputeMinHash(kStory);
  auto b = ComputeMinHash(copy);
  ASSERT_TRUE(a && b);
  EXPECT_GE(EstimatedSimilarity(*a, *b), 0.7);
  // At least one LSH band matches, so the copy is found as a candidate.
  auto ka = BandKeys(*a), kb = BandKeys(*b);
  int shared = 0;
  for (int i = 0; i < kBands; ++i) shared += ka[i] == kb[i];
  EXPECT_GT(shared, 0);
}

TEST(MinHash, DifferentStoriesAreNotSimilar) {
  auto a = ComputeMinHash(kStory);
  auto b = ComputeMinHash(
      "KYIV (AP) - Ukrainian air defences shot down dozens of drones overnight, the air force said on Tuesday, as "
      "Russia kept up its attacks on energy infrastructure across the country ahead of the winter.");
  ASSERT_TRUE(a && b);
  EXPECT_LT(EstimatedSimilarity(*a, *b), 0.2);
}

TEST(MinHash, IdenticalTextsAreIdentical) {
  auto a = ComputeMinHash(kStory);
  auto b = ComputeMinHash(kStory);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(EstimatedSimilarity(*a, *b), 1.0);
}

// Signatures are stored (article_minhash): a new build must compute the
// values older ones stored, or wire copies of stored articles go unseen.
// Pinned from the plain loop before it was cloned per CPU level; the long
// text crosses the 256-shingle blocks of the fold.
TEST(MinHash, ValuesStayThoseStoredByEarlierVersions) {
  auto a = ComputeMinHash(kStory);
  ASSERT_TRUE(a);
  EXPECT_EQ((*a)[0], 196255677u);
  EXPECT_EQ((*a)[1], 47135034u);
  EXPECT_EQ((*a)[17], 86797021u);
  EXPECT_EQ((*a)[63], 236211596u);
  std::string longer;
  for (int i = 0; i < 40; ++i) longer += std::string(kStory) + " paragraph " + std::to_string(i) + ". ";
  auto b = ComputeMinHash(longer);
  ASSERT_TRUE(b);
  EXPECT_EQ((*b)[0], 7095533u);
  EXPECT_EQ((*b)[1], 27872199u);
  EXPECT_EQ((*b)[17], 2679219u);
  EXPECT_EQ((*b)[63], 16877423u);
}

TEST(MinHash, TooShortTextHasNoSignature) {
  EXPECT_FALSE(ComputeMinHash("Putin spoke."));
  EXPECT_FALSE(ComputeMinHash(""));
}

TEST(MinHash, EncodeDecodeRoundTrip) {
  auto a = ComputeMinHash(kStory);
  ASSERT_TRUE(a);
  auto bytes = EncodeMinHash(*a);
  auto back = DecodeMinHash(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, *a);
  EXPECT_FALSE(DecodeMinHash("short"));
}

TEST(EntityKey, Table) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"Alina Polyakova", "alina polyakova"},
      {"  Alina   Polyakova ", "alina polyakova"},
      {"U.S.", "us"},
      {"Trump's", "trump's"},
      {"Trump\xE2\x80\x99s", "trump's"},
      {"Al-Assad", "al-assad"},
      {"Zelensky, Volodymyr", "zelensky volodymyr"},
      {"Зеленский", "Зеленский"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(EntityKey(c.in), c.want) << c.in;
}

}  // namespace
}  // namespace readout::store
