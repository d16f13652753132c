// An event side that names a person the actor coder does not know is not
// coded from the words of the person's own name (make_argument.cc).
// Sentences written for this test.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace readout::events {
namespace {

using events_test::Analyze;

TEST(PersonNameActor, SurnameThatIsACapitalIsNoGovernment) {
  const Analysis a = Analyze(
      "Actress Kerry Washington praised the senator on Tuesday. Washington, star of the show, praised him "
      "again.",
      "2016-01-05");
  for (const Event& e : a.events) {
    for (const std::optional<EventArgument>* side : {&e.source, &e.target}) {
      if (!side->has_value() || (*side)->entity < 0) continue;
      if (a.entities[(*side)->entity].name != "Kerry Washington") continue;
      EXPECT_FALSE((*side)->actor.starts_with("USA")) << a.Text((*side)->span) << " " << (*side)->actor;
    }
  }
}

// A person before the head noun modifies it: "Sanders supporters" are
// not Sanders, "a top Clinton fundraiser" works for her campaign.
TEST(PersonNameActor, PersonModifyingAHeadNounIsNotTheSide) {
  const Analysis a = events_test::Analyze(
      "Senator Bernie Sanders spoke in Vermont. Sanders supporters criticized Hillary Clinton on Monday.\n\n"
      "A top Clinton fundraiser criticized Donald Trump on Tuesday.",
      "2016-05-19");
  const Event* supporters = events_test::Find(a, "111", "Sanders supporters");
  ASSERT_NE(supporters, nullptr);
  EXPECT_EQ(supporters->source->actor, "USACVL");
  EXPECT_EQ(supporters->source->entity, -1);
  const Event* fundraiser = events_test::Find(a, "111", "A top Clinton fundraiser");
  ASSERT_NE(fundraiser, nullptr);
  EXPECT_EQ(fundraiser->source->actor, "USAPTY");
}

}  // namespace
}  // namespace readout::events
