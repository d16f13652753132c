#include "store/span_list.h"

#include <gtest/gtest.h>

#include "store/article_loader.h"
#include "store/schema.h"

namespace readout::store {
namespace {

TEST(SpanList, SentencesRoundTrip) {
  std::vector<Sentence> in = {Sentence{0, 63, 0, 0, false}, Sentence{64, 120, 0, 0, false}};
  EXPECT_EQ(EncodeSentences(in), "0,63;64,120");
  std::vector<Sentence> out;
  ASSERT_TRUE(DecodeSentences("0,63;64,120", &out));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].start, 64u);
  EXPECT_EQ(out[1].end, 120u);
  EXPECT_EQ(EncodeSentences({}), "");
  ASSERT_TRUE(DecodeSentences("", &out));
  EXPECT_TRUE(out.empty());
}

TEST(SpanList, MentionsAreSortedAndEqualSpansKeptOnce) {
  std::vector<Mention> in = {Mention{80, 83, MentionKind::kPronoun, 1}, Mention{12, 24, MentionKind::kName, 0},
                             Mention{12, 24, MentionKind::kName, 0}};
  EXPECT_EQ(EncodeMentions(in), "12,24,name,0;80,83,pronoun,1");
  std::vector<Mention> out;
  ASSERT_TRUE(DecodeMentions("12,24,name,0;80,83,pronoun,1", &out));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].kind, MentionKind::kPronoun);
  EXPECT_EQ(out[1].sentence, 1u);
}

TEST(SpanList, DamagedListsAreRefused) {
  std::vector<Sentence> s = {Sentence{1, 2, 0, 0, false}};
  for (const char* bad : {"0,", "0;1", "a,b", "0,1;", "0,1,2", "-1,3"}) {
    EXPECT_FALSE(DecodeSentences(bad, &s)) << bad;
  }
  EXPECT_EQ(s.size(), 1u);  // untouched
  std::vector<Mention> m;
  for (const char* bad : {"1,2,name", "1,2,noun,0", "1,2,name,0,5", "1,2,name,x"}) {
    EXPECT_FALSE(DecodeMentions(bad, &m)) << bad;
  }
}

// Version 2 kept one row per sentence and per mention; migrating must pack
// them, in span order whatever order the rows were written in, so that the
// loader reads back exactly what was stored.
TEST(SpanList, MigrationFromRowsKeepsEverySpan) {
  auto db = Database::Open(":memory:");
  ASSERT_TRUE(db.ok());
  Database& d = *db.value();
  ASSERT_TRUE(MigrateTo(d, 2).ok());
  ASSERT_TRUE(d.Exec("INSERT INTO articles(id, ext_id, text, text_hash) VALUES (1, 'x', 'Putin met Trump. Trump "
                     "spoke.', 1);"
                     "INSERT INTO articles(id, ext_id, text, text_hash) VALUES (2, 'empty', '', 2);"
                     "INSERT INTO sentences VALUES (1, 1, 17, 29), (1, 0, 0, 16);"
                     "INSERT INTO article_entities(id, article, local_id, entity, name, type, mentions, counted) "
                     "VALUES (1, 1, 'E1', 1, 'Donald Trump', 'PERSON', 2, 1), (2, 1, 'E2', 2, 'Vladimir Putin', "
                     "'PERSON', 0, 1);"
                     "INSERT INTO mentions VALUES (1, 17, 22, 'name', 1), (1, 10, 15, 'pronoun', 0);")
                  .ok());
  ASSERT_TRUE(Migrate(d).ok());
  EXPECT_EQ(d.QueryInt("PRAGMA user_version").value(), kSchemaVersion);
  EXPECT_EQ(d.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('sentences', 'mentions')").value(), 0);
  auto loader = ArticleLoader::Open(d);
  ASSERT_TRUE(loader.ok());
  auto a = loader.value()->Load("x");
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->analysis.sentences.size(), 2u);
  EXPECT_EQ(a->analysis.sentences[0].end, 16u);
  EXPECT_EQ(a->analysis.sentences[1].start, 17u);
  ASSERT_EQ(a->analysis.entities.size(), 2u);
  const auto& m = a->analysis.entities[0].mentions;
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].start, 10u);
  EXPECT_EQ(m[0].kind, MentionKind::kPronoun);
  EXPECT_EQ(m[1].sentence, 1u);
  EXPECT_TRUE(a->analysis.entities[1].mentions.empty());
  auto empty = loader.value()->Load("empty");
  ASSERT_TRUE(empty.ok()) << empty.status().message();
  EXPECT_TRUE(empty->analysis.sentences.empty());
}

}  // namespace
}  // namespace readout::store
