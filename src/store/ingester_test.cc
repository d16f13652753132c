#include "store/ingester.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "store/fingerprint.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout::store {
namespace {

using testing::TestArticle;
using testing::TestStory;
namespace fs = std::filesystem;

// A fresh temporary directory per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "readout-store-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (fs::path(path_) / name).string(); }

 private:
  std::string path_;
};

// `n` distinct articles, long enough for MinHash, none a copy of another.
std::vector<TestArticle> ManyArticles(int n) {
  static const char* kWords[] = {"ministers", "agreed",  "border",  "talks",   "sanctions", "envoy",   "ceasefire",
                                 "drones",    "energy",  "summit",  "troops",  "grain",     "exports", "parliament",
                                 "election",  "protest", "budget",  "tariffs", "pipeline",  "refugees"};
  std::vector<TestArticle> out;
  for (int i = 0; i < n; ++i) {
    std::string text = "Report ";
    text += std::to_string(i);
    text += ':';
    for (int w = 0; w < 30; ++w) {
      text += ' ';
      text += kWords[(i * 7 + w * (i % 5 + 3) + w * w) % 20];
    }
    text += '.';
    std::string id = "n";
    id += std::to_string(i);
    TestArticle t(id, text, "2025-01-01");
    t.AddEntity("Ministers", EntityType::kGroup, "", {"ministers"});
    out.push_back(std::move(t));
  }
  return out;
}

int64_t Count(Database& db, const std::string& sql) {
  auto n = db.QueryInt(sql);
  EXPECT_TRUE(n.ok()) << n.status().message();
  return n.ok() ? n.value() : -1;
}

TEST(Ingester, BackgroundAndForegroundStoreTheSame) {
  for (bool background : {false, true}) {
    auto db = OpenForWriting(":memory:");
    ASSERT_TRUE(db.ok());
    auto ing = testing::TestIngester(*db.value(), 2, background);
    ASSERT_TRUE(ing);
    for (const auto& t : TestStory()) EXPECT_TRUE(ing->Add(t.doc(), t.analysis()));
    for (const auto& t : TestStory()) EXPECT_TRUE(ing->Add(t.doc(), t.analysis()));
    ASSERT_TRUE(ing->Finish().ok());
    const IngestCounts& c = ing->counts();
    EXPECT_EQ(c.inserted, 4u);
    EXPECT_EQ(c.unchanged, 4u);
    EXPECT_EQ(c.near_duplicates, 1u);
    EXPECT_EQ(c.committed_batches, 4u);
    EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM quotes"), 8);
  }
}

TEST(Ingester, DiskFullRollsBackTheBatchAndKeepsEarlierOnes) {
  TempDir dir;
  auto db = OpenForWriting(dir.File("full.db"));
  ASSERT_TRUE(db.ok());
  auto ing = testing::TestIngester(*db.value(), 10);
  ASSERT_TRUE(ing);
  auto many = ManyArticles(200);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(ing->Add(many[i].doc(), many[i].analysis()));
  // The first batch is committed; now the file may not grow any more.
  int64_t pages = Count(*db.value(), "PRAGMA page_count");
  ASSERT_TRUE(db.value()->Exec("PRAGMA max_page_count = " + std::to_string(pages + 2)).ok());
  bool stopped = false;
  for (size_t i = 10; i < many.size() && !stopped; ++i) stopped = !ing->Add(many[i].doc(), many[i].analysis());
  EXPECT_TRUE(stopped);
  Status s = ing->Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("disk is full"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("rolled back"), std::string::npos) << s.message();
  // Every stored article is a whole batch: nothing half-written.
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM articles") % 10, 0);
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM articles"),
            Count(*db.value(), "SELECT count(*) FROM articles WHERE json_array_length(entities) > 0"));
  auto check = db.value()->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  ASSERT_TRUE(check->Step().ok());
  EXPECT_EQ(check->Text(0), "ok");
}

