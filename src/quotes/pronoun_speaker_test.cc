// Pronoun speakers resolved through the whole pipeline: the golden files show
// the speaker's words ("he"); these cases check the entity behind them.
#include <gtest/gtest.h>

#include <string>

#include "quotes/speaker_test_util.h"

namespace readout {
namespace {

using quotes_test::SpeakerOf;

TEST(PronounSpeaker, SubjectOfTheSameSentenceBeforeARecentSpeaker) {
  // Regression: "he" went to the last quoted man (Okonjo), not to Marlow.
  const std::string text =
      "“We will see,” Marlow said on Monday.\n"
      "“It is a mistake,” Peter Okonjo, a former diplomat, wrote in a column.\n"
      "Marlow did not invite his envoy, Thomas Reyes, to a meeting of aides he said he had chosen himself.\n";
  EXPECT_EQ(SpeakerOf(text, "he had chosen"), "Marlow");
}

TEST(PronounSpeaker, RecentSpeakerWhenTheSentenceNamesNoOne) {
  const std::string text =
      "“It is a mistake,” Peter Okonjo, a former diplomat, wrote in a column.\n"
      "The talks went ahead anyway, and he said they would fail.\n";
  EXPECT_EQ(SpeakerOf(text, "they would fail"), "Peter Okonjo");
}

TEST(PronounSpeaker, NotAPersonTheQuoteItselfNames) {
  // Regression: "she" went to Marlow, named inside the quote before it.
  const std::string text =
      "“We will see,” Marlow said on Monday.\n"
      "Mary Jones said the vote was close. “Everything Marlow has done is wrong,” she said.\n";
  EXPECT_EQ(SpeakerOf(text, "Everything Marlow"), "Mary Jones");
}

TEST(PronounSpeaker, AfterAnOpeningQuoteTheSubjectBeforeNotItsOwnersPossession) {
  // Regression: "she" went to Mary Jones, whose "’s" the tagger missed,
  // named in the sentence before ahead of its subject, Anne Cole.
  const std::string text =
      "Although it was far from the end of Mary Jones’s inquiry, Judge Anne Cole took the last step Wednesday "
      "of closing the case against Jones.\n"
      "“Late this afternoon, I met with the investigators,” she said in a statement.\n";
  EXPECT_EQ(SpeakerOf(text, "Late this afternoon"), "Anne Cole");
}

TEST(PronounSpeaker, OpeningPronounGoesOnWithTheSubjectBefore) {
  // "He" opens the sentence after one whose subject is Sessions: not the
  // last quoted man.
  const std::string text =
      "“It is a mistake,” Peter Okonjo, a former diplomat, wrote in a column.\n"
      "John Sessions is a well respected conservative. On Sunday, he appeared at a Trump rally where he said "
      "the party would win.\n";
  EXPECT_EQ(SpeakerOf(text, "the party would win"), "John Sessions");
}

TEST(PronounSpeaker, TheOneAskedWhyOpensTheQuestion) {
  const std::string text =
      "Moderator Bret Baier started by asking Marco Rubio why he said that the senator was a liar.\n";
  EXPECT_EQ(SpeakerOf(text, "the senator was a liar"), "Marco Rubio");
}

}  // namespace
}  // namespace readout
