// Robustness over real text: every sentence of the PolNeAR train texts, on
// its own and without its first word, goes through the whole pipeline. A
// sentence alone puts its first word at offset 0, where the rules that look
// one or two words back must stop ("According to X, …" and "which said …"
// once crashed there). Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "readout/model.h"
#include "readout/pipeline.h"

namespace readout {
namespace {

namespace fs = std::filesystem;

TEST(SentenceSweep, EverySentenceAloneAnalyses) {
  const fs::path dir = fs::path(READOUT_SHARED_DIR) / "data" / "polnear" / "train" / "text";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  auto model = Model::Load(ModelOptions{});
  ASSERT_TRUE(model.ok()) << model.status().message();
  const Pipeline pipeline(*model.value());
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  size_t analysed = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    Document article;
    article.id = file.stem().string();
    article.text = buf.str();
    auto whole = pipeline.Analyze(article);
    ASSERT_TRUE(whole.ok()) << article.id;
    for (const Sentence& s : whole.value().sentences) {
      Document one;
      one.id = article.id;
      one.text = article.text.substr(s.start, s.end - s.start);
      ASSERT_TRUE(pipeline.Analyze(one).ok()) << article.id << ": " << one.text;
      const size_t space = one.text.find(' ');
      if (space == std::string::npos) continue;
      one.text = one.text.substr(space + 1);
      ASSERT_TRUE(pipeline.Analyze(one).ok()) << article.id << ": " << one.text;
      analysed += 2;
    }
  }
  EXPECT_GT(analysed, 50000u);
}

}  // namespace
}  // namespace readout
