// Migrations are an append-only list of SQL scripts: kMigrations[i] takes a
// database from user_version i to i+1. All pending steps run in one IMMEDIATE
// transaction together with the user_version update, so a crash during a
// migration leaves the old schema intact and the next open simply retries.
//
// Design notes on the tables (see docs/schema.md for the full description):
// - articles.id is an integer rowid; ext_id is the input's id (UNIQUE), so a
//   second ingest of the same id finds the row instead of adding one.
// - Facts point at articles.id; replacing an article deletes its facts by
//   that id and writes the new ones in the same transaction.
// - Global entities carry running counters (mentions, articles) and an
//   aggregate role table so "entities" queries need no scan of all mentions.
// - An article's entity clusters and times are JSON arrays in its row
//   (kSchemaV8): nothing queries them one by one.
// - quotes_fts is a contentless FTS5 index keyed by quote key (kSchemaV6):
//   the writer adds each batch's quotes to it in one statement (kSchemaV2); a
//   trigger removes deleted quotes.
#include "store/schema.h"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <climits>

namespace readout::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL UNIQUE,
  date TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  text_hash INTEGER NOT NULL,
  minhash BLOB,
  duplicate_of INTEGER,
  similarity REAL
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_date ON articles(date);

CREATE TABLE minhash_bands (
  band_key INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY (band_key, article)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  actor TEXT,
  mentions INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0,
  UNIQUE (key, type)
);
CREATE INDEX entities_mentions ON entities(mentions DESC);

CREATE TABLE entity_aliases (
  key TEXT NOT NULL,
  entity INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity);

CREATE TABLE entity_roles (
  entity INTEGER NOT NULL,
  title TEXT NOT NULL,
  org TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (entity, title, org)
) WITHOUT ROWID;

CREATE TABLE article_entities (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  entity INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT,
  aliases TEXT,
  place_name TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  mentions INTEGER NOT NULL,
  counted INTEGER NOT NULL
);
CREATE INDEX article_entities_article ON article_entities(article);
CREATE INDEX article_entities_entity ON article_entities(entity);

CREATE TABLE mentions (
  article_entity INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (article_entity, start, end)
) WITHOUT ROWID;

CREATE TABLE roles (
  article_entity INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  title TEXT NOT NULL,
  org TEXT,
  country TEXT,
  start INTEGER,
  end INTEGER,
  PRIMARY KEY (article_entity, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_entity INTEGER,
  speaker_local TEXT,
  speaker_name TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  medium TEXT,
  sentence INTEGER NOT NULL,
  date TEXT
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker_entity, date);
CREATE INDEX quotes_date ON quotes(date);

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE quote_about (
  entity INTEGER NOT NULL,
  quote INTEGER NOT NULL,
  PRIMARY KEY (entity, quote)
) WITHOUT ROWID;
CREATE INDEX quote_about_quote ON quote_about(quote);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  date TEXT,
  event_date TEXT,
  code TEXT NOT NULL,
  root TEXT,
  quad INTEGER,
  goldstein REAL,
  plover TEXT,
  source_actor TEXT,
  source_entity INTEGER,
  source_local TEXT,
  source_start INTEGER,
  source_end INTEGER,
  source_text TEXT,
  target_actor TEXT,
  target_entity INTEGER,
  target_local TEXT,
  target_start INTEGER,
  target_end INTEGER,
  target_text TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER,
  trigger_text TEXT,
  negated INTEGER NOT NULL DEFAULT 0,
  place_name TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  duplicate INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_actor, date);
CREATE INDEX events_target ON events(target_actor, date);
CREATE INDEX events_code ON events(code, date);

CREATE TABLE times (
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
)sql";

// Version 2: quotes enter quotes_fts from the writer, one statement per
// batch, instead of from a row trigger. The trigger made every quote insert
// a statement with a savepoint, and FTS5 writes its pending terms out as a
// new segment at each savepoint: one tiny segment per quote, then merges,
// most of the ingest's database time. Deletion stays a trigger (replacing an
// article is rare and the writer indexes its pending quotes first).
constexpr const char* kSchemaV2 = R"sql(
DROP TRIGGER quotes_fts_insert;
)sql";

// Version 3: sentences and mentions packed into one text column per article
// and per article entity (store/span_list.h), instead of a row each: the
// writer makes ~100 fewer inserts per article. The lists are built from the
// old rows in primary-key order, which is the order they are read back in.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE articles ADD COLUMN sentence_spans TEXT NOT NULL DEFAULT '';
UPDATE articles SET sentence_spans = coalesce(
  (SELECT group_concat(start || ',' || end, ';') FROM sentences WHERE sentences.article = articles.id), '');
