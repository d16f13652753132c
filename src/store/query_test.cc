// Query tests against golden outputs: tests/golden/store/queries.txt holds,
// for each query below, its command-line form and the exact output. Run with
// READOUT_UPDATE_GOLDEN=1 to rewrite the file after a deliberate change, then
// review the diff.
#include "store/query.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "store/ingester.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout::store {
namespace {

std::unique_ptr<Database> StoryDatabase() {
  auto db = OpenForWriting(":memory:");
  EXPECT_TRUE(db.ok());
  IngestOptions o;
  o.background = false;
  auto ing = Ingester::Open(*db.value(), o);
  EXPECT_TRUE(ing.ok());
  for (const auto& t : testing::TestStory()) ing.value()->Add(t.doc(), t.analysis());
  EXPECT_TRUE(ing.value()->Finish().ok());
  return std::move(db.value());
}

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

struct GoldenCase {
  std::string command;
  Result<Query> query;
  TableFormat format;
};

std::vector<GoldenCase> Cases() {
  std::vector<GoldenCase> c;
  auto quotes = [](auto set) {
    QuoteFilter f;
    set(f);
    return MakeQuotesQuery(f);
  };
  auto events = [](auto set) {
    EventFilter f;
    set(f);
    return MakeEventsQuery(f);
  };
  auto entities = [](auto set) {
    EntityFilter f;
    set(f);
    return MakeEntitiesQuery(f);
  };
  auto timeline = [](auto set) {
    TimelineFilter f;
    set(f);
    return MakeTimelineQuery(f);
  };
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
