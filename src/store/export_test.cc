// Round trips: an analysis stored and loaded back serialises identically;
// the jsonl export carries everything needed to rebuild the record; CSV and
// Phoenix rows hold what the events table holds.
#include "store/export.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "io/article_reader.h"
#include "readout/json.h"
#include "store/article_loader.h"
#include "store/ingester.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout::store {
namespace {

using testing::StoryDatabase;

// Splits one CSV record stream (RFC 4180) into rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(ArticleLoader, LoadReturnsWhatWasPut) {
  auto db = StoryDatabase();
  auto loader = ArticleLoader::Open(*db);
  ASSERT_TRUE(loader.ok());
  for (const auto& t : testing::TestStory()) {
    auto got = loader.value()->Load(t.doc().id);
    ASSERT_TRUE(got.ok()) << got.status().message();
    EXPECT_EQ(ToJsonLine(got->analysis), ToJsonLine(t.analysis())) << t.doc().id;
    EXPECT_EQ(got->doc.text, t.doc().text);
    EXPECT_EQ(got->analysis.sentences.size(), t.analysis().sentences.size());
  }
  auto copy = loader.value()->Load("a3");
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->duplicate_of, "a2");
  EXPECT_FALSE(loader.value()->Load("nope").ok());
}

TEST(Export, JsonlRebuildsTheRecord) {
  auto db = StoryDatabase();
  ExportOptions o;
  o.format = ExportFormat::kJsonl;
  std::ostringstream first;
  auto n = Export(*db, o, first);
  ASSERT_TRUE(n.ok()) << n.status().message();
  EXPECT_EQ(n.value(), 4u);

  // Every line is an article ingest reads back, with the contract's fields.
  auto story = testing::TestStory();
  std::istringstream lines(first.str());
  std::string line;
  size_t i = 0;
  auto db2 = OpenForWriting(":memory:");
  ASSERT_TRUE(db2.ok());
  auto ing = testing::TestIngester(*db2.value());
  ASSERT_TRUE(ing);
  while (std::getline(lines, line)) {
    io::Item item = io::ParseJsonlArticle(line, "export", i + 1, io::ReaderOptions{});
    ASSERT_TRUE(item.error.ok()) << item.error.message();
    ASSERT_LT(i, story.size());
    EXPECT_EQ(item.doc.id, story[i].doc().id);
    EXPECT_EQ(item.doc.text, story[i].doc().text);
    EXPECT_EQ(item.doc.date, story[i].doc().date);
    auto j = nlohmann::json::parse(line);
    for (const char* key : {"id", "date", "sentences", "entities", "quotes", "events", "times", "text"}) {
      EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_EQ(j["duplicate_of"].is_null(), story[i].doc().id != "a3");
    // Rebuild with the facts the line carries (the same analysis here).
    ing->Add(item.doc, story[i].analysis());
    ++i;
  }
  EXPECT_EQ(i, story.size());
  ASSERT_TRUE(ing->Finish().ok());
  std::ostringstream second;
  ASSERT_TRUE(Export(*db2.value(), o, second).ok());
  EXPECT_EQ(first.str(), second.str());
}

TEST(Export, CsvEventsHoldTheEventsTable) {
  auto db = StoryDatabase();
  ExportOptions o;
  o.format = ExportFormat::kCsv;
  o.events.include_duplicates = true;
  std::ostringstream out;
  ASSERT_TRUE(Export(*db, o, out).ok());
  auto rows = ParseCsv(out.str());
  ASSERT_EQ(rows.size(), 1u + 7u);
  const auto& header = rows[0];
  auto col = [&](const char* name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  ASSERT_LT(col("trigger_text"), header.size());
  // Each row agrees with the stored event and with the article text.
  auto loader = ArticleLoader::Open(*db);
  ASSERT_TRUE(loader.ok());
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    ASSERT_EQ(row.size(), header.size());
    auto art = loader.value()->Load(row[col("article")]);
    ASSERT_TRUE(art.ok());
    uint32_t start = static_cast<uint32_t>(std::stoul(row[col("trigger_start")]));
    uint32_t end = static_cast<uint32_t>(std::stoul(row[col("trigger_end")]));
    EXPECT_EQ(art->analysis.Text(Span{start, end}), row[col("trigger_text")]);
    bool found = false;
    for (const Event& ev : art->analysis.events) {
      if (ev.trigger.start == start) {
        found = true;
        EXPECT_EQ(ev.code, row[col("code")]);
        EXPECT_EQ(fmt::format("{}", ev.quad), row[col("quad")]);
        EXPECT_DOUBLE_EQ(ev.goldstein, std::stod(row[col("goldstein")]));
      }
    }
    EXPECT_TRUE(found);
  }
  // Duplicates are left out unless asked for.
  o.events.include_duplicates = false;
  std::ostringstream fewer;
  ASSERT_TRUE(Export(*db, o, fewer).ok());
  EXPECT_EQ(ParseCsv(fewer.str()).size(), 1u + 5u);
}

TEST(Export, CsvQuotesKeepCommasAndQuotesIntact) {
  auto db = StoryDatabase();
  ExportOptions o;
  o.format = ExportFormat::kCsv;
  o.table = "quotes";
  std::ostringstream out;
  ASSERT_TRUE(Export(*db, o, out).ok());
  auto rows = ParseCsv(out.str());
  ASSERT_EQ(rows.size(), 1u + 8u);
  EXPECT_EQ(rows.back()[4], "we want a just peace, not a ceasefire that Russia will break");
}

TEST(Export, PhoenixRowsHaveElevenTabSeparatedFields) {
  auto db = StoryDatabase();
  ExportOptions o;
  o.format = ExportFormat::kPhoenix;
  std::ostringstream out;
  ASSERT_TRUE(Export(*db, o, out).ok());
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> got;
  while (std::getline(lines, line)) got.push_back(line);
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0], "20250212\tUSAGOV\tRUSGOV\t040\t04\t1\t1.0\tDonald Trump\tVladimir Putin\ta1\t");
  EXPECT_EQ(got[2], "20250220\tRUSMIL\tUKR\t190\t19\t4\t-10.0\tRussian forces\tKyiv\ta2\t");
  for (const auto& l : got) EXPECT_EQ(std::count(l.begin(), l.end(), '\t'), 10) << l;
}

TEST(Export, FiltersApply) {
  auto db = StoryDatabase();
  ExportOptions o;
  o.format = ExportFormat::kPhoenix;
  o.events.dyad = "UKR-USA";
  std::ostringstream out;
  ASSERT_TRUE(Export(*db, o, out).ok());
  EXPECT_EQ(out.str(), "20250227\tUKRGOV\tUSAGOV\t040\t04\t1\t1.0\tVolodymyr Zelensky\tKeith Kellogg\ta4\t\n");
  o.format = ExportFormat::kCsv;
  o.table = "nope";
  std::ostringstream bad;
  EXPECT_FALSE(Export(*db, o, bad).ok());
}

}  // namespace
}  // namespace readout::store
