#include "text/line_wrap.h"

#include <gtest/gtest.h>

#include <string>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace readout::text {
namespace {

// Texts as a mail archive would hold them: wrapped near 70 columns.
const char kWrapped[] =
    "MOSCOW, Feb 12 (Wire) - Russian Foreign Minister Sergei Lavrov said\n"
    "on Wednesday that talks with the United States could begin within\n"
    "weeks, but that Moscow would not accept any preconditions set by\n"
    "Kyiv or its European allies.\n"
    "\n"
    "\"We are ready to listen,\" Lavrov told reporters after meeting his\n"
    "Turkish counterpart in Ankara. \"But nobody should expect us to give\n"
    "up what we have gained.\"\n";

std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, tokens)) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(SoftLineBreaks, WrappedParagraphsJoinTheirLines) {
  std::vector<uint32_t> soft = SoftLineBreaks(kWrapped);
  // Three breaks inside the first paragraph, two inside the second.
  EXPECT_EQ(soft.size(), 5u);
  std::vector<std::string> s = SentenceTexts(kWrapped);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].substr(0, 6), "MOSCOW");
  EXPECT_NE(s[0].find("within\nweeks"), std::string::npos);
  EXPECT_EQ(s[1], "\"We are ready to listen,\" Lavrov told reporters after meeting his\nTurkish counterpart in Ankara.");
  EXPECT_EQ(s[2].substr(0, 15), "\"But nobody sho");
}

TEST(SoftLineBreaks, OneParagraphPerLineIsNotWrapped) {
  const char text[] =
      "Trump and Putin agree to start talks\n"
      "By Staff Reporter\n"
      "President Donald Trump said on Wednesday he had spoken with Vladimir Putin by phone.\n"
      "The two leaders agreed that their teams would begin negotiations immediately.\n"
      "Ukraine was not consulted, officials in Kyiv said.\n";
  EXPECT_TRUE(SoftLineBreaks(text).empty());
  EXPECT_EQ(SentenceTexts(text).size(), 5u);
}

TEST(SoftLineBreaks, HeadlineAndShortLastLinesStayBreaks) {
  std::string text =
      "TALKS TO BEGIN\n"
      "\n"
      "Negotiators from both countries will meet in Riyadh next week, the\n"
      "foreign ministry said, adding that the agenda had not been set and\n"
      "that no ceasefire was on the table for now.\n"
      "Officials declined to comment.\n"
      "Further meetings are planned in Istanbul and Geneva later in the\n"
      "month, according to a diplomat familiar with the preparations.\n";
  std::vector<std::string> s = SentenceTexts(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "TALKS TO BEGIN");
  EXPECT_EQ(s[2], "Officials declined to comment.");
}

TEST(SoftLineBreaks, CarriageReturnLineFeedAndIndentedParagraphs) {
  std::string text =
      "The minister said the ceasefire would hold through the winter and\r\n"
      "that monitors from the OSCE would return to the contact line soon\r\n"
      "if both sides agreed to the plan presented in Vienna on Monday.\r\n"
      "  A second paragraph starts indented, as in old wire copy that was\r\n"
      "typed for a teleprinter and never reflowed by the desk editors.\r\n";
  std::vector<std::string> s = SentenceTexts(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_NE(s[0].find("and\r\nthat"), std::string::npos);
  EXPECT_EQ(s[1].substr(0, 8), "A second");
}

TEST(SingleSpaced, CollapsesLineBreaksAndRunsOfSpace) {
  std::string buf;
  const std::string_view plain = "United States";
  EXPECT_EQ(SingleSpaced(plain, &buf).data(), plain.data());  // no copy
  EXPECT_EQ(SingleSpaced("United\nStates", &buf), "United States");
  EXPECT_EQ(SingleSpaced("Donald \r\n  Trump", &buf), "Donald Trump");
  EXPECT_EQ(SingleSpaced("a\tb", &buf), "a b");
}

TEST(SoftLineBreaks, NoLineBreaksNoWork) {
  EXPECT_TRUE(SoftLineBreaks("").empty());
  EXPECT_TRUE(SoftLineBreaks("One line only.").empty());
  EXPECT_TRUE(SoftLineBreaks("\n\n\n").empty());
}

}  // namespace
}  // namespace readout::text
