// Runs the pipeline over tests/golden/quotes/*.test (format in that folder's
// README.md) and compares each case's quotes with the expected lines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "readout/pipeline.h"

namespace readout {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string file;
  int line = 0;
  std::string input;
  std::vector<std::string> expected;
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  size_t i = s.find_first_not_of(' ');
  return i == std::string::npos ? "" : s.substr(i);
}

std::vector<Case> ReadCases(const fs::path& path) {
  std::vector<Case> out;
  std::ifstream in(path);
  std::string line;
  int n = 0;
  enum { kNone, kInput, kQuotes } section = kNone;
  while (std::getline(in, line)) {
    ++n;
    if (line == "=== input") {
      out.push_back({path.filename().string(), n, "", {}});
      section = kInput;
      continue;
    }
    if (line == "=== quotes") {
      section = kQuotes;
      continue;
    }
    if (section == kInput) {
      out.back().input += line + "\n";
    } else if (section == kQuotes) {
      if (line.empty()) {
        section = kNone;
      } else {
        out.back().expected.push_back(line);
      }
    }
  }
  for (Case& c : out) {
    while (c.input.size() >= 2 && c.input.substr(c.input.size() - 2) == "\n\n") c.input.pop_back();
  }
  return out;
}

std::string Describe(const Analysis& a, const Quote& q) {
  std::string out(QuoteKindName(q.kind));
  out += " | " + std::string(a.Text(q.content));
  out += " | " + (q.speaker ? std::string(a.Text(*q.speaker)) : "-");
  out += " | " + (q.cue ? std::string(a.Text(*q.cue)) : "-");
  out += " | " + (q.medium.empty() ? "-" : q.medium);
  return out;
}

const Model& SharedModel() {
  static const Model* model = [] {
    auto m = Model::Load(ModelOptions{});
    return m.ok() ? std::move(m).value().release() : nullptr;
  }();
  return *model;
}

TEST(QuotesGoldenTest, AllCases) {
  fs::path dir = fs::path(READOUT_SOURCE_DIR) / "tests" / "golden" / "quotes";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".test") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  Pipeline pipeline(SharedModel());
  size_t cases = 0;
  for (const fs::path& f : files) {
    for (const Case& c : ReadCases(f)) {
      ++cases;
      Document doc;
      doc.id = c.file;
      doc.text = c.input;
      auto r = pipeline.Analyze(doc);
      ASSERT_TRUE(r.ok()) << c.file << ":" << c.line;
      std::vector<std::string> got;
      for (const Quote& q : r.value().quotes) got.push_back(Describe(r.value(), q));
      std::vector<std::string> want;
      for (const std::string& e : c.expected) want.push_back(Trim(e));
      EXPECT_EQ(got, want) << c.file << ":" << c.line << "\n" << c.input;
    }
  }
  EXPECT_GT(cases, 10u);
}

}  // namespace
}  // namespace readout
