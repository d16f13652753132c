// The crash test: a child `readout ingest` is killed with SIGKILL at random
// moments, again and again on the same database, then run to the end; the
// record must equal the one a clean run builds (every article exactly once,
// every counter consistent). Articles are made of sentences of the bundled
// sample articles in shuffled orders, so the pipeline finds real quotes and
// some articles are wire copies of others.
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <thread>

#include "store/schema.h"
#include "store/store_test_util.h"

namespace readout {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SampleSentences() {
  std::vector<std::string> texts;
  const fs::path dir = fs::path(READOUT_SOURCE_DIR) / "samples";
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::ifstream in(e.path());
    if (e.path().extension() == ".txt") {
      std::stringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
    } else if (e.path().extension() == ".jsonl") {
      for (std::string line; std::getline(in, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.contains("text")) texts.push_back(j["text"].get<std::string>());
      }
    }
  }
  std::vector<std::string> out;
  for (const auto& t : texts) {
    size_t start = 0;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if ((t[i] == '.' || t[i] == '\n') && (t[i + 1] == ' ' || t[i + 1] == '\n')) {
        std::string s = t.substr(start, i + 1 - start);
        while (!s.empty() && (s[0] == ' ' || s[0] == '\n')) s.erase(0, 1);
        if (s.size() > 20) out.push_back(s);
        start = i + 1;
      }
    }
  }
  std::sort(out.begin(), out.end());  // directory order is not portable
  return out;
}

// `n` articles; every fifth repeats an earlier one with a new ending (a wire
// copy), one line is malformed.
std::string MakeInput(int n) {
  auto pool = SampleSentences();
  std::mt19937 rng(20250212);
  std::vector<std::string> texts;
  std::string out;
  for (int i = 0; i < n; ++i) {
    std::string text;
    if (i % 5 == 4) {
      text = fmt::format("{} Reporting by the desk, number {}.", texts[i - 3], i);
    } else {
      for (int k = 0; k < 14; ++k) text += pool[rng() % pool.size()] + (k % 4 == 3 ? "\n\n" : " ");
      text += fmt::format("Filed as dispatch {}.", i);
    }
    texts.push_back(text);
    nlohmann::json j{{"id", fmt::format("c{}", i)}, {"date", fmt::format("2025-02-{}", 10 + i % 18)}, {"text", text}};
    out += j.dump() + "\n";
    if (i == n / 2) out += "{\"id\": \"broken\", \"text\": \n";
  }
  return out;
}

int RunIngest(const std::string& db, const std::string& input, int kill_after_ms, bool* killed) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    dup2(devnull, 1);
    execl(READOUT_BINARY, READOUT_BINARY, "ingest", "--db", db.c_str(), "--threads", "1", "--batch", "16", "-q",
          input.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  *killed = false;
  int status = 0;
  if (kill_after_ms >= 0) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kill_after_ms);
    while (std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    kill(pid, SIGKILL);
    *killed = true;
  }
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return WEXITSTATUS(status);
}

std::map<std::string, int64_t> Counts(const std::string& path) {
  auto db = store::OpenForReading(path);
  EXPECT_TRUE(db.ok()) << db.status().message();
  std::map<std::string, int64_t> out;
  if (!db.ok()) return out;
  for (const char* sql : {"SELECT count(*) FROM articles", "SELECT count(DISTINCT ext_id) FROM articles",
                          "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL",
                          store::testing::kCountSentencesSql, "SELECT count(*) FROM quotes",
                          "SELECT count(*) FROM quotes_fts", "SELECT count(*) FROM events",
                          "SELECT count(*) FROM events WHERE duplicate = 1", store::testing::kCountMentionsSql,
                          store::testing::kCountClustersSql, "SELECT count(*) FROM entities WHERE articles > 0",
                          "SELECT coalesce(sum(mentions), 0) FROM entities",
                          "SELECT coalesce(sum(articles), 0) FROM entities",
                          "SELECT coalesce(sum(count), 0) FROM entity_roles", store::testing::kCountTimesSql,
                          "SELECT count(*) FROM article_minhash"}) {
    auto n = db.value()->QueryInt(sql);
    EXPECT_TRUE(n.ok()) << sql;
    out[sql] = n.ok() ? n.value() : -1;
  }
  return out;
}

TEST(StoreCrash, KilledIngestResumesToTheCleanRecord) {
  if (!fs::exists(READOUT_BINARY)) GTEST_SKIP() << "no readout binary";
  std::string tmpl = (fs::temp_directory_path() / "readout-crash-XXXXXX").string();
  const fs::path dir = mkdtemp(tmpl.data());
  const std::string input = (dir / "input.jsonl").string();
  std::ofstream(input) << MakeInput(240);

  const std::string clean = (dir / "clean.db").string();
  bool killed = false;
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(RunIngest(clean, input, -1, &killed), 2);  // the broken line is reported and skipped
  const int clean_ms = static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count());
  auto want = Counts(clean);
  EXPECT_EQ(want["SELECT count(*) FROM articles"], 240);
  EXPECT_GT(want["SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"], 0);

  const std::string crashed = (dir / "crashed.db").string();
  std::mt19937 rng(7);
  int kills = 0;
  // Resumed runs skip what is stored and may finish early, so rounds go on
  // until 20 of them were cut short (bounded, for a loaded machine).
  for (int round = 0; kills < 20 && round < 60; ++round) {
    int at = static_cast<int>(rng() % static_cast<unsigned>(std::max(clean_ms * 70 / 100, 50)));
    int rc = RunIngest(crashed, input, at, &killed);
    if (killed) {
      ++kills;
    } else {
      EXPECT_EQ(rc, 2) << "round " << round;
    }
  }
  EXPECT_GE(kills, 20);
  EXPECT_EQ(RunIngest(crashed, input, -1, &killed), 2);
  auto got = Counts(crashed);
  for (const auto& [sql, n] : want) EXPECT_EQ(got[sql], n) << sql;

  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace readout
