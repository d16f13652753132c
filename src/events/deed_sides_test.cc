// Sides read from the clause around a verb: a gerund after a preposition of
// time ("before backing", "since signing") is done by its clause's subject,
// not by the object before it; whom a disapproved deed is against ("opposed
// discrimination against Muslims") is its victim, no target of the
// disapproval, while a lawsuit against someone keeps its target.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

TEST(DeedSides, GerundAfterATimePrepositionIsTheClauseSubjects) {
  Analysis a = Analyze(
      "Senator Ann Keller had endorsed Governor Tom Ruiz and Senator Bo Lind before backing Governor Al Moss.\n");
  int backed_by_keller = 0;
  for (const Event& e : a.events) {
    if (!e.target || a.Text(e.target->span) != "Governor Al Moss") continue;
    ASSERT_TRUE(e.source.has_value());
    EXPECT_EQ(a.Text(e.source->span), "Senator Ann Keller");
    ++backed_by_keller;
  }
  EXPECT_EQ(backed_by_keller, 1);
  Analysis b = Analyze("Officials believe Beijing has cut its hacking since signing a pledge with Washington in May.\n");
  EXPECT_NE(Find(b, "057", "Beijing"), nullptr);
  EXPECT_EQ(Find(b, "057", "Officials"), nullptr);
}

TEST(DeedSides, WhomADisapprovedDeedIsAgainstIsNoTarget) {
  Analysis a = Analyze("Senator Ann Keller has opposed any discrimination against Muslims.\n");
  EXPECT_EQ(Find(a, "120"), nullptr);
  // Opposing someone stays.
  Analysis b = Analyze("Senator Ann Keller opposed Governor Tom Ruiz on Monday.\n");
  EXPECT_NE(Find(b, "120", "Senator Ann Keller"), nullptr);
  // A lawsuit against someone keeps its target.
  Analysis c = Analyze("Governor Tom Ruiz filed a lawsuit against Senator Ann Keller.\n");
  EXPECT_NE(Find(c, "115", "Governor Tom Ruiz"), nullptr);
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(DeedSides, AParticipleDescribingAThingActsOnNoOne) {
  Analysis a = events_test::Analyze(
      "Governor Tom Ruiz, in a statement released by the Republican Party on Thursday, thanked the police.\n");
  EXPECT_EQ(events_test::Find(a, "0841"), nullptr);
  Analysis b = events_test::Analyze("Mr. Lind recalled the convention strategy deployed by the Republican Party.\n");
  EXPECT_EQ(events_test::Find(b, "152"), nullptr);
  // An active show of force stays.
  Analysis c = events_test::Analyze("The Republican Party deployed troops to the border on Monday.\n");
  EXPECT_NE(events_test::Find(c, "152"), nullptr);
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

TEST(DeedSides, AndBeforeASubjectPronounOpensAClause) {
  Analysis a = events_test::Analyze(
      "President Tom Ruiz got a lot of money from the banks, and he still signed the Banking Act.\n");
  for (const Event& e : a.events) {
    ASSERT_TRUE(e.source.has_value());
    EXPECT_NE(a.Text(e.source->span), "the banks");
    if (e.target) {
      EXPECT_NE(a.Text(e.target->span), "the banks");
    }
  }
}

}  // namespace
}  // namespace readout

namespace readout {
namespace {

// judge_2040 #59: election observers sent abroad are help given (070, an
// event only with someone helped), no military alert.
TEST(DeedSides, ObserversDeployedAreAidNoMilitaryAlert) {
  for (const char* text : {"The European Union deployed election observers in Zimbabwe on Monday.\n",
                           "Russia deployed monitors to Ukraine on Monday.\n"}) {
    Analysis a = events_test::Analyze(text);
    EXPECT_EQ(events_test::Find(a, "152"), nullptr) << text;
  }
  Analysis b = events_test::Analyze("Russia deployed troops to the border on Monday.\n");
  EXPECT_NE(events_test::Find(b, "152"), nullptr);
}

}  // namespace
}  // namespace readout
