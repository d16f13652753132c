// Acts that are no political event or not yet one: a sale agreed by a
// private side, an opinion agreed with, a commitment to a candidate (a
// pledged vote), a politician "prosecuting" a politician at a debate
// (criticism); a meeting in the present progressive with a time to come
// ("are meeting next week") is an intention.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

TEST(PrivateActs, ASaleAgreedByAPrivateSideIsNoIntentToCooperate) {
  Analysis a = Analyze("Mr. Paul Allen, the Microsoft founder, agreed to sell his jet to Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "030"), nullptr);
  // A state agreeing with a state stays.
  Analysis b = Analyze("North Korea has agreed to reopen its border with South Korea.\n");
  EXPECT_NE(Find(b, "030", "North Korea"), nullptr);
}

TEST(PrivateActs, AnOpinionAgreedWithIsNoIntentToCooperate) {
  Analysis a = Analyze("Senator Bo Lind agrees Governor Tom Ruiz is a total opportunist.\n");
  EXPECT_EQ(Find(a, "030"), nullptr);
}

TEST(PrivateActs, CommitmentToACandidateIsAPledgedVote) {
  Analysis a = Analyze("Senator Bo Lind is committed to Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "030"), nullptr);
}

TEST(PrivateActs, PoliticiansProsecutingPoliticiansCriticise) {
  Analysis a = Analyze("Senator Ann Keller aggressively prosecuted Senator Bo Lind at a debate on Sunday.\n");
  EXPECT_NE(Find(a, "111", "Senator Ann Keller"), nullptr);
  EXPECT_EQ(Find(a, "115"), nullptr);
}

TEST(PrivateActs, AMeetingNextWeekIsAnIntention) {
  Analysis a = Analyze("Senator Ann Keller and Governor Tom Ruiz are meeting next week to talk about taxes.\n");
  EXPECT_NE(Find(a, "036", "Senator Ann Keller"), nullptr);
  EXPECT_EQ(Find(a, "040"), nullptr);
  // Meeting now stays a meeting.
  Analysis b = Analyze("Senator Ann Keller and Governor Tom Ruiz are meeting today to talk about taxes.\n");
  EXPECT_NE(Find(b, "040", "Senator Ann Keller"), nullptr);
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(PrivateActs, CommitmentToASenatorIsAPledgedVoteToo) {
  Analysis a = events_test::Analyze("Inspired by his agenda, Mayor Bo Lind is committed to the Vermont senator.\n");
  EXPECT_EQ(events_test::Find(a, "030"), nullptr);
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(PrivateActs, PeopleTakenInAreNoVisitReceived) {
  Analysis a = events_test::Analyze(
      "The government of Costa Rica has agreed to temporarily host up to 200 people from El Salvador.\n");
  EXPECT_EQ(events_test::Find(a, "036"), nullptr);
  EXPECT_NE(events_test::Find(a, "033", "The government of Costa Rica"), nullptr);
}

TEST(PrivateActs, APeopleAPollSpeaksForActsInNoEvent) {
  Analysis a = events_test::Analyze(
      "Americans overwhelmingly oppose cutting off federal funds for Planned Parenthood, a new poll finds.\n");
  EXPECT_EQ(events_test::Find(a, "120"), nullptr);
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(PrivateActs, AHeadlinesInfinitiveAnnouncesAnIntention) {
  Analysis a = events_test::Analyze("Senator Bo Lind to endorse Governor Tom Ruiz.\n");
  EXPECT_NE(events_test::Find(a, "032", "Senator Bo Lind"), nullptr);
  EXPECT_EQ(events_test::Find(a, "051"), nullptr);
  // A relative infinitive in a full sentence is no announcement.
  Analysis b = events_test::Analyze("The first senator to endorse Governor Tom Ruiz was Senator Bo Lind.\n");
  EXPECT_EQ(events_test::Find(b, "032"), nullptr);
}

TEST(PrivateActs, MediaPeopleMeetingAmongThemselvesIsNoEvent) {
  // judge_2042 #54, #64: two media figures meeting make no statement.
  Analysis a = Analyze("Fox News host Sean Hannity spoke with CNN anchor Wolf Blitzer.\n");
  EXPECT_TRUE(a.events.empty());
  // A senator speaking to the media makes a statement (010).
  Analysis b = Analyze("Senator Ann Keller spoke with CNN anchor Wolf Blitzer.\n");
  EXPECT_NE(Find(b, "010", "Senator Ann Keller"), nullptr);
}

}  // namespace
}  // namespace readout