TEST(Ingester, LockedDatabaseIsAClearError) {
  TempDir dir;
  const std::string path = dir.File("locked.db");
  auto holder = OpenForWriting(path);
  ASSERT_TRUE(holder.ok());
  ASSERT_TRUE(holder.value()->Exec("BEGIN IMMEDIATE").ok());
  auto db = OpenForWriting(path, /*busy_timeout_ms=*/50);
  ASSERT_TRUE(db.ok()) << db.status().message();
  auto ing = testing::TestIngester(*db.value());
  ASSERT_TRUE(ing);
  auto story = TestStory();
  EXPECT_FALSE(ing->Add(story[0].doc(), story[0].analysis()));
  Status s = ing->Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("locked by another writer"), std::string::npos) << s.message();
  ASSERT_TRUE(holder.value()->Exec("ROLLBACK").ok());
}

TEST(Ingester, ReadersAreNotBlockedByAnIngestInProgress) {
  TempDir dir;
  const std::string path = dir.File("wal.db");
  auto db = OpenForWriting(path);
  ASSERT_TRUE(db.ok());
  auto w = Writer::Open(*db.value());
  ASSERT_TRUE(w.ok());
  auto story = TestStory();
  ASSERT_TRUE(w.value()->Begin().ok());
  ASSERT_TRUE(w.value()->Put(story[0].doc(), story[0].analysis()).ok());
  ASSERT_TRUE(w.value()->Commit().ok());
  ASSERT_TRUE(w.value()->Begin().ok());
  ASSERT_TRUE(w.value()->Put(story[1].doc(), story[1].analysis()).ok());
  // The writer holds its transaction open; a reader sees the last commit.
  auto reader = OpenForReading(path);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ(Count(*reader.value(), "SELECT count(*) FROM articles"), 1);
  ASSERT_TRUE(w.value()->Commit().ok());
  EXPECT_EQ(Count(*reader.value(), "SELECT count(*) FROM articles"), 2);
}

TEST(Ingester, ReadOnlyDatabaseIsAClearError) {
  TempDir dir;
  const std::string path = dir.File("ro.db");
  { ASSERT_TRUE(OpenForWriting(path).ok()); }
  // Root may write a 0444 file, so the read-only case is opened as such.
  OpenOptions ro;
  ro.read_only = true;
  auto db = Database::Open(path, ro);
  ASSERT_TRUE(db.ok());
  auto w = Writer::Open(*db.value());
  ASSERT_TRUE(w.ok());
  Status s = w.value()->Begin();
  if (s.ok()) {
    auto story = TestStory();
    s = w.value()->Put(story[0].doc(), story[0].analysis()).status();
  }
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("read-only"), std::string::npos) << s.message();
}

TEST(Ingester, CorruptFileIsAClearError) {
  TempDir dir;
  const std::string path = dir.File("corrupt.db");
  {
    std::ofstream f(path, std::ios::binary);
    for (int i = 0; i < 512; ++i) f << "this is not a database file ";
  }
  auto db = OpenForWriting(path);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.status().message().find("corrupt or not a readout database"), std::string::npos)
      << db.status().message();
  auto rd = OpenForReading(path);
  ASSERT_FALSE(rd.ok());
  EXPECT_NE(rd.status().message().find("corrupt or not a readout database"), std::string::npos)
      << rd.status().message();
}

TEST(Schema, MigratesAndRefusesNewerVersions) {
  auto db = OpenForWriting(":memory:");
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(Count(*db.value(), "PRAGMA user_version"), kSchemaVersion);
  EXPECT_TRUE(Migrate(*db.value()).ok());  // idempotent
  ASSERT_TRUE(db.value()->Exec("PRAGMA user_version = 99").ok());
  Status s = Migrate(*db.value());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.message();
}

