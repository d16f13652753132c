// Quote-mark pairing and its local recovery, on the real tokenizer.
#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include "lexicon/cue_lexicon.h"
#include "text/tokenizer.h"

namespace readout::quotes {
namespace {

struct Paired {
  Analysis a;
  std::vector<Word> words;
  std::vector<QuotedSegment> segs;
  std::string Content(size_t i) const {
    return std::string(a.Text({words[segs[i].first].start, words[segs[i].last - 1].end}));
  }
};

Paired Pair(std::string text) {
  static auto lex = lexicon::CueLexicon::FromData("said\tspeech\n", "", "", "", "", nullptr);
  Paired p;
  p.a.text = std::move(text);
  p.a.tokens = text::Tokenize(p.a.text);
  p.words = BuildWordView(p.a, *lex);
  p.segs = PairQuoteMarks(p.words);
  return p;
}

TEST(QuoteMarksTest, CurlyStraightAndGuillemets) {
  Paired p = Pair("“One two,” she said. \"Three four.\" « Cinq six »");
  ASSERT_EQ(p.segs.size(), 3u);
  EXPECT_EQ(p.Content(0), "One two,");
  EXPECT_EQ(p.Content(1), "Three four.");
  EXPECT_EQ(p.Content(2), "Cinq six");
}

TEST(QuoteMarksTest, SingleQuotesInsideDoNotSplit) {
  Paired p = Pair("“He called it a ‘peace’ deal,” she said.");
  ASSERT_EQ(p.segs.size(), 1u);
  EXPECT_EQ(p.Content(0), "He called it a ‘peace’ deal,");
}

TEST(QuoteMarksTest, ParagraphContinuationKeepsTheGroup) {
  Paired p = Pair("“First part of it.\n\n“Second part of it.”\n\nAfter.");
  ASSERT_EQ(p.segs.size(), 2u);
  EXPECT_EQ(p.segs[0].group, p.segs[1].group);
  EXPECT_TRUE(p.segs[0].continues);
  EXPECT_EQ(p.Content(1), "Second part of it.");
}

TEST(QuoteMarksTest, UnclosedQuoteStopsAtItsParagraph) {
  Paired p = Pair("“Never closed here.\n\nA plain paragraph. “Closed,” he said.");
  ASSERT_EQ(p.segs.size(), 2u);
  EXPECT_EQ(p.Content(0), "Never closed here.");
  EXPECT_NE(p.segs[0].group, p.segs[1].group);
  EXPECT_EQ(p.Content(1), "Closed,");
}

TEST(QuoteMarksTest, StrayCloseIsIgnoredAndSecondOpenRecovers) {
  Paired p = Pair("He left.” Then “one thing. And “another,” she said.");
  ASSERT_EQ(p.segs.size(), 2u);
  EXPECT_EQ(p.Content(0), "one thing.");
  EXPECT_EQ(p.Content(1), "another,");
}

TEST(QuoteMarksTest, MarksInsideMarkupTagsAreAttributeValues) {
  const std::string text = "<tweet author=\"@x\" date=\"March 9,\n2016\">Stands empty.<tweet/> He said “yes.”";
  EXPECT_TRUE(InsideMarkupTag(text, static_cast<uint32_t>(text.find('"'))));
  EXPECT_TRUE(InsideMarkupTag(text, static_cast<uint32_t>(text.find("\">"))));
  EXPECT_FALSE(InsideMarkupTag(text, static_cast<uint32_t>(text.find("“"))));
  // (A "<" that opens no tag name, and a tag that never closes.)
  EXPECT_FALSE(InsideMarkupTag("if a < b then \"x\" > y", 15));
  EXPECT_FALSE(InsideMarkupTag("<b \"x\" no end", 3));
  // A tag closed before the mark; a '<' before the closing '>'; marks at
  // the text's ends.
  EXPECT_FALSE(InsideMarkupTag("<b>x \"y\" <i>", 5));
  EXPECT_FALSE(InsideMarkupTag("<b x=\"y <i>", 5));
  EXPECT_FALSE(InsideMarkupTag("\"<b>", 0));
  EXPECT_FALSE(InsideMarkupTag("<b \"", 3));
  // Each side is read up to 300 bytes from the mark.
  const std::string far = "<a " + std::string(300, 'x') + "\"" + std::string(10, 'y') + ">";
  EXPECT_FALSE(InsideMarkupTag(far, 303));
  const std::string near = "<a " + std::string(296, 'x') + "\"" + std::string(298, 'y') + ">";
  EXPECT_TRUE(InsideMarkupTag(near, 299));
  const std::string after = "<a \"" + std::string(299, 'y') + ">";
  EXPECT_FALSE(InsideMarkupTag(after, 3));
}

}  // namespace
}  // namespace readout::quotes
