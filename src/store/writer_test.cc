#include "store/writer.h"

#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout::store {
namespace {

using testing::TestArticle;
using testing::TestStory;

// a1 again, with other text and fewer facts: one entity, one quote.
TestArticle ShorterA1() {
  TestArticle t("a1", "Donald Trump said \"the call was great and long\" on Wednesday after the call ended.",
                "2025-02-12");
  int trump = t.AddEntity("Donald Trump", EntityType::kPerson, "USAGOV", {"Donald Trump"});
  t.AddQuote("the call was great and long", trump, "Donald Trump", "said");
  return t;
}

class WriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = OpenForWriting(":memory:");
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(db.value());
    auto w = Writer::Open(*db_);
    ASSERT_TRUE(w.ok()) << w.status().message();
    writer_ = std::move(w.value());
  }

  PutResult Put(const TestArticle& t) {
    EXPECT_TRUE(writer_->Begin().ok());
    auto r = writer_->Put(t.doc(), t.analysis());
    EXPECT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(writer_->Commit().ok());
    return r.ok() ? r.value() : PutResult{};
  }

  int64_t Count(const std::string& sql) {
    auto n = db_->QueryInt(sql);
    EXPECT_TRUE(n.ok()) << n.status().message();
    return n.ok() ? n.value() : -1;
  }

  std::unique_ptr<Database> db_;
  std::unique_ptr<Writer> writer_;
};

TEST_F(WriterTest, StoresEveryKindOfFact) {
  auto story = TestStory();
  PutResult r = Put(story[0]);
  EXPECT_EQ(r.outcome, PutOutcome::kInserted);
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(testing::kCountSentencesSql), 4);
  EXPECT_EQ(Count("SELECT count(*) FROM entities"), 7);
  EXPECT_EQ(Count(testing::kCountMentionsSql), 9);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes"), 3);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 1);
  EXPECT_EQ(Count(testing::kCountTimesSql), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM articles, json_each(articles.entities) e, json_each(e.value, '$.roles')"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'sidelined'"), 1);
}

TEST_F(WriterTest, SameIdSameTextIsUnchanged) {
  auto story = TestStory();
  Put(story[0]);
  PutResult r = Put(story[0]);
  EXPECT_EQ(r.outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes"), 3);
  EXPECT_EQ(Count("SELECT mentions FROM entities WHERE name = 'Donald Trump'"), 2);
}

TEST_F(WriterTest, SameTextUnderAnotherIdIsNotStoredTwice) {
  auto story = TestStory();
  Put(story[0]);
  // Re-wrapped and re-cased: the normalised text is the same.
  std::string text = story[0].analysis().text;
  text.replace(text.find(" spoke"), 6, "\n\n  spoke");
  TestArticle copy("copy-of-a1", text, "2025-02-12");
  PutResult r = Put(copy);
  EXPECT_EQ(r.outcome, PutOutcome::kSameText);
  EXPECT_EQ(r.same_as, "a1");
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 1);
}

