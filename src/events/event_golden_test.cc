// Runs the golden cases in tests/golden/events/*.txt through the event coder
// (tagged input, so only event coding is under test) and compares the
// events, line by line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "events/event_coder.h"
#include "events/tagged_text.h"

namespace readout::events {
namespace {

struct Case {
  std::string title;
  std::string input;
  std::string expected;
};

std::vector<Case> ReadCases(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<Case> cases;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.rfind("# ", 0) == 0 || line == "#") {
      if (!header) cases.push_back({line.substr(2), "", ""});
      continue;
    }
    if (line.empty()) {
      // The blank line after the file's opening comment block ends it, so
      // the next '#' line titles the first case.
      header = false;
      continue;
    }
    header = false;
    if (cases.empty()) continue;
    if (line[0] == '>') cases.back().input += line.substr(1) + "\n";
    else if (line != "(none)") cases.back().expected += line + "\n";
  }
  return cases;
}

const Model& TestModel() {
  static auto model = Model::Load(ModelOptions());
  return *model.value();
}

TEST(EventGolden, Constructions) {
  std::filesystem::path dir = std::filesystem::path(READOUT_SOURCE_DIR) / "tests/golden/events";
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    for (const Case& c : ReadCases(entry.path())) {
      if (c.input.empty()) continue;
      ++n;
      auto a = ParseTaggedText(c.input);
      if (!a.ok()) {
        ADD_FAILURE() << c.title << ": " << a.status().message();
        continue;
      }
      CodeEvents(TestModel(), a.value());
      EXPECT_EQ(FormatEvents(a.value()), c.expected) << entry.path().filename() << ": " << c.title;
    }
  }
  EXPECT_GE(n, 10);
}

}  // namespace
}  // namespace readout::events
