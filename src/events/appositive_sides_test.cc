// Sides named by what a person is: an appositive of a named person is that
// person, a party's candidate is ELI, "his administration" the government
// of the person "his" names (make_argument.cc, event_participants.cc).
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;

const Event* BySource(const Analysis& a, const std::string& text) {
  for (const Event& e : a.events) {
    if (e.source && a.Text(e.source->span) == text) return &e;
  }
  return nullptr;
}

TEST(AppositiveSides, AppositiveAfterANameIsThePerson) {
  Analysis a = Analyze(
      "Senator Jeff Merkley of Oregon, the only senator to endorse Sanders, criticized Hillary Clinton on "
      "Monday.\n",
      "2016-06-21");
  const Event* e = BySource(a, "the only senator");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source->actor, "USALEG");
  ASSERT_GE(e->source->entity, 0);
  EXPECT_EQ(a.entities[e->source->entity].name, "Jeff Merkley");
}

TEST(AppositiveSides, PartyMemberAppositiveIsThePerson) {
  Analysis a = Analyze(
      "The bill was backed by Sen. Dianne Feinstein of California, the ranking Democrat on the panel, who "
      "criticized the Pentagon on Monday.\n",
      "2016-01-31");
  const Event* e = BySource(a, "the ranking Democrat");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source->actor, "USALEG");
}

TEST(AppositiveSides, ListOfActorsIsNoAppositive) {
  // "the Republicans" is a second actor of the list, not Merkley.
  Analysis a = Analyze("Senator Jeff Merkley, the Republicans and the president criticized Iran on Monday.\n",
                       "2016-06-21");
  for (const Event& e : a.events) {
    if (e.source && a.Text(e.source->span) == "the Republicans") {
      EXPECT_NE(e.source->actor, "USALEG");
    }
  }
}

TEST(AppositiveSides, NameEndingAFrontedPhraseIsNoAppositive) {
  Analysis a = Analyze(
      "In an interview with hosts Joe Scarborough and Mika Brzezinski, the senator criticized Iran.\n",
      "2016-02-26");
  for (const Event& e : a.events) {
    if (e.source && a.Text(e.source->span) == "the senator") {
      EXPECT_LT(e.source->entity, 0);
    }
  }
}

// "the Republican presidential front-runner": a candidate (ELI), not the
// party.
TEST(AppositiveSides, PartysCandidateIsElite) {
  Analysis a = Analyze("The Republican presidential front-runner criticized China on Monday.\n", "2015-12-10");
  const Event* e = BySource(a, "The Republican presidential front-runner");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source->actor, "USAELI");
}

// "his administration": the government of the person "his" names.
TEST(AppositiveSides, PossessiveGovernmentTakesItsLeadersCountry) {
  Analysis a = Analyze(
      "President Barack Obama spoke on Monday.\n\n"
      "In 2010, at a Vienna airport, his administration swapped 10 Russian agents for four Russians held by "
      "Moscow.\n",
      "2016-01-20");
  const Event* e = BySource(a, "his administration");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source->actor, "USAGOV");
}

TEST(AppositiveSides, CouncilOfABodyIsTheBody) {
  // The phrase stops before "for": the council is the union's.
  Analysis a = Analyze(
      "The executive council for the 1.6 million member AFT, which represents nurses, voted to endorse "
      "Hillary Clinton last July.\n",
      "2016-04-06");
  const Event* endorsed = BySource(a, "The executive council");
  ASSERT_NE(endorsed, nullptr);
  EXPECT_EQ(endorsed->source->actor, "USALAB");
}

TEST(AppositiveSides, TheCourtIsTheCourtNamedBefore) {
  Analysis a = Analyze(
      "After the U.S. Supreme Court refused to reinstate the law, Gov. Pat McCrory blamed the court for the ruling.\n",
      "2016-09-07");
  const Event* blamed = BySource(a, "Gov. Pat McCrory");
  ASSERT_NE(blamed, nullptr);
  ASSERT_TRUE(blamed->target);
  EXPECT_EQ(blamed->target->actor, "USAJUD");
}

TEST(AppositiveSides, AppositiveOfACodedBodyIsTheBody) {
  Analysis a = Analyze(
      "Jane Roe, executive director of National Nurses United, a union that has endorsed Bernie Sanders, "
      "spoke on Monday.\n",
      "2016-05-19");
  const Event* endorsed = BySource(a, "a union");
  ASSERT_NE(endorsed, nullptr);
  EXPECT_EQ(endorsed->source->actor, "USALAB");
}

}  // namespace
}  // namespace readout