DROP TABLE sentences;
ALTER TABLE article_entities ADD COLUMN mention_spans TEXT NOT NULL DEFAULT '';
UPDATE article_entities SET mention_spans = coalesce(
  (SELECT group_concat(start || ',' || end || ',' || kind || ',' || sentence, ';') FROM mentions
   WHERE mentions.article_entity = article_entities.id), '');
DROP TABLE mentions;
)sql";

// Version 4: event indexes that give rows in date order for the filters
// analysts use. Actor filters are country-first ("USA", "RUS"), so the
// leading three letters of an actor code (and the two-digit CAMEO root of an
// event code) are indexed as expressions with the date after them: "USA's
// events by date" is an index walk that stops at the LIMIT instead of a sort
// of every USA event. The dyad index does the same for "A-B" in either
// direction, and the date index covers everything a timeline counts, so a
// timeline reads no table rows. Longer prefixes ("USAGOV", "0431") filter
// rows inside these index ranges.
constexpr const char* kSchemaV4 = R"sql(
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX events_code;
DROP INDEX events_date;
CREATE INDEX events_source3 ON events(substr(source_actor, 1, 3), date);
CREATE INDEX events_target3 ON events(substr(target_actor, 1, 3), date);
CREATE INDEX events_dyad ON events(substr(source_actor, 1, 3), substr(target_actor, 1, 3), date);
CREATE INDEX events_root ON events(substr(code, 1, 2), date);
CREATE INDEX events_date ON events(date, duplicate, negated, quad, goldstein);
)sql";

// Version 5: cheaper writes. MinHash signatures move to their own table of
// small rows in article order, which the writer reads once per run into an
// in-memory LSH index (store/minhash_index.h): finding wire copies no longer
// reads candidate rows of `articles` (whose signature sat after the text, so
// long texts cost overflow-page reads) and storing a signature is one
// append instead of 16 random-key inserts into minhash_bands, which goes.
// articles.minhash is no longer written (old values stay, unused).
// article_entities(entity) served no query: every write paid for it.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE article_minhash (
  article INTEGER PRIMARY KEY,
  minhash BLOB NOT NULL,
  duplicate_of INTEGER
);
INSERT INTO article_minhash(article, minhash, duplicate_of)
  SELECT id, minhash, duplicate_of FROM articles WHERE minhash IS NOT NULL;
DROP TABLE minhash_bands;
DROP INDEX article_entities_entity;
)sql";

// Version 6: quotes are found in (date, id) order without reading them.
// Both ways of finding quotes by name or words now yield *quote keys*
// (schema.h: QuoteKey, YYYYMMDD * 2^32 + id): quotes_fts becomes a
// contentless FTS5 table whose rowid is the quote key, and quote_about is
// keyed by (entity, qkey). "The first 100 quotes with these words" is then a
// walk of the FTS doclists in rowid order that stops at the limit, and "the
// first 100 quotes about this entity" a range of quote_about, instead of
// reading every matching quote's row for its date and sorting them all
// (thousands of random page reads when the file is not cached).
// Rows enter quotes_fts in key order: FTS5 starts a new segment whenever
// a rowid is smaller than the last one.
constexpr const char* kSchemaV6 = R"sql(
DROP TRIGGER quotes_fts_delete;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='');
INSERT INTO quotes_fts(rowid, text)
  SELECT coalesce(CAST(replace(date, '-', '') AS INTEGER), 0) * 4294967296 + id AS k, text FROM quotes ORDER BY k;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text)
    VALUES ('delete', coalesce(CAST(replace(old.date, '-', '') AS INTEGER), 0) * 4294967296 + old.id, old.text);
END;
CREATE TABLE quote_about_v6 (
  entity INTEGER NOT NULL,
  qkey INTEGER NOT NULL,
  PRIMARY KEY (entity, qkey)
) WITHOUT ROWID;
INSERT INTO quote_about_v6(entity, qkey)
  SELECT qa.entity, coalesce(CAST(replace(q.date, '-', '') AS INTEGER), 0) * 4294967296 + q.id
  FROM quote_about qa JOIN quotes q ON q.id = qa.quote;
DROP TABLE quote_about;
ALTER TABLE quote_about_v6 RENAME TO quote_about;
CREATE INDEX quote_about_qkey ON quote_about(qkey);
)sql";

