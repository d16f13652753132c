// Golden files for the entity stage: tests/golden/entities/*.txt hold an
// input text, a line "---", and the expected entities, one per line, as
// entities_test_util.h renders them. Lines starting with '#' before the input
// are comments. Set READOUT_UPDATE_GOLDEN=1 to rewrite the expectations from
// the current output (then review the diff).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "entities/entities_test_util.h"

namespace readout::entities {
namespace {

namespace fs = std::filesystem;

struct Golden {
  std::string comments, input;
  std::vector<std::string> expected;
};

Golden ReadGolden(const fs::path& path) {
  std::ifstream in(path);
  Golden g;
  std::string line;
  bool after = false;
  while (std::getline(in, line)) {
    if (after) {
      if (!line.empty()) g.expected.push_back(line);
    } else if (line == "---") {
      after = true;
    } else if (g.input.empty() && !line.empty() && line[0] == '#') {
      g.comments += line + "\n";
    } else {
      g.input += (g.input.empty() ? "" : "\n") + line;
    }
  }
  return g;
}

TEST(EntitiesGolden, EveryFileMatches) {
  const fs::path dir = fs::path(READOUT_SOURCE_DIR) / "tests/golden/entities";
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  const bool update = std::getenv("READOUT_UPDATE_GOLDEN") != nullptr;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    Golden g = ReadGolden(entry.path());
    Analysis a = testing::AnalyzeEntities(g.input);
    std::vector<std::string> got = testing::RenderAll(a);
    if (update) {
      std::ofstream out(entry.path());
      out << g.comments << g.input << "\n---\n";
      for (const auto& l : got) out << l << "\n";
      continue;
    }
    EXPECT_EQ(got, g.expected) << "golden file " << entry.path().filename();
  }
  EXPECT_GE(files, 8);
}

}  // namespace
}  // namespace readout::entities
