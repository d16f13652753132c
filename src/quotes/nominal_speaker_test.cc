// Title speakers ("the former foreign minister said") resolved through the
// whole pipeline to the person whose role the article gave with that title
// (speaker_resolver.cc). Names and sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "quotes/speaker_test_util.h"

namespace readout {
namespace {

using quotes_test::SpeakerOf;

TEST(NominalSpeaker, FormerTitleIsTheFormerHolder) {
  const std::string text =
      "Former Foreign Minister Anna Varga spoke in Lodz on Monday. Foreign Minister Peter Holm spoke in Graz.\n\n"
      "“The deal is a mistake,” the former foreign minister said.\n\n"
      "“The deal will hold,” the foreign minister said.\n";
  EXPECT_EQ(SpeakerOf(text, "The deal is a mistake"), "Anna Varga");
  EXPECT_EQ(SpeakerOf(text, "The deal will hold"), "Peter Holm");
}

// "A Halvorsen supporter criticized …": a follower of someone does not
// speak for them, so the statement is not Halvorsen's.
TEST(NominalSpeaker, AFollowerIsNotWhomTheyFollow) {
  const std::string text =
      "Senator Ivar Halvorsen spoke in Bergen on Monday.\n\n"
      "A Halvorsen supporter criticized the mayor of Bergen.\n\n"
      "Halvorsen criticized the governor of Oslo.\n";
  EXPECT_EQ(SpeakerOf(text, "the mayor of Bergen"), "none");
  EXPECT_EQ(SpeakerOf(text, "the governor of Oslo"), "Ivar Halvorsen");
}

// "“…,” a Halvorsen supporter said", "Critics of Halvorsen said": the
// phrase finder must not stop at the name, and the supporters or critics
// do not speak for the one they follow or oppose, named or by title.
TEST(NominalSpeaker, FollowersAroundANameAreNotTheName) {
  const std::string text =
      "Mayor Lena Halvorsen opened the new bridge on Monday.\n\n"
      "“The bridge changed the valley,” a Halvorsen supporter said.\n\n"
      "“It is a waste of money,” said a Halvorsen critic.\n\n"
      "Critics of Halvorsen said the bridge cost too much.\n\n"
      "Supporters of the mayor said the toll would stay low.\n\n"
      "Halvorsen supporters said the bridge would bring trade.\n\n"
      "“We will finish the road next,” Halvorsen said.\n";
  EXPECT_EQ(SpeakerOf(text, "The bridge changed the valley"), "none");
  EXPECT_EQ(SpeakerOf(text, "It is a waste of money"), "none");
  EXPECT_EQ(SpeakerOf(text, "the bridge cost too much"), "none");
  EXPECT_EQ(SpeakerOf(text, "the toll would stay low"), "none");
  EXPECT_EQ(SpeakerOf(text, "the bridge would bring trade"), "none");
  EXPECT_EQ(SpeakerOf(text, "We will finish the road next"), "Lena Halvorsen");
}

}  // namespace
}  // namespace readout
