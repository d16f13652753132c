#include "store/span_list.h"

#include <gtest/gtest.h>

#include "store/article_loader.h"
#include "store/schema.h"
#include "store/store_test_util.h"
#include "store/writer.h"

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

// Version 2 kept one row per sentence and per mention; migrating to 3 must
// pack them so that the loader reads back exactly what was stored.
TEST(SpanList, MigrationFromRowsKeepsEverySpan) {
  auto db = OpenForWriting(":memory:");
  ASSERT_TRUE(db.ok());
  Database& d = *db.value();
  auto w = Writer::Open(d);
  ASSERT_TRUE(w.ok());
  auto story = testing::TestStory();
  ASSERT_TRUE(w.value()->Begin().ok());
  for (const auto& t : story) ASSERT_TRUE(w.value()->Put(t.doc(), t.analysis()).ok());
  ASSERT_TRUE(w.value()->Commit().ok());
  w.value().reset();
  auto loader = ArticleLoader::Open(d);
  ASSERT_TRUE(loader.ok());
  std::vector<StoredArticle> before;
  for (const auto& t : story) {
    auto a = loader.value()->Load(t.doc().id);
    ASSERT_TRUE(a.ok());
    before.push_back(std::move(a.value()));
  }
  loader.value().reset();

  // Back to version 2: rows instead of lists, in scrambled insertion order.
  ASSERT_TRUE(d.Exec("CREATE TABLE sentences (article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT "
                     "NULL, end INTEGER NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;"
                     "CREATE TABLE mentions (article_entity INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER "
                     "NOT NULL, kind TEXT NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (article_entity, start, "
                     "end)) WITHOUT ROWID;")
                  .ok());
  auto ins_s = d.Prepare("INSERT INTO sentences VALUES (?1, ?2, ?3, ?4)");
  auto ins_m = d.Prepare("INSERT INTO mentions VALUES ((SELECT id FROM article_entities WHERE article = ?1 AND "
                         "local_id = ?2), ?3, ?4, ?5, ?6)");
  ASSERT_TRUE(ins_s.ok() && ins_m.ok());
  for (const auto& b : before) {
    const Analysis& a = b.analysis;
    for (size_t i = a.sentences.size(); i-- > 0;) {
      ins_s->Bind(1, b.row);
      ins_s->Bind(2, static_cast<int64_t>(i));
      ins_s->Bind(3, a.sentences[i].start);
      ins_s->Bind(4, a.sentences[i].end);
      ASSERT_TRUE(ins_s->Run().ok());
    }
    for (const Entity& e : a.entities) {
      for (size_t i = e.mentions.size(); i-- > 0;) {
        const Mention& m = e.mentions[i];
        ins_m->Bind(1, b.row);
        ins_m->Bind(2, e.id);
        ins_m->Bind(3, m.start);
        ins_m->Bind(4, m.end);
        ins_m->Bind(5, MentionKindName(m.kind));
        ins_m->Bind(6, m.sentence);
        ASSERT_TRUE(ins_m->Run().ok());
      }
    }
  }
  ASSERT_TRUE(d.Exec("ALTER TABLE articles DROP COLUMN sentence_spans; ALTER TABLE article_entities DROP COLUMN "
                     "mention_spans; PRAGMA user_version = 2;")
                  .ok());
  ASSERT_TRUE(Migrate(d).ok());
  EXPECT_EQ(d.QueryInt("PRAGMA user_version").value(), kSchemaVersion);
  EXPECT_EQ(d.QueryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('sentences', 'mentions')").value(), 0);

  loader = ArticleLoader::Open(d);
  ASSERT_TRUE(loader.ok());
  for (const auto& b : before) {
    auto a = loader.value()->Load(b.doc.id);
    ASSERT_TRUE(a.ok()) << a.status().message();
    ASSERT_EQ(a->analysis.sentences.size(), b.analysis.sentences.size());
    for (size_t i = 0; i < b.analysis.sentences.size(); ++i) {
      EXPECT_EQ(a->analysis.sentences[i].start, b.analysis.sentences[i].start);
      EXPECT_EQ(a->analysis.sentences[i].end, b.analysis.sentences[i].end);
    }
    ASSERT_EQ(a->analysis.entities.size(), b.analysis.entities.size());
    for (size_t e = 0; e < b.analysis.entities.size(); ++e) {
      const auto& got = a->analysis.entities[e].mentions;
      const auto& want = b.analysis.entities[e].mentions;
      ASSERT_EQ(got.size(), want.size()) << b.doc.id << " " << e;
      for (size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(got[i].start, want[i].start);
        EXPECT_EQ(got[i].end, want[i].end);
        EXPECT_EQ(got[i].kind, want[i].kind);
        EXPECT_EQ(got[i].sentence, want[i].sentence);
      }
    }
  }
}

}  // namespace
}  // namespace readout::store
