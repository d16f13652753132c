// Codes chosen by what an act is rather than by its verb: a complaint filed
// in court is a lawsuit, not talking to reporters a declined comment, help
// toward peace mediation, asking for votes campaigning, force words between
// the media or groups and politicians criticism, killings of civilians by
// militants unconventional violence; "as opposed to" is a contrast and whom
// one acts "on behalf of" no target. Acts not done: a preference ("favored
// imposing"), a future lawsuit, a blocked visit. A settlement agreed is an
// agreement; criticism of "his proposal" is of its author.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

TEST(CodeChoice, ComplaintInCourtIsALawsuit) {
  Analysis a = Analyze(
      "Governor Tom Ruiz filed a complaint for declaratory judgment against Senator Ann Keller.\n\n"
      "Senator Bo Lind filed a complaint in federal court against Governor Tom Ruiz.\n");
  EXPECT_NE(Find(a, "115", "Governor Tom Ruiz"), nullptr);
  EXPECT_NE(Find(a, "115", "Senator Bo Lind"), nullptr);
  EXPECT_EQ(Find(a, "114"), nullptr);
  // A complaint to someone stays an official complaint.
  Analysis b = Analyze("Governor Tom Ruiz filed a complaint with Senator Ann Keller.\n");
  EXPECT_NE(Find(b, "114", "Governor Tom Ruiz"), nullptr);
}

TEST(CodeChoice, RefusingToSpeakToReportersDeclinesComment) {
  Analysis a = Analyze("Senator Ann Keller refused to speak to reporters on Monday.\n");
  EXPECT_NE(Find(a, "011", "Senator Ann Keller"), nullptr);
  EXPECT_EQ(Find(a, "125"), nullptr);
}

TEST(CodeChoice, HelpToAchievePeaceIsMediation) {
  Analysis a = Analyze("President Tom Ruiz of Egypt is offering to help Israel and Jordan achieve a lasting peace.\n");
  EXPECT_NE(Find(a, "039"), nullptr);
  EXPECT_EQ(Find(a, "033"), nullptr);
  EXPECT_EQ(Find(a, "036"), nullptr);
}

TEST(CodeChoice, AskingForVotesIsCampaigning) {
  Analysis a = Analyze("Senator Ann Keller urged women to vote for Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "020"), nullptr);
  // An appeal to act stays.
  Analysis b = Analyze("Senator Ann Keller urged Governor Tom Ruiz to resign.\n");
  EXPECT_NE(Find(b, "020", "Senator Ann Keller"), nullptr);
}

TEST(CodeChoice, MediaAndGroupsAttackPoliticiansByWord) {
  Analysis a = Analyze("The Washington Post targeted Senator Ann Keller on Monday.\n");
  EXPECT_NE(Find(a, "111"), nullptr);
  EXPECT_EQ(Find(a, "190"), nullptr);
  Analysis b = Analyze("Mr. Lind asked why Senator Ann Keller decided to attack Governor Tom Ruiz.\n");
  EXPECT_NE(Find(b, "111", "Senator Ann Keller"), nullptr);
  EXPECT_EQ(Find(b, "1384"), nullptr);
}

TEST(CodeChoice, MilitantsKillingCiviliansIsUnconventionalViolence) {
  Analysis a = Analyze("Islamist militants killed 130 people in Paris last November.\n");
  EXPECT_NE(Find(a, "180"), nullptr);
  EXPECT_EQ(Find(a, "190"), nullptr);
  // Forces of a state keep conventional force.
  Analysis b = Analyze("Syrian troops killed 30 rebels near Aleppo on Monday.\n");
  EXPECT_EQ(Find(b, "180"), nullptr);
}

TEST(CodeChoice, AsOpposedToIsAContrast) {
  Analysis a = Analyze("Officials said Southern Europeans as opposed to Northern Europeans faced sentiment.\n");
  EXPECT_EQ(Find(a, "120"), nullptr);
}

TEST(CodeChoice, OnBehalfOfNamesNoTarget) {
  Analysis a = Analyze("Senator Ann Keller is bringing the lawsuit on behalf of the Democratic National Committee.\n");
  EXPECT_EQ(Find(a, "115"), nullptr);
  Analysis b = Analyze("Senator Ann Keller filed a lawsuit on behalf of her husband against Governor Tom Ruiz.\n");
  const Event* e = Find(b, "115");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->target.has_value());
  EXPECT_EQ(b.Text(e->target->span), "Governor Tom Ruiz");
}

TEST(CodeChoice, PreferencesAndFutureSuitsAreNoActs) {
  Analysis a = Analyze("Senator Ann Keller said that she favored imposing heavy tariffs on China.\n");
  EXPECT_EQ(Find(a, "1312"), nullptr);
  EXPECT_EQ(Find(a, "163"), nullptr);
  Analysis b = Analyze("Senator Ann Keller will sue Governor Tom Ruiz over the election.\n");
  EXPECT_EQ(Find(b, "115"), nullptr);
  Analysis c = Analyze("Senator Ann Keller sued Governor Tom Ruiz over the election.\n");
  EXPECT_NE(Find(c, "115", "Senator Ann Keller"), nullptr);
}