TEST_F(WriterTest, ChangedTextReplacesOldFactsAtomically) {
  auto story = TestStory();
  Put(story[0]);
  Put(story[1]);
  TestArticle changed = ShorterA1();
  PutResult r = Put(changed);
  EXPECT_EQ(r.outcome, PutOutcome::kReplaced);
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article WHERE a.ext_id = 'a1'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article WHERE a.ext_id = 'a1'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'sidelined'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'great'"), 1);
  // Counters subtract exactly what the old version added.
  EXPECT_EQ(Count("SELECT mentions FROM entities WHERE name = 'Donald Trump'"), 1);
  EXPECT_EQ(Count("SELECT articles FROM entities WHERE name = 'Alina Polyakova'"), 1);  // a2 only
  EXPECT_EQ(Count("SELECT mentions FROM entities WHERE name = 'Alina Polyakova'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM entity_roles WHERE title = 'president'"), 0);
  EXPECT_EQ(Count(testing::kCountMentionsSql), 1 + 7);  // a1 now 1, a2 7
  // Quotes about others went with the old quotes (found by the old clusters'
  // entities and the old quote keys); a2's stay.
  EXPECT_EQ(Count("SELECT count(*) FROM quote_about"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM quote_about qa JOIN quotes q ON q.id = qa.qkey & 4294967295"), 1);
  EXPECT_EQ(Count(testing::kCountClustersSql), 1 + 5);
  EXPECT_EQ(Count(testing::kCountTimesSql), 0);
}

// Quotes reach the full-text index at commit; an article replaced inside the
// batch that first wrote it must leave neither its old quotes nor holes.
TEST_F(WriterTest, ReplacingWithinOneBatchKeepsTheFullTextIndexExact) {
  auto story = TestStory();
  TestArticle changed = ShorterA1();
  ASSERT_TRUE(writer_->Begin().ok());
  ASSERT_TRUE(writer_->Put(story[0].doc(), story[0].analysis()).ok());
  ASSERT_TRUE(writer_->Put(story[1].doc(), story[1].analysis()).ok());
  ASSERT_TRUE(writer_->Put(changed.doc(), changed.analysis()).ok());
  ASSERT_TRUE(writer_->Put(story[2].doc(), story[2].analysis()).ok());
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_TRUE(db_->Exec("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)").ok());
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts"), Count("SELECT count(*) FROM quotes"));
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'sidelined'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'great'"), 1);
}

// New entities get their rows (with their summed counters) at commit; an
// article replaced inside the batch that created its entities must still
// subtract exactly what its old version added.
TEST_F(WriterTest, ReplacingWithinOneBatchSubtractsFromEntitiesNewInIt) {
  auto story = TestStory();
  TestArticle changed = ShorterA1();
  ASSERT_TRUE(writer_->Begin().ok());
  ASSERT_TRUE(writer_->Put(story[0].doc(), story[0].analysis()).ok());
  ASSERT_TRUE(writer_->Put(story[1].doc(), story[1].analysis()).ok());
  ASSERT_TRUE(writer_->Put(changed.doc(), changed.analysis()).ok());
  ASSERT_TRUE(writer_->Commit().ok());
  // The same counts as when each article is its own batch
  // (ChangedTextReplacesOldFactsAtomically).
  EXPECT_EQ(Count("SELECT mentions FROM entities WHERE name = 'Donald Trump'"), 1);
  EXPECT_EQ(Count("SELECT articles FROM entities WHERE name = 'Donald Trump'"), 1);
  EXPECT_EQ(Count("SELECT articles FROM entities WHERE name = 'Alina Polyakova'"), 1);
  EXPECT_EQ(Count("SELECT mentions FROM entities WHERE name = 'Alina Polyakova'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM entity_roles WHERE title = 'president'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM entities WHERE mentions < 0 OR articles < 0"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM entities"), Count("SELECT count(DISTINCT key || '/' || type) FROM entities"));
}

// A rolled-back batch leaves nothing for the next one to index.
TEST_F(WriterTest, RollbackForgetsPendingQuotes) {
  auto story = TestStory();
  ASSERT_TRUE(writer_->Begin().ok());
  ASSERT_TRUE(writer_->Put(story[0].doc(), story[0].analysis()).ok());
  writer_->Rollback();
  Put(story[1]);
  EXPECT_TRUE(db_->Exec("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)").ok());
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts"), Count("SELECT count(*) FROM quotes"));
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'sidelined'"), 0);
}

TEST_F(WriterTest, LinksEntitiesAcrossArticlesWithAliases) {
  for (const auto& t : TestStory()) Put(t);
  EXPECT_EQ(Count("SELECT count(*) FROM entities WHERE name = 'Alina Polyakova'"), 1);
  EXPECT_EQ(Count("SELECT articles FROM entities WHERE name = 'Alina Polyakova'"), 3);
  EXPECT_EQ(Count("SELECT articles FROM entities WHERE name = 'Vladimir Putin'"), 3);
  // Aliases: mention texts and the analysis' aliases, by key.
  EXPECT_EQ(Count("SELECT count(*) FROM entity_aliases a JOIN entities e ON e.id = a.entity WHERE e.name = "
                  "'Alina Polyakova' AND a.key IN ('polyakova', 'alina polyakova')"),
            2);
  EXPECT_EQ(Count("SELECT count(*) FROM entity_aliases a JOIN entities e ON e.id = a.entity WHERE e.name = "
                  "'United States' AND a.key = 'us'"),
            1);
  // Different types never merge.
  EXPECT_EQ(Count("SELECT count(DISTINCT type) FROM entities WHERE key = 'kyiv'"), 1);
}

TEST_F(WriterTest, WireCopyLinksToFirstCopyAndMarksEventsDuplicate) {
  auto story = TestStory();
  Put(story[1]);
  PutResult r = Put(story[2]);
  EXPECT_EQ(r.outcome, PutOutcome::kInserted);
  EXPECT_EQ(r.duplicate_of, "a2");
  EXPECT_GE(r.similarity, 0.7);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE duplicate = 1"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM events WHERE duplicate = 0"), 2);
  // A copy of the copy still points at the first copy.
  TestArticle third("a3b", story[2].analysis().text + " Edited by the desk.", "2025-02-22");
  r = Put(third);
  EXPECT_EQ(r.duplicate_of, "a2");
}

// The MinHash index lives in memory across batches: a rolled-back first copy
// must not be found again, a committed one must, also by a new writer.
TEST_F(WriterTest, WireCopiesAfterRollbackAndReopen) {
  auto story = TestStory();
  ASSERT_TRUE(writer_->Begin().ok());
  ASSERT_TRUE(writer_->Put(story[1].doc(), story[1].analysis()).ok());
  writer_->Rollback();
  PutResult r = Put(story[2]);
  EXPECT_TRUE(r.duplicate_of.empty());  // a2 was rolled back: a3 is the first copy now
  auto w = Writer::Open(*db_);
  ASSERT_TRUE(w.ok());
  writer_ = std::move(w.value());
  r = Put(story[1]);
  EXPECT_EQ(r.duplicate_of, "a3");
  EXPECT_EQ(Count("SELECT count(*) FROM article_minhash"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM article_minhash WHERE duplicate_of IS NOT NULL"), 1);
}

TEST_F(WriterTest, DifferentStoriesAreNotCopies) {
  auto story = TestStory();
  Put(story[0]);
  Put(story[1]);
  PutResult r = Put(story[3]);
  EXPECT_TRUE(r.duplicate_of.empty());
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"), 0);
}

TEST_F(WriterTest, QuotesKnowWhomTheyAreAbout) {
  for (const auto& t : TestStory()) Put(t);
  EXPECT_EQ(Count("SELECT count(*) FROM quote_about qa JOIN entities e ON e.id = qa.entity WHERE e.name = 'Keith "
                  "Kellogg'"),
            1);
  EXPECT_EQ(Count("SELECT count(*) FROM quote_about qa JOIN entities e ON e.id = qa.entity WHERE e.name = "
                  "'Vladimir Putin'"),
            2);  // a2 and its copy
}

TEST_F(WriterTest, RollbackLeavesNothing) {
  auto story = TestStory();
  ASSERT_TRUE(writer_->Begin().ok());
  ASSERT_TRUE(writer_->Put(story[0].doc(), story[0].analysis()).ok());
  writer_->Rollback();
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM entities"), 0);
}

}  // namespace
}  // namespace readout::store