// Version 7: the heads of actor and event codes become stored columns
// (source3, target3, root2) and the indexes of version 4 are rebuilt on them.
// SQLite (3.40) reads the table row whenever a query names a column, even
// one only used inside an indexed expression: with plain columns the dyad
// index, which now also carries what a timeline counts (as the date index
// does), answers `timeline --dyad A-B` from index entries alone instead of
// one row read per event of the dyad.
constexpr const char* kSchemaV7 = R"sql(
DROP INDEX events_source3;
DROP INDEX events_target3;
DROP INDEX events_dyad;
DROP INDEX events_root;
ALTER TABLE events ADD COLUMN source3 TEXT;
ALTER TABLE events ADD COLUMN target3 TEXT;
ALTER TABLE events ADD COLUMN root2 TEXT;
UPDATE events SET source3 = substr(source_actor, 1, 3), target3 = substr(target_actor, 1, 3),
  root2 = substr(code, 1, 2);
CREATE INDEX events_source3 ON events(source3, date);
CREATE INDEX events_target3 ON events(target3, date);
CREATE INDEX events_dyad ON events(source3, target3, date, duplicate, negated, quad, goldstein);
CREATE INDEX events_root ON events(root2, date);
)sql";

// Version 8: cheaper writes, the queries unchanged.
// - An article's entity clusters (with their packed mentions and their
//   roles) and its time expressions become one JSON array each,
//   articles.entities and articles.times (store/packed_facts.h), instead of
//   ~45 rows and ~35 index entries per news article in article_entities,
//   roles and times, which go. No query reads them; export reads them whole,
//   and replacing an article subtracts its counts through json_each.
// - quote_about loses its second index, on qkey: "is this quote about one of
//   these entities" is a primary-key probe per entity, and a replaced
//   article's rows are found by its entities and quote keys.
// Rows are packed in the order the loader read them (entity rows by id,
// roles and times by idx). json_object writes NULL fields as null, which the
// decoder takes for absent.
constexpr const char* kSchemaV8 = R"sql(
ALTER TABLE articles ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN times TEXT NOT NULL DEFAULT '[]';
UPDATE articles SET entities = coalesce((SELECT json_group_array(json(o)) FROM (
  SELECT json_object('id', ae.local_id, 'entity', ae.entity, 'name', ae.name, 'type', ae.type, 'actor', ae.actor,
    'aliases', CASE WHEN coalesce(ae.aliases, '') = '' THEN NULL
                    ELSE json('[' || replace(json_quote(ae.aliases), '\u001f', '","') || ']') END,
    'place', CASE WHEN ae.place_name IS NULL THEN NULL
                  ELSE json_object('name', ae.place_name, 'country', ae.place_country, 'lat', ae.lat, 'lon', ae.lon)
             END,
    'mentions', ae.mentions, 'counted', ae.counted, 'mention_spans', ae.mention_spans,
    'roles', json((SELECT json_group_array(json(r)) FROM (
      SELECT json_object('title', title, 'org', org, 'country', country, 'start', start, 'end', end) AS r
      FROM roles WHERE roles.article_entity = ae.id ORDER BY idx)))) AS o
  FROM article_entities ae WHERE ae.article = articles.id ORDER BY ae.id)), '[]');
UPDATE articles SET times = coalesce((SELECT json_group_array(json(o)) FROM (
  SELECT json_object('start', start, 'end', end, 'text', text, 'value', value, 'sentence', sentence) AS o
  FROM times WHERE times.article = articles.id ORDER BY idx)), '[]');
DROP TABLE roles;
DROP TABLE article_entities;
DROP TABLE times;
DROP INDEX quote_about_qkey;
)sql";

// kMigrations[i] upgrades user_version i to i+1.
constexpr std::array<const char*, kSchemaVersion> kMigrations = {kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4,
                                                                 kSchemaV5, kSchemaV6, kSchemaV7, kSchemaV8};

Result<int64_t> UserVersion(Database& db) { return db.QueryInt("PRAGMA user_version"); }

}  // namespace

