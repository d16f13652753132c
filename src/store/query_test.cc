// Query tests against golden outputs: tests/golden/store/queries.txt holds,
// for each query below, its command-line form and the exact output. Run with
// READOUT_UPDATE_GOLDEN=1 to rewrite the file after a deliberate change, then
// review the diff.
#include "store/query.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "store/entity_key.h"
#include "store/ingester.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout::store {
namespace {

using testing::StoryDatabase;

std::string RunToString(Database& db, const Result<Query>& q, TableFormat format) {
  EXPECT_TRUE(q.ok()) << q.status().message();
  if (!q.ok()) return "";
  std::ostringstream out;
  TerminalOptions t;
  t.width = 100;
  auto w = MakeRowWriter(format, out, t);
  auto n = RunQuery(db, q.value(), *w);
  EXPECT_TRUE(n.ok()) << n.status().message();
  return out.str();
}

// The query `make` builds from a default Filter changed by `set`.
template <typename Filter, typename Set>
Result<Query> Make(Set set, Result<Query> (*make)(const Filter&)) {
  Filter f;
  set(f);
  return make(f);
}

struct GoldenCase {
  std::string command;
  Result<Query> query;
  TableFormat format;
};

std::vector<GoldenCase> Cases() {
  std::vector<GoldenCase> c;
  auto quotes = [](auto set) { return Make<QuoteFilter>(set, MakeQuotesQuery); };
  auto events = [](auto set) { return Make<EventFilter>(set, MakeEventsQuery); };
  auto entities = [](auto set) { return Make<EntityFilter>(set, MakeEntitiesQuery); };
  auto timeline = [](auto set) { return Make<TimelineFilter>(set, MakeTimelineQuery); };
  c.push_back({"query quotes", quotes([](QuoteFilter&) {}), TableFormat::kTerminal});
  c.push_back({"query quotes --speaker polyakova", quotes([](QuoteFilter& f) { f.speaker = "polyakova"; }),
               TableFormat::kTerminal});
  c.push_back({"query quotes --speaker 'Alina Polyakova' --about Kellogg",
               quotes([](QuoteFilter& f) {
                 f.speaker = "Alina Polyakova";
                 f.about = "Kellogg";
               }),
               TableFormat::kTerminal});
  c.push_back({"query quotes --about Putin --format jsonl", quotes([](QuoteFilter& f) { f.about = "Putin"; }),
               TableFormat::kJsonl});
  c.push_back({"query quotes --text 'talks constructive'", quotes([](QuoteFilter& f) { f.text = "talks constructive"; }),
               TableFormat::kTerminal});
  c.push_back({"query quotes --from 2025-02-13 --to 2025-02-28 --format csv",
               quotes([](QuoteFilter& f) {
                 f.from = "2025-02-13";
                 f.to = "2025-02-28";
               }),
               TableFormat::kCsv});
  c.push_back({"query events", events([](EventFilter&) {}), TableFormat::kTerminal});
  c.push_back({"query events --duplicates", events([](EventFilter& f) { f.include_duplicates = true; }),
               TableFormat::kTerminal});
  c.push_back({"query events --source usa", events([](EventFilter& f) { f.source = "usa"; }), TableFormat::kTerminal});
  c.push_back({"query events --target USA --code 04", events([](EventFilter& f) {
                 f.target = "USA";
                 f.code = "04";
               }),
               TableFormat::kTerminal});
  c.push_back({"query events --dyad USA-RUS --format jsonl", events([](EventFilter& f) { f.dyad = "USA-RUS"; }),
               TableFormat::kJsonl});
  c.push_back({"query events --from 2025-02-20 --to 2025-02-27 --format csv", events([](EventFilter& f) {
                 f.from = "2025-02-20";
                 f.to = "2025-02-27";
               }),
               TableFormat::kCsv});
  c.push_back({"query entities", entities([](EntityFilter&) {}), TableFormat::kTerminal});
  c.push_back({"query entities --name 'U.S.'", entities([](EntityFilter& f) { f.name = "U.S."; }),
               TableFormat::kTerminal});
  c.push_back({"query entities --type place --format csv", entities([](EntityFilter& f) { f.type = "place"; }),
               TableFormat::kCsv});
  c.push_back({"query timeline --dyad USA-RUS --by week", timeline([](TimelineFilter& f) { f.dyad = "USA-RUS"; }),
               TableFormat::kTerminal});
  c.push_back({"query timeline --by day", timeline([](TimelineFilter& f) { f.by = Period::kDay; }),
               TableFormat::kTerminal});
  c.push_back({"query timeline --by month --format jsonl", timeline([](TimelineFilter& f) { f.by = Period::kMonth; }),
               TableFormat::kJsonl});
  return c;
}

TEST(Query, MatchesGoldenOutputs) {
  auto db = StoryDatabase();
  std::string got;
  for (const auto& c : Cases()) got += "## readout " + c.command + "\n" + RunToString(*db, c.query, c.format) + "\n";
  const std::string path = std::string(READOUT_SOURCE_DIR) + "/tests/golden/store/queries.txt";
  if (std::getenv("READOUT_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got;
    GTEST_SKIP() << "rewrote " << path;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << path << " (run with READOUT_UPDATE_GOLDEN=1)";
  std::stringstream want;
  want << in.rdbuf();
  // Report the first differing line, not two pages of escaped text.
  std::istringstream g(got), w(want.str());
  std::string gl, wl;
  for (int line = 1;; ++line) {
    bool more_g = static_cast<bool>(std::getline(g, gl));
    bool more_w = static_cast<bool>(std::getline(w, wl));
    if (!more_g && !more_w) break;
    ASSERT_EQ(gl, wl) << path << ":" << line << " differs (READOUT_UPDATE_GOLDEN=1 rewrites it)";
  }
}

// SQLite's plan for `q`, one line per step.
std::string Plan(Database& db, const Query& q) {
  auto st = db.Prepare("EXPLAIN QUERY PLAN " + q.sql);
  EXPECT_TRUE(st.ok()) << st.status().message();
  if (!st.ok()) return "";
  for (size_t i = 0; i < q.params.size(); ++i) st->Bind(static_cast<int>(i + 1), std::string_view(q.params[i]));
  std::string plan;
  for (auto more = st->Step(); more.ok() && more.value(); more = st->Step()) plan += std::string(st->Text(3)) + "\n";
  return plan;
}

// Country-first actor filters, code roots and dyads walk an index in date
// order (schema v4): at most the rows of one date are sorted, never every
// matching event. A regression here is what made queries slow at scale.
TEST(Query, EventFiltersWalkDateOrderedIndexes) {
  auto db = StoryDatabase();
  struct Case {
    EventFilter f;
    const char* index;
  };
  EventFilter source, target, code, longer, dyad;
  source.source = "usa";
  target.target = "RUS";
  code.code = "04";
  longer.code = "043";
  dyad.dyad = "USA-RUS";
  for (const auto& [f, index] : {Case{source, "events_source3"}, Case{target, "events_target3"},
                                 Case{code, "events_root"}, Case{longer, "events_root"}, Case{dyad, "events_dyad"}}) {
    auto q = MakeEventsQuery(f);
    ASSERT_TRUE(q.ok());
    std::string plan = Plan(*db, q.value());
    EXPECT_NE(plan.find(index), std::string::npos) << plan;
    // Only the page (at most --limit rows) is sorted whole.
    EXPECT_EQ(plan.find("TEMP B-TREE FOR ORDER BY"), plan.rfind("TEMP B-TREE FOR ORDER BY")) << plan;
    EXPECT_EQ(plan.find("MULTI-INDEX OR"), std::string::npos) << plan;
  }
  TimelineFilter all;
  auto t = MakeTimelineQuery(all);
  ASSERT_TRUE(t.ok());
  EXPECT_NE(Plan(*db, t.value()).find("COVERING INDEX events_date"), std::string::npos) << Plan(*db, t.value());
  // A dyad's timeline reads the dyad index only (schema v7), both directions.
  TimelineFilter pair;
  pair.dyad = "USA-RUS";
  t = MakeTimelineQuery(pair);
  ASSERT_TRUE(t.ok());
  const std::string plan = Plan(*db, t.value());
  EXPECT_NE(plan.find("COVERING INDEX events_dyad"), std::string::npos) << plan;
  EXPECT_EQ(plan.find("SEARCH ev USING INDEX"), std::string::npos) << plan;
}

// Quotes are found by merging per-entity index ranges and FTS5 doclists by
// quote key (schema v6), with the other filters tested per key. Every
// combination must give what a plain scan of the quotes table gives, in the
// same order, also when the limit cuts the merge short.
std::string ScanQuotes(Database& db, const QuoteFilter& f) {
  std::vector<std::string> where, params;
  auto p = [&](std::string v) {
    params.push_back(std::move(v));
    return "?" + std::to_string(params.size());
  };
  auto fts_ids = [&](std::string match) {
    return "SELECT rowid & 4294967295 FROM quotes_fts WHERE quotes_fts MATCH " + p(std::move(match));
  };
  if (!f.speaker.empty()) {
    where.push_back("q.speaker_entity IN (SELECT entity FROM entity_aliases WHERE key = " + p(EntityKey(f.speaker)) +
                    ")");
  }
  if (!f.about.empty()) {
    where.push_back("(q.id IN (SELECT qkey & 4294967295 FROM quote_about WHERE entity IN (SELECT entity FROM "
                    "entity_aliases WHERE key = " +
                    p(EntityKey(f.about)) + ")) OR q.id IN (" + fts_ids("\"" + f.about + "\"") + "))");
  }
  if (!f.text.empty()) {
    std::string words;
    std::istringstream in(f.text);
    for (std::string w; in >> w;) words += (words.empty() ? "\"" : " \"") + w + "\"";
    where.push_back("q.id IN (" + fts_ids(words) + ")");
  }
  if (!f.from.empty()) where.push_back("q.date >= " + p(f.from));
  if (!f.to.empty()) where.push_back("q.date <= " + p(f.to));
  std::string sql =
      "SELECT q.date AS date, a.ext_id AS article, coalesce(e.name, q.speaker_name) AS speaker, q.kind AS kind, "
      "q.text AS quote, q.cue_text AS cue, q.medium AS medium, q.speaker_text AS speaker_text, q.start AS start, "
      "q.end AS end FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN entities e ON e.id = "
      "q.speaker_entity";
  for (size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : " WHERE ") + where[i];
  sql += " ORDER BY q.date, q.id";
  if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
  Query q;
  q.sql = sql;
  q.params = params;
  return RunToString(db, q, TableFormat::kCsv);
}

TEST(Query, QuoteStreamsAgreeWithAPlainScan) {
  auto db = StoryDatabase();
  std::vector<QuoteFilter> filters;
  auto add = [&](auto set) {
    for (size_t limit : {size_t{0}, size_t{1}, size_t{2}}) {
      QuoteFilter f;
      set(f);
      f.limit = limit;
      filters.push_back(f);
    }
  };
  add([](QuoteFilter&) {});
  add([](QuoteFilter& f) { f.about = "Kellogg"; });
  add([](QuoteFilter& f) { f.about = "Putin"; });
  add([](QuoteFilter& f) { f.about = "Putin"; f.from = "2025-02-21"; });
  add([](QuoteFilter& f) { f.about = "Putin"; f.text = "army"; });
  add([](QuoteFilter& f) { f.text = "talks constructive"; });
  add([](QuoteFilter& f) { f.text = "we"; f.from = "2025-02-15"; });
  add([](QuoteFilter& f) { f.text = "we"; f.to = "2025-02-20"; });
  add([](QuoteFilter& f) { f.speaker = "Polyakova"; });
  add([](QuoteFilter& f) { f.speaker = "Polyakova"; f.about = "Putin"; });
  add([](QuoteFilter& f) { f.speaker = "Polyakova"; f.text = "sidelined"; });
  add([](QuoteFilter& f) { f.speaker = "Polyakova"; f.to = "2025-02-12"; });
  add([](QuoteFilter& f) { f.speaker = "nobody at all"; });
  add([](QuoteFilter& f) { f.about = "nobody at all"; });
  add([](QuoteFilter& f) { f.from = "2025-02-20"; f.to = "2025-02-21"; });
  int rows = 0;
  for (const QuoteFilter& f : filters) {
    std::string want = ScanQuotes(*db, f);
    rows += static_cast<int>(std::count(want.begin(), want.end(), '\n')) - 1;
    EXPECT_EQ(RunToString(*db, MakeQuotesQuery(f), TableFormat::kCsv), want)
        << "speaker=" << f.speaker << " about=" << f.about << " text=" << f.text << " from=" << f.from
        << " to=" << f.to << " limit=" << f.limit;
  }
  EXPECT_GT(rows, 40);  // the filters do match quotes
}

// An alias shared by more entities than SQLite allows arms in one compound
// query falls back to one arm over all of them, with the same rows.
TEST(Query, ManyEntitiesBehindOneAliasStillMatch) {
  auto db = StoryDatabase();
  ASSERT_TRUE(db->Exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 450) INSERT INTO "
                       "entity_aliases(key, entity, alias) SELECT k, 100000 + i, k FROM n, (SELECT 'polyakova' AS k UNION ALL "
                       "SELECT 'putin')")
                  .ok());
  for (int which = 0; which < 3; ++which) {
    QuoteFilter f;
    if (which == 0) f.speaker = "Polyakova";
    if (which == 1) f.about = "Putin";
    if (which == 2) {
      f.about = "Putin";
      f.from = "2025-02-21";
    }
    f.limit = 2;
    std::string want = ScanQuotes(*db, f);
    EXPECT_GT(std::count(want.begin(), want.end(), '\n'), 1) << want;
    EXPECT_EQ(RunToString(*db, MakeQuotesQuery(f), TableFormat::kCsv), want) << which;
  }
}

// The quote forms read no quote row to order or cut the page: the plans use
// the FTS index, quote_about and the speaker and date indexes, never a temp
// b-tree over all matches.
TEST(Query, QuoteFormsSortNothingButThePage) {
  auto db = StoryDatabase();
  std::vector<QuoteFilter> filters(4);
  filters[0].text = "talks constructive";
  filters[1].about = "Putin";
  filters[2].speaker = "Polyakova";
  filters[3].from = "2025-02-20";
  for (const QuoteFilter& f : filters) {
    auto q = MakeQuotesQuery(f);
    ASSERT_TRUE(q.ok());
    std::string sql = q->sql;
    for (size_t k = 0; k < q->arms.size(); ++k) {
      const std::string arm = q->arms[k].arm;
      const size_t e = arm.find("@E@");
      ASSERT_NE(e, std::string::npos);
      const std::string one = arm.substr(0, e) + "1" + arm.substr(e + 3);
      const std::string mark = "@ARMS" + std::to_string(k) + "@";
      const size_t at = sql.find(mark);
      ASSERT_NE(at, std::string::npos);
      sql = sql.substr(0, at) + one + " UNION " + one + sql.substr(at + mark.size());
    }
    Query plain = q.value();
    plain.sql = sql;
    std::string plan = Plan(*db, plain);
    EXPECT_EQ(plan.find("TEMP B-TREE FOR ORDER BY"), plan.rfind("TEMP B-TREE FOR ORDER BY")) << plan;
    EXPECT_EQ(plan.find("SCAN q\n"), std::string::npos) << plan;
  }
}

TEST(Query, SpeakerMatchesAnyAlias) {
  auto db = StoryDatabase();
  for (const char* name : {"Polyakova", "alina polyakova", "ALINA  POLYAKOVA"}) {
    QuoteFilter f;
    f.speaker = name;
    std::string out = RunToString(*db, MakeQuotesQuery(f), TableFormat::kCsv);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1 + 4) << name;  // header + a1's 2, a2's, a3's
  }
}

