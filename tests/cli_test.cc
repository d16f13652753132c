// End-to-end tests of the readout program: CONTRACT.md's command line,
// exit statuses and error reporting.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct ProcessRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `readout ARGS` with `input` on standard input.
ProcessRun RunReadout(const std::string& args, const std::string& input) {
  static int counter = 0;
  fs::path dir = fs::temp_directory_path() / ("readout_cli_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string n = std::to_string(counter++);
  fs::path in = dir / ("in" + n), out = dir / ("out" + n), err = dir / ("err" + n);
  std::ofstream(in, std::ios::binary) << input;
  std::string cmd = std::string(READOUT_BINARY) + " " + args + " <" + in.string() + " >" + out.string() +
                    " 2>" + err.string();
  ProcessRun r;
  int st = std::system(cmd.c_str());
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  auto slurp = [](const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
  };
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream ss(out);
  for (std::string line; std::getline(ss, line);) v.push_back(nlohmann::json::parse(line));
  return v;
}

TEST(Cli, AnalyzeStdinWritesOneLinePerArticleInOrder) {
  ProcessRun r = RunReadout("analyze --threads 2",
                     "{\"id\":\"a\",\"text\":\"One. Two.\"}\n{\"id\":\"b\",\"text\":\"Three.\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[1]["id"], "b");
  for (const char* key : {"id", "date", "sentences", "entities", "quotes", "events", "times"}) {
    EXPECT_TRUE(lines[0].contains(key)) << key;
  }
}

TEST(Cli, BadArticlesAreReportedSkippedAndExitTwo) {
  std::string input =
      "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
      "{not json\n"
      "{\"id\":\"bad\",\"text\":\"bad \xFF byte\"}\n"
      "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n";
  ProcessRun r = RunReadout("analyze -", input);
  EXPECT_EQ(r.status, 2);
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "ok1");
  EXPECT_EQ(lines[1]["id"], "ok2");
  EXPECT_NE(r.err.find("<stdin>:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("<stdin>:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos) << r.err;
}

TEST(Cli, InvalidUtf8InTxtFileNamesArticleAndOffset) {
  fs::path dir = fs::temp_directory_path() / ("readout_cli_txt_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "broken.txt", std::ios::binary) << "Good start \xC0\xAF then bad.";
  std::ofstream(dir / "fine.txt", std::ios::binary) << "All good here.";
  ProcessRun r = RunReadout("analyze " + dir.string(), "");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("broken"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("byte 11"), std::string::npos) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["id"], "fine");
  fs::remove_all(dir);
}

TEST(Cli, EmptyTextIsAnEmptyAnalysisNotAnError) {
  ProcessRun r = RunReadout("analyze", "{\"id\":\"e\",\"text\":\"\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0]["sentences"].empty());
  EXPECT_TRUE(lines[0]["entities"].empty());
}

TEST(Cli, OverSizeArticleIsSkippedAndLimitCanBeRaised) {
  std::string big(5000, 'a');
  std::string input = "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"small\",\"text\":\"x\"}\n";
  ProcessRun r = RunReadout("analyze --max-bytes 1000", input);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--max-bytes"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 1u);
  ProcessRun r2 = RunReadout("analyze --max-bytes 100000", input);
  EXPECT_EQ(r2.status, 0) << r2.err;
  EXPECT_EQ(Lines(r2.out).size(), 2u);
}

TEST(Cli, DateFlagAppliesToUndatedArticlesOnly) {
  ProcessRun r = RunReadout("analyze --date 2025-02-12",
                     "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\",\"date\":\"2024-01-02\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  EXPECT_EQ(lines[0]["date"], "2025-02-12");
  EXPECT_EQ(lines[1]["date"], "2024-01-02");
  ProcessRun bad = RunReadout("analyze --date 12/02/2025", "");
  EXPECT_NE(bad.status, 0);
}

TEST(Cli, OutputIsTheSameWithOneOrTwoThreads) {
  std::string input;
  for (int i = 0; i < 300; ++i) {
    input += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"President Trump spoke with Putin on Wednesday. " +
             std::string(i % 7, 'x') + " He said it went well.\"}\n";
  }
  ProcessRun one = RunReadout("analyze --threads 1", input);
  ProcessRun two = RunReadout("analyze --threads 2", input);
  ASSERT_EQ(one.status, 0);
  ASSERT_EQ(two.status, 0);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(Lines(one.out).size(), 300u);
}

TEST(Cli, MissingInputPathFailsClearly) {
  ProcessRun r = RunReadout("analyze /no/such/dir", "");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/no/such/dir"), std::string::npos);
}

TEST(Cli, TextFormatPrintsAReport) {
  ProcessRun r = RunReadout("analyze --format text", "{\"id\":\"rep\",\"text\":\"One sentence.\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("== rep"), std::string::npos) << r.out;
}

}  // namespace