// A new file gets 8 KB pages; a file written before keeps the page size it
// has (SQLite cannot change it without rewriting the file) and still opens.
TEST(Schema, NewFilesGetEightKilobytePagesOldFilesKeepTheirs) {
  TempDir dir;
  {
    auto db = OpenForWriting(dir.File("new.db"));
    ASSERT_TRUE(db.ok()) << db.status().message();
    EXPECT_EQ(Count(*db.value(), "PRAGMA page_size"), 8192);
  }
  const std::string old_path = dir.File("old.db");
  {
    auto db = Database::Open(old_path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->Exec("PRAGMA page_size = 4096; CREATE TABLE t(x); DROP TABLE t;").ok());
  }
  auto db = OpenForWriting(old_path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ(Count(*db.value(), "PRAGMA page_size"), 4096);
  EXPECT_EQ(Count(*db.value(), "PRAGMA user_version"), kSchemaVersion);
}

// Version 1 indexed quotes with a row trigger; version 2 drops it and the
// writer indexes each batch. A version-1 file must come out with a full-text
// index that matches its quotes table, old and new rows alike.
TEST(Schema, MigratesVersion1ToWriterIndexedQuotes) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(MigrateTo(*db.value(), 1).ok());
    ASSERT_TRUE(db.value()
                    ->Exec("INSERT INTO articles(id, ext_id, text, text_hash) VALUES (1, 'old', 'He said it was "
                           "sidelined.', 1); INSERT INTO quotes(article, idx, kind, start, end, text, sentence) VALUES "
                           "(1, 0, 'indirect', 8, 26, 'it was sidelined', 0);")
                    .ok());
  }
  auto db = OpenForWriting(path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ(Count(*db.value(), "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM sqlite_schema WHERE name = 'quotes_fts_insert'"), 0);
  auto w = Writer::Open(*db.value());
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(w.value()->Begin().ok());
  for (const auto& t : TestStory()) ASSERT_TRUE(w.value()->Put(t.doc(), t.analysis()).ok());
  ASSERT_TRUE(w.value()->Commit().ok());
  EXPECT_TRUE(db.value()->Exec("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)").ok());
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM quotes_fts"), Count(*db.value(), "SELECT count(*) FROM quotes"));
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'sidelined'"), 2);
}

// Version 5 moves MinHash signatures from articles into article_minhash: a
// version-4 file keeps finding the wire copies of the articles it holds.
TEST(Schema, MigratesVersion4SignaturesToTheirOwnTable) {
  TempDir dir;
  const std::string path = dir.File("v4.db");
  auto story = TestStory();
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(MigrateTo(*db.value(), 4).ok());
    auto mh = ComputeMinHash(story[1].analysis().text);
    ASSERT_TRUE(mh.has_value());
    auto blob = EncodeMinHash(*mh);
    auto st = db.value()->Prepare(
        "INSERT INTO articles(id, ext_id, text, text_hash, minhash) VALUES (1, 'a2', ?1, 1, ?2)");
    ASSERT_TRUE(st.ok());
    st->Bind(1, std::string_view(story[1].analysis().text));
    st->BindBlob(2, blob.data(), blob.size());
    ASSERT_TRUE(st->Run().ok());
  }
  auto db = OpenForWriting(path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ(Count(*db.value(), "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM article_minhash"), 1);
  EXPECT_EQ(Count(*db.value(), "SELECT count(*) FROM sqlite_schema WHERE name = 'minhash_bands'"), 0);
  auto w = Writer::Open(*db.value());
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(w.value()->Begin().ok());
  auto r = w.value()->Put(story[2].doc(), story[2].analysis());
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(w.value()->Commit().ok());
  EXPECT_EQ(r->duplicate_of, "a2");
}

