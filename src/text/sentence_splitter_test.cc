#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace readout::text {
namespace {

// Renders the sentences of `text` joined by " | ".
std::string Split(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  std::string out;
  for (const Sentence& s : SplitSentences(text, tokens)) {
    if (!out.empty()) out += " | ";
    out += text.substr(s.start, s.end - s.start);
  }
  return out;
}

struct Case {
  const char* input;
  const char* expected;
};

void ExpectAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Split(c.input), c.expected) << "input: " << c.input;
}

TEST(SentenceSplitterTest, FullStopQuestionAndExclamationEndSentences) {
  ExpectAll({
      {"Putin wants peace. Trump agreed.", "Putin wants peace. | Trump agreed."},
      {"Is it over? No! It goes on.", "Is it over? | No! | It goes on."},
      {"It ended. 17 people died.", "It ended. | 17 people died."},
  });
}

TEST(SentenceSplitterTest, DatelineIsASentenceOfItsOwn) {
  ExpectAll({
      {"KYIV, Ukraine \u2014 Russia attacked Kyiv, officials said.",
       "KYIV, Ukraine \u2014 | Russia attacked Kyiv, officials said."},
      {"Headline here\nWASHINGTON (Reuters) - The Senate voted.",
       "Headline here | WASHINGTON (Reuters) - | The Senate voted."},
      {"NEW YORK \u2013 Stocks fell.", "NEW YORK \u2013 | Stocks fell."},
      // Not datelines: a capitalised place, an acronym inside the sentence,
      // a dash at the end of the line.
      {"Kyiv, Ukraine \u2014 a city at war.", "Kyiv, Ukraine \u2014 a city at war."},
      {"The EU \u2014 and NATO \u2014 agreed.", "The EU \u2014 and NATO \u2014 agreed."},
      {"NATO \u2014\nThe alliance met.", "NATO \u2014 | The alliance met."},
  });
}

TEST(SentenceSplitterTest, AbbreviationsMidSentenceDoNotSplit) {
  ExpectAll({
      {"Both the U.S. and Ukraine agreed.", "Both the U.S. and Ukraine agreed."},
      {"He spoke at the U.N. Security Council today.", "He spoke at the U.N. Security Council today."},
      {"The U.S. Army left.", "The U.S. Army left."},
      {"Update Feb. 13: Leavitt spoke.", "Update Feb. 13: Leavitt spoke."},
      {"They met Gen. Kellogg in Kyiv.", "They met Gen. Kellogg in Kyiv."},
      {"Mr. Chipok said so.", "Mr. Chipok said so."},
      {"It starts at 2 p.m. Friday in Munich.", "It starts at 2 p.m. Friday in Munich."},
      {"He lives in St. Louis now.", "He lives in St. Louis now."},
      {"John F. Kennedy was shot.", "John F. Kennedy was shot."},
      {"Sen. Marco Rubio (R-Fla.) said no.", "Sen. Marco Rubio (R-Fla.) said no."},
      {"He lives in Washington, D.C., with his wife.", "He lives in Washington, D.C., with his wife."},
  });
}

TEST(SentenceSplitterTest, AbbreviationEndsSentenceBeforeASentenceOpener) {
  ExpectAll({
      {"He returned to the U.S. The next day he left.", "He returned to the U.S. | The next day he left."},
      {"The call ended at 2 p.m. He then left.", "The call ended at 2 p.m. | He then left."},
      {"It was sold to Acme Inc. But nobody knew.", "It was sold to Acme Inc. | But nobody knew."},
      {"He lives in the U.S. “We are here,” he said.", "He lives in the U.S. | “We are here,” he said."},
  });
}

// PolNeAR: "in Paris and San Bernardino, Calif. Together they created" was
// one sentence.
TEST(SentenceSplitterTest, StateAbbreviationEndsSentenceBeforeAnyCapital) {
  ExpectAll({
      {"attacks in San Bernardino, Calif. Together they grew.", "attacks in San Bernardino, Calif. | Together they grew."},
      {"in Mount Prospect, Ill. Eksili donated.", "in Mount Prospect, Ill. | Eksili donated."},
      {"in Sacramento, Calif., on Monday.", "in Sacramento, Calif., on Monday."},
      {"pens, paper, etc. Nobody cared.", "pens, paper, etc. | Nobody cared."},
  });
}

TEST(SentenceSplitterTest, TitlesNeverEndSentences) {
  ExpectAll({
      {"He met Dr. The Rev. Smith.", "He met Dr. The Rev. Smith."},
  });
}

TEST(SentenceSplitterTest, QuestionInsideQuoteFollowedByLowerCaseContinues) {
  ExpectAll({
      {"“Why now?” she asked. He shrugged.", "“Why now?” she asked. | He shrugged."},
      {"“Go!” he shouted.", "“Go!” he shouted."},
      {"\"Why?\" asked Trump.", "\"Why?\" asked Trump."},
  });
}

