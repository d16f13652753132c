// Runs the golden files in tests/golden/text/ (format in its README.md):
// tokenizes and splits each input and compares with the expected sections.
// With READOUT_UPDATE_GOLDEN=1 set, rewrites the expected sections instead.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace readout::text {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string header;  // comment lines before the first section
  std::string input;
  std::string sentences;
  std::string tokens;
  bool has_tokens = false;
};

// Splits a golden file into its sections.
GoldenCase Parse(const std::string& content) {
  GoldenCase c;
  std::string* section = &c.header;
  std::istringstream in(content);
  std::string line;
  bool first_in_section = true;
  while (std::getline(in, line)) {
    if (line.rfind("=== ", 0) == 0) {
      std::string name = line.substr(4);
      if (name == "input") {
        section = &c.input;
      } else if (name == "sentences") {
        section = &c.sentences;
      } else if (name == "tokens") {
        section = &c.tokens;
        c.has_tokens = true;
      }
      first_in_section = true;
      continue;
    }
    if (section == &c.input) {
      if (!first_in_section) *section += '\n';
      *section += line;
    } else {
      *section += line;
      *section += '\n';
    }
    first_in_section = false;
  }
  return c;
}

std::string RenderSentences(std::string_view text, const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) {
    out += s.paragraph_start ? "¶ " : "  ";
    out += text.substr(s.start, s.end - s.start);
    out += '\n';
  }
  return out;
}

std::string RenderTokens(std::string_view text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (t.paragraph_start) out += "¶\n";
    std::string kind(TokenKindName(t.kind));
    kind.resize(std::max<size_t>(kind.size() + 1, 9), ' ');
    out += kind;
    out += text.substr(t.start, t.end - t.start);
    out += '\n';
  }
  return out;
}

std::vector<fs::path> GoldenFiles() {
  std::vector<fs::path> files;
  fs::path dir = fs::path(READOUT_SOURCE_DIR) / "tests" / "golden" / "text";
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(TextGoldenTest, FilesExist) { EXPECT_FALSE(GoldenFiles().empty()); }

TEST(TextGoldenTest, TokensAndSentencesMatch) {
  const bool update = std::getenv("READOUT_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& path : GoldenFiles()) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    GoldenCase c = Parse(buf.str());
    std::vector<Token> tokens = Tokenize(c.input);
    std::vector<Sentence> sentences = SplitSentences(c.input, tokens);
    std::string got_sentences = RenderSentences(c.input, sentences);
    std::string got_tokens = RenderTokens(c.input, tokens);
    if (update) {
      std::ofstream out(path, std::ios::binary);
      out << c.header << "=== input\n" << c.input << "\n=== sentences\n" << got_sentences;
      if (c.has_tokens) out << "=== tokens\n" << got_tokens;
      continue;
    }
    EXPECT_EQ(got_sentences, c.sentences) << "sentences differ in " << path;
    if (c.has_tokens) {
      EXPECT_EQ(got_tokens, c.tokens) << "tokens differ in " << path;
    }
  }
}

}  // namespace
}  // namespace readout::text
