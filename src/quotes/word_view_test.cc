// WordView: the lists noted while building (stance words), and the inline
// path for plain tokens typing words and punctuation as the marked path does.
#include "quotes/word_view.h"

#include <gtest/gtest.h>

#include "lexicon/cue_lexicon.h"
#include "text/tokenizer.h"

namespace readout::quotes {
namespace {

const lexicon::CueLexicon& Lexicon() {
  static auto lex = lexicon::CueLexicon::FromData("said\tspeech\n", "", "", "", "", nullptr, "",
                                                  "claim criticism\tthat of\n", "skeptical\tthat\n");
  return *lex;
}

std::string Text(const Analysis& a, const WordView& v, uint32_t i) {
  return std::string(a.Text(v.words()[i].span()));
}

TEST(WordViewTest, StanceWordsAreListedInOrderWhateverTheirCase) {
  Analysis a;
  a.text = "Her claim, “Criticism of X,” left him skeptical that it said so.";
  a.tokens = text::Tokenize(a.text);
  WordView v;
  v.Build(a, Lexicon());
  std::vector<std::string> listed;
  for (uint32_t i : v.stance_words()) listed.push_back(Text(a, v, i));
  EXPECT_EQ(listed, (std::vector<std::string>{"claim", "Criticism", "skeptical"}));
  // A shorter document after a longer one lists only its own.
  Analysis b;
  b.text = "No stance here.";
  b.tokens = text::Tokenize(b.text);
  v.Build(b, Lexicon());
  EXPECT_TRUE(v.stance_words().empty());
}

TEST(WordViewTest, MarksListQuoteMarksAndParagraphStarts) {
  Analysis a;
  a.text = "He said “yes.”\n\nShe said \"no\" twice.";
  a.tokens = text::Tokenize(a.text);
  WordView v;
  v.Build(a, Lexicon());
  std::vector<std::string> listed;
  for (uint32_t i : v.marks()) listed.push_back(Text(a, v, i));
  EXPECT_EQ(listed, (std::vector<std::string>{"He", "“", "”", "She", "\"", "\""}));
}

TEST(WordViewTest, ReportWordsListWhereAnIndirectReportMayStart) {
  Analysis a;
  a.text = "Officials said in March, according to them, that it seemed fine.\n\nAsked why, Kim Seemed sure.";
  a.tokens = text::Tokenize(a.text);
  WordView v;
  v.Build(a, Lexicon());
  std::vector<std::string> listed;
  for (uint32_t i : v.report_words()) listed.push_back(Text(a, v, i));
  // Paragraph starts, a cue verb, "in", nine bytes, MayHoldSubject's shape
  // (s, a or r and four to ten bytes, as written: not "Seemed"), "asked" in
  // any case.
  EXPECT_EQ(listed, (std::vector<std::string>{"Officials", "said", "in", "according", "seemed", "Asked", "sure"}));
}

TEST(WordViewTest, PlainTokensAreTypedAsWordsOrPunctuation) {
  Analysis a;
  a.text = "Yes: 42 (a), b; c - d!";
  a.tokens = text::Tokenize(a.text);
  const std::vector<Word> w = BuildWordView(a, Lexicon());
  std::vector<WordType> types;
  for (const Word& x : w) types.push_back(x.type);
  EXPECT_EQ(types, (std::vector<WordType>{WordType::kWord, WordType::kColon, WordType::kWord, WordType::kParen,
                                          WordType::kWord, WordType::kParen, WordType::kComma, WordType::kWord,
                                          WordType::kSemicolon, WordType::kWord, WordType::kDash, WordType::kWord,
                                          WordType::kEnd}));
}

}  // namespace
}  // namespace readout::quotes