TEST(SentenceSplitterTest, QuestionInsideQuoteFollowedBySpeakerContinues) {
  ExpectAll({
      {"“Why now?” Trump asked. He left.", "“Why now?” Trump asked. | He left."},
      {"“Is it over?” President Donald Trump said.", "“Is it over?” President Donald Trump said."},
      {"“Is it over?” Nobody knows.", "“Is it over?” | Nobody knows."},
      {"“Who?” He tweeted it twice.", "“Who?” | He tweeted it twice."},
  });
}

TEST(SentenceSplitterTest, ClosingQuotesAndBracketsJoinTheSentenceTheyClose) {
  ExpectAll({
      {"“He wants peace.” Trump said it twice.", "“He wants peace.” | Trump said it twice."},
      {"(It did.) Then it stopped.", "(It did.) | Then it stopped."},
      {"He said “it went well.”) Next.", "He said “it went well.”) | Next."},
      {"He called it ‘over.’ Nobody agreed.", "He called it ‘over.’ | Nobody agreed."},
  });
}

TEST(SentenceSplitterTest, QuoteOverSeveralSentencesSplitsNormally) {
  ExpectAll({
      {"“I remain skeptical. Trump wants a ceasefire. But it differs,” he wrote.",
       "“I remain skeptical. | Trump wants a ceasefire. | But it differs,” he wrote."},
  });
}

TEST(SentenceSplitterTest, NewlineAlwaysEndsASentence) {
  ExpectAll({
      {"Trump turns to Putin on peace talks\nBy Jo Lee\nPutin called.", "Trump turns to Putin on peace talks | By Jo Lee | Putin called."},
      {"Headline with U.S.\nBody.", "Headline with U.S. | Body."},
      {"Mr.\nSmith", "Mr. | Smith"},
  });
}

TEST(SentenceSplitterTest, EllipsisBeforeLowerCaseContinues) {
  ExpectAll({
      {"so much…reverence for that", "so much…reverence for that"},
      {"The president,…following the call", "The president,…following the call"},
  });
}

TEST(SentenceSplitterTest, EllipsisBeforeOpenerOrAfterCompletePhraseEnds) {
  ExpectAll({
      {"It went on… The end came.", "It went on… | The end came."},
      {"“Wait…” Then he left.", "“Wait…” | Then he left."},
      {"stop this war…God bless them.", "stop this war… | God bless them."},
      {"each other... Republicans are now", "each other... | Republicans are now"},
  });
}

TEST(SentenceSplitterTest, EllipsisAfterFunctionWordContinues) {
  ExpectAll({
      {"he tweeted about ... Donald Trump today", "he tweeted about ... Donald Trump today"},
      {"talks between the … United States and Russia", "talks between the … United States and Russia"},
  });
}

// PolNeAR: `"Absolutely. . . . One of the most` was one sentence.
TEST(SentenceSplitterTest, FourDotEllipsisIsAFullStop) {
  ExpectAll({
      {"Absolutely. . . . One of them.", "Absolutely. . . . | One of them."},
      {"It ended.... Nobody came.", "It ended.... | Nobody came."},
  });
}

TEST(SentenceSplitterTest, SentencesExcludeSurroundingWhiteSpace) {
  std::string_view text = "  One.  Two.\n\n";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> s = SplitSentences(text, tokens);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "One.");
  EXPECT_EQ(text.substr(s[1].start, s[1].end - s[1].start), "Two.");
}

TEST(SentenceSplitterTest, ParagraphStartIsSet) {
  std::string_view text = "Head\n\nOne. Two.\nThree.";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> s = SplitSentences(text, tokens);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_TRUE(s[0].paragraph_start);
  EXPECT_TRUE(s[1].paragraph_start);
  EXPECT_FALSE(s[2].paragraph_start);
  EXPECT_TRUE(s[3].paragraph_start);
}

TEST(SentenceSplitterTest, EveryTokenBelongsToExactlyOneSentence) {
  std::string_view text = "A. B? “C!” d. (E.) F…\nG U.S. H";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> s = SplitSentences(text, tokens);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.front().first_token, 0u);
  EXPECT_EQ(s.back().end_token, tokens.size());
  for (size_t i = 0; i < s.size(); ++i) {
    EXPECT_LT(s[i].first_token, s[i].end_token);
    EXPECT_EQ(s[i].start, tokens[s[i].first_token].start);
    EXPECT_EQ(s[i].end, tokens[s[i].end_token - 1].end);
    if (i > 0) {
      EXPECT_EQ(s[i].first_token, s[i - 1].end_token);
    }
  }
}

TEST(SentenceSplitterTest, NoTokensNoSentences) {
  EXPECT_TRUE(SplitSentences("", {}).empty());
}

}  // namespace
}  // namespace readout::text