TEST(Query, DyadMatchesBothDirections) {
  auto db = StoryDatabase();
  EventFilter f;
  f.dyad = "RUS-USA";
  std::string a = RunToString(*db, MakeEventsQuery(f), TableFormat::kCsv);
  f.dyad = "USA-RUS";
  std::string b = RunToString(*db, MakeEventsQuery(f), TableFormat::kCsv);
  EXPECT_EQ(a, b);
  EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), 1 + 3);
}

TEST(Query, TimelineExcludesDuplicates) {
  auto db = StoryDatabase();
  TimelineFilter f;
  f.by = Period::kMonth;
  std::string out = RunToString(*db, MakeTimelineQuery(f), TableFormat::kCsv);
  // Without the wire copy's 2 events: February has a1's, a2's two and a4's
  // meeting (dated 27 February by the text); March has a4's criticism.
  EXPECT_NE(out.find("2025-02,4,"), std::string::npos) << out;
  EXPECT_NE(out.find("2025-03,1,"), std::string::npos) << out;
}

TEST(Query, ArticleFilterKeepsOneArticle) {
  auto db = StoryDatabase();
  QuoteFilter q;
  q.article = "a1";
  std::string out = RunToString(*db, MakeQuotesQuery(q), TableFormat::kCsv);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1 + 3) << out;
  EventFilter e;
  e.article = "a4";
  out = RunToString(*db, MakeEventsQuery(e), TableFormat::kCsv);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1 + 2) << out;
}

TEST(Query, BadFiltersAreReported) {
  EventFilter f;
  f.dyad = "USA";
  EXPECT_FALSE(MakeEventsQuery(f).ok());
  QuoteFilter q;
  q.from = "2025-13-01";
  EXPECT_FALSE(MakeQuotesQuery(q).ok());
}

TEST(Query, FtsSyntaxInWordsIsHarmless) {
  auto db = StoryDatabase();
  QuoteFilter f;
  f.text = "\"peace AND (NOT) -ceasefire*";
  auto q = MakeQuotesQuery(f);
  ASSERT_TRUE(q.ok());
  std::ostringstream out;
  auto w = MakeRowWriter(TableFormat::kCsv, out);
  EXPECT_TRUE(RunQuery(*db, q.value(), *w).ok());
}

}  // namespace
}  // namespace readout::store
