// Modals, negations and appeals the coder must read in every spelling:
// curly clitics ("she’ll", "she’d"), "'d" as "had", a negated or
// hedged "be ready/willing to", "called upon X to".
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

TEST(Modality, CurlyWillIsAnIntentLikeStraightWill) {
  for (const char* text : {"Senator Ann Keller said she\u2019ll endorse Governor Tom Ruiz.\n",
                           "Senator Ann Keller said she'll endorse Governor Tom Ruiz.\n"}) {
    Analysis a = Analyze(text);
    EXPECT_EQ(Find(a, "051"), nullptr) << text;
    EXPECT_NE(Find(a, "032"), nullptr) << text;
  }
}

TEST(Modality, CurlyWouldIsAnIntent) {
  Analysis a = Analyze("Senator Ann Keller said she\u2019d meet Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "040"), nullptr);
  EXPECT_NE(Find(a, "036"), nullptr);
}

TEST(Modality, ContractedHadBeforeAParticipleIsNoModal) {
  for (const char* text : {"Senator Ann Keller, who\u2019d previously endorsed Governor Tom Ruiz, spoke.\n",
                           "Senator Ann Keller, who'd previously endorsed Governor Tom Ruiz, spoke.\n"}) {
    Analysis a = Analyze(text);
    EXPECT_NE(Find(a, "051", "Senator Ann Keller"), nullptr) << text;
    EXPECT_EQ(Find(a, "032"), nullptr) << text;
  }
}

TEST(Modality, NegatedOrHedgedReadinessIsNoIntent) {
  Analysis a = Analyze(
      "Senator Ann Keller says she's not ready to endorse Governor Tom Ruiz.\n\n"
      "Senator Bo Lind may be willing to back Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "032"), nullptr);
  EXPECT_EQ(Find(a, "051"), nullptr);
  // Not a readiness: the negation is the copula's, the endorsement real.
  Analysis b = Analyze("Senator Ann Keller is not the only senator to endorse Governor Tom Ruiz.\n");
  EXPECT_NE(Find(b, "051", "Senator Ann Keller"), nullptr);
  // "is ready to" stays an intent.
  Analysis c = Analyze("Senator Ann Keller is ready to endorse Governor Tom Ruiz.\n");
  EXPECT_NE(Find(c, "032", "Senator Ann Keller"), nullptr);
}

TEST(Modality, CalledUponIsAnAppeal) {
  Analysis a = Analyze("Senator Ann Keller called upon Governor Tom Ruiz to resign.\n");
  EXPECT_NE(Find(a, "020", "Senator Ann Keller"), nullptr);
  EXPECT_EQ(Find(a, "041"), nullptr);
}

TEST(Modality, ThreatsAndRefusalsOfWords) {
  Analysis a = Analyze("Prosecutors in Ohio threatened to charge Senator Ann Keller with perjury.\n");
  EXPECT_EQ(Find(a, "115"), nullptr);
  EXPECT_NE(Find(a, "130"), nullptr);
  Analysis b = Analyze("Senator Ann Keller declined to criticize Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(b, "120"), nullptr);
  EXPECT_EQ(Find(b, "111"), nullptr);
  // A refused meeting is still a rejection.
  Analysis c = Analyze("Senator Ann Keller refused to meet Governor Tom Ruiz.\n");
  EXPECT_NE(Find(c, "125", "Senator Ann Keller"), nullptr);
}

TEST(Modality, ATopicIsNoInterlocutor) {
  Analysis a = Analyze("Senator Ann Keller spoke about threats to Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "040"), nullptr);
  Analysis b = Analyze("Senator Ann Keller spoke to Governor Tom Ruiz about the budget.\n");
  EXPECT_NE(Find(b, "040", "Senator Ann Keller"), nullptr);
}

TEST(Modality, WouldNeedsSomeoneReportingTheIntent) {
  Analysis a = Analyze(
      "At such a time many Democrats would be asking Senator Ann Keller to resign.\n\n"
      "Governor Tom Ruiz hoped that Senator Ann Keller would endorse him.\n\n"
      "Senator Bo Lind could not say how he would punish Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "020"), nullptr);
  EXPECT_EQ(Find(a, "032"), nullptr);
  EXPECT_TRUE(a.events.empty()) << a.events.size();
  Analysis b = Analyze("Senator Ann Keller said, before the race began, that she would endorse Governor Tom Ruiz.\n");
  EXPECT_NE(Find(b, "032"), nullptr);
  Analysis c = Analyze("Senator Ann Keller announced that she would endorse Governor Tom Ruiz.\n");
  EXPECT_NE(Find(c, "032"), nullptr);
}

TEST(Modality, AGerundAfterAboutIsATopic) {
  Analysis a = Analyze("Senator Ann Keller told reporters about extending her support to Governor Tom Ruiz.\n");
  EXPECT_EQ(Find(a, "051"), nullptr);
  EXPECT_EQ(Find(a, "032"), nullptr);
}

TEST(Modality, CampaignHelpAndFightsWithALegislatureAreNoForceOrAid) {
  Analysis a = Analyze("Fox News helped Governor Tom Ruiz enormously.\n");
  EXPECT_EQ(Find(a, "070"), nullptr);
  Analysis b = Analyze("Governor Tom Ruiz has been fighting all year against the Republican-led Congress.\n");
  EXPECT_EQ(Find(b, "190"), nullptr);
  EXPECT_NE(Find(b, "111", "Governor Tom Ruiz"), nullptr);
}

TEST(Modality, HittingTheCampaignTrailIsNoBlow) {
  Analysis a = Analyze("Vice President Tom Ruiz on Monday hit the campaign trail with Senator Ann Keller.\n");
  EXPECT_EQ(Find(a, "111"), nullptr);
  EXPECT_EQ(Find(a, "190"), nullptr);
  Analysis b = Analyze("Governor Tom Ruiz hit Senator Ann Keller on taxes.\n");
  EXPECT_NE(Find(b, "111", "Governor Tom Ruiz"), nullptr);
}

// A bare verb after "or"/"and" shares the first infinitive's "to" and so
// what governs it: "no plans to ... or meet" is no meeting, "plans to ...
// and meet" an intent, "went there to ... and meet" still a meeting.
TEST(Modality, CoordinatedBareVerbSharesTheInfinitivesGovernor) {
  Analysis a = Analyze(
      "Governor Tom Ruiz has no plans to either address the conference or meet with Senator Ann Keller.\n");
  EXPECT_EQ(Find(a, "040"), nullptr);
  Analysis b = Analyze("Governor Tom Ruiz plans to address the conference and meet with Senator Ann Keller.\n");
  EXPECT_EQ(Find(b, "040"), nullptr);
  EXPECT_NE(Find(b, "036", "Governor Tom Ruiz"), nullptr);
  Analysis c = Analyze("Governor Tom Ruiz went to Paris to address the conference and meet with Senator Ann Keller.\n");
  EXPECT_NE(Find(c, "040", "Governor Tom Ruiz"), nullptr);
}

// Money to a party, a candidate or a politician of one's own country is
// a campaign donation, no economic aid; aid to another country stays.
TEST(Modality, CampaignDonationsAreNoEconomicAid) {
  Analysis a = Analyze("Governor Tom Ruiz gave $2 million to Senator Ann Keller last year.\n");
  EXPECT_EQ(Find(a, "071"), nullptr);
  Analysis b = Analyze("The United States gave $50 million to Jordan last year.\n");
  EXPECT_NE(Find(b, "071"), nullptr);
}

// A share of a population is a poll result, no act; an office named
// "Majority Leader" acts.
TEST(Modality, APollShareIsNoActor) {
  Analysis a = Analyze("A 69% majority of Republicans support deploying ground forces to fight Eriador.\n");
  EXPECT_EQ(a.events.size(), 0u);
  Analysis c = Analyze("Senator Ann Keller supports deploying ground forces to fight Eriador.\n");
  EXPECT_NE(Find(c, "138"), nullptr);  // the same act by a named official
  Analysis b = Analyze("Senate Majority Leader Ann Keller criticized Governor Tom Ruiz.\n");
  EXPECT_NE(Find(b, "111", "Senate Majority Leader Ann Keller"), nullptr);
}

// A state or a count of delegates captured is a primary won, no arrest;
// people captured are detained.
TEST(Modality, CapturingAStateOrDelegatesIsNoArrest) {
  Analysis a = Analyze("Senator Ann Keller captured the neighboring state of New Hampshire.\n");
  EXPECT_EQ(Find(a, "173"), nullptr);
  Analysis b = Analyze("Senator Ann Keller captured 1,944 delegates.\n");
  EXPECT_EQ(Find(b, "173"), nullptr);
  Analysis c = Analyze("Iran captured ten American sailors.\n");
  EXPECT_NE(Find(c, "173", "Iran"), nullptr);
}

// "welcomed world leaders to the White House": the ones welcomed are the
// target, the place they are welcomed to is not.
TEST(Modality, TheOnesWelcomedAreTheTargetNotThePlace) {
  Analysis a = Analyze("Governor Tom Ruiz welcomed world leaders to the White House for a working dinner.\n");
  const Event* e = Find(a, "051", "Governor Tom Ruiz");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->target.has_value());
  EXPECT_EQ(a.Text(e->target->span), "world leaders");
}

TEST(Modality, AReportItsTellerDeniesIsNoAct) {
  // judge_2040 #15: what he never said he wanted is no threat.
  for (const char* text : {"Senator Ann Keller insisted that she never actually said she wanted to kill Governor Tom Ruiz.\n",
                           "Senator Ann Keller did not say that she met Governor Tom Ruiz.\n"}) {
    Analysis a = Analyze(text);
    EXPECT_EQ(Find(a, "1384"), nullptr) << text;
    EXPECT_EQ(Find(a, "040"), nullptr) << text;
  }
  // Said, not denied: the report stands.
  Analysis b = Analyze("Senator Ann Keller said she met Governor Tom Ruiz.\n");
  EXPECT_NE(Find(b, "040"), nullptr);
}

TEST(Modality, AnActOfAKindNamedIsNoAct) {
  // judge_2039 #85, judge_2040 #32: a quantified free relative and a
  // relative clause of an indefinite antecedent describe, they report no act.
  Analysis a = Analyze("Governor Tom Ruiz said: \"Senator Ann Keller is a nice woman. Everything I say, she agrees with me.\"\n");
  EXPECT_EQ(Find(a, "010", "I"), nullptr);
  Analysis g = Analyze("A senator who criticizes Governor Tom Ruiz is one that does not want to win.\n");
  EXPECT_EQ(Find(g, "111"), nullptr);
  // A named antecedent and a past act stay.
  Analysis b = Analyze("Senator Ann Keller, who criticizes Governor Tom Ruiz often, spoke on Monday.\n");
  EXPECT_NE(Find(b, "111", "Senator Ann Keller"), nullptr);
  Analysis c = Analyze("A senator who criticized Governor Tom Ruiz on Monday resigned.\n");
  EXPECT_NE(Find(c, "111"), nullptr);
}

TEST(Modality, APowerGrantedIsNoActDone) {
  // judge_2040 #0: the vote for an authority to invade is no attack.
  Analysis a = Analyze("Senator Ann Keller had voted for the authority to invade Iraq.\n");
  for (const char* code : {"111", "138", "192", "190"}) EXPECT_EQ(Find(a, code), nullptr) << code;
  // The authorities urged to act stay an appeal and its act.
  Analysis b = Analyze("Senator Ann Keller urged the authorities to arrest Governor Tom Ruiz.\n");
  EXPECT_NE(Find(b, "020", "Senator Ann Keller"), nullptr);
}

TEST(Modality, AGerundAsAClausesSubjectIsNoAct) {
  // judge_2040 #83: praising someone, the subject of an analogy.
  Analysis a = Analyze(
      "Senator Ann Keller added that praising Governor Tom Ruiz for what happened after the attacks was like "
      "praising a coach for a loss.\n");
  EXPECT_EQ(Find(a, "051"), nullptr);
  Analysis b = Analyze("Senator Ann Keller is praising Governor Tom Ruiz, who was at the rally.\n");
  EXPECT_NE(Find(b, "051", "Senator Ann Keller"), nullptr);
}

TEST(Modality, AThingOwnedForAnActIsNoAct) {
  // judge_2041 #75: topics the two have to discuss are an agenda.
  Analysis a = Analyze("Senator Ann Keller and Governor Tom Ruiz also have other topics to discuss.\n");
  EXPECT_EQ(Find(a, "040"), nullptr);
  // A meeting held to discuss them stays a meeting.
  Analysis b = Analyze("Senator Ann Keller met Governor Tom Ruiz to discuss other topics.\n");
  EXPECT_NE(Find(b, "040", "Senator Ann Keller"), nullptr);
}

TEST(Modality, WhatSomeoneIsToDoIsAPlan) {
  // judge_2041 #49: a flight scheduled is an intent (036), no visit (042).
  Analysis a = Analyze("Senator Ann Keller was to fly to the Vatican for a conference.\n");
  EXPECT_EQ(Find(a, "042"), nullptr);
  EXPECT_NE(Find(a, "036", "Senator Ann Keller"), nullptr);
  Analysis b = Analyze("Senator Ann Keller flew to the Vatican for a conference.\n");
  EXPECT_NE(Find(b, "042", "Senator Ann Keller"), nullptr);
}

}  // namespace
}  // namespace readout
