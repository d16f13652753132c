#include "store/minhash_index.h"

#include <gtest/gtest.h>

#include "store/schema.h"

namespace readout::store {
namespace {

constexpr const char* kStory =
    "The foreign ministers met in Riyadh on Tuesday to prepare talks on the war, officials said after a long day of "
    "meetings that ended without a statement on the next round.";
constexpr const char* kOther =
    "Heavy rain flooded the lower town overnight and the river rose above its banks for the first time in a decade, "
    "the mayor told reporters at the town hall.";

MinHash Sig(const std::string& text) {
  auto m = ComputeMinHash(text);
  EXPECT_TRUE(m.has_value());
  return m.value_or(MinHash{});
}

std::unique_ptr<MinHashIndex> Empty(Database& db) {
  auto index = MinHashIndex::Load(db);
  EXPECT_TRUE(index.ok()) << index.status().message();
  return index.ok() ? std::move(index.value()) : nullptr;
}

TEST(MinHashIndex, FindsTheMostSimilarArticleAndItsFirstCopy) {
  auto db = OpenForWriting(":memory:");
  ASSERT_TRUE(db.ok());
  auto index = Empty(*db.value());
  ASSERT_TRUE(index);
  index->Add(1, Sig(kStory), 0);
  index->Add(2, Sig(kOther), 0);
  index->Add(3, Sig(std::string(kStory) + " Reporting by the desk."), 1);  // a copy of 1
  EXPECT_EQ(index->size(), 3u);

  auto m = index->BestMatch(Sig(std::string("By Wire Staff ") + kStory), 0, 0.7);
  EXPECT_EQ(m.article, 1);  // closer to the original than to the signed copy
  EXPECT_EQ(m.first_copy, 1);
  EXPECT_GE(m.similarity, 0.7);
  // Copies of a copy point at the first copy.
  m = index->BestMatch(Sig(std::string(kStory) + " Reporting by the desk. Edited."), 0, 0.7);
  EXPECT_EQ(m.first_copy, 1);
  // An article is never its own copy, and unrelated text matches nothing.
  EXPECT_EQ(index->BestMatch(Sig(kOther), 2, 0.7).article, 0);
  EXPECT_EQ(index->BestMatch(Sig(kOther), 0, 0.7).article, 2);
}

TEST(MinHashIndex, RemovedAndReplacedSignaturesAreNotMatched) {
  auto db = OpenForWriting(":memory:");
  ASSERT_TRUE(db.ok());
  auto index = Empty(*db.value());
  ASSERT_TRUE(index);
  index->Add(1, Sig(kStory), 0);
  index->Remove(1);
  EXPECT_EQ(index->size(), 0u);
  EXPECT_EQ(index->BestMatch(Sig(kStory), 0, 0.7).article, 0);
  // Article 2 is replaced by other text: its old bands stay but must not match.
  index->Add(2, Sig(kStory), 0);
  index->Add(2, Sig(kOther), 0);
  EXPECT_EQ(index->size(), 1u);
  EXPECT_EQ(index->BestMatch(Sig(kStory), 0, 0.7).article, 0);
  EXPECT_EQ(index->BestMatch(Sig(kOther), 0, 0.7).article, 2);
}

TEST(MinHashIndex, GrowsAndLoadsWhatIsStored) {
  auto db = OpenForWriting(":memory:");
  ASSERT_TRUE(db.ok());
  Database& d = *db.value();
  auto st = d.Prepare("INSERT INTO article_minhash(article, minhash, duplicate_of) VALUES (?1, ?2, ?3)");
  ASSERT_TRUE(st.ok());
  // Many distinct signatures (the table doubles several times), then one story.
  for (int i = 1; i <= 300; ++i) {
    auto blob = EncodeMinHash(Sig(std::string(kOther) + " Item number " + std::to_string(i) + " of the list " +
                                  std::to_string(i * 7919) + " closes it."));
    st->Bind(1, int64_t{i});
    st->BindBlob(2, blob.data(), blob.size());
    ASSERT_TRUE(st->Run().ok());
  }
  auto blob = EncodeMinHash(Sig(kStory));
  st->Bind(1, int64_t{301});
  st->BindBlob(2, blob.data(), blob.size());
  st->Bind(3, int64_t{7});
  ASSERT_TRUE(st->Run().ok());
  auto index = Empty(d);
  ASSERT_TRUE(index);
  EXPECT_EQ(index->size(), 301u);
  auto m = index->BestMatch(Sig(kStory), 0, 0.7);
  EXPECT_EQ(m.article, 301);
  EXPECT_EQ(m.first_copy, 7);
  EXPECT_DOUBLE_EQ(m.similarity, 1.0);
}

}  // namespace
}  // namespace readout::store
