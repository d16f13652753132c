#include "io/article_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace readout::io {
namespace {

std::vector<Item> ReadAll(ArticleReader& r) {
  std::vector<Item> items;
  while (auto it = r.Next()) items.push_back(std::move(*it));
  return items;
}

TEST(ParseJsonlArticle, ReadsAllFields) {
  ReaderOptions o;
  Item it = ParseJsonlArticle(
      R"({"id":"a1","text":"Hi.","date":"2025-02-12","title":"T","source":"S","url":"U"})", "f:1", 1, o);
  ASSERT_TRUE(it.error.ok()) << it.error.message();
  EXPECT_EQ(it.doc.id, "a1");
  EXPECT_EQ(it.doc.text, "Hi.");
  ASSERT_TRUE(it.doc.date);
  EXPECT_EQ(it.doc.date->ToString(), "2025-02-12");
  EXPECT_EQ(it.doc.url, "U");
}

TEST(ParseJsonlArticle, IdDefaultsToLineNumber) {
  Item it = ParseJsonlArticle(R"({"text":"x"})", "f:7", 7, {});
  ASSERT_TRUE(it.error.ok());
  EXPECT_EQ(it.doc.id, "7");
}

TEST(ParseJsonlArticle, ErrorsNameTheLine) {
  struct Case {
    const char* line;
    const char* expect;
  } cases[] = {
      {"{bad json", "f:3: malformed JSON line"},
      {R"({"id":"x"})", "\"text\" is missing"},
      {R"({"text":5})", "\"text\" is missing"},
      {"{\"text\":\"bad \xFF\"}", "invalid UTF-8 at byte 13"},
      {"[1,2]", "malformed JSON line"},
  };
  for (const auto& c : cases) {
    Item it = ParseJsonlArticle(c.line, "f:3", 3, {});
    ASSERT_FALSE(it.error.ok()) << c.line;
    EXPECT_NE(it.error.message().find(c.expect), std::string::npos) << it.error.message();
  }
}

TEST(ParseJsonlArticle, BadDateIsAWarningAndFallsBackToDefault) {
  ReaderOptions o;
  o.default_date = Date{2020, 1, 1};
  Item it = ParseJsonlArticle(R"({"text":"x","date":"yesterday"})", "f:1", 1, o);
  ASSERT_TRUE(it.error.ok());
  ASSERT_EQ(it.warnings.size(), 1u);
  EXPECT_EQ(it.doc.date->ToString(), "2020-01-01");
}

TEST(ParseJsonlArticle, OverSizeLineIsRefused) {
  ReaderOptions o;
  o.max_article_bytes = 10;
  Item it = ParseJsonlArticle(R"({"text":"0123456789abc"})", "f:1", 1, o);
  EXPECT_EQ(it.error.code(), Status::Code::kTooLarge);
}

TEST(ArticleReader, StdinKeepsOrderAndSkipsBlankLines) {
  std::istringstream in("{\"id\":\"a\",\"text\":\"1\"}\n\n{broken\n{\"id\":\"c\",\"text\":\"3\"}\n");
  auto r = ArticleReader::Open({"-"}, {}, &in);
  ASSERT_TRUE(r.ok());
  auto items = ReadAll(*r.value());
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].doc.id, "a");
  EXPECT_FALSE(items[1].error.ok());
  EXPECT_NE(items[1].error.message().find("<stdin>:3"), std::string::npos);
  EXPECT_EQ(items[2].doc.id, "c");
}

TEST(ArticleReader, DirectoryIsSortedAndTxtIdIsStem) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "readout_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "Second.";
  std::ofstream(dir / "a.txt") << "First.";
  std::ofstream(dir / "sub" / "c.jsonl") << "{\"id\":\"c1\",\"text\":\"x\"}\n{\"id\":\"c2\",\"text\":\"y\"}\n";
  std::ofstream(dir / "ignored.md") << "no";
  auto r = ArticleReader::Open({dir.string()}, {}, nullptr);
  ASSERT_TRUE(r.ok());
  auto items = ReadAll(*r.value());
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].doc.id, "a");
  EXPECT_EQ(items[0].doc.text, "First.");
  EXPECT_EQ(items[1].doc.id, "b");
  EXPECT_EQ(items[2].doc.id, "c1");
  EXPECT_EQ(items[3].doc.id, "c2");
  fs::remove_all(dir);
}

TEST(ArticleReader, MissingPathIsAnErrorUpFront) {
  auto r = ArticleReader::Open({"/no/such/path.txt"}, {}, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/no/such/path.txt"), std::string::npos);
}

}  // namespace
}  // namespace readout::io