// Version 6 keys quotes_fts and quote_about by quote key (date, then id):
// a version-5 file's quotes are found by words and by entity afterwards, in
// date order, and deleting a quote still removes it from the FTS index.
TEST(Schema, MigratesVersion5QuotesToQuoteKeys) {
  TempDir dir;
  const std::string path = dir.File("v5.db");
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(MigrateTo(*db.value(), 5).ok());
    ASSERT_TRUE(db.value()
                    ->Exec("INSERT INTO articles(id, ext_id, date, text, text_hash) VALUES (1, 'late', '2025-03-01', "
                           "'x', 1), (2, 'early', '2025-01-05', 'y', 2), (3, 'undated', NULL, 'z', 3);"
                           "INSERT INTO quotes(id, article, idx, kind, start, end, text, sentence, date) VALUES "
                           "(1, 1, 0, 'direct', 0, 1, 'peace talks stalled', 0, '2025-03-01'), "
                           "(2, 2, 0, 'direct', 0, 1, 'peace is near', 0, '2025-01-05'), "
                           "(3, 3, 0, 'direct', 0, 1, 'no peace', 0, NULL);"
                           "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes;"
                           "INSERT INTO entities(id, name, type, key, mentions, articles) VALUES (7, 'Putin', "
                           "'PERSON', 'putin', 2, 2);"
                           "INSERT INTO quote_about(entity, quote) VALUES (7, 1), (7, 2);")
                    .ok());
  }
  auto db = OpenForWriting(path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  Database& d = *db.value();
  EXPECT_EQ(Count(d, "PRAGMA user_version"), kSchemaVersion);
  auto keys = [&](const std::string& sql) {
    auto st = d.Prepare(sql);
    EXPECT_TRUE(st.ok());
    std::vector<int64_t> out;
    for (auto more = st->Step(); more.ok() && more.value(); more = st->Step()) out.push_back(st->Int(0));
    return out;
  };
  const std::vector<int64_t> all = {QuoteKey("", 3), QuoteKey("2025-01-05", 2), QuoteKey("2025-03-01", 1)};
  EXPECT_EQ(keys("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'peace' ORDER BY rowid"), all);
  EXPECT_EQ(keys("SELECT qkey FROM quote_about WHERE entity = 7 ORDER BY qkey"),
            (std::vector<int64_t>{all[1], all[2]}));
  EXPECT_EQ(QuoteKey("2025-01-05", 2), (int64_t{20250105} << 32) + 2);
  EXPECT_TRUE(d.Exec("DELETE FROM quotes WHERE id = 2").ok());
  EXPECT_EQ(keys("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'peace' ORDER BY rowid"),
            (std::vector<int64_t>{all[0], all[2]}));
  EXPECT_TRUE(d.Exec("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)").ok());
}

// Version 7 stores the heads of actor and event codes in their own columns;
// a version-6 file's events are found by them after the migration.
TEST(Schema, MigratesVersion6EventsToStoredCodeHeads) {
  TempDir dir;
  const std::string path = dir.File("v6.db");
  {
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(MigrateTo(*db.value(), 6).ok());
    ASSERT_TRUE(db.value()
                    ->Exec("INSERT INTO articles(id, ext_id, date, text, text_hash) VALUES (1, 'x', '2025-02-12', "
                           "'t', 1); INSERT INTO events(article, idx, sentence, date, code, quad, goldstein, "
                           "source_actor, target_actor) VALUES (1, 0, 0, '2025-02-12', '043', 1, 2.8, 'USAGOV', "
                           "'RUS'), (1, 1, 0, '2025-02-12', '190', 4, -10, NULL, 'UKR');")
                    .ok());
  }
  auto db = OpenForWriting(path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  Database& d = *db.value();
  EXPECT_EQ(Count(d, "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(Count(d, "SELECT count(*) FROM events WHERE source3 = 'USA' AND target3 = 'RUS' AND root2 = '04'"), 1);
  EXPECT_EQ(Count(d, "SELECT count(*) FROM events WHERE source3 IS NULL AND target3 = 'UKR' AND root2 = '19'"), 1);
}

TEST(Schema, ReadingNeedsAReadoutDatabase) {
  TempDir dir;
  auto missing = OpenForReading(dir.File("missing.db"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("does not exist"), std::string::npos);
  {
    auto plain = Database::Open(dir.File("plain.db"));
    ASSERT_TRUE(plain.ok());
    ASSERT_TRUE(plain.value()->Exec("CREATE TABLE t(x)").ok());
  }
  auto plain = OpenForReading(dir.File("plain.db"));
  ASSERT_FALSE(plain.ok());
  EXPECT_NE(plain.status().message().find("not a readout database"), std::string::npos);
}

}  // namespace
}  // namespace readout::store
