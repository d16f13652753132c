#include <gtest/gtest.h>

#include "eval/petrarch_eval.h"
#include "eval/spans_eval.h"
#include "readout/model.h"

namespace readout::eval {
namespace {

TEST(PetrarchRecords, ReadsQuirkyAttributesAndSkipsComments) {
  const char* xml = R"(<Environment><Verbfile>V.verbs.txt</Verbfile><Actorfile> A.actors.txt </Actorfile></Environment>
<!-- <Sentence date="19950101" id="COMMENTED" category="X"><Text>no</Text></Sentence> -->
<Sentence date = "19950103" id ="R-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode='GON' eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<Text>
Arnor is about to restore
full diplomatic ties with Gondor.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date="19950101" id="R-2" category="X"><EventCoding noevents = "True"></EventCoding><Text>Nothing &amp; &lt;none&gt;.</Text></Sentence>
<Sentence date="19950101" id="R-3" category="ERROR"><EventCoding error="bad_input_parse"></EventCoding><Text>Bad.</Text></Sentence>
)";
  PetrarchFiles files;
  auto r = ReadPetrarchRecords(xml, &files);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(files.verbs, "V.verbs.txt");
  EXPECT_EQ(files.actors, "A.actors.txt");
  ASSERT_EQ(r.value().size(), 3u);
  const PetrarchRecord& a = r.value()[0];
  EXPECT_EQ(a.id, "R-1");
  EXPECT_EQ(a.date, "1995-01-03");
  EXPECT_EQ(a.text, "Arnor is about to restore full diplomatic ties with Gondor.");
  EXPECT_EQ(a.expected.size(), 2u);
  EXPECT_TRUE(a.expected.count({"ARN", "GON", "064"}));
  EXPECT_TRUE(a.expected.count({"\"INJURY TOLL\"", "OSG", "223"}));
  EXPECT_TRUE(r.value()[1].expected.empty());
  EXPECT_EQ(r.value()[1].text, "Nothing & <none>.");
  EXPECT_FALSE(r.value()[1].parse_error);
  EXPECT_TRUE(r.value()[2].parse_error);
}

TEST(PetrarchRecords, UnclosedSentenceIsAnError) {
  EXPECT_FALSE(ReadPetrarchRecords("<Sentence id=\"x\"><Text>a</Text>", nullptr).ok());
}

TEST(ConllSpans, ReadsLabelsAndSentences) {
  auto r = ReadConllSpans("Russia B-S\nattacked O\nthe B-T\ncity I-T\n\nHe B-S\nleft O\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().size(), 2u);
  EXPECT_EQ(r.value()[0].tokens, (std::vector<std::string>{"Russia", "attacked", "the", "city"}));
  EXPECT_EQ(std::string(r.value()[0].labels.begin(), r.value()[0].labels.end()), "SOTT");
  EXPECT_EQ(r.value()[1].labels.size(), 2u);
}

TEST(ConllSpans, LineWithoutTagIsAnErrorWithItsNumber) {
  auto r = ReadConllSpans("Russia B-S\nattacked\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("line 2"), std::string::npos);
}

TEST(ConllSpans, DetokenizeJoinsCliticsPunctuationAndHyphens) {
  std::vector<Span> spans;
  std::string text = Detokenize({"Israel", "\u2019", "s", "rebel", "-", "held", "area", "'s", "chief", ",", "(",
                                 "UN", ")", "said", "."},
                                &spans);
  EXPECT_EQ(text, "Israel\u2019s rebel-held area's chief, (UN) said.");
  ASSERT_EQ(spans.size(), 15u);
  EXPECT_EQ(text.substr(spans[3].start, spans[3].size()), "rebel");
  EXPECT_EQ(text.substr(spans[5].start, spans[5].size()), "held");
  EXPECT_EQ(text.substr(spans[11].start, spans[11].size()), "UN");
  // A hyphen between a word and a number or sign stays spaced.
  EXPECT_EQ(Detokenize({"Jan", "-", "$", "5"}, &spans), "Jan - $5");
}

TEST(ConllSpans, DetokenizeJoinsWordsSplitAtAccentedLetters) {
  std::vector<Span> spans;
  EXPECT_EQ(Detokenize({"President", "Andr", "\u00e9", "s", "Manuel", "L", "\u00f3", "pez", "said"}, &spans),
            "President Andr\u00e9s Manuel L\u00f3pez said");
  ASSERT_EQ(spans.size(), 9u);
  // Other signs stay words of their own: "\u20ac 60 million", "5 \u00d7 5".
  EXPECT_EQ(Detokenize({"gave", "\u20ac", "60", "and", "5", "\u00d7", "5"}, &spans), "gave \u20ac 60 and 5 \u00d7 5");
}

TEST(ConllSpans, DetokenizeJoinsNumbers) {
  std::vector<Span> spans;
  EXPECT_EQ(Detokenize({"killed", "20", ",", "000", "people", "and", "$", "22", ".", "5", "million"}, &spans),
            "killed 20,000 people and $22.5 million");
  // A list of numbers keeps its commas spaced.
  EXPECT_EQ(Detokenize({"in", "2017", ",", "2018", "and", "5", ",", "12"}, &spans), "in 2017, 2018 and 5, 12");
}

TEST(SpanScore, PrecisionRecallF1) {
  PrF s = Score(10, 8, 6);
  EXPECT_DOUBLE_EQ(s.p, 0.75);
  EXPECT_DOUBLE_EQ(s.r, 0.6);
  EXPECT_NEAR(s.f1, 2 * 0.75 * 0.6 / 1.35, 1e-12);
  EXPECT_DOUBLE_EQ(Score(0, 0, 0).f1, 0);
}

// The span score counts tokens under our events' sides; the thing an act is
// done to counts as a target only in ConfliBERT's reading.
TEST(SpanScore, CountsTokensUnderEventSidesInBothReadings) {
  auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok());
  auto sentences = ReadConllSpans(
      "Russia B-S\nattacked O\nUkraine B-T\n. O\n\n"
      "The B-S\nparliament I-S\nrejected O\nthe B-T\nnew I-T\ntariffs I-T\n. O\n");
  ASSERT_TRUE(sentences.ok());
  std::vector<std::string> errors;
  SpanCounts things = EvaluateSpans(*model.value(), sentences.value(), SpanReading{}, &errors);
  EXPECT_EQ(things.sentences, 2);
  EXPECT_EQ(things.gold_s, 3);
  EXPECT_EQ(things.gold_t, 4);
  EXPECT_EQ(things.hit_s, 3);
  EXPECT_EQ(things.hit_t, 4);
  EXPECT_TRUE(errors.empty());
  SpanCounts plain = EvaluateSpans(*model.value(), sentences.value(), {.things_as_targets = false}, nullptr);
  // Without a thing as its target the rejection is no event: only the
  // attack's sides count.
  EXPECT_EQ(plain.hit_s, 1);
  EXPECT_EQ(plain.hit_t, 1);
}

// ConfliBERT's reading: a meeting's sides are reciprocal (R), a reported
// speaker gives way to the reported act, a participle's second event is not
// read.
TEST(SpanScore, ReadsOneEventPerSentenceWithReciprocalSides) {
  auto model = Model::Load(ModelOptions());
  ASSERT_TRUE(model.ok());
  auto sentences = ReadConllSpans(
      "Putin B-R\nmet O\nErdogan B-R\nin O\nAnkara O\n. O\n\n"
      "Russian B-S\ntroops I-S\nattacked O\nTurkey B-T\nand O\nSyria B-T\n, O\nofficials O\nsaid O\n. O\n\n"
      "Rebels B-S\nattacked O\nthe B-T\nbase I-T\n, O\nkilling O\n17 O\nsoldiers O\n. O\n");
  ASSERT_TRUE(sentences.ok());
  SpanCounts read = EvaluateSpans(*model.value(), sentences.value(), SpanReading{}, nullptr);
  EXPECT_EQ(read.gold_r, 2);
  EXPECT_EQ(read.hit_r, 2);
  EXPECT_EQ(read.pred_r, 2);
  EXPECT_EQ(read.pred_s, read.hit_s);
  EXPECT_EQ(read.hit_s, 3);
  EXPECT_EQ(read.pred_t, read.hit_t);
  EXPECT_EQ(read.hit_t, 4);
  SpanCounts every = EvaluateSpans(*model.value(), sentences.value(), {.conflibert = false}, nullptr);
  EXPECT_EQ(every.pred_r, 0);
  EXPECT_GT(every.pred_s, read.pred_s);
  EXPECT_GT(every.pred_t, read.pred_t);
}

}  // namespace
}  // namespace readout::eval
