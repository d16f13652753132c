// Places are where an act happened, not whom it was done to: a phrase after
// "in" (or after "at" that is no person), a building or a gathering
// visited, a broadcaster hosted; diplomatic recognition is of a state.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout {
namespace {

using events_test::Analyze;
using events_test::Find;

bool HasTarget(const Analysis& a, std::string_view text) {
  for (const Event& e : a.events) {
    if (e.target && a.Text(e.target->span) == text) return true;
  }
  return false;
}

TEST(PlaceTargets, InAndAtNameThePlace) {
  Analysis a = Analyze(
      "Senator Ann Keller pledged to work with both parties in Washington.\n\n"
      "Senator Ann Keller hired a firm to investigate the breaches at the Democratic National Committee.\n");
  EXPECT_FALSE(HasTarget(a, "Washington"));
  EXPECT_FALSE(HasTarget(a, "the Democratic National Committee"));
  Analysis b = Analyze("Senator Ann Keller fired back at Governor Tom Ruiz on Monday.\n");
  EXPECT_TRUE(HasTarget(b, "Governor Tom Ruiz"));
}

TEST(PlaceTargets, VenuesAndBroadcastersAreNotVisited) {
  Analysis a = Analyze(
      "Senator Ann Keller visited the Lincoln Memorial in Washington.\n\n"
      "Senator Ann Keller visited NBC on Monday.\n");
  EXPECT_EQ(Find(a, "042"), nullptr);
  Analysis b = Analyze("President Tom Ruiz visited Israel on Monday.\n");
  EXPECT_NE(Find(b, "042"), nullptr);
}

TEST(PlaceTargets, RecognitionIsOfAState) {
  Analysis a = Analyze("The Republican Party recognizes Senator Tom Ruiz as its presumptive nominee.\n");
  EXPECT_EQ(Find(a, "054"), nullptr);
  Analysis b = Analyze("France recognized Kosovo on Monday.\n");
  EXPECT_NE(Find(b, "054"), nullptr);
}

TEST(PlaceTargets, ThingsCountedAreThings) {
  Analysis a = Analyze("The State Department released more than 1,100 pages of Senator Ann Keller's emails on Friday.\n");
  EXPECT_EQ(Find(a, "0841"), nullptr);
}

TEST(PlaceTargets, ADescriptionAfterANameSpeaksOnce) {
  Analysis a = Analyze(
      "Jamie Raab, the president and publisher of Grand Central Publishing, told reporters that Governor Tom Ruiz "
      "attacked the senator.\n");
  int statements = 0;
  for (const Event& e : a.events) statements += e.code == "010";
  EXPECT_EQ(statements, 1);
  EXPECT_NE(Find(a, "010", "Jamie Raab"), nullptr);
}

}  // namespace
}  // namespace readout