namespace {

// YYYYMMDD of a YYYY-MM-DD date, 0 when it is not one.
int64_t DateNumber(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return 0;
  int64_t n = 0;
  for (char c : date) {
    if (c == '-') continue;
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

int64_t QuoteKey(std::string_view date, int64_t id) { return (DateNumber(date) << kQuoteKeyIdBits) + id; }

int64_t QuoteKeyFrom(std::string_view from) { return from.empty() ? 0 : DateNumber(from) << kQuoteKeyIdBits; }

int64_t QuoteKeyTo(std::string_view to) {
  return to.empty() ? INT64_MAX : (DateNumber(to) << kQuoteKeyIdBits) + kQuoteKeyIdMask;
}

std::string QuoteKeySql(std::string_view q) {
  return fmt::format("(coalesce(CAST(replace({0}.date, '-', '') AS INTEGER), 0) * 4294967296 + {0}.id)", q);
}

Status Migrate(Database& db) { return MigrateTo(db, kSchemaVersion); }

Status MigrateTo(Database& db, int version) {
  auto v = UserVersion(db);
  if (!v.ok()) return v.status();
  if (v.value() > kSchemaVersion) {
    return Status::InvalidArgument(fmt::format(
        "database {} has schema version {}, newer than this readout understands ({}); use a newer readout",
        db.path(), v.value(), kSchemaVersion));
  }
  if (v.value() >= version) return Status::Ok();
  return InTransaction(db, [&]() -> Status {
    // Re-read inside the write lock: another process may have migrated.
    auto now = UserVersion(db);
    if (!now.ok()) return now.status();
    for (int64_t i = now.value(); i < version; ++i) {
      Status s = db.Exec(kMigrations[static_cast<size_t>(i)]);
      if (!s.ok()) return s;
    }
    return db.Exec(fmt::format("PRAGMA user_version = {}", std::max<int64_t>(now.value(), version)));
  });
}

Status PrepareForWriting(Database& db) {
  // 8 KB pages for a new file (an existing one keeps its size: SQLite ignores
  // the pragma once the file has pages). An article row (~4.6 KB of text and
  // ~5.8 KB of packed clusters) then needs one overflow page instead of two,
  // and a commit writes half as many WAL frames for the same bytes: the
  // writer's commit and article-row time fell by about a third
  // (docs/performance.md, fifth session). Must precede journal_mode=WAL,
  // which creates the file.
  Status s = db.Exec("PRAGMA page_size = 8192");
  if (!s.ok()) return s;
  // WAL lets readers go on while a batch is written; synchronous=NORMAL keeps
  // every committed batch across a killed process (only power loss can drop
  // the last commits, never corrupt the file).
  auto mode = db.Prepare("PRAGMA journal_mode = WAL");
  if (!mode.ok()) return mode.status();
  auto r = mode->Step();
  mode->Reset();
  if (!r.ok()) return r.status();
  // A checkpoint every 32 MB of WAL (8192 pages of 4 KB, 4096 of 8 KB)
  // instead of SQLite's 1000 pages: the index pages every batch touches are
  // copied into the file less often. Not more: what is left in the WAL at the
  // end is copied by the close, after the analysis has ended.
  auto page_size = db.QueryInt("PRAGMA page_size");
  if (!page_size.ok()) return page_size.status();
  s = db.Exec(fmt::format(
      "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; "
      "PRAGMA wal_autocheckpoint = {};",
      (int64_t{32} << 20) / std::max<int64_t>(page_size.value(), 512)));
  if (!s.ok()) return s;
  return Migrate(db);
}

Status CheckReadable(Database& db) {
  auto v = UserVersion(db);
  if (!v.ok()) return v.status();
  if (v.value() == 0) {
    return Status::InvalidArgument(
        fmt::format("{} is not a readout database (no readout schema); create one with readout ingest", db.path()));
  }
  if (v.value() > kSchemaVersion) {
    return Status::InvalidArgument(fmt::format(
        "database {} has schema version {}, newer than this readout understands ({}); use a newer readout",
        db.path(), v.value(), kSchemaVersion));
  }
  if (v.value() < kSchemaVersion) {
    return Status::InvalidArgument(fmt::format(
        "database {} has the older schema version {}; run readout ingest on it once to upgrade it", db.path(),
        v.value()));
  }
  return Status::Ok();
}

Result<std::unique_ptr<Database>> OpenForWriting(const std::string& path, int busy_timeout_ms) {
  OpenOptions o;
  o.busy_timeout_ms = busy_timeout_ms;
  auto db = Database::Open(path, o);
  if (!db.ok()) return db.status();
  Status s = PrepareForWriting(*db.value());
  if (!s.ok()) return s;
  return std::move(db.value());
}

Result<std::unique_ptr<Database>> OpenForReading(const std::string& path) {
  if (path != ":memory:" && path.rfind("file:", 0) != 0 && ::access(path.c_str(), F_OK) != 0) {
    return Status::NotFound(fmt::format("database {} does not exist; create it with readout ingest --db {} INPUT...",
                                        path, path));
  }
  OpenOptions o;
  o.read_only = true;
  auto db = Database::Open(path, o);
  if (!db.ok()) return db.status();
  Status s = CheckReadable(*db.value());
  if (!s.ok()) return s;
  return std::move(db.value());
}

}  // namespace readout::store
