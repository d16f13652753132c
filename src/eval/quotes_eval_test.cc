// The quote metric on hand-made brat fixtures.
#include "eval/quotes_eval.h"

#include <gtest/gtest.h>

namespace readout::eval {
namespace {

// "é" is two bytes: code-point offsets after it differ from byte offsets.
constexpr std::string_view kText = "José said the plan “will fail badly.” Ann wrote nothing.";

Analysis Article() {
  Analysis a;
  a.text = std::string(kText);
  return a;
}

Span Find(std::string_view what) {
  size_t i = kText.find(what);
  return {static_cast<uint32_t>(i), static_cast<uint32_t>(i + what.size())};
}

constexpr std::string_view kAnn =
    "T1\tSource 0 4\tJosé\n"
    "T2\tCue 5 9\tsaid\n"
    "T3\tContent 10 37\tthe plan “will fail badly.”\n"
    "T4\tAttribution 5 9\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

TEST(ParseBratTest, ConvertsCodePointsToBytes) {
  auto gold = ParseBratAttributions(kAnn, kText);
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold.value().size(), 1u);
  const GoldAttribution& g = gold.value()[0];
  ASSERT_EQ(g.source.size(), 1u);
  EXPECT_EQ(kText.substr(g.source[0].start, g.source[0].size()), "José");
  EXPECT_EQ(kText.substr(g.cue[0].start, g.cue[0].size()), "said");
  EXPECT_EQ(kText.substr(g.content[0].start, g.content[0].size()), "the plan “will fail badly.”");
}

TEST(ParseBratTest, DiscontinuousSpansAndMultiLineText) {
  std::string ann =
      "T1\tContent 10 18;19 23\tthe plan\nwill\n"
      "T2\tSource 0 4\tJosé\n"
      "E1\tContent:T1 Source:T2\n";
  auto gold = ParseBratAttributions(ann, kText);
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold.value().size(), 1u);
  EXPECT_EQ(gold.value()[0].content.size(), 2u);
  EXPECT_TRUE(gold.value()[0].cue.empty());
}

TEST(ScoreQuotesTest, WholeContentIsStrictAndLooseHitWithSpeakerAndCue) {
  Analysis a = Article();
  Quote q;
  q.kind = QuoteKind::kIndirect;
  q.content = Find("the plan “will fail badly.");
  q.speaker = Find("José");
  q.cue = Find("said");
  a.quotes.push_back(q);
  auto gold = ParseBratAttributions(kAnn, kText).value();
  QuoteCounts c = ScoreQuotes(a, gold, nullptr);
  EXPECT_EQ(c.predicted, 1u);
  EXPECT_EQ(c.strict_right, 1u);
  EXPECT_EQ(c.strict_found, 1u);
  EXPECT_EQ(c.marked_gold, 1u);
  EXPECT_EQ(c.marked_found, 1u);
  EXPECT_EQ(c.speaker_right, 1u);
  EXPECT_EQ(c.cue_right, 1u);
}

TEST(ScoreQuotesTest, PartialQuoteIsLooselyFoundOnly) {
  Analysis a = Article();
  Quote q;
  q.kind = QuoteKind::kPartial;
  q.content = Find("will fail badly.");  // 14 of the 21 significant characters
  a.quotes.push_back(q);
  auto gold = ParseBratAttributions(kAnn, kText).value();
  QuoteCounts c = ScoreQuotes(a, gold, nullptr);
  EXPECT_EQ(c.strict_right, 1u);  // all of it lies inside the gold content
  EXPECT_EQ(c.loose_found, 1u);   // covers >= 30%
  EXPECT_EQ(c.strict_found, 0u);  // but < 80%
  EXPECT_EQ(c.speaker_total, 1u);
  EXPECT_EQ(c.speaker_right, 0u);  // no speaker predicted, gold has one
}

TEST(ScoreQuotesTest, QuoteOutsideGoldIsWrongAndSpeakerByName) {
  Analysis a = Article();
  Quote wrong;
  wrong.content = Find("Ann wrote nothing");
  a.quotes.push_back(wrong);
  Quote right;
  right.content = Find("the plan “will fail badly.");
  right.speaker = Find("Ann");  // span does not overlap the gold source...
  right.speaker_entity = 0;     // ...but the resolved name's last word is in it
  a.entities.push_back(Entity{});
  a.entities[0].name = "Juan José";
  right.cue = Find("wrote");
  a.quotes.push_back(right);
  auto gold = ParseBratAttributions(kAnn, kText).value();
  std::vector<std::string> errors;
  QuoteCounts c = ScoreQuotes(a, gold, &errors);
  EXPECT_EQ(c.predicted, 2u);
  EXPECT_EQ(c.loose_right, 1u);
  EXPECT_EQ(c.speaker_right, 1u);
  EXPECT_EQ(c.cue_right, 0u);
  QuoteScores s = Score(c);
  EXPECT_DOUBLE_EQ(s.loose_precision, 0.5);
  EXPECT_DOUBLE_EQ(s.loose_recall, 1.0);
  EXPECT_EQ(errors.size(), 2u);  // the false positive and the wrong cue
}

}  // namespace
}  // namespace readout::eval
