// Tokenizer and splitter over the real texts in ../shared: the sample article
// and the PolNeAR train texts. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/sentence_splitter.h"
#include "text/text_rules.h"
#include "text/tokenizer.h"

namespace readout::text {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

fs::path SharedDir() { return fs::path(READOUT_SHARED_DIR); }

struct Split {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string_view Of(const Sentence& s) const {
    return std::string_view(text).substr(s.start, s.end - s.start);
  }
  std::string_view Of(const Token& t) const { return std::string_view(text).substr(t.start, t.end - t.start); }
};

Split Analyze(std::string text) {
  Split s;
  s.text = std::move(text);
  s.tokens = Tokenize(s.text);
  s.sentences = SplitSentences(s.text, s.tokens);
  return s;
}

bool HasSentence(const Split& s, std::string_view prefix, std::string_view suffix) {
  for (const Sentence& sent : s.sentences) {
    std::string_view v = s.Of(sent);
    if (v.substr(0, prefix.size()) == prefix && v.size() >= suffix.size() &&
        v.substr(v.size() - suffix.size()) == suffix) {
      return true;
    }
  }
  return false;
}

class SampleArticleTest : public testing::Test {
 protected:
  void SetUp() override {
    fs::path path = SharedDir() / "samples" / "trump-putin-peace-talks.txt";
    if (!fs::exists(path)) GTEST_SKIP() << "no " << path;
    split_ = Analyze(ReadFile(path));
  }
  Split split_;
};

TEST_F(SampleArticleTest, EveryLineStartsAParagraphSentence) {
  size_t lines = 0;
  std::string_view text = split_.text;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl > pos) ++lines;
    pos = nl + 1;
  }
  size_t paragraphs = std::count_if(split_.sentences.begin(), split_.sentences.end(),
                                    [](const Sentence& s) { return s.paragraph_start; });
  EXPECT_EQ(paragraphs, lines);
  for (const Sentence& s : split_.sentences) EXPECT_EQ(split_.Of(s).find('\n'), std::string_view::npos);
}

TEST_F(SampleArticleTest, HeadlineIsItsOwnSentence) {
  ASSERT_FALSE(split_.sentences.empty());
  std::string_view first = split_.Of(split_.sentences[0]);
  EXPECT_EQ(first, split_.text.substr(0, split_.text.find('\n')));
}

TEST_F(SampleArticleTest, AbbreviationsDoNotSplit) {
  EXPECT_TRUE(HasSentence(split_, "Update Feb. 13: White House spokesperson", "lead the negotiations."));
  EXPECT_TRUE(HasSentence(split_, "Additional signals from the Trump administration", "she said."));
  EXPECT_TRUE(HasSentence(split_, "“So everything that they're doing right now", "she said."));
}

TEST_F(SampleArticleTest, QuoteOverSeveralSentencesSplits) {
  EXPECT_TRUE(HasSentence(split_, "“Trump wants a ceasefire", "for a while."));
  EXPECT_TRUE(HasSentence(split_, "But his vision differs radically", "from Putin’s."));
}

TEST_F(SampleArticleTest, PossessivesAndQuotes) {
  size_t possessives = 0, open = 0, close = 0;
  for (size_t i = 0; i < split_.tokens.size(); ++i) {
    const Token& t = split_.tokens[i];
    if (t.kind == TokenKind::kPossessive) {
      ++possessives;
      ASSERT_GT(i, 0u);
      EXPECT_EQ(split_.tokens[i - 1].kind, TokenKind::kWord) << split_.Of(t);
    }
    if (t.kind == TokenKind::kOpenQuote) ++open;
    if (t.kind == TokenKind::kCloseQuote) ++close;
    EXPECT_NE(split_.Of(t), "Zelenskyy’s");
  }
  EXPECT_GE(possessives, 15u);
  EXPECT_EQ(open, close);  // the article's quotation marks are balanced
}

// Over the PolNeAR train texts: structural invariants, and that titles
// ("Mr.", "Gen.") never end a sentence except at a line end.
TEST(PolnearCorpusTest, SentencesAreWellFormed) {
  fs::path dir = SharedDir() / "data" / "polnear" / "train" / "text";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  const TextRules& rules = TextRules::Get();
  size_t files = 0, sentences = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    Split s = Analyze(ReadFile(entry.path()));
    ++files;
    sentences += s.sentences.size();
    uint32_t next = 0;
    for (const Sentence& sent : s.sentences) {
      ASSERT_EQ(sent.first_token, next) << entry.path();
      next = sent.end_token;
      ASSERT_EQ(s.Of(sent).find('\n'), std::string_view::npos) << entry.path();
      const Token& last = s.tokens[sent.end_token - 1];
      bool line_end = sent.end_token == s.tokens.size() || s.tokens[sent.end_token].paragraph_start;
      const AbbrevClass* cls = rules.Abbreviation(s.Of(last));
      if (cls != nullptr && *cls == AbbrevClass::kTitle && !line_end) {
        ADD_FAILURE() << "sentence ends with title '" << s.Of(last) << "' in " << entry.path() << ": "
                      << s.Of(sent);
      }
    }
    ASSERT_EQ(next, s.tokens.size()) << entry.path();
  }
  EXPECT_GT(files, 0u);
  EXPECT_GT(sentences, 10 * files);
}

}  // namespace
}  // namespace readout::text