TEST(CodeChoice, BlockedVisitIsNoVisit) {
  Analysis a = Analyze("Arab lawmakers called on the government to block Governor Tom Ruiz's visit to Israel.\n");
  EXPECT_EQ(Find(a, "042"), nullptr);
}

TEST(CodeChoice, SettlementAgreedIsAnAgreement) {
  Analysis a = Analyze("The company agreed to a $7 million settlement with Governor Tom Ruiz in 2009.\n");
  EXPECT_EQ(Find(a, "030"), nullptr);
  EXPECT_NE(Find(a, "057"), nullptr);
}

TEST(CodeChoice, CriticismOfHisProposalIsOfItsAuthor) {
  Analysis a = Analyze(
      "Governor Tom Ruiz proposed a new tax.\n\n"
      "Senator Ann Keller has slammed his proposal on immigrants as too vague.\n");
  const Event* e = Find(a, "111", "Senator Ann Keller");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->target.has_value());
  EXPECT_EQ(a.Text(e->target->span), "his");
  EXPECT_EQ(e->target->actor, "---GOV");  // Governor Tom Ruiz
  // One's own remarks: no target, no event.
  Analysis b = Analyze("Governor Tom Ruiz defended his remarks on Senator Ann Keller.\n");
  EXPECT_EQ(Find(b, "052"), nullptr);
}

TEST(CodeChoice, PhoningOnBehalfOfSomeoneCallsNoOne) {
  Analysis a = Analyze(
      "Senator Ann Keller spoke on Tuesday.\n\nInstead, she was phoning Wednesday on behalf of her husband, Bo Lind.\n");
  EXPECT_EQ(Find(a, "041"), nullptr);
}

TEST(CodeChoice, PeopleOfAStateAreNotTheCountry) {
  Analysis a = Analyze("Governor Tom Ruiz praised an Iowa audience on Monday.\n");
  EXPECT_EQ(Find(a, "051"), nullptr);
  // The country itself stays.
  Analysis b = Analyze("Governor Tom Ruiz praised the United States on Monday.\n");
  EXPECT_NE(Find(b, "051"), nullptr);
}

TEST(CodeChoice, ThatGoesBackToTheGroupBeforeIt) {
  Analysis a = Analyze(
      "Obama sent troops to Cameroon to assist Nigerian troops in their battle against a militant group that "
      "has pledged loyalty to the Islamic State.\n");
  const Event* e = Find(a, "030");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->source.has_value());
  EXPECT_EQ(a.Text(e->source->span), "a militant group");
}

TEST(CodeChoice, SpeechToAnOrganisationIsAStatement) {
  Analysis a = Analyze("Senator Ann Keller spoke to the Planned Parenthood Action Network on Monday.\n");
  EXPECT_EQ(Find(a, "040"), nullptr);
  // A person spoken to is consulted.
  Analysis b = Analyze("Senator Ann Keller spoke to Governor Tom Ruiz on Monday.\n");
  EXPECT_NE(Find(b, "040", "Senator Ann Keller"), nullptr);
}

TEST(CodeChoice, PresentTenseAfterWhenInAFutureSentenceIsFuture) {
  Analysis a = Analyze(
      "Governor Tom Ruiz will meet with Senator Ann Keller when the senator arrives in Israel later this month.\n");
  EXPECT_EQ(Find(a, "042"), nullptr);
}

TEST(CodeChoice, TheyIsNoPeopleInGeneral) {
  Analysis a = Analyze("\"People say they attack us because they hate us,\" Governor Tom Ruiz said.\n");
  EXPECT_EQ(Find(a, "190"), nullptr);
  EXPECT_EQ(Find(a, "111"), nullptr);
}

TEST(CodeChoice, AndBeforeAClauseEndsTheObjects) {
  Analysis a = Analyze("Senator Ann Keller endorsed Governor Tom Ruiz and Mayor Bo Lind crashed.\n");
  int endorsements = 0;
  for (const Event& e : a.events) endorsements += e.code == "051";
  EXPECT_EQ(endorsements, 1);
  // Coordinated objects before a bare verb stay: "help A and B achieve".
  Analysis b = Analyze("Senator Ann Keller endorsed Governor Tom Ruiz and Mayor Bo Lind.\n");
  endorsements = 0;
  for (const Event& e : b.events) endorsements += e.code == "051";
  EXPECT_EQ(endorsements, 2);
}

TEST(CodeChoice, SpeakingWithOneVoiceIsAFigure) {
  Analysis a = Analyze("Senator Ann Keller and Governor Tom Ruiz are speaking to her with one voice.\n");
  EXPECT_EQ(Find(a, "040"), nullptr);
}

TEST(CodeChoice, SupportPledgedIsPoliticalSupportNotAid) {
  // judge_2042 #29 (judge_2037 #1, judge_2038 #5): an endorsement pledged.
  Analysis a = Analyze("Senator Ann Keller officially pledged her support to Governor Tom Ruiz at a rally.\n");
  EXPECT_EQ(Find(a, "033"), nullptr);
  EXPECT_NE(Find(a, "032", "Senator Ann Keller"), nullptr);
  // Aid pledged stays material aid.
  Analysis b = Analyze("Japan pledged aid to Ukraine.\n");
  EXPECT_NE(Find(b, "033", "Japan"), nullptr);
}

}  // namespace
}  // namespace readout
